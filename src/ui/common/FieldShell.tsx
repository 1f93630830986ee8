import type { ReactNode } from 'react';
import type { FieldKey, GatewayFix, Issue } from '../../core';
import { useFormLocked } from './formLock';
import { useFieldFocus } from './useFieldFocus';
import { FieldHelp } from './FieldHelp';
import { FieldMessages } from './FieldMessages';

export interface ControlProps {
  readonly id: string;
  /** Messages first, then help: a screen reader hears what is wrong before what the field is. */
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean;
  readonly disabled: boolean;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}

interface Props {
  readonly id: string;
  readonly label: string;
  readonly help?: string | undefined;
  readonly issues: readonly Issue<GatewayFix>[];
  readonly className?: string | undefined;
  /** The answer this control edits: focusing it marks its lines in the editor. */
  readonly field?: FieldKey | undefined;
  /** The row of a list field this control edits (a finding on that row focuses it). */
  readonly row?: number | undefined;
  /** The field whose help button sits beside the label (not on each row of a list). */
  readonly helpFor?: FieldKey | undefined;
  readonly children: (control: ControlProps) => ReactNode;
}

/** Label, control, the field's problems and its help text, tied together for assistive technology. */
export function FieldShell({ id, label, help, issues, className, field, row, helpFor, children }: Props) {
  const focus = useFieldFocus(field);
  const locked = useFormLocked();
  const messagesId = `${id}-messages`;
  const helpId = `${id}-help`;
  const describedBy = [issues.length > 0 ? messagesId : '', help ? helpId : ''].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'} data-field={field} data-row={row}>
      <div className="field-head">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {helpFor && <FieldHelp field={helpFor} />}
      </div>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': issues.some((issue) => issue.severity === 'error'),
        disabled: locked,
        ...focus,
      })}
      <div aria-live="polite">{issues.length > 0 && <FieldMessages id={messagesId} issues={issues} />}</div>
      {help && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
    </div>
  );
}
