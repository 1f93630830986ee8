import fc from 'fast-check';
import { assertProperty, PROPERTY_TEST_TIMEOUT_MS } from '../../testing/property';
import { describe, expect, it } from 'vitest';
import { isNode, visit } from 'yaml';
import { presetText } from '../gateway/presets';
import { PRESETS } from '../gateway/presetList';
import { readAfterValueEdit } from './incremental';
import { readGatewaySource } from './source';

/** Every node's range, in document order, with its value: what a full parse and an incremental one must agree on. */
function shape(text: string, source = readGatewaySource(text)): unknown {
  const doc = source.doc;
  if (!doc) return { status: source.status, issues: source.issues.map((issue) => issue.code) };
  const nodes: unknown[] = [];
  visit(doc, {
    Node(_key, node) {
      nodes.push([
        node.range,
        'value' in node && !isNode(node.value) ? node.value : undefined,
        'type' in node ? node.type : undefined,
        node.comment,
        node.commentBefore,
      ]);
    },
  });
  return {
    status: source.status,
    start: source.start,
    end: source.end,
    issues: source.issues,
    json: source.json,
    range: doc.range,
    js: doc.toJS({ mapAsMap: true }) as unknown,
    nodes,
  };
}

function edited(before: string, after: string): { fast: ReturnType<typeof readAfterValueEdit>; full: unknown } {
  const full = shape(after);
  const fast = readAfterValueEdit(before, readGatewaySource(before), after);
  return { fast, full };
}

const texts = [...PRESETS.map((preset) => presetText(preset.id)), `${presetText('ack-zone')}  # trailing\n`];
const VALUE_CHARS = 'abcz019_./- :#"\'{[&*!'.split('');

describe('readAfterValueEdit', () => {
  it(
    'typing into a value gives the document a full parse would, or declines',
    () => {
      assertProperty(
        fc.property(
          fc.constantFrom(...texts),
          fc.nat(),
          fc.nat(3),
          fc.array(fc.constantFrom(...VALUE_CHARS), { maxLength: 3 }),
          (before, at, removeCount, inserted) => {
            const offset = at % before.length;
            const after = before.slice(0, offset) + inserted.join('') + before.slice(Math.min(before.length, offset + removeCount));
            const { fast, full } = edited(before, after);
            if (fast) expect(shape(after, fast)).toEqual(full);
          },
        ),
        1500,
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it(
    'typing into the values of a gateway takes the fast way, with the same document as a full parse',
    () => {
      let fast = 0;
      let runs = 0;
      assertProperty(
        fc.property(
          fc.constantFrom(...texts),
          fc.nat(),
          fc.nat(),
          fc.nat(2),
          fc.array(fc.constantFrom(...'az09._/- '.split('')), { maxLength: 2 }),
          (before, line, at, removeCount, inserted) => {
            const lines = before.split('\n');
            const values = lines.flatMap((text, index) => (/^ +(- )?[\w./-]+: [\w./-]/.test(text) ? [index] : []));
            const index = values[line % values.length] ?? 0;
            const lineStart = lines.slice(0, index).join('\n').length + (index > 0 ? 1 : 0);
            const valueStart = lineStart + (lines[index] ?? '').indexOf(': ') + 2;
            const offset = valueStart + (at % Math.max(1, (lines[index] ?? '').length - (valueStart - lineStart)));
            const after = before.slice(0, offset) + inserted.join('') + before.slice(Math.min(before.length, offset + removeCount));
            const result = edited(before, after);
            runs += 1;
            if (result.fast) {
              fast += 1;
              expect(shape(after, result.fast)).toEqual(result.full);
            }
          },
        ),
        1500,
      );
      // Most such edits keep a plain value plain (the others, a trailing space say, are declined).
      expect(fast).toBeGreaterThan(runs / 2);
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it('takes the fast way for typing in a name, a number and a zone ID, and declines a change of structure or of kind', () => {
    const before = presetText('ack-zone');
    const cases: [string, string, boolean][] = [
      ['name: ingressgateway', 'name: ingressgateway2', true],
      ['minReplicas: 2', 'minReplicas: 23', true],
      ['minReplicas: 2', 'minReplicas: true', true],
      ['minReplicas: 2', 'minReplicas: "2"', false],
      ['minReplicas: 2', 'minReplicas: 2 # two', false],
      ['minReplicas: 2', 'minReplicas:\n    a: 2', false],
      ['kind: IstioGateway', 'kind: IstioGatewa', false],
      ['minReplicas', 'minReplicaz', false],
    ];
    for (const [from, to, fast] of cases) {
      expect(before, from).toContain(from);
      const after = before.replace(from, to);
      const result = edited(before, after);
      expect(result.fast !== undefined, `${from} → ${to}`).toBe(fast);
      if (result.fast) expect(shape(after, result.fast)).toEqual(result.full);
    }
  });

  it('keeps every offset after the edit right in a long document', () => {
    const labels = Array.from({ length: 500 }, (_, i) => `    l${i}: v${i}`).join('\n');
    const before = presetText('ack-node').replace('spec:\n', `spec:\n  podLabels:\n${labels}\n`);
    const after = before.replace('    l7: v7\n', '    l7: v7x\n');
    const { fast, full } = edited(before, after);
    expect(fast).toBeDefined();
    expect(shape(after, fast)).toEqual(full);
  });
});
