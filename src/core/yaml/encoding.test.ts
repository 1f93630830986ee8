import { describe, expect, it } from 'vitest';
import { decodeText } from './decoding';
import { encodeText, PLAIN_ENCODING } from './encoding';

describe('a file’s line breaks and byte order mark', () => {
  it.each([
    ['plain', 'a: 1\nb: 2\n'],
    ['CRLF', 'a: 1\r\nb: 2\r\n'],
    ['a BOM', '\uFEFFa: 1\nb: 2\n'],
    ['a BOM and CRLF', '\uFEFFa: 1\r\nb: 2'],
    ['no line break at all', 'a: 1'],
  ])('%s come back byte for byte', (_, raw) => {
    const { text, encoding } = decodeText(raw);
    expect(text).not.toMatch(/\r|\uFEFF/);
    expect(encodeText(text, encoding)).toBe(raw);
  });

  it('reads mixed line breaks with \\n throughout (the mix cannot survive edits)', () => {
    expect(decodeText('a: 1\r\nb: 2\nc: 3\r')).toEqual({ text: 'a: 1\nb: 2\nc: 3\n', encoding: PLAIN_ENCODING });
  });

  it('writes an edited text with the file’s line breaks, new lines included', () => {
    const { encoding } = decodeText('\uFEFFa: 1\r\n');
    expect(encodeText('a: 2\nb: 3\n', encoding)).toBe('\uFEFFa: 2\r\nb: 3\r\n');
  });
});
