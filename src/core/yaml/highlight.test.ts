import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetText } from '../gateway/presets';
import { assertProperty, PROPERTY_TEST_TIMEOUT_MS } from '../../testing/property';
import { highlightLine, type TokenKind } from './highlight';

const kinds = (line: string): [TokenKind, string][] =>
  highlightLine(line)
    .filter((token) => token.kind !== 'plain')
    .map((token) => [token.kind, token.text]);

describe('highlightLine', () => {
  it(
    'always gives back the line exactly',
    () => {
      assertProperty(
        fc.property(fc.string({ unit: 'grapheme' }), (line) => {
          expect(
            highlightLine(line)
              .map((token) => token.text)
              .join(''),
          ).toBe(line);
        }),
        100,
      );
      for (const line of presetText('ack-zone').split('\n'))
        expect(
          highlightLine(line)
            .map((token) => token.text)
            .join(''),
        ).toBe(line);
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it('colours keys, scalars by type, comments, list markers and anchors', () => {
    expect(kinds('  minReplicas: 2')).toEqual([
      ['key', 'minReplicas'],
      ['punctuation', ':'],
      ['number', '2'],
    ]);
    expect(kinds('  rollingMaxSurge: "100%"  # surge')).toEqual([
      ['key', 'rollingMaxSurge'],
      ['punctuation', ':'],
      ['string', '"100%"'],
      ['comment', '# surge'],
    ]);
    expect(kinds('    enabled: true')).toEqual([
      ['key', 'enabled'],
      ['punctuation', ':'],
      ['keyword', 'true'],
    ]);
    expect(kinds('  - name: http2')).toEqual([
      ['punctuation', '- '],
      ['key', 'name'],
      ['punctuation', ':'],
    ]);
    expect(kinds('# a comment')).toEqual([['comment', '# a comment']]);
    expect(kinds('  url: http://x/#frag')).toEqual([
      ['key', 'url'],
      ['punctuation', ':'],
    ]);
    expect(kinds('base: &base {a: 1}')).toEqual([
      ['key', 'base'],
      ['punctuation', ':'],
      ['anchor', '&base '],
    ]);
    expect(kinds('---')).toEqual([['punctuation', '---']]);
    expect(kinds('"quoted key" : x')).toEqual([
      ['key', '"quoted key"'],
      ['punctuation', ':'],
    ]);
    expect(kinds('a:b: c')).toEqual([
      ['key', 'a:b'],
      ['punctuation', ':'],
    ]);
  });

  it('reads hostile lines in one pass (a quadratic scan would hang here), and leaves very long lines plain', () => {
    for (const line of [`a${' '.repeat(1990)}b`, `"${'\\'.repeat(1990)}`, `k${':x'.repeat(995)}`, '#'.repeat(1999)]) {
      expect(
        highlightLine(line)
          .map((token) => token.text)
          .join(''),
      ).toBe(line);
    }
    expect(highlightLine(`a${' '.repeat(60_000)}: b`)).toEqual([{ kind: 'plain', text: `a${' '.repeat(60_000)}: b` }]);
  });
});
