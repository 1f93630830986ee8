import type { ReactNode } from 'react';
import { FIELD_TABLE, type FieldKey } from '../../core';
import { FieldHelp } from './FieldHelp';

/** A list field with more rows than the form edits: its label, its help, and why it is edited in the YAML. */
export function ListInYaml({ field, error = false, children }: { readonly field: FieldKey; readonly error?: boolean; readonly children: ReactNode }) {
  return (
    <div className="field">
      <div className="field-head">
        <span className="field-label">{FIELD_TABLE[field].label}</span>
        <FieldHelp field={field} />
      </div>
      <p className={error ? 'note note-error' : 'note'}>{children}</p>
    </div>
  );
}
