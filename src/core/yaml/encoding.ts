/**
 * How a file wrote its text beyond the characters: its line breaks and a byte order mark. The app edits the text with
 * `\n` and no BOM (as the editor holds it); a file that came with CRLF line breaks or a BOM gets them back on its way
 * out, so an unchanged document leaves byte for byte as it came, and an edited one differs only in what was edited.
 */
export interface TextEncoding {
  readonly lineBreak: '\n' | '\r\n';
  readonly bom: boolean;
}

export const PLAIN_ENCODING: TextEncoding = { lineBreak: '\n', bom: false };

const BOM = '\uFEFF';

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

/** The text as the file writes it: the app's `\n` text with the file's line breaks and BOM put back. */
export function encodeText(text: string, encoding: TextEncoding): string {
  const body = encoding.lineBreak === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
  return encoding.bom ? BOM + body : body;
}

/** The text for the clipboard: the file's line breaks, without a BOM (invisible, and unwanted where it is pasted). */
export function clipboardText(text: string, encoding: TextEncoding): string {
  return encodeText(text, { ...encoding, bom: false });
}

export function isPlainEncoding(encoding: TextEncoding): boolean {
  return encoding.lineBreak === '\n' && !encoding.bom;
}

/** A stored or shared encoding, checked: anything unknown is the plain one. */
export function restoreEncoding(value: unknown): TextEncoding {
  if (typeof value !== 'object' || value === null) return PLAIN_ENCODING;
  const record = value as Record<string, unknown>;
  return { lineBreak: record.lineBreak === '\r\n' ? '\r\n' : '\n', bom: record.bom === true };
}

/** Whether two texts with their encodings are the same bytes (what a download of each would write). */
export function sameBytes(a: { readonly text: string; readonly encoding?: TextEncoding }, b: { readonly text: string; readonly encoding?: TextEncoding }): boolean {
  const x = a.encoding ?? PLAIN_ENCODING;
  const y = b.encoding ?? PLAIN_ENCODING;
  return a.text === b.text && x.lineBreak === y.lineBreak && x.bom === y.bom;
}
