import type { Document } from 'yaml';
import { commentLines } from './comments';
import { parseChecked, TO_JS_OPTIONS } from './parse';
import { Planner } from './planner';
import { detectOptions } from './sourceScan';
import { applyTextEdits, differingEdit, type TextEdit } from './textEdit';

export { PRINT_OPTIONS } from './sourceScan';
export { applyTextEdits, differingEdit, type TextEdit } from './textEdit';

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
