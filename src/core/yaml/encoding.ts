/**
 * How a file wrote its text beyond the characters: its line breaks and a byte order mark. The app edits the text with
 * `\n` and no BOM (as the editor holds it); a file that came with CRLF line breaks or a BOM gets them back on its way
 * out, so an unchanged document leaves byte for byte as it came, and an edited one differs only in what was edited.
 * This module writes a text out (Download and Copy use it on the first screen, before the engine loads); reading one
 * in is decoding.ts.
 */
export interface TextEncoding {
  readonly lineBreak: '\n' | '\r\n';
  readonly bom: boolean;
}

export const PLAIN_ENCODING: TextEncoding = { lineBreak: '\n', bom: false };

/** The byte order mark, as the first character of a text. */
export const BOM = '\uFEFF';

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
