import { useState } from 'react';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: number | undefined;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly placeholder?: string;
  readonly describedBy?: string;
  readonly onCommit: (value: number) => void;
}

/** A number control that commits each valid value as it is typed, and shows what was typed until it loses focus. */
export function NumberInput({ id, label, value, min, max, step = 1, placeholder, describedBy, onCommit }: Props) {
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <span className="number-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={step}
        placeholder={placeholder}
        aria-describedby={describedBy}
        value={typing ?? (value === undefined ? '' : String(value))}
        onChange={(event) => {
          setTyping(event.target.value);
          const number = event.target.valueAsNumber;
          if (Number.isFinite(number) && number >= min && number <= max) onCommit(number);
        }}
        onBlur={() => setTyping(null)}
      />
    </span>
  );
}
