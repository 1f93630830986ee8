import type { ChoiceOption, FieldKey, GatewayFix, Issue } from '../../core';
import { FieldShell } from './FieldShell';

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

/** A select whose option hints are listed in its help text. */
export function SelectField<V extends string>({ id, label, help, options, value, issues = [], onChoose, field }: Props<V>) {
  const hints = options.map((option) => `${option.label}: ${option.hint}`).join(' ');
  return (
    <FieldShell id={id} field={field} helpFor={field} label={label} help={help ?? hints} issues={issues}>
      {(control) => (
        <select
          {...control}
          value={value ?? ''}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChoose(chosen.value);
          }}
        >
          {value === undefined && <option value="">(not set)</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
