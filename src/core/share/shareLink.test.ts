import fc from 'fast-check';
import { assertProperty, PROPERTY_TEST_TIMEOUT_MS } from '../../testing/property';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../gateway/steps';
import { presetText } from '../gateway/presets';
import { PRESETS } from '../gateway/presetList';
import type { SavedState } from '../persist/saved';
import { DEFAULT_CLUSTER, withAsmVersion, withNode, withNodeCount, withVSwitchZone, withZoneCount, withZoneName } from '../placement/cluster';
import { decodeShareFragment, encodeShareState, MAX_SHARE_LENGTH, packShareJson, SHARE_PREFIX } from './shareLink';

const presetId = fc.constantFrom(...PRESETS.map((preset) => preset.id));
const stepId = fc.constantFrom(...STEPS.map((step) => step.id));

/** A preset's text with some lines changed, removed or added, any characters included. */
const text = fc.oneof(
  fc
    .tuple(presetId, fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'remove', 'insert'), fc.string({ unit: 'grapheme' })), { maxLength: 8 }))
    .map(([id, edits]) => {
      const lines = presetText(id).split('\n');
      for (const [at, kind, line] of edits) {
        const i = at % (lines.length + 1);
        if (kind === 'replace') lines[i] = line;
        else if (kind === 'remove') lines.splice(i, 1);
        else lines.splice(i, 0, line);
      }
      return lines.join('\n');
    }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const cluster = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 1, max: 5 }),
    fc.option(fc.string({ minLength: 1, maxLength: 10 })),
    fc.option(fc.integer({ min: 1, max: 64 })),
    fc.option(fc.constantFrom('1.9.7.100', '1.18.0.147', 'v1.22.2.35-ge64ec8af-aliyun', '1.26')),
  )
  .map(([zones, nodes, name, cpu, asmVersion]) => {
    let spec = withNodeCount(withZoneCount(DEFAULT_CLUSTER, zones), nodes);
    if (name !== null) spec = withZoneName(spec, 0, name);
    if (cpu !== null) spec = withNode(spec, 0, 0, { cpu });
    if (asmVersion !== null) spec = withAsmVersion(spec, asmVersion);
    return withVSwitchZone(spec, 'vsw-abc', spec.zones[0]?.name ?? 'zone-1');
  });

/** How an imported file wrote the text: absent when plain. */
const encoding = fc.constantFrom(
  { lineBreak: '\r\n', bom: false } as const,
  { lineBreak: '\n', bom: true } as const,
  { lineBreak: '\r\n', bom: true } as const,
);

const state = fc.record(
  { text, preset: presetId, step: stepId, cluster: fc.oneof(fc.constant(DEFAULT_CLUSTER), cluster), encoding },
  { requiredKeys: ['text', 'preset', 'step', 'cluster'] },
);

function link(of: SavedState): string {
  const encoded = encodeShareState(of);
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.fragment;
}

