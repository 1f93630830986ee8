import { Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, type Node, Pair, Scalar, type ToStringOptions, YAMLMap, YAMLSeq } from 'yaml';
import { columnOf, dashColumn, lineStartOf, onlyBlanksBefore, type RangedNode, ranged } from './sourceScan';
import type { TextEdit } from './textEdit';

/** Thrown inside the planner when a node cannot be edited in place; its parent rewrites it whole. */
class Replan extends Error {}

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

/**
 * Plans minimal text edits that turn `source` (which parsed as `before`) into the text of `after`,
 * by walking both trees and rewriting only nodes whose value, style or comments differ.
 */
export class Planner {
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
    return this.withEol(lines.map((line, i) => (line === '' || (i === 0 && !indentFirstLine) ? line : ' '.repeat(column) + line)).join('\n'));
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
