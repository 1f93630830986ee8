import {
  type Document,
  type DocumentOptions,
  LineCounter,
  parseDocument,
  type ParseOptions,
  type SchemaOptions,
  type ToJSOptions,
} from 'yaml';
import type { Issue, TextSpan } from '../issue';

/**
 * How user text is parsed. `uniqueKeys` makes a duplicate key an error (Kubernetes would silently
 * keep one of them).
 */
export const PARSE_OPTIONS = {
  uniqueKeys: true,
  prettyErrors: false,
} as const satisfies ParseOptions & DocumentOptions & SchemaOptions;

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
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
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
