import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyHunks, diffLines } from './lineDiff';
import { assertProperty, PROPERTY_TEST_TIMEOUT_MS } from '../../testing/property';

const line = fc.constantFrom('a', 'b', 'c', 'spec:', '  minReplicas: 2', '');

describe('diffLines', () => {
  it(
    'gives hunks that turn the base into the target',
    () => {
      assertProperty(
        fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (base, target) => {
          const hunks = diffLines(base, target, 1000);
          expect(hunks).toBeDefined();
          expect(applyHunks(base, hunks ?? [])).toEqual(target);
        }),
        100,
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it('is minimal: one changed line is one hunk removing one line and inserting one', () => {
    const base = Array.from({ length: 50 }, (_, i) => `line ${i}`);
    const target = base.map((text, i) => (i === 20 ? 'changed' : text));
    expect(diffLines(base, target, 10)).toEqual([{ at: 20, remove: 1, insert: ['changed'] }]);
    const spread = base.map((text, i) => (i % 10 === 5 ? `${text}!` : text));
    expect(diffLines(base, spread, 20)?.length).toBe(5);
  });

  it('gives up beyond the edit budget', () => {
    const base = Array.from({ length: 100 }, (_, i) => `a${i}`);
    const target = Array.from({ length: 100 }, (_, i) => `b${i}`);
    expect(diffLines(base, target, 50)).toBeUndefined();
    expect(diffLines(base, target, 200)).toBeDefined();
  });
});

describe('applyHunks', () => {
  it('refuses hunks that do not fit the base', () => {
    const base = ['a', 'b', 'c'];
    expect(applyHunks(base, [{ at: 4, remove: 0, insert: ['x'] }])).toBeUndefined();
    expect(applyHunks(base, [{ at: 2, remove: 2, insert: [] }])).toBeUndefined();
    expect(
      applyHunks(base, [
        { at: 2, remove: 0, insert: [] },
        { at: 1, remove: 0, insert: [] },
      ]),
    ).toBeUndefined();
    expect(applyHunks(base, [{ at: 0, remove: -1, insert: [] }])).toBeUndefined();
    expect(applyHunks(base, [{ at: 0.5, remove: 0, insert: [] }])).toBeUndefined();
  });
});