describe('share links: round trip', () => {
  it(
    'decodes to the state that was encoded, for random states',
    () => {
      assertProperty(
        fc.property(state, (original) => {
          const decoded = decodeShareFragment(`#${link(original)}`);
          expect(decoded).toEqual({ kind: 'ok', state: original });
        }),
        300,
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it('keeps each preset’s link short, and writes only what differs from the defaults', () => {
    const lengths = PRESETS.map((preset) => {
      const fragment = link({ text: presetText(preset.id), preset: preset.id, step: 'cluster', cluster: DEFAULT_CLUSTER });
      return [preset.id, fragment.length] as const;
    });
    for (const [, length] of lengths) expect(length).toBeLessThan(60);
    const edited = presetText('ack-zone').replace('minReplicas: 2', 'minReplicas: 3').replace('maxReplicas: 4', 'maxReplicas: 6');
    const threeZones = withNodeCount(withZoneCount(DEFAULT_CLUSTER, 3), 3);
    const editedLink = link({ text: edited, preset: 'ack-zone', step: 'spread', cluster: threeZones });
    expect(editedLink.length).toBeLessThan(2000);
    console.log(
      `share link fragment lengths: ${lengths.map(([id, n]) => `${id} ${n}`).join(', ')}; ack-zone with two edits, three zones, step Spread: ${editedLink.length}`,
    );
  });

  it('refuses to make a link longer than the cap, and says what to do instead', () => {
    const noise = Array.from({ length: 4000 }, (_, i) => `  k${i}: ${((i * 7919) % 100_003).toString(36)}`).join('\n');
    const encoded = encodeShareState({ text: `${presetText('ack-node')}${noise}\n`, preset: 'ack-node', step: 'cluster', cluster: DEFAULT_CLUSTER });
    expect(encoded).toMatchObject({ ok: false });
    if (!encoded.ok) expect(encoded.message).toMatch(/too large to share as a link .* Download the YAML and send the file instead\./);
  });
});

describe('share links: every malformed link is refused with one message', () => {
  const good = link({
    text: presetText('ack-node').replace('minReplicas: 2', 'minReplicas: 3'),
    preset: 'ack-node',
    step: 'replicas',
    cluster: DEFAULT_CLUSTER,
  });

  it('ignores fragments that are not share links', () => {
    expect(decodeShareFragment('')).toEqual({ kind: 'none' });
    expect(decodeShareFragment('#')).toEqual({ kind: 'none' });
    expect(decodeShareFragment('#findings')).toEqual({ kind: 'none' });
  });

  it.each([
    ['truncated', good.slice(0, good.length - 5), 'damaged'],
    ['cut to its version', `${SHARE_PREFIX}1.`, 'damaged'],
    ['without a version', `${SHARE_PREFIX}${good.slice(SHARE_PREFIX.length + 2)}`, 'damaged'],
    ['with characters outside base64url', `${good.slice(0, -3)}*!$`, 'damaged'],
    ['from a newer version', good.replace(`${SHARE_PREFIX}1.`, `${SHARE_PREFIX}2.`), 'unknown-version'],
    ['from version 0', good.replace(`${SHARE_PREFIX}1.`, `${SHARE_PREFIX}0.`), 'unknown-version'],
    ['too long', `${SHARE_PREFIX}1.${'A'.repeat(MAX_SHARE_LENGTH)}`, 'too-long'],
    ['a JSON array', packShareJson('[1,2]'), 'invalid'],
    ['not JSON', packShareJson('{"b":'), 'damaged'],
    ['an unknown field', packShareJson('{"b":"ack-node","x":1}'), 'invalid'],
    ['an unknown preset', packShareJson('{"b":"gke"}'), 'invalid'],
    ['an unknown step', packShareJson('{"b":"ack-node","s":"deploy"}'), 'invalid'],
    ['hunks out of range', packShareJson('{"b":"ack-node","d":[[9999,1,"x"]]}'), 'invalid'],
    ['hunks of the wrong type', packShareJson('{"b":"ack-node","d":[["0",1]]}'), 'invalid'],
    ['a cluster that needs repairs', packShareJson('{"b":"ack-node","c":{"zones":[{"name":"a","nodes":[{"cpu":-4}]}]}}'), 'invalid'],
    ['a cluster of the wrong type', packShareJson('{"b":"ack-node","c":"big"}'), 'invalid'],
  ])('%s', (_, fragment, problem) => {
    const decoded = decodeShareFragment(`#${fragment}`);
    expect(decoded).toMatchObject({ kind: 'error', problem });
    if (decoded.kind === 'error') expect(decoded.message).toMatch(/Nothing was changed\.$/);
  });

  it(
    'detects any single changed character',
    () => {
      const body = good.slice(`${SHARE_PREFIX}1.`.length);
      assertProperty(
        fc.property(
          fc.nat({ max: body.length - 1 }),
          fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('')),
          (at, char) => {
            fc.pre(body[at] !== char);
            const tampered = `${SHARE_PREFIX}1.${body.slice(0, at)}${char}${body.slice(at + 1)}`;
            expect(decodeShareFragment(tampered)).toMatchObject({ kind: 'error' });
          },
        ),
        1000,
      );
    },
    PROPERTY_TEST_TIMEOUT_MS,
  );

  it('refuses a compression bomb without inflating it all into memory', () => {
    const bomb = packShareJson(`{"b":"ack-node","d":[[0,0,"${'x'.repeat(2 * 1024 * 1024)}"]]}`);
    expect(bomb.length).toBeLessThan(MAX_SHARE_LENGTH);
    expect(decodeShareFragment(bomb)).toMatchObject({ kind: 'error', problem: 'too-long' });
  });
});
