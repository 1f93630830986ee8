// Reading how a text was written (a file as it comes in, an encoding stored or shared) and comparing texts as bytes:
// the engine's side of encoding.ts.
import { BOM, PLAIN_ENCODING, type TextEncoding } from './encoding';

/**
 * The text as the app edits it, and how the file wrote it. Only line breaks that are all CRLF are remembered as CRLF:
 * a file that mixes them is read with `\n` throughout (its mix cannot be kept through edits anyway).
 */
export function decodeText(raw: string): { readonly text: string; readonly encoding: TextEncoding } {
  const bom = raw.startsWith(BOM);
  const body = bom ? raw.slice(1) : raw;
  if (!body.includes('\r')) return { text: body, encoding: bom ? { lineBreak: '\n', bom } : PLAIN_ENCODING };
  const crlf = (body.match(/\r\n/g) ?? []).length;
  const lineBreaks = (body.match(/\r\n|\r|\n/g) ?? []).length;
  const text = body.replace(/\r\n?/g, '\n');
  return { text, encoding: { lineBreak: crlf > 0 && crlf === lineBreaks ? '\r\n' : '\n', bom } };
}

/** A stored or shared encoding, checked: anything unknown is the plain one. */
export function restoreEncoding(value: unknown): TextEncoding {
  if (typeof value !== 'object' || value === null) return PLAIN_ENCODING;
  const record = value as Record<string, unknown>;
  return { lineBreak: record.lineBreak === '\r\n' ? '\r\n' : '\n', bom: record.bom === true };
}

/** Whether two texts with their encodings are the same bytes (what a download of each would write). */
export function sameBytes(
  a: { readonly text: string; readonly encoding?: TextEncoding },
  b: { readonly text: string; readonly encoding?: TextEncoding },
): boolean {
  const x = a.encoding ?? PLAIN_ENCODING;
  const y = b.encoding ?? PLAIN_ENCODING;
  return a.text === b.text && x.lineBreak === y.lineBreak && x.bom === y.bom;
}
