import { CST, Document, isScalar, Lexer, Parser } from 'yaml';
import type { Issue } from '../issue';
import { API_VERSIONS, KIND } from './gatewayKind';

/** How the messages name the API versions an IstioGateway may have. */
const API_VERSION_WORDS = API_VERSIONS.join(' or ');
import { MAX_PARSED_TEXT } from './limits';
import { LineIndex } from './lines';
import { composeChecked, parseAllChecked, plainOf } from './parse';
import { PRINT_OPTIONS } from './print';
import { markReadOnly } from './readOnly';

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

/** Whether the text is a JSON object. Only texts the configurator parses are tried: JSON.parse of megabytes on every keystroke is not free. */
function looksLikeJson(text: string): boolean {
  if (text.length > MAX_PARSED_TEXT) return false;
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** `a Service`, `an IstioGateway`. */
function withArticle(kind: string): string {
  return `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind}`;
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
    return `This is ${withArticle(found.kind)}${found.apiVersion ? ` (${found.apiVersion})` : ''}, not an IstioGateway: the ASM gateway resource has apiVersion ${API_VERSION_WORDS} and kind ${KIND}.`;
  }
  return `This YAML is not an IstioGateway: expected a map with apiVersion ${API_VERSION_WORDS}, kind ${KIND}, metadata and spec.`;
}

/** Deeper than this, a text is not composed: an IstioGateway nests about ten levels. */
export const MAX_NESTING = 100;

/**
 * The text's concrete syntax tree, read by the YAML library's own parser, or undefined as soon as
 * more than `maxDepth` collections are open at once. Composing documents recurses once per level,
 * so a pathological depth is refused before that. Measured on the parser's tokens rather than on
 * the characters, the guard agrees with the parser: indentation inside a block scalar or a comment,
 * a `#` inside a plain scalar, a `[` inside a plain scalar, an unclosed `[` that the next
 * less-indented line or the next document closes: none of them nest. The parser keeps what it is
 * building on an explicit stack (the document, the open collections, at most a scalar being read),
 * so it does not recurse; the open collections are only counted when that stack is near the limit,
 * and the work per token stays bounded: linear in the text. The tokens are composed as they are.
 */
