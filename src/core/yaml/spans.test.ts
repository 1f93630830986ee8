import { describe, expect, it } from 'vitest';
import { LineIndex } from './lines';
import { parseYaml } from './parse';
import { spanOfIssue } from './spans';

describe('spanOfIssue', () => {
  const text = 'spec:\n  bogusField: 1\n  minReplicas: 2\n';
  const doc = parseYaml(text).doc;
  const lines = new LineIndex(text);

  it('marks a value by default', () => {
    expect(spanOfIssue({ path: ['spec', 'minReplicas'] }, doc, 0, lines)).toMatchObject({ line: 3, column: 16 });
  });

  it('marks the key when the key itself is the problem', () => {
    expect(spanOfIssue({ path: ['spec', 'bogusField'], mark: 'key' }, doc, 0, lines)).toMatchObject({ line: 2, column: 3, endColumn: 13 });
  });

  it('a missing path marks the deepest part that exists', () => {
    expect(spanOfIssue({ path: ['spec', 'affinity', 'podAntiAffinity'] }, doc, 0, lines)).toMatchObject({ line: 1, column: 1 });
  });
});
