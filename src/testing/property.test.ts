import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('property tests', () => {
  // fast-check's own fc.assert has no time limit: on a busy 2-core machine it ran past Vitest's timeout.
  it('all run through assertProperty, whose time budget holds under load', () => {
    const unbudgeted = testFiles(SRC)
      .filter((file) => /\bfc\.(assert|check)\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(unbudgeted).toEqual([]);
  });
});
