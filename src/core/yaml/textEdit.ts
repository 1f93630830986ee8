// Text edits: what the printer returns and the editor applies, in the old text's offsets.

/** Replace `source[start, end)` with `text`. Offsets are UTF-16 indices into the old text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits given in the old text's offsets. */
export function applyTextEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start) throw new Error('overlapping text edits');
    out += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + source.slice(cursor);
}

/**
 * The one edit that turns `from` into `to`: the part between their common prefix and suffix.
 * Small when a change is local, whatever printed the new text.
 */
export function differingEdit(from: string, to: string): TextEdit {
  const limit = Math.min(from.length, to.length);
  let prefix = 0;
  while (prefix < limit && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < limit - prefix && from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)) suffix += 1;
  return { start: prefix, end: from.length - suffix, text: to.slice(prefix, to.length - suffix) };
}
