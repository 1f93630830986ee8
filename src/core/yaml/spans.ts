import { type Document, isAlias, isMap, isNode, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import type { IssuePath, TextSpan } from '../issue';
import { type LineIndex } from './lines';

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);
const indexes = new WeakMap<YAMLMap, Map<unknown, Pair>>();

/**
 * The pair of `map` with this key. Wide maps are indexed once, so placing thousands of findings
 * in one map stays linear; an index that no longer fits the map is rebuilt.
 */
function pairOf(map: YAMLMap, key: unknown): Pair | undefined {
  if (map.items.length < 32) return map.items.find((item) => keyOf(item) === key);
  let index = indexes.get(map);
  let pair = index?.get(key);
  if (!index || index.size > map.items.length || (pair && keyOf(pair) !== key) || (!pair && index.size !== map.items.length)) {
    index = new Map();
    for (const item of map.items) if (!index.has(keyOf(item))) index.set(keyOf(item), item);
    indexes.set(map, index);
    pair = index.get(key);
  }
  return pair;
}

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
      const pair = pairOf(node, segment);
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
      const pair = pairOf(node, segment);
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
