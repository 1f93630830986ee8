import { differingEdit } from '../../core';
import type { TextChange } from '../../state/store';
import { monaco } from './monacoEnvironment';

type TextModel = monaco.editor.ITextModel;

/**
 * Brings the model to `text` without a full replacement where it can: the store's own minimal
 * edits when they apply to what the model holds, else the one edit between the common prefix and
 * suffix (undo, redo, presets). The history is the store's, so Monaco's own undo stack is not used.
 * Says which it did: nothing (`none`), the store's edits (`change`), or another edit (`other`).
 */
export function syncModel(model: TextModel, text: string, change: TextChange | null): 'none' | 'change' | 'other' {
  // Copying the model's text out costs a few milliseconds per megabyte: once per sync.
  const current = model.getValue();
  if (current === text) return 'none';
  const range = (start: number, end: number) => {
    const from = model.getPositionAt(start);
    const to = model.getPositionAt(end);
    return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
  };
  if (change?.from === current) {
    model.applyEdits(change.edits.map((edit) => ({ range: range(edit.start, edit.end), text: edit.text })));
    return 'change';
  }
  const edit = differingEdit(current, text);
  // A new text (an import, or undoing one) is set whole: an edit inserting 20 kB costs Monaco four
  // times as much (80 ms in the browser), and the cursor has nothing to keep its place in.
  if (text.length - edit.text.length < text.length / 2 && text.length > 10_000) {
    model.setValue(text);
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    return 'other';
  }
  model.applyEdits([{ range: range(edit.start, edit.end), text: edit.text }]);
  return 'other';
}
