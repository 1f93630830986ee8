/** The kinds of text a light YAML view colours, as Monaco's YAML tokenizer roughly does. */
export type TokenKind = 'plain' | 'key' | 'string' | 'number' | 'keyword' | 'comment' | 'punctuation' | 'anchor' | 'tag';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

/** Lines longer than this are left plain: a gateway's longest line is a few hundred characters. */
const MAX_COLOURED_LINE = 2000;

/** The key at the start of `rest` (quoted, or plain up to `: `), as [key, spaces before the colon], or undefined. Linear in the line. */
function keyAt(rest: string): [string, string] | undefined {
  let end: number;
  const first = rest.charAt(0);
  if (first === '"' || first === "'") {
    end = 1;
    while (end < rest.length) {
      const char = rest.charAt(end);
      if (first === '"' && char === '\\') end += 2;
      else if (char === first && first === "'" && rest.charAt(end + 1) === "'") end += 2;
      else if (char === first) break;
      else end += 1;
    }
    if (end >= rest.length) return undefined;
    end += 1;
    let colon = end;
    while (rest.charAt(colon) === ' ' || rest.charAt(colon) === '\t') colon += 1;
    return rest.charAt(colon) === ':' && /^(?:\s|$)/.test(rest.charAt(colon + 1)) ? [rest.slice(0, end), rest.slice(end, colon)] : undefined;
  }
  if (first === '' || /[\s#{}[\],&*!|>%@`]/.test(first) || (first === '-' && /^(?:\s|$|:)/.test(rest.charAt(1)))) return undefined;
  for (end = 1; end < rest.length; end += 1) {
    const char = rest.charAt(end);
    if (char === '#' && /\s/.test(rest.charAt(end - 1))) return undefined;
    if (char === ':' && /^(?:\s|$)/.test(rest.charAt(end + 1))) {
      const key = rest.slice(0, end).trimEnd();
      return [key, rest.slice(key.length, end)];
    }
  }
  return undefined;
}
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
    const kind: TokenKind = /^["']/.test(trimmed)
      ? 'string'
      : NUMBER.test(trimmed)
        ? 'number'
        : KEYWORD.test(trimmed)
          ? 'keyword'
          : /^[|>][-+\d]*$/.test(trimmed) || /^[[\]{},]+$/.test(trimmed)
            ? 'punctuation'
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
  if (line.length > MAX_COLOURED_LINE) return [{ kind: 'plain', text: line }];
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
  const key = keyAt(rest);
  if (key) {
    out.push({ kind: 'key', text: key[0] });
    if (key[1]) out.push({ kind: 'plain', text: key[1] });
    out.push({ kind: 'punctuation', text: ':' });
    rest = rest.slice(key[0].length + key[1].length + 1);
  }
  valueTokens(rest, out);
  return out;
}
