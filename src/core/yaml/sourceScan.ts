// What the printer reads off the source text: where lines start, columns, the list style, the indentation.
import { type Document, isMap, isNode, isSeq, type Node, type ToStringOptions, visit } from 'yaml';
import { LineIndex } from './lines';

/** How new YAML is written: 2-space indent, sequences flush with their key (as most of the seed), no line folding. */
export const PRINT_OPTIONS = { indent: 2, indentSeq: false, lineWidth: 0, minContentWidth: 0 } as const satisfies ToStringOptions;

/** A node parsed from the source, with its offsets. */
export type RangedNode = Node & { range: [number, number, number] };

export function ranged(node: unknown): node is RangedNode {
  return isNode(node) && Array.isArray(node.range);
}

let lines: { source: string; index: LineIndex } | undefined;

/**
 * The offset where the line holding `pos` starts. The lines of the text are indexed once, so a
 * document on one long line (a wide flow map) costs a binary search per node, not a scan.
 */
export function lineStartOf(source: string, pos: number): number {
  if (lines?.source !== source) lines = { source, index: new LineIndex(source) };
  return lines.index.lineStart(pos);
}

/** Whether only spaces and tabs lie between the start of `pos`'s line and `pos` (scanned back from `pos`). */
export function onlyBlanksBefore(source: string, pos: number): boolean {
  for (let at = pos - 1; at >= 0; at -= 1) {
    const char = source[at];
    if (char === '\n') return true;
    if (char !== ' ' && char !== '\t' && char !== '\r') return false;
  }
  return true;
}

export function columnOf(source: string, pos: number): number {
  return pos - lineStartOf(source, pos);
}

/** The column of the `-` that introduces the item starting at `itemStart`, if it is the first thing on its line. */
export function dashColumn(source: string, itemStart: number): number | undefined {
  // Scanned back from the item: spaces, a `-`, spaces, then the line start (never the whole line).
  let at = itemStart - 1;
  if (source[at] !== ' ') return undefined;
  while (source[at] === ' ') at -= 1;
  if (source[at] !== '-') return undefined;
  const dash = at;
  at -= 1;
  while (at >= 0 && source[at] === ' ') at -= 1;
  if (at >= 0 && source[at] !== '\n') return undefined;
  return dash - (at + 1);
}

/** Style choices read off the source, so inserted YAML looks like its neighbours. */
export function detectOptions(source: string, doc: Document): ToStringOptions {
  let flush = 0;
  let indented = 0;
  let indent: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (!ranged(pair.key)) return;
      const keyColumn = columnOf(source, pair.key.range[0]);
      const value = pair.value;
      if (isSeq(value) && !value.flow && ranged(value.items[0])) {
        const dash = dashColumn(source, value.items[0].range[0]);
        if (dash === keyColumn) flush += 1;
        else if (dash !== undefined && dash > keyColumn) indented += 1;
      }
      const firstKey: unknown = isMap(value) && !value.flow ? value.items[0]?.key : undefined;
      if (indent === undefined && ranged(firstKey)) {
        const inner = columnOf(source, firstKey.range[0]) - keyColumn;
        if (inner > 0 && inner <= 8) indent = inner;
      }
    },
  });
  return { ...PRINT_OPTIONS, indent: indent ?? PRINT_OPTIONS.indent, indentSeq: indented > flush };
}
