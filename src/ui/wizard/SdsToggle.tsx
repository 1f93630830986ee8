import { useEffect, useRef } from 'react';
import { FIELD_TABLE, LATER_FIELD_TEXTS } from '../../core';
import { FieldHelp } from '../common/FieldHelp';
import { useFormLocked } from '../common/formLock';
import { selectActions, selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

/** SDS on or off; a document that does not say shows as mixed (ASM's default is not documented). */
export function SdsToggle() {
  const enabled = useAppStore((state, store) => selectAnswers(state, store).sdsEnabled);
  const { choose } = useAppStore(selectActions);
  const box = useRef<HTMLInputElement>(null);
  const locked = useFormLocked();
  useEffect(() => {
    if (box.current) box.current.indeterminate = enabled === undefined;
  }, [enabled]);
  return (
    <div className="field field-checkbox" data-field="sdsEnabled">
      <div className="field-head">
        <label>
          <input
            ref={box}
            type="checkbox"
            checked={enabled ?? false}
            disabled={locked}
            aria-describedby="field-sdsEnabled-help"
            onChange={(event) => choose({ field: 'sdsEnabled', value: event.target.checked })}
          />
          {FIELD_TABLE.sdsEnabled.label}
        </label>
        <FieldHelp field="sdsEnabled" />
      </div>
      <p id="field-sdsEnabled-help" className="field-help">
        {LATER_FIELD_TEXTS.sdsEnabled.help}
        {enabled === undefined && ' Not set in this YAML; ASM’s default is not documented.'}
      </p>
    </div>
  );
}
