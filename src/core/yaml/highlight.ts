/** The kinds of text a light YAML view colours, as Monaco's YAML tokenizer roughly does. */
export type TokenKind = 'plain' | 'key' | 'string' | 'number' | 'keyword' | 'comment' | 'punctuation' | 'anchor' | 'tag';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const KEY = /^((?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\],&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?))(\s*)(:)(?=\s|$)/;
const NUMBER = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i;
const KEYWORD = /^(?:true|false|null|~|yes|no|on|off)$/i;

/** A scalar value (the rest of a line after any key), with a trailing comment split off. */
function valueTokens(rest: string, out: Token[]): void {
  if (rest === '') return;
  const lead = /^\s*/.exec(rest)?.[0] ?? '';
  if (lead) out.push({ kind: 'plain', text: lead });
  let body = rest.slice(lead.length);
  if (body.startsWith('#')) {
    out.push({ kind: 'comment', text: body });
    return;
  }
  const prefix = /^(?:(?:[&*][^\s,{}[\]]+|![^\s]*)\s*)+/.exec(body)?.[0];
  if (prefix) {
    out.push({ kind: prefix.startsWith('!') ? 'tag' : 'anchor', text: prefix });
    body = body.slice(prefix.length);
  }
  // A comment starts at a `#` after a space, outside quotes.
  let end = body.length;
  let quote: string | undefined;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      if (i === 0 || /[\s,[{]/.test(body[i - 1] ?? '')) quote = char;
    } else if (char === '#' && i > 0 && /\s/.test(body[i - 1] ?? '')) {
      end = i;
      break;
    }
  }
  const value = body.slice(0, end);
  const trimmed = value.trimEnd();
  if (trimmed) {
    const kind: TokenKind =
      /^["']/.test(trimmed) ? 'string'
      : NUMBER.test(trimmed) ? 'number'
      : KEYWORD.test(trimmed) ? 'keyword'
      : /^[|>][-+\d]*$/.test(trimmed) || /^[[\]{},]+$/.test(trimmed) ? 'punctuation'
      : 'plain';
    out.push({ kind, text: trimmed });
  }
  if (value.length > trimmed.length) out.push({ kind: 'plain', text: value.slice(trimmed.length) });
  if (end < body.length) out.push({ kind: 'comment', text: body.slice(end) });
}

/**
 * The tokens of one line of YAML, for colouring a read-only view: keys, scalars by type, comments,
 * list markers, anchors and tags. A heuristic per line (block scalars and multi-line flow
 * collections are not tracked); the tokens always add up to the line, so the view shows the text exactly.
 */
export function highlightLine(line: string): Token[] {
  const out: Token[] = [];
  let rest = line;
  const indent = /^\s*/.exec(rest)?.[0] ?? '';
  if (indent) out.push({ kind: 'plain', text: indent });
  rest = rest.slice(indent.length);
  if (/^(?:---|\.\.\.)(?:\s|$)/.test(rest)) {
    out.push({ kind: 'punctuation', text: rest.slice(0, 3) });
    valueTokens(rest.slice(3), out);
    return out;
  }
  for (let marker = /^-(?:\s+|$)/.exec(rest); marker; marker = /^-(?:\s+|$)/.exec(rest)) {
    out.push({ kind: 'punctuation', text: marker[0] });
    rest = rest.slice(marker[0].length);
  }
  const key = rest.startsWith('#') ? null : KEY.exec(rest);
  if (key) {
    out.push({ kind: 'key', text: key[1] ?? '' });
    if (key[2]) out.push({ kind: 'plain', text: key[2] });
    out.push({ kind: 'punctuation', text: ':' });
    rest = rest.slice(key[0].length);
  }
  valueTokens(rest, out);
  return out;
}
