import { type Document, isAlias, isMap, isNode, isScalar, isSeq } from 'yaml';
import type { IssuePath, TextSpan } from '../issue';
import { type LineIndex } from './lines';
import { pairIn } from './readOnly';

/**
 * The text range [start, end) that shows a path of the document: a scalar value itself; for a
 * map or list, its key's line; for a missing path, the deepest part that exists. Offsets are into
 * the text the document was parsed from.
 */
export function rangeOfPath(doc: Document, path: IssuePath, mark?: 'key'): [number, number] | undefined {
  let node: unknown = doc.contents;
  let keyRange: [number, number] | undefined;
  let best: [number, number] | undefined = isNode(node) && node.range ? [node.range[0], node.range[0]] : undefined;
  for (const [index, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairIn(doc, node, segment);
      if (!pair) break;
      keyRange = isNode(pair.key) && pair.key.range ? [pair.key.range[0], pair.key.range[1]] : keyRange;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      keyRange = undefined;
    } else break;
    if (mark === 'key' && keyRange && index === path.length - 1) best = keyRange;
    else if (isScalar(node) && node.range) best = [node.range[0], Math.max(node.range[1], node.range[0] + 1)];
    else if (keyRange) best = keyRange;
    else if (isNode(node) && node.range) best = [node.range[0], node.range[0] + 1];
  }
  return best;
}

/** The lines (1-based, inclusive) a path's whole node covers, for highlighting what a field owns. */
export function linesOfPath(doc: Document, path: IssuePath, lineOf: (offset: number) => number): [number, number] | undefined {
  let node: unknown = doc.contents;
  let start: number | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairIn(doc, node, segment);
      if (!pair) return undefined;
      start = isNode(pair.key) && pair.key.range ? pair.key.range[0] : start;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      start = isNode(node) && node.range ? node.range[0] : start;
    } else return undefined;
  }
  if (!isNode(node) || !node.range || start === undefined) return undefined;
  const end = Math.max(start, node.range[1] - 1);
  return [lineOf(start), lineOf(end)];
}

/** Where an issue shows in the whole text: its own span, or its path's range shifted by the document's offset. */
export function spanOfIssue(
  issue: { readonly path: IssuePath; readonly span?: TextSpan; readonly mark?: 'key' },
  doc: Document | undefined,
  offset: number,
  lines: LineIndex,
): TextSpan | undefined {
  if (issue.span) return issue.span;
  if (!doc) return undefined;
  const range = rangeOfPath(doc, issue.path, issue.mark);
  return range ? lines.span(range[0] + offset, range[1] + offset) : lines.span(offset, offset + 1);
}
