import type { ChoiceOption, FieldKey, GatewayFix, Issue } from '../../core';
import { FieldHelp } from './FieldHelp';
import { FieldMessages } from './FieldMessages';
import { useFormLocked } from './formLock';
import { useFieldFocus } from './useFieldFocus';

interface Props<V extends string> {
  readonly id: string;
  readonly label: string;
  readonly help?: string;
  readonly options: readonly ChoiceOption<V>[];
  readonly value: V | undefined;
  readonly issues?: readonly Issue<GatewayFix>[];
  readonly onChoose: (value: V) => void;
  readonly field?: FieldKey;
}

/** A radio group: each option says what it costs, next to it. */
export function ChoiceField<V extends string>({ id, label, help, options, value, issues = [], onChoose, field }: Props<V>) {
  const focus = useFieldFocus(field);
  const locked = useFormLocked();
  const describedBy = [issues.length > 0 ? `${id}-messages` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ');
  return (
    <div
      className="field field-choice"
      data-field={field}
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-describedby={describedBy || undefined}
      aria-invalid={issues.some((issue) => issue.severity === 'error')}
    >
      <div className="field-head">
        <span id={`${id}-label`} className="field-label">
          {label}
        </span>
        {field && <FieldHelp field={field} />}
      </div>
      <div className="choices">
        {options.map((option) => (
          <div key={option.value} className="choice">
            <label>
              <input
                type="radio"
                name={id}
                value={option.value}
                checked={value === option.value}
                disabled={locked}
                aria-describedby={`${id}-${option.value}-hint`}
                onChange={() => onChoose(option.value)}
                {...focus}
              />
              <span className="choice-label">{option.label}</span>
            </label>
            <span id={`${id}-${option.value}-hint`} className="choice-hint">
              {option.hint}
            </span>
          </div>
        ))}
      </div>
      <div aria-live="polite">{issues.length > 0 && <FieldMessages id={`${id}-messages`} issues={issues} />}</div>
      {help && (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      )}
    </div>
  );
}
