import type { TextSpan } from '../issue';

/** Offsets ↔ 1-based line/column for one text (binary search over line starts). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The 0-based index of the line holding `offset`. */
  private lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The offset where the line holding `offset` starts. */
  lineStart(offset: number): number {
    return this.starts[this.lineAt(offset)] ?? 0;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line: line + 1, column: offset - (this.starts[line] ?? 0) + 1 };
  }

  span(start: number, end: number): TextSpan {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

/** The lines (1-based, in the new text) that a set of edits wrote, for a brief highlight. */
export function changedLines(edits: readonly { start: number; end: number; text: string }[], newText: string): [number, number][] {
  const lines = new LineIndex(newText);
  const ranges: [number, number][] = [];
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const start = edit.start + shift;
    const end = start + edit.text.length;
    shift += edit.text.length - (edit.end - edit.start);
    const from = lines.position(start).line;
    // An inserted block ends with its line break: do not mark the following line.
    const to = lines.position(Math.max(start, end - (edit.text.endsWith('\n') ? 1 : 0))).line;
    ranges.push([from, Math.max(from, to)]);
  }
  return ranges;
}
