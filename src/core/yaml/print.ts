import {
  Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  Pair,
  Scalar,
  type ToStringOptions,
  visit,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import { commentLines } from './comments';
import { parseChecked, TO_JS_OPTIONS } from './parse';

/** How new YAML is written: 2-space indent, sequences flush with their key (as most of the seed), no line folding. */
export const PRINT_OPTIONS = { indent: 2, indentSeq: false, lineWidth: 0, minContentWidth: 0 } as const satisfies ToStringOptions;

/** Replace `source[start, end)` with `text`. Offsets are UTF-16 indices into the old text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type PrintResult = PrintedText | PrintFailure;

export interface PrintFailure {
  readonly ok: false;
  /** Why the document cannot be written (e.g. an alias whose anchor the change removed). */
  readonly message: string;
}

export interface PrintedText {
  readonly ok: true;
  /** The new text. */
  readonly text: string;
  /** The edits that turn the old text into the new one, in source order. */
  readonly edits: readonly TextEdit[];
  /**
   * True when only the changed nodes were rewritten. False when the document had to be printed
   * whole (formatting of untouched lines may then differ; values and comments never do).
   */
  readonly exact: boolean;
  /** The new text parsed (error-free), when the check already parsed it. */
  readonly parsed?: Document.Parsed;
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

/** Thrown inside the planner when a node cannot be edited in place; its parent rewrites it whole. */
class Replan extends Error {}

type RangedNode = Node & { range: [number, number, number] };

function ranged(node: unknown): node is RangedNode {
  return isNode(node) && Array.isArray(node.range);
}

/** The same scalar without its comments or spacing, to print in a new place. */
function bareScalar(node: Scalar, withTag = true): Scalar {
  const copy = new Scalar(node.value);
  if (node.type) copy.type = node.type;
  if (node.format) copy.format = node.format;
  if (node.tag && withTag) copy.tag = node.tag;
  return copy;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

function jsonOf(node: unknown): string {
  return JSON.stringify(isNode(node) ? node.toJSON() : node);
}

/** Style choices read off the source, so inserted YAML looks like its neighbours. */
function detectOptions(source: string, doc: Document): ToStringOptions {
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

let newlines: { source: string; offsets: number[] } | undefined;

/**
 * The offset where the line holding `pos` starts. The newlines of the text are indexed once, so a
 * document on one long line (a wide flow map) costs a binary search per node, not a scan.
 */
function lineStartOf(source: string, pos: number): number {
  if (newlines?.source !== source) {
    const offsets: number[] = [];
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) offsets.push(at);
    newlines = { source, offsets };
  }
  const { offsets } = newlines;
  // The last newline before `pos`.
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle] ?? 0) < pos) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? 0 : (offsets[low - 1] ?? -1) + 1;
}

/** Whether only spaces and tabs lie between the start of `pos`'s line and `pos` (scanned back from `pos`). */
function onlyBlanksBefore(source: string, pos: number): boolean {
  for (let at = pos - 1; at >= 0; at -= 1) {
    const char = source[at];
    if (char === '\n') return true;
    if (char !== ' ' && char !== '\t' && char !== '\r') return false;
  }
  return true;
}

function columnOf(source: string, pos: number): number {
  return pos - lineStartOf(source, pos);
}

