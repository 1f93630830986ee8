import { differingEdit } from '../../core';
import type { TextChange } from '../../state/store';
import { monaco } from './monacoEnvironment';

type TextModel = monaco.editor.ITextModel;

/**
 * Brings the model to `text` without a full replacement where it can: the store's own minimal
 * edits when they apply to what the model holds, else the one edit between the common prefix and
 * suffix (undo, redo, presets). The history is the store's, so Monaco's own undo stack is not used.
 */
export function syncModel(model: TextModel, text: string, change: TextChange | null): void {
  const current = model.getValue();
  if (current === text) return;
  const range = (start: number, end: number) => {
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
  };
  if (change?.from === current) {
    model.applyEdits(change.edits.map((edit) => ({ range: range(edit.start, edit.end), text: edit.text })));
    return;
  }
  const edit = differingEdit(current, text);
  // A new text (import, preset) is set whole: much faster than an edit for large texts.
  if (text.length - edit.text.length < text.length / 2 && text.length > 50_000) {
    model.setValue(text);
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    return;
  }
  model.applyEdits([{ range: range(edit.start, edit.end), text: edit.text }]);
}
