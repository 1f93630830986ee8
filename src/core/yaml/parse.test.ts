import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addDuplicateKeyErrors, PARSE_OPTIONS, parseAllChecked, parseChecked, parseYaml } from './parse';

const duplicates = (text: string): [string, number, number][] =>
  parseChecked(text)
    .errors.filter((error) => error.code === 'DUPLICATE_KEY')
    .map((error) => [error.message, error.pos[0], error.pos[1]]);

describe('duplicate keys are errors, found in one pass', () => {
  it("does not use the library's quadratic check", () => {
    expect(PARSE_OPTIONS.uniqueKeys).toBe(false);
  });

  it('names the repeated key and spans it', () => {
    const text = 'spec:\n  minReplicas: 2\n  maxReplicas: 4\n  minReplicas: 3\n';
    expect(duplicates(text)).toEqual([['Map keys must be unique: "minReplicas" is already a key of this map.', 42, 53]]);
    const parsed = parseYaml(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toEqual([
      {
        code: 'yaml/DUPLICATE_KEY',
        severity: 'error',
        message: 'Map keys must be unique: "minReplicas" is already a key of this map.',
        path: [],
        span: { line: 4, column: 3, endLine: 4, endColumn: 14 },
      },
    ]);
  });

  it('finds them where the library does: block and flow maps, maps in lists, maps as keys, every document', () => {
    expect(duplicates('a: 1\nb: 2\na: 3\na: 4\n').map(([, start]) => start)).toEqual([10, 15]);
    expect(duplicates('x: {k: 1, j: 2, k: 3}\n').map(([, start]) => start)).toEqual([16]);
    expect(duplicates('- a: 1\n  a: 2\n- {b: 1, b: 2}\n').map(([, start]) => start)).toEqual([9, 23]);
    expect(duplicates('? {a: 1, a: 2}\n: v\n').map(([, start]) => start)).toEqual([9]);
    expect(parseAllChecked('a: 1\na: 2\n---\nb: 1\nb: 2\n').map((doc) => doc.errors.map((error) => error.code))).toEqual([
      ['DUPLICATE_KEY'],
      ['DUPLICATE_KEY'],
    ]);
  });

  it('compares scalar keys by value, as the library does; other keys are not compared', () => {
    expect(duplicates('1: a\n0x1: b\n')).toEqual([['Map keys must be unique: 1 is already a key of this map.', 5, 8]]);
    expect(duplicates('"a": 1\na: 2\n')).toHaveLength(1);
    expect(duplicates('1: a\n"1": b\n')).toEqual([]);
    expect(duplicates('.nan: 1\n.nan: 2\n')).toEqual([]);
    expect(duplicates('? [a]\n: 1\n? [a]\n: 2\n')).toEqual([]);
    expect(duplicates(':  1\n: 2\n')).toEqual([['Map keys must be unique: null is already a key of this map.', 5, 6]]);
    expect(duplicates(`${'k'.repeat(100)}: 1\n${'k'.repeat(100)}: 2\n`)[0]?.[0]).toBe(
      `Map keys must be unique: "${'k'.repeat(58)}… is already a key of this map.`,
    );
  });

  it('reports what `uniqueKeys: true` reports, at the same places and in the same order', () => {
    const texts = [
      'a: 1\na: 2\nb: "open\n',
      'a: [1\nb: 1\nb: 2\n',
      '!!str a: 1\n&k a: 2\n',
      'a: 1\n b: 2\na: 3\nc: [x\n',
      'x:\n  - {p: 1, p: 2}\n  - q: 1\n    q: 2\nx: 3\n',
      'a: 1\n---\na: 1\na: 2\n',
    ];
    for (const text of texts) {
      const library = parseDocument(text, { uniqueKeys: true, prettyErrors: false }).errors.map((error) => [error.code, error.pos[0]]);
      expect(
        parseChecked(text).errors.map((error) => [error.code, error.pos[0]]),
        text,
      ).toEqual(library);
    }
  });

  it('adds them once, however often it is asked', () => {
    const doc = parseChecked('a: 1\na: 2\n');
    addDuplicateKeyErrors(doc);
    addDuplicateKeyErrors(doc);
    expect(doc.errors).toHaveLength(1);
  });

  it('reads a 20,000-key map, with one repeated key at the end', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `  k${i}: 1\n`).join('');
    const parsed = parseYaml(`spec:\n${keys}  k7: 2\n`);
    expect(parsed.issues.map((issue) => [issue.code, issue.message, issue.span?.line])).toEqual([
      ['yaml/DUPLICATE_KEY', 'Map keys must be unique: "k7" is already a key of this map.', 20_002],
    ]);
  });

  it('walks a deep document without recursion', () => {
    // Nested flow maps: the parser composes them; the check must not be what overflows.
    const depth = 2_000;
    const doc = parseChecked(`${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`);
    expect(doc.errors.filter((error) => error.code === 'DUPLICATE_KEY')).toEqual([]);
  });
});