function tokensWithin(text: string, maxDepth: number): CST.Token[] | undefined {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    const { stack } = parser;
    if (stack.length > maxDepth + 1) {
      // More than two entries that are not collections would be new to the parser: refuse rather than count long stacks.
      if (stack.length > maxDepth + 3) return undefined;
      let open = 0;
      for (const entry of stack) if (CST.isCollection(entry)) open += 1;
      if (open > maxDepth) return undefined;
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

/** A document with nothing in it (`---` alone, or a trailing `---`): ignored without a word. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents;
  if (doc.errors.length > 0) return false;
  return contents === null || (isScalar(contents) && contents.value === null && contents.source === '' && !contents.tag && !contents.anchor);
}

/**
 * A line that is only dots: ASM's documents write `......` for "the rest of your gateway", and a user who copies an
 * example copies it too. (`...` alone at the start of a line ends a YAML document and is valid: it is not one of these.)
 */
const ELISION = /^(?:[ \t]+\.{3,}|\.{4,}|[ \t]*…+)[ \t]*$/m;

/**
 * A text that does not parse is one problem, its first cause: one wrong line makes the parser report many after it
 * (a Tab pressed into the editor twenty times gave 156), and those follow from the first. A documentation elision is
 * that cause, said in the user's terms; otherwise the first error the parser met, with how many follow from it.
 */
function firstCause(text: string, start: number, end: number, lines: LineIndex, all: readonly Issue[]): Issue[] {
  // A duplicate key, an unresolved tag or a bad alias is a problem of its own, not a consequence of another: each is listed.
  const independent = all.filter((issue) => INDEPENDENT_ERRORS.has(issue.code));
  const syntax = all.filter((issue) => !INDEPENDENT_ERRORS.has(issue.code));
  return [...foldedSyntax(text, start, end, lines, syntax), ...independent];
}

/** The `yaml` library's errors that are found in a document that parsed: one does not cause the next. */
const INDEPENDENT_ERRORS: ReadonlySet<string> = new Set([
  'yaml/DUPLICATE_KEY',
  'yaml/TAG_RESOLVE_FAILED',
  'yaml/BAD_ALIAS',
  'yaml/ALIAS_PROPS',
  'yaml/MULTIPLE_ANCHORS',
  'yaml/MULTIPLE_TAGS',
  'yaml/BAD_DIRECTIVE',
]);

function foldedSyntax(text: string, start: number, end: number, lines: LineIndex, syntax: readonly Issue[]): Issue[] {
  const first = syntax[0];
  if (!first) return [];
  const match = ELISION.exec(text.slice(start, end));
  const more = (count: number): string => (count > 0 ? ` (${count} more syntax ${count === 1 ? 'problem follows' : 'problems follow'} from it.)` : '');
  if (!match) return [{ ...first, message: `${first.message}${more(syntax.length - 1)}` }];
  const at = start + match.index;
  const span = lines.span(at, at + match[0].length);
  return [
    {
      code: 'yaml/doc-elision',
      severity: 'error',
      message:
        `Line ${span.line} is “${match[0].trim()}”: ASM’s documents write it for “the rest of your gateway”, and it is not YAML. ` +
        `Put your gateway’s own fields there, or delete the line.${more(syntax.length)}`,
      path: [],
      span,
    },
  ];
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
  let docs: Document.Parsed[];
  try {
    const tokens = tokensWithin(text, MAX_NESTING);
    if (!tokens) {
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
    docs = composeChecked(tokens);
  } catch (error) {
    // Not expected within MAX_NESTING; kept so that nothing the parser throws reaches the page.
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
  // Documents with nothing in them (a trailing `---`) are not counted, numbered or mentioned.
  const found = docs.filter((doc) => !isEmptyDocument(doc)).map((doc, i) => ({ doc, number: i + 1, ...describe(safeJs(doc)) }));
  if (found.length === 0) {
    return whole('empty', [
      { code: 'doc/empty', severity: 'error', message: 'The YAML is empty: paste or import an IstioGateway, or choose a preset.', path: [] },
    ]);
  }
  const named = (entry: (typeof found)[number]): string => `${entry.kind ? withArticle(entry.kind) : 'a document without a kind'} (document ${entry.number})`;
  // One document is the gateway if it can be (a map without `kind` is taken as one being written).
  // Among several, only a document that says `kind: IstioGateway` is: kubectl and Helm output name
  // every kind, so a kind-less document next to others is a fragment, not the gateway to edit.
  const chosen = found.length === 1 ? found[0] : found.find((entry) => entry.kind === KIND);
  if (!chosen) {
    // A syntax error may be what hides the IstioGateway's kind: it comes first.
    const syntax = found.flatMap(({ doc }) =>
      doc.errors.map((error): Issue => ({
        code: `yaml/${error.code}`,
        severity: 'error',
        message: error.message,
        path: [],
        span: lines.span(error.pos[0], error.pos[1]),
      })),
    );
    return whole(syntax.length > 0 ? 'invalid' : 'other', [
      ...syntax,
      {
        code: 'doc/not-istio-gateway',
        severity: 'error',
        message:
          `This text holds ${found.length} YAML documents and none is an IstioGateway: ${found.map(named).join(', ')}. ` +
          `The configurator edits the document with apiVersion ${API_VERSION_WORDS} and kind ${KIND}; add it, or keep only it.`,
        path: [],
        span: lines.span(0, 0),
      },
    ]);
  }
  // A lone document parsed from the whole text: its offsets are into the whole text.
  const alone = docs.length === 1;
  const [start, end] = alone ? [0, text.length] : [chosen.doc.range[0], chosen.doc.range[2]];
  const issues: Issue[] = [];
  if (found.length > 1) {
    const ignored = found.filter((entry) => entry !== chosen).map(named);
    issues.push({
      code: 'doc/several-documents',
      severity: 'info',
      message: `This text holds ${found.length} YAML documents; the IstioGateway (document ${chosen.number}) is used. Ignored: ${ignored.join(', ')}.`,
      path: [],
      span: lines.span(start, start),
    });
  }
  for (const { doc } of found) {
    if (doc === chosen.doc) continue;
    for (const error of doc.errors) {
      issues.push({
        code: `yaml/${error.code}`,
        severity: 'warning',
        message: `In an ignored document: ${error.message}`,
        path: [],
        span: lines.span(error.pos[0], error.pos[1]),
      });
    }
  }
  // Parse the chosen document on its own, so its offsets are into its own slice.
  const slice = text.slice(start, end);
  const doc = alone ? chosen.doc : parseAllChecked(slice)[0];
  // Errors: a text that does not parse as YAML cannot be applied (kubectl and the API server refuse it, duplicate keys
  // included: Kubernetes decodes strictly).
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
  if (syntax.length > 0 || !doc)
    return { status: 'invalid', doc: undefined, start, end, issues: [...firstCause(text, start, end, lines, syntax), ...issues, ...warnings], json };
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
      issues: [
        { code: 'doc/not-istio-gateway', severity: 'error', message: notAGatewayMessage(chosen), path: [], span: lines.span(start, start) },
        ...issues,
        ...warnings,
      ],
      json,
    };
  }
  markReadOnly(doc);
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
