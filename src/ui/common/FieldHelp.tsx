import { useId, useState } from 'react';
import { FIELD_TABLE, type FieldKey } from '../../core';
import { useFieldTexts } from './fieldTexts';

/**
 * The info button beside a field (“Help: <label>”) and the explanation it opens: what the field
 * does, what it does to availability, the default, and where that comes from. Escape closes it.
 */
export function FieldHelp({ field }: { readonly field: FieldKey }) {
  const [open, setOpen] = useState(false);
  const { label } = FIELD_TABLE[field];
  const info = useFieldTexts(field);
  const id = `${useId()}-help-${field}`;
  // Every field on a step has its texts (the later steps provide theirs); without them there is nothing to open.
  if (!info) return null;
  return (
    <>
      <button
        type="button"
        className="help-button"
        aria-label={`Help: ${label}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.preventDefault();
            setOpen(false);
          }
        }}
      >
        ?
      </button>
      <div id={id} className="help-panel" hidden={!open}>
        <dl>
          <dt>What it does</dt>
          <dd>{info.help}</dd>
          <dt>Effect on availability</dt>
          <dd>{info.ha}</dd>
          <dt>Default</dt>
          <dd>{info.defaultNote}</dd>
          <dt>Source</dt>
          <dd>{info.source}</dd>
        </dl>
      </div>
    </>
  );
}
