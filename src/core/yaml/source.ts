import { Document, parseAllDocuments } from 'yaml';
import type { Issue } from '../issue';
import { API_VERSION, KIND } from '../gateway/types';
import { LineIndex } from './lines';
import { PARSE_OPTIONS, plainOf } from './parse';
import { PRINT_OPTIONS } from './print';

/**
 * Texts beyond this are kept as typed but not parsed: an IstioGateway is a few kilobytes, and
 * parsing takes about a millisecond per kilobyte, so this keeps every edit well under a frame budget.
 */
export const MAX_PARSED_TEXT = 256 * 1024;

/**
 * The IstioGateway found in a text. A file may hold several YAML documents; the one that is an
 * IstioGateway is `doc`, parsed from `text.slice(start, end)` (offsets in `doc` are into that slice).
 */
export interface GatewaySource {
  /** `gateway`: the form can edit `doc`. `invalid`: syntax errors. `other`: not an IstioGateway. `empty`. */
  readonly status: 'gateway' | 'invalid' | 'other' | 'empty';
  readonly doc: Document.Parsed | undefined;
  readonly start: number;
  readonly end: number;
  /** Problems of the text as a whole: syntax, several documents, not an IstioGateway (spans are in the whole text). */
  readonly issues: readonly Issue[];
  /** The text is JSON (valid YAML too); it can be converted to YAML. */
  readonly json: boolean;
}

function describe(contents: unknown): { kind?: string; apiVersion?: string; name?: string } {
  if (typeof contents !== 'object' || contents === null || Array.isArray(contents)) return {};
  const record = contents as Record<string, unknown>;
  const metadata = record.metadata;
  const name = typeof metadata === 'object' && metadata !== null ? (metadata as Record<string, unknown>).name : undefined;
  return {
    ...(typeof record.kind === 'string' ? { kind: record.kind } : {}),
    ...(typeof record.apiVersion === 'string' ? { apiVersion: record.apiVersion } : {}),
    ...(typeof name === 'string' ? { name } : {}),
  };
}

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** What a non-IstioGateway is, and where the IstioGateway is instead. */
function notAGatewayMessage(found: { kind?: string; apiVersion?: string; name?: string }): string {
  if (found.kind === 'Deployment' && found.name?.startsWith('istio-')) {
    return (
      `This is the Deployment ${found.name}, which ASM generates from an IstioGateway and overwrites when it syncs. ` +
      `Edit the IstioGateway instead: kubectl get istiogateway -n istio-system ${found.name.slice('istio-'.length)} -o yaml, against the ASM instance.`
    );
  }
  if (found.kind) {
    return `This is a ${found.kind}${found.apiVersion ? ` (${found.apiVersion})` : ''}, not an IstioGateway: the ASM gateway resource has apiVersion ${API_VERSION} and kind ${KIND}.`;
  }
  return `This YAML is not an IstioGateway: expected a map with apiVersion ${API_VERSION}, kind ${KIND}, metadata and spec.`;
}

/** Deeper than this, a text is not parsed: an IstioGateway nests about ten levels. */
export const MAX_NESTING = 100;

/**
 * How deeply the text nests, measured cheaply (flow brackets, and block indentation in steps of
 * one space): a pathological depth is refused before the parser spends its time on it.
 */
function nestingDepth(text: string): number {
  let flow = 0;
  let deepest = 0;
  let lineStart = true;
  let indent = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      quote = null;
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        indent += 1;
        continue;
      }
      lineStart = false;
      if (indent / 2 > deepest) deepest = indent / 2;
    }
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      flow += 1;
      if (flow > deepest) deepest = flow;
    } else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
    else if (c === '#') {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline - 1;
    }
  }
  return deepest;
}

