import { Document, isMap, isScalar, isSeq, type Node, parseDocument, type Range, type Scalar, visit } from 'yaml';
import { PARSE_OPTIONS } from './parse';
import { markReadOnly } from './readOnly';
import type { GatewaySource } from './source';
import { MAX_PARSED_TEXT } from './limits';

/**
 * One line `key: value` of a block map (or `- key: value`, the first key of a list item) whose value
 * is a plain scalar that no YAML indicator can hide in: letters, digits, `_ . / -`, single inner
 * spaces, no comment. Typing into such a value changes that value and nothing else in the document.
 */
const VALUE_LINE = /^( *)((?:- )?)([A-Za-z0-9][\w./-]*): ([A-Za-z0-9][\w./-]*(?: [\w./-]+)*)$/;

interface ValueLine {
  readonly prefix: string;
  readonly key: string;
  readonly value: string;
}

function valueLine(line: string): ValueLine | undefined {
  const match = VALUE_LINE.exec(line);
  if (!match) return undefined;
  const [, indent = '', dash = '', key = '', value = ''] = match;
  return { prefix: `${indent}${dash}${key}: `, key, value };
}

/** The map pair whose value is the scalar starting at `offset`, and how deep its map is (0: the top level). */
function pairWithValueAt(doc: Document.Parsed, offset: number): { scalar: Scalar; key: unknown; depth: number; set: (node: Scalar) => void } | undefined {
  let node: unknown = doc.contents;
  for (let depth = 0; depth < 200; depth += 1) {
    let next: unknown;
    if (isMap(node)) {
      for (const pair of node.items) {
        const value = pair.value;
        if (isScalar(value) && value.range?.[0] === offset) {
          return {
            scalar: value,
            key: isScalar(pair.key) ? pair.key.value : undefined,
            depth,
            set: (scalar) => {
              pair.value = scalar;
            },
          };
        }
        if ((isMap(value) || isSeq(value)) && value.range && value.range[0] <= offset && offset < value.range[2]) next = value;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if ((isMap(item) || isSeq(item)) && item.range && item.range[0] <= offset && offset < item.range[2]) next = item;
      }
    }
    if (next === undefined) return undefined;
    node = next;
  }
  return undefined;
}

/** The scalar a value reads as on its own (number, boolean, null or string, as the document's schema says). */
function scalarOf(value: string): Scalar | undefined {
  const parsed = parseDocument(value, PARSE_OPTIONS);
  if (parsed.errors.length > 0 || parsed.warnings.length > 0 || !isScalar(parsed.contents)) return undefined;
  return parsed.contents;
}

/** The source of the text before the edit; its document as the store keeps it (the one read from that text). */
export type EditedSource = Omit<GatewaySource, 'doc'> & { readonly doc: Document | undefined };

/** A document read from text: every node of it has its range. */
function isParsed(doc: Document): doc is Document.Parsed {
  return doc.range !== undefined && doc.directives !== undefined && (doc.contents === null || doc.contents.range !== undefined);
}

const shifted = (range: Range, from: number, delta: number): Range => [
  range[0] >= from ? range[0] + delta : range[0],
  range[1] >= from ? range[1] + delta : range[1],
  range[2] >= from ? range[2] + delta : range[2],
];

/**
 * The source of `after`, read from the source of `before` without parsing the whole text again,
 * when the only change is within one plain scalar value of a map (typing a name, a number, a zone
 * ID): that value's node is replaced and every offset after it moves. Anything else (a change of
 * structure, a key, a comment, quotes, several lines, a top-level value such as `kind`) returns
 * undefined, and the caller parses the text. The result equals what `readGatewaySource(after)`
 * returns (a property test checks values and every node's range).
 *
 * The nodes of `before`'s document are taken over by the new document: `before`'s document must not
 * be read again (the store drops it as the text moves on).
 */
export function readAfterValueEdit(before: string, source: EditedSource, after: string): GatewaySource | undefined {
  const doc = source.doc;
  if (source.status !== 'gateway' || !doc || !isParsed(doc) || source.json || source.issues.length > 0 || source.start !== 0 || source.end !== before.length)
    return undefined;
  if (after.length > MAX_PARSED_TEXT || doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  if (doc.directives.yaml.explicit || doc.schema.name !== 'core') return undefined;

  // The changed stretch: what lies between the common beginning and the common end.
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head += 1;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail += 1;
  const removedEnd = before.length - tail;
  const insertedEnd = after.length - tail;
  if (head === removedEnd && head === insertedEnd) return { ...source, doc };
  if (/[\r\n]/.test(before.slice(head, removedEnd)) || /[\r\n]/.test(after.slice(head, insertedEnd))) return undefined;

  const lineStart = before.lastIndexOf('\n', head - 1) + 1;
  const newline = before.indexOf('\n', head);
  const oldLineEnd = newline < 0 ? before.length : newline;
  const delta = after.length - before.length;
  const oldLine = valueLine(before.slice(lineStart, oldLineEnd));
  const newLine = valueLine(after.slice(lineStart, oldLineEnd + delta));
  if (!oldLine || oldLine.prefix !== newLine?.prefix) return undefined;
  const valueStart = lineStart + oldLine.prefix.length;
  if (head < valueStart) return undefined;

  const found = pairWithValueAt(doc, valueStart);
  if (!found || found.depth === 0) return undefined;
  const { scalar } = found;
  if (scalar.type !== 'PLAIN' || scalar.tag !== undefined || scalar.anchor !== undefined || scalar.range?.[1] !== valueStart + oldLine.value.length)
    return undefined;
  if (found.key !== oldLine.key) return undefined;
  const replacement = scalarOf(newLine.value);
  if (!replacement) return undefined;

  // Nothing is changed before this point; from here the old document's nodes become the new one's.
  // Every offset at or after the end of the old value moves by the change in length.
  visit(doc, {
    Node(_key, node: Node) {
      if (node.range) node.range = shifted(node.range, removedEnd, delta);
    },
  });
  const oldRange = scalar.range;
  replacement.range = [valueStart, valueStart + newLine.value.length, oldRange[2]];
  if (scalar.comment !== undefined) replacement.comment = scalar.comment;
  if (scalar.commentBefore !== undefined) replacement.commentBefore = scalar.commentBefore;
  if (scalar.spaceBefore !== undefined) replacement.spaceBefore = scalar.spaceBefore;
  found.set(replacement);

  const next = new Document(null, PARSE_OPTIONS) as Document.Parsed;
  next.contents = doc.contents;
  next.directives = doc.directives;
  next.range = shifted(doc.range, removedEnd, delta);
  next.commentBefore = doc.commentBefore;
  next.comment = doc.comment;
  markReadOnly(next);
  return { status: 'gateway', doc: next, start: 0, end: after.length, issues: [], json: false };
}