/** The column of the `-` that introduces the item starting at `itemStart`, if it is the first thing on its line. */
function dashColumn(source: string, itemStart: number): number | undefined {
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

/**
 * Plans minimal text edits that turn `source` (which parsed as `before`) into the text of `after`,
 * by walking both trees and rewriting only nodes whose value, style or comments differ.
 */
class Planner {
  /** The source's line ending, used for everything inserted. */
  private readonly eol: string;

  constructor(
    private readonly source: string,
    private readonly options: ToStringOptions,
  ) {
    this.eol = source.includes('\r\n') ? '\r\n' : '\n';
  }

  private withEol(text: string): string {
    return this.eol === '\n' ? text : text.replace(/\r?\n/g, this.eol);
  }

  /** The end of the line holding `pos`, before its line break. */
  private contentEnd(pos: number): number {
    const newline = this.source.indexOf('\n', pos);
    if (newline === -1) return this.source.length;
    return this.source[newline - 1] === '\r' ? newline - 1 : newline;
  }

  /**
   * The offset just after the line on which a node ending at `pos` lies. A block collection's range
   * can end in the indentation of the next line; that line is not part of the node.
   */
  private endOfLine(pos: number): number {
    if (pos > 0 && this.source[pos - 1] === '\n') return pos;
    const lineStart = lineStartOf(this.source, pos);
    if (lineStart > 0 && onlyBlanksBefore(this.source, pos)) return lineStart;
    const newline = this.source.indexOf('\n', pos);
    return newline === -1 ? this.source.length : newline + 1;
  }

  private onlySpaceBefore(pos: number): boolean {
    return onlyBlanksBefore(this.source, pos);
  }

  /** Start of the comment lines above a node that the parser attached to it as `commentBefore`. */
  private commentStart(node: RangedNode): number {
    const lineStart = lineStartOf(this.source, node.range[0]);
    if (!node.commentBefore) return lineStart;
    let remaining = node.commentBefore.split('\n').length;
    let start = lineStart;
    while (remaining > 0 && start > 0) {
      const previous = lineStartOf(this.source, start - 1);
      const line = this.source.slice(previous, start - 1);
      if (!/^\s*(#[^\n]*)?$/.test(line)) break;
      start = previous;
      remaining -= 1;
    }
    while (start < lineStart) {
      const newline = this.source.indexOf('\n', start);
      if (this.source.slice(start, newline).trim() !== '') break;
      start = newline + 1;
    }
    return start;
  }

  private render(contents: Node, column: number, indentFirstLine: boolean): string {
    const doc = new Document();
    doc.contents = contents;
    const lines = doc.toString(this.options).split('\n');
    return this.withEol(
      lines.map((line, i) => (line === '' || (i === 0 && !indentFirstLine) ? line : ' '.repeat(column) + line)).join('\n'),
    );
  }

  private renderPairs(pairs: readonly Pair[], column: number, indentFirstLine: boolean): string {
    const map = new YAMLMap();
    map.items = [...pairs];
    return this.render(map, column, indentFirstLine);
  }

  private renderItems(items: readonly unknown[], column: number): string {
    const seq = new YAMLSeq();
    seq.items = [...items];
    return this.render(seq, column, true);
  }

  private renderComment(comment: string, column: number): string {
    return comment
      .split('\n')
      .map((line) => (line === '' ? this.eol : `${' '.repeat(column)}#${line}${this.eol}`))
      .join('');
  }

  /** The scalar on one line, without its tag (a tag stays in the source, outside the scalar's range). */
  private renderScalarInline(node: Scalar): string {
    const text = this.render(bareScalar(node, false), 0, false).replace(/\r?\n$/, '');
    if (text.includes('\n')) throw new Replan();
    return text;
  }

  /**
   * Where to insert keys after `pair`: after its value, but before the comment lines at the end of
   * its region that are indented no deeper than the map's keys (those introduce the next key).
   */
  private insertionAfter(pair: Pair, column: number): number {
    let end = this.pairEnd(pair);
    const keyLine = ranged(pair.key) ? lineStartOf(this.source, pair.key.range[0]) : end;
    while (end > keyLine) {
      const start = lineStartOf(this.source, end - 1);
      if (start <= keyLine) break;
      const line = this.source.slice(start, end).replace(/\r?\n$/, '');
      const comment = /^( *)#/.exec(line);
      if (!comment || (comment[1]?.length ?? 0) > column) break;
      end = start;
    }
    return end;
  }

  /** Text inserted at `at` must start on a line of its own. */
  private atLineStart(at: number, text: string): string {
    return at > 0 && this.source[at - 1] !== '\n' ? this.eol + text : text;
  }

  private pairEnd(pair: Pair): number {
    const end = ranged(pair.value) ? pair.value.range[2] : ranged(pair.key) ? pair.key.range[2] : undefined;
    if (end === undefined) throw new Replan();
    return this.endOfLine(end);
  }

  plan(before: Document, after: Document): TextEdit[] {
    if ((before.commentBefore ?? '') !== (after.commentBefore ?? '') || (before.comment ?? '') !== (after.comment ?? '')) {
      throw new Replan();
    }
    const a = before.contents;
    const b = after.contents;
    if (isMap(a) && isMap(b) && ranged(a)) return this.planMap(a, b);
    if (jsonOf(a) === jsonOf(b)) return [];
    throw new Replan();
  }

  private sameCollectionComments(a: Node, b: Node): boolean {
    return (a.commentBefore ?? '') === (b.commentBefore ?? '') && (a.comment ?? '') === (b.comment ?? '');
  }

  private planMap(a: YAMLMap, b: YAMLMap): TextEdit[] {
    // An emptied block collection must become `{}` / `[]`: its parent rewrites the whole pair.
    if (a.flow || b.flow || a.items.length === 0 || b.items.length === 0 || !this.sameCollectionComments(a, b)) {
      throw new Replan();
    }
    const aKeys = a.items.map(keyOf);
    const bKeys = b.items.map(keyOf);
    if (aKeys.includes(undefined) || bKeys.includes(undefined) || new Set(bKeys).size !== bKeys.length) throw new Replan();
    const aIndex = new Map(aKeys.map((key, i) => [key, i]));
    let last = -1;
    for (const key of bKeys) {
      const i = aIndex.get(key);
      if (i === undefined) continue;
      if (i < last) throw new Replan();
      last = i;
    }
    const first = a.items[0]?.key;
    if (!ranged(first)) throw new Replan();
    const column = columnOf(this.source, first.range[0]);
    const firstInline = !this.onlySpaceBefore(first.range[0]);
    const kept = new Set(bKeys);
    const edits: TextEdit[] = [];

    a.items.forEach((pair, i) => {
      if (kept.has(aKeys[i])) return;
      if (i === 0 && firstInline) throw new Replan();
      if (!ranged(pair.key)) throw new Replan();
      edits.push({ start: this.commentStart(pair.key), end: this.pairEnd(pair), text: '' });
    });

    let previous: Pair | undefined;
    let pending: Pair[] = [];
    const flush = (at: number): void => {
      edits.push({ start: at, end: at, text: this.atLineStart(at, this.renderPairs(pending, column, true)) });
      pending = [];
    };
    b.items.forEach((pair, i) => {
      const ai = aIndex.get(bKeys[i]);
      const match = ai === undefined ? undefined : a.items[ai];
      if (ai === undefined || !match) {
        pending.push(pair);
        return;
      }
      const inline = ai === 0 && firstInline;
      if (pending.length > 0) {
        if (previous) flush(this.insertionAfter(previous, column));
        else if (!inline && ranged(match.key)) flush(this.commentStart(match.key));
        else throw new Replan();
      }
      edits.push(...this.planPair(match, pair, column, inline));
      previous = match;
    });
    if (pending.length > 0) {
      if (!previous) throw new Replan();
      flush(this.insertionAfter(previous, column));
    }
    return edits;
  }

  private planPair(a: Pair, b: Pair, column: number, inline: boolean): TextEdit[] {
    const aKey = a.key;
    const bKey = b.key;
    if (!ranged(aKey) || !isScalar(bKey)) throw new Replan();
    if ((aKey.comment ?? '') !== (bKey.comment ?? '')) throw new Replan();
    const edits: TextEdit[] = [];
    if ((aKey.commentBefore ?? '') !== (bKey.commentBefore ?? '')) {
      if (inline) throw new Replan();
      const text = bKey.commentBefore ? this.renderComment(bKey.commentBefore, column) : '';
      edits.push({ start: this.commentStart(aKey), end: lineStartOf(this.source, aKey.range[0]), text });
    }
    try {
      edits.push(...this.planValue(a.value, b.value));
    } catch (error) {
      if (!(error instanceof Replan)) throw error;
      const text = this.renderPairs([new Pair(bareScalar(bKey), b.value)], columnOf(this.source, aKey.range[0]), false);
      edits.push({ start: aKey.range[0], end: this.pairEnd(a), text });
    }
    return edits;
  }

  private planValue(a: unknown, b: unknown, inFlow = false): TextEdit[] {
    if (isScalar(a) && isScalar(b) && ranged(a)) return this.planScalar(a, b, inFlow);
    if (isMap(a) && isMap(b)) return a.flow || b.flow || inFlow ? this.planFlow(a, b) : this.planMap(a, b);
    if (isSeq(a) && isSeq(b)) return a.flow || b.flow || inFlow ? this.planFlow(a, b) : this.planSeq(a, b);
    if (isAlias(a) && isAlias(b) && a.source === b.source) return [];
    throw new Replan();
  }

  /** A flow collection (`{a: 1}`, `[a, b]`) of the same shape: only its scalars are rewritten in place. */
  private planFlow(a: YAMLMap | YAMLSeq, b: YAMLMap | YAMLSeq): TextEdit[] {
    if (!a.flow || !b.flow || a.items.length !== b.items.length || !this.sameCollectionComments(a, b)) throw new Replan();
    return a.items.flatMap((item: unknown, i): TextEdit[] => {
      const other: unknown = b.items[i];
      if (isPair(item) && isPair(other)) {
        if (jsonOf(item.key) !== jsonOf(other.key) || !isNode(item.key) || !isNode(other.key)) throw new Replan();
        if (!this.sameCollectionComments(item.key, other.key)) throw new Replan();
        return this.planValue(item.value, other.value, true);
      }
      if (isPair(item) || isPair(other)) throw new Replan();
      return this.planValue(item, other, true);
    });
  }

  private planScalar(a: Scalar & RangedNode, b: Scalar, inFlow: boolean): TextEdit[] {
    const edits: TextEdit[] = [];
    if ((a.commentBefore ?? '') !== (b.commentBefore ?? '')) throw new Replan();
    if (!Object.is(a.value, b.value) || a.type !== b.type) {
      if (a.type === 'BLOCK_LITERAL' || a.type === 'BLOCK_FOLDED') throw new Replan();
      let text = this.renderScalarInline(b);
      // Flow indicators in a plain scalar would end the flow collection early.
      if (inFlow && /^[^'"]/.test(text) && /[,[\]{}#]/.test(text)) throw new Replan();
      // An empty value (`key:` or `key: # note`) has no space of its own around it.
      if (a.range[0] > 0 && !/\s/.test(this.source[a.range[0] - 1] ?? ' ')) text = ` ${text}`;
      if (this.source[a.range[1]] === '#') text = `${text} `;
      edits.push({ start: a.range[0], end: a.range[1], text });
    }
    if ((a.comment ?? '') !== (b.comment ?? '')) {
      if (inFlow) throw new Replan();
      if (b.comment?.includes('\n')) throw new Replan();
      const end = this.contentEnd(a.range[1]);
      const tail = this.source.slice(a.range[1], end);
      if (!/^[ \t]*(#.*)?$/.test(tail)) throw new Replan();
      const spacing = /^([ \t]*)#/.exec(tail)?.[1] ?? ' ';
      edits.push({ start: a.range[1], end, text: b.comment ? `${spacing}#${b.comment}` : '' });
    }
    return edits;
  }

  private itemStart(item: RangedNode): number {
    return item.commentBefore ? this.commentStart(item) : lineStartOf(this.source, item.range[0]);
  }

  private planSeq(a: YAMLSeq, b: YAMLSeq): TextEdit[] {
    if (a.flow || b.flow || a.items.length === 0 || b.items.length === 0 || !this.sameCollectionComments(a, b)) {
      throw new Replan();
    }
    const aItems = a.items.map((item) => {
      if (!ranged(item) || dashColumn(this.source, item.range[0]) === undefined) throw new Replan();
      return item;
    });
    const first = aItems[0];
    const column = first ? dashColumn(this.source, first.range[0]) : undefined;
    if (column === undefined) throw new Replan();
    const byStart = new Map(aItems.map((item, i) => [item.range[0], i]));
    const matches = b.items.map((item) => (ranged(item) ? byStart.get(item.range[0]) : undefined));
    let last = -1;
    for (const match of matches) {
      if (match === undefined) continue;
      if (match <= last) throw new Replan();
      last = match;
    }
    const kept = new Set(matches);
    const edits: TextEdit[] = [];
    aItems.forEach((item, i) => {
      if (!kept.has(i)) edits.push({ start: this.itemStart(item), end: this.endOfLine(item.range[2]), text: '' });
    });
    let previous: RangedNode | undefined;
    let pending: unknown[] = [];
    const flush = (at: number): void => {
      edits.push({ start: at, end: at, text: this.atLineStart(at, this.renderItems(pending, column)) });
      pending = [];
    };
    b.items.forEach((item, j) => {
      const i = matches[j];
      const match = i === undefined ? undefined : aItems[i];
      if (!match) {
        pending.push(item);
        return;
      }
      if (pending.length > 0) flush(previous ? this.endOfLine(previous.range[2]) : this.itemStart(match));
      edits.push(...this.planItem(match, item, column));
      previous = match;
    });
    if (pending.length > 0) {
      if (!previous) throw new Replan();
      flush(this.endOfLine(previous.range[2]));
    }
    return edits;
  }

  private planItem(a: RangedNode, b: unknown, column: number): TextEdit[] {
    try {
      if (!isNode(b) || (a.commentBefore ?? '') !== (b.commentBefore ?? '')) throw new Replan();
      if (isSeq(a) && !a.flow) throw new Replan();
      return this.planValue(a, b);
    } catch (error) {
      if (!(error instanceof Replan)) throw error;
      return [{ start: this.itemStart(a), end: this.endOfLine(a.range[2]), text: this.renderItems([b], column) }];
    }
  }
}

/** The parsed text, if it reads back as `after` (same data, same comments); else undefined. */
function readsBackAs(text: string, after: Document): Document.Parsed | undefined {
  const check = parseChecked(text);
  if (check.errors.length > 0) return undefined;
  try {
    const same =
      JSON.stringify(check.toJS(TO_JS_OPTIONS)) === JSON.stringify(after.toJS(TO_JS_OPTIONS)) &&
      JSON.stringify(commentLines(check)) === JSON.stringify(commentLines(after));
    return same ? check : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The text of `after`, written as edits to `source` (which parsed as `before`): lines of nodes that
 * did not change stay byte for byte, including their formatting, comments and key order. The result
 * is checked by parsing it again; if it would not read back as `after`, the document is printed whole.
 * Never throws: a document that cannot be printed at all (an alias whose anchor is gone) is a failure.
 */
export function printChanges(source: string, before: Document, after: Document): PrintResult {
  const options = detectOptions(source, before);
  if (before.errors.length === 0) {
    try {
      const edits = new Planner(source, options).plan(before, after).sort((x, y) => x.start - y.start || x.end - y.end);
      const text = applyTextEdits(source, edits);
      const parsed = readsBackAs(text, after);
      if (parsed) return { ok: true, text, edits, exact: true, parsed };
    } catch {
      // Replan at the top, or anything the minimal printer cannot express: print the whole document.
    }
  }
  try {
    const whole = after.toString(options);
    const text = source.includes('\r\n') ? whole.replace(/\r?\n/g, '\r\n') : whole;
    return { ok: true, text, edits: [{ start: 0, end: source.length, text }], exact: false };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
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

/** The indentation of a JSON text: the leading spaces of its first indented line (2 when it has none, 0 when it is on one line). */
function jsonIndent(source: string): number | string {
  if (!source.trim().includes('\n')) return 0;
  const match = /\n([ \t]+)\S/.exec(source);
  if (!match?.[1]) return 2;
  return match[1].startsWith('\t') ? '\t' : match[1].length;
}

/**
 * A JSON document after a change, written as JSON again (JSON is YAML, but a form edit should not
 * turn it into a YAML–JSON hybrid): the same indentation and final newline, and as one edit
 * around what differs, so the editor keeps its cursor and the changed lines show. JSON has no
 * comments, so the YAML's explaining comments are not written.
 */
export function printJsonChanges(source: string, after: Document): PrintResult {
  try {
    const body = JSON.stringify(after.toJS(TO_JS_OPTIONS), null, jsonIndent(source));
    const lead = /^\s*/.exec(source)?.[0] ?? '';
    const trail = /\s*$/.exec(source)?.[0] ?? '';
    const text = `${lead}${body}${trail}`;
    const edit = differingEdit(source, text);
    return { ok: true, text, edits: edit.start === edit.end && edit.text === '' ? [] : [edit], exact: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
