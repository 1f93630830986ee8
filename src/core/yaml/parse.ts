import {
  Composer,
  type CST,
  type Document,
  type DocumentOptions,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type ParseOptions,
  Parser,
  type SchemaOptions,
  type ToJSOptions,
  YAMLParseError,
} from 'yaml';
import type { Issue, TextSpan } from '../issue';

/**
 * How user text is parsed. A duplicate key must be an error (Kubernetes would silently keep one of
 * them), but the library's own check (`uniqueKeys: true`) compares each key with every earlier key
 * of its map: 20,000 keys take seconds, on every keystroke. So the library does not check, and
 * `addDuplicateKeyErrors` does, in one pass. Parse with `parseChecked`/`parseAllChecked`, which do both.
 */
export const PARSE_OPTIONS = {
  uniqueKeys: false,
  prettyErrors: false,
} as const satisfies ParseOptions & DocumentOptions & SchemaOptions;

/** The longest key a duplicate-key message quotes. */
const KEY_SHOWN = 60;

function showKey(value: unknown): string {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return shown.length > KEY_SHOWN ? `${shown.slice(0, KEY_SHOWN - 1)}…` : shown;
}

const checked = new WeakSet<Document>();

/**
 * Adds a DUPLICATE_KEY error to `doc.errors` for every key that repeats an earlier key of the same
 * map, as `uniqueKeys: true` would, in linear time: one Set per map. Scalar keys compare by value,
 * as the library does (`1` and `0x1` are the same key; `.nan` is never equal to itself); other keys
 * (a list or map as a key) are not compared. The error spans the repeated key. Errors stay in text
 * order. Idempotent.
 */
export function addDuplicateKeyErrors(doc: Document): void {
  if (checked.has(doc)) return;
  checked.add(doc);
  const found: YAMLParseError[] = [];
  // An explicit stack, not recursion: the depth of the text must not become the depth of the call stack.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (!seen.has(key.value)) seen.add(key.value);
          else if (key.range) {
            const [start, end] = key.range;
            found.push(
              new YAMLParseError(
                [start, Math.max(end, start + 1)],
                'DUPLICATE_KEY',
                `Map keys must be unique: ${showKey(key.value)} is already a key of this map.`,
              ),
            );
          }
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  if (found.length === 0) return;
  found.sort((a, b) => a.pos[0] - b.pos[0]);
  // Merge into the parser's errors by position, keeping the parser's own order among its errors.
  const own = doc.errors.slice();
  doc.errors.length = 0;
  let next = 0;
  const takeFoundBefore = (offset: number): void => {
    for (let error = found[next]; error && error.pos[0] < offset; error = found[++next]) doc.errors.push(error);
  };
  for (const error of own) {
    takeFoundBefore(error.pos[0]);
    doc.errors.push(error);
  }
  takeFoundBefore(Infinity);
}

/** `parseDocument` with PARSE_OPTIONS and the duplicate-key check. */
export function parseChecked(text: string, lineCounter?: LineCounter): Document.Parsed {
  const doc = parseDocument(text, lineCounter ? { ...PARSE_OPTIONS, lineCounter } : PARSE_OPTIONS);
  addDuplicateKeyErrors(doc);
  return doc;
}

/**
 * The documents of a stream, composed from the parser's tokens (`new Parser().parse(text)`, as
 * `parseAllDocuments` does) with PARSE_OPTIONS and the duplicate-key check. Callers that inspect
 * the tokens first (the nesting guard) compose the same tokens instead of parsing twice.
 */
export function composeChecked(tokens: Iterable<CST.Token>): Document.Parsed[] {
  const docs = Array.from(new Composer(PARSE_OPTIONS).compose(tokens));
  for (const doc of docs) addDuplicateKeyErrors(doc);
  return docs;
}

/** `parseAllDocuments` with PARSE_OPTIONS and the duplicate-key check in every document. */
export function parseAllChecked(text: string): Document.Parsed[] {
  return composeChecked(new Parser().parse(text));
}

/** How a document becomes plain data: alias expansion is bounded, so an alias bomb is an error, not a hang. */
export const TO_JS_OPTIONS = { maxAliasCount: 100 } as const satisfies ToJSOptions;

export interface ParsedYaml {
  readonly doc: Document.Parsed;
  /** Syntax errors (severity error) and parser warnings, with their text spans. */
  readonly issues: readonly Issue[];
  /** True when the text has no syntax errors. */
  readonly ok: boolean;
}

/** Parses YAML text. Never throws: every problem comes back as an Issue. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseChecked(text, lineCounter);
  const span = (pos: readonly [number, number]): TextSpan => {
    const start = lineCounter.linePos(pos[0]);
    const end = lineCounter.linePos(Math.max(pos[1], pos[0]));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const issues: Issue[] = [
    ...doc.errors.map((error) => ({
      code: `yaml/${error.code}`,
      severity: 'error' as const,
      message: error.message,
      path: [],
      span: span(error.pos),
    })),
    ...doc.warnings.map((warning) => ({
      code: `yaml/${warning.code}`,
      severity: 'warning' as const,
      message: warning.message,
      path: [],
      span: span(warning.pos),
    })),
  ];
  return { doc, issues, ok: doc.errors.length === 0 };
}

export type PlainResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

const plainCache = new WeakMap<Document, PlainResult>();

/**
 * The document as plain data (aliases expanded, within TO_JS_OPTIONS' limit), computed once per
 * document: the source check, the findings and the placement all read it.
 */
export function plainOf(doc: Document): PlainResult {
  let result = plainCache.get(doc);
  if (!result) {
    try {
      result = { ok: true, value: doc.toJS(TO_JS_OPTIONS) };
    } catch (error) {
      result = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    plainCache.set(doc, result);
  }
  return result;
}
