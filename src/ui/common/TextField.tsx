import { useState } from 'react';
import { FIELD_TABLE, formatTextField, isIntegerField, type TextField as TextFieldKey } from '../../core';
import { selectActions, selectAnswers } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { FieldShell } from './FieldShell';
import { useFieldTexts } from './fieldTexts';
import { useFieldIssues } from './useFieldIssues';

interface Props {
  readonly field: TextFieldKey;
  readonly multiline?: boolean;
  /** A short value: a narrow input. */
  readonly narrow?: boolean;
  readonly showHelp?: boolean;
}

/**
 * A text field bound to one answer. Every keystroke goes to the store: a valid value is written to
 * the YAML at once; an invalid one stays here with its message while the YAML keeps its last valid value.
 */
export function TextField({ field, multiline = false, narrow = false, showHelp = true }: Props) {
  const { label } = FIELD_TABLE[field];
  const texts = useFieldTexts(field);
  const documentValue = useAppStore((state, store) => formatTextField(selectAnswers(state, store), field));
  const draft = useAppStore((state) => state.drafts.text[field]);
  const documentIssues = useFieldIssues(field);
  const { setTextField } = useAppStore(selectActions);
  const store = useAppStoreApi();
  const text = useAppStore((state) => state.text);
  // While the user types, show exactly what they typed (the document's form of it may differ: "03" → 3),
  // as long as the text is the one this field's last keystroke left: an import, an undo or an
  // editor edit in the meantime shows the document's value instead.
  const [typing, setTyping] = useState<{ readonly raw: string; readonly text: string } | null>(null);
  const value = (typing?.text === text ? typing.raw : undefined) ?? draft?.raw ?? documentValue;
  const issues = draft?.issues ?? documentIssues;
  const help = showHelp && texts ? [texts.help, texts.defaultNote].filter(Boolean).join(' ') : undefined;

  const change = (raw: string): void => {
    setTextField(field, raw);
    setTyping({ raw, text: store.getState().text });
  };

  return (
    <FieldShell id={`field-${field}`} field={field} helpFor={field} label={label} help={help} issues={issues} className={narrow ? 'field-number' : undefined}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            rows={3}
            value={value}
            spellCheck={false}
            onChange={(event) => change(event.target.value)}
            onBlur={() => {
              setTyping(null);
              control.onBlur();
            }}
          />
        ) : (
          <input
            {...control}
            type="text"
            inputMode={isIntegerField(field) ? 'numeric' : undefined}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => change(event.target.value)}
            onBlur={() => {
              setTyping(null);
              control.onBlur();
            }}
          />
        )
      }
    </FieldShell>
  );
}
