import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, parseDocument, type YAMLMap } from 'yaml';
import { applyAnswers } from '../gateway/applyAnswer';
import { presetText } from '../gateway/presets';
import { readAnswers } from '../gateway/readAnswers';
import { markReadOnly, pairIn } from './readOnly';
import { assertProperty, PROPERTY_TEST_TIMEOUT_MS } from '../../testing/property';
import { readGatewaySource } from './source';

describe('pairIn', () => {
  it(
    'finds what map.get finds, in large read-only maps as in small ones',
    () => {
      const key = fc.oneof(
        fc.constantFrom('a', 'b', '1', 'true', 'x y'),
        fc.integer({ min: 0, max: 40 }).map((n) => `k${n}`),
      );
      assertProperty(
        fc.property(
          fc.array(fc.tuple(key, fc.integer()), { maxLength: 80 }),
          fc.array(fc.oneof(key, fc.integer({ min: 0, max: 3 })), { maxLength: 20 }),
          (pairs, lookups) => {
            // Duplicate keys are kept (the first one wins, as in map.get); `1` and `true` are typed keys.
            const text = pairs.length === 0 ? '{}' : pairs.map(([k, v]) => `${k}: ${v}`).join('\n');
            const doc = parseDocument(text, { uniqueKeys: false });
            markReadOnly(doc);
            const map = doc.contents as YAMLMap;
            if (!isMap(map)) return;
            for (const wanted of lookups) expect(pairIn(doc, map, wanted)?.value).toBe(map.get(wanted, true));
          },
        ),
        100,
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it('does not index a map of a document that may still change', () => {
    const doc = parseDocument(Array.from({ length: 50 }, (_, i) => `k${i}: ${i}`).join('\n'));
    const map = doc.contents as YAMLMap;
    expect(pairIn(doc, map, 'k7')?.value).toBe(map.get('k7', true));
    map.delete('k7');
    map.set('k7', 'moved');
    expect(pairIn(doc, map, 'k7')?.value).toBe(map.get('k7', true));
  });
});

describe('read-only documents', () => {
  const wide = presetText('ack-zone').replace('spec:\n', `spec:\n${Array.from({ length: 500 }, (_, i) => `  extra${i}: ${i}\n`).join('')}`);

  it('read the same answers as a document that is not read-only', () => {
    const { doc } = readGatewaySource(wide);
    if (!doc) throw new Error('the wide gateway was not read');
    expect(readAnswers(doc)).toEqual(readAnswers(parseDocument(wide)));
  });

  it('are not changed by edits, which work on copies', () => {
    const { doc } = readGatewaySource(wide);
    if (!doc) throw new Error('the wide gateway was not read');
    const before = doc.toString();
    const answers = readAnswers(doc);
    const edited = applyAnswers(doc, [
      { field: 'replicaCount', value: 5 },
      { field: 'clusterType', value: 'ACKServerless' },
      { field: 'vSwitchIds', value: ['vsw-a', 'vsw-b', 'vsw-c'] },
      { field: 'clusterType', value: 'ACK' },
      { field: 'spreadLevel', value: 'node' },
      { field: 'rule', value: 'required' },
    ]);
    expect(readAnswers(edited)).toMatchObject({ replicaCount: 5, clusterType: 'ACK', spreadLevel: 'node', rule: 'required' });
    expect(doc.toString()).toBe(before);
    expect(readAnswers(doc)).toEqual(answers);
  });
});