/** Reads a text as the configurator does. Never throws: everything it cannot use is an Issue. */
export function readGatewaySource(text: string): GatewaySource {
  const lines = new LineIndex(text);
  const json = looksLikeJson(text);
  const whole = (status: GatewaySource['status'], issues: Issue[]): GatewaySource => ({ status, doc: undefined, start: 0, end: text.length, issues, json });
  if (text.length > MAX_PARSED_TEXT) {
    return whole('invalid', [
      {
        code: 'yaml/too-large',
        severity: 'error',
        message: `The text is ${Math.round(text.length / 1024)} kB; the configurator reads up to ${MAX_PARSED_TEXT / 1024} kB (an IstioGateway is a few kilobytes). The text is kept as it is.`,
        path: [],
        span: lines.span(0, 0),
      },
    ]);
  }
  if (nestingDepth(text) > MAX_NESTING) {
    return whole('invalid', [
      {
        code: 'yaml/too-deep',
        severity: 'error',
        message: `The YAML nests more than ${MAX_NESTING} levels deep (an IstioGateway nests about ten), so it is not read. The text is kept as it is.`,
        path: [],
        span: lines.span(0, 0),
      },
    ]);
  }
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, PARSE_OPTIONS) as Document.Parsed[];
  } catch (error) {
    // Pathological nesting can exhaust the parser's stack.
    return whole('invalid', [
      {
        code: 'yaml/unreadable',
        severity: 'error',
        message: `The YAML cannot be read (${error instanceof RangeError ? 'it is nested too deeply' : String(error)}).`,
        path: [],
        span: lines.span(0, 0),
      },
    ]);
  }
  if (!Array.isArray(docs) || docs.length === 0 || docs.every((doc) => doc.contents === null && doc.errors.length === 0)) {
    return whole('empty', [{ code: 'doc/empty', severity: 'error', message: 'The YAML is empty: paste or import an IstioGateway, or choose a preset.', path: [] }]);
  }
  const found = docs.map((doc) => ({ doc, ...describe(safeJs(doc)) }));
  const index = found.length === 1 ? 0 : Math.max(0, found.findIndex((entry) => entry.kind === KIND));
  const chosen = found[index];
  if (!chosen) return whole('empty', []);
  // A lone document was parsed from the whole text: its offsets are into the whole text.
  const [start, end] = found.length === 1 ? [0, text.length] : [chosen.doc.range[0], chosen.doc.range[2]];
  const issues: Issue[] = [];
  if (found.length > 1) {
    const ignored = found
      .map((entry, i) => ({ entry, i }))
      .filter(({ i }) => i !== index)
      .map(({ entry, i }) => `${entry.kind ? `a ${entry.kind}` : 'a document'} (document ${i + 1})`);
    issues.push({
      code: 'doc/several-documents',
      severity: chosen.kind === KIND ? 'info' : 'error',
      message:
        chosen.kind === KIND
          ? `This text holds ${found.length} YAML documents; the IstioGateway (document ${index + 1}) is used. Ignored: ${ignored.join(', ')}.`
          : `This text holds ${found.length} YAML documents and none is an IstioGateway.`,
      path: [],
      span: lines.span(start, start),
    });
  }
  for (const { doc } of found) {
    if (doc === chosen.doc) continue;
    for (const error of doc.errors) {
      issues.push({ code: `yaml/${error.code}`, severity: 'warning', message: `In an ignored document: ${error.message}`, path: [], span: lines.span(error.pos[0], error.pos[1]) });
    }
  }
  // Parse the chosen document on its own, so its offsets are into its own slice.
  const slice = text.slice(start, end);
  const doc = found.length === 1 ? chosen.doc : (parseAllDocuments(slice, PARSE_OPTIONS)[0] as Document.Parsed | undefined);
  const syntax: Issue[] = chosen.doc.errors.map((error) => ({
    code: `yaml/${error.code}`,
    severity: 'error',
    message: error.message,
    path: [],
    span: lines.span(error.pos[0], error.pos[1]),
  }));
  const warnings: Issue[] = chosen.doc.warnings.map((warning) => ({
    code: `yaml/${warning.code}`,
    severity: 'warning',
    message: warning.message,
    path: [],
    span: lines.span(warning.pos[0], warning.pos[1]),
  }));
  if (syntax.length > 0 || !doc) return { status: 'invalid', doc: undefined, start, end, issues: [...syntax, ...issues, ...warnings], json };
  const plain = plainOf(doc);
  if (!plain.ok) {
    return {
      status: 'invalid',
      doc: undefined,
      start,
      end,
      issues: [
        {
          code: 'yaml/alias-limit',
          severity: 'error',
          message: `The YAML cannot be expanded: ${plain.error} (more than 100 alias uses, as an alias bomb has).`,
          path: [],
          span: lines.span(start, start),
        },
        ...issues,
      ],
      json,
    };
  }
  const contents = plain.value;
  const isGateway = typeof contents === 'object' && contents !== null && !Array.isArray(contents) && (chosen.kind === undefined || chosen.kind === KIND);
  if (!isGateway) {
    return {
      status: 'other',
      doc: undefined,
      start,
      end,
      issues: [{ code: 'doc/not-istio-gateway', severity: 'error', message: notAGatewayMessage(chosen), path: [], span: lines.span(start, start) }, ...issues, ...warnings],
      json,
    };
  }
  return { status: 'gateway', doc, start, end, issues: [...issues, ...warnings], json };
}

function safeJs(doc: Document): unknown {
  const plain = plainOf(doc);
  return plain.ok ? plain.value : undefined;
}

/** A JSON text as block YAML, or undefined when it is not JSON. */
export function yamlFromJson(text: string): string | undefined {
  try {
    return new Document(JSON.parse(text)).toString(PRINT_OPTIONS);
  } catch {
    return undefined;
  }
}
