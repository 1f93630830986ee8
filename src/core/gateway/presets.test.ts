import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import ackNodeSeed from './fixtures/ack-node-spread.yaml?raw';
import ackZoneSeed from './fixtures/ack-zone-spread.yaml?raw';
import serverlessSeed from './fixtures/serverless-eci-zones.yaml?raw';
import { presetText } from './presets';
import { PRESETS, type PresetId } from './presetList';
import { commentLines } from '../yaml/comments';
import { parseYaml } from '../yaml/parse';
import { readAnswers } from './readAnswers';

const seeds: Record<PresetId, string> = {
  'ack-node': ackNodeSeed,
  'ack-zone': ackZoneSeed,
  'serverless-eci': serverlessSeed,
};

describe('presets reproduce the seed examples of the ASM HA document', () => {
  it.each(PRESETS.map((preset) => preset.id))('%s has exactly the seed values', (id) => {
    const generated = parseDocument(presetText(id));
    expect(generated.errors).toEqual([]);
    expect(generated.toJS()).toStrictEqual(parseDocument(seeds[id]).toJS());
  });

  it.each(PRESETS.map((preset) => preset.id))('%s keeps the same top-level and spec key order as the seed', (id) => {
    const keys = (text: string): unknown => {
      const js = parseDocument(text).toJS() as { spec: object };
      return [Object.keys(js), Object.keys(js.spec)];
    };
    expect(keys(presetText(id))).toStrictEqual(keys(seeds[id]));
  });

  it.each(PRESETS.map((preset) => preset.id))('%s carries the seed comments, in order', (id) => {
    expect(commentLines(parseDocument(presetText(id)))).toStrictEqual(commentLines(parseDocument(seeds[id])));
  });

  it('writes the explaining comments the seed has at the places it has them', () => {
    expect(presetText('ack-node')).toContain('# --- Pod anti-affinity: spread pods across nodes ---\n  affinity:');
    expect(presetText('ack-node')).toMatch(/topologyKey: kubernetes\.io\/hostname +# One pod per node\n/);
    expect(presetText('ack-zone')).toContain('# --- Pod anti-affinity: spread pods across zones ---\n  affinity:');
    expect(presetText('ack-zone')).toMatch(/topologyKey: topology\.kubernetes\.io\/zone +# One pod per zone\n/);
    const serverless = presetText('serverless-eci');
    expect(serverless).toContain('# --- ECI zone distribution annotations ---\n  podAnnotations:');
    expect(serverless).toMatch(/k8s\.aliyun\.com\/eci-vswitch: "vsw-[^"]+" +# vSwitch IDs in different zones\n/);
    expect(serverless).toMatch(/k8s\.aliyun\.com\/eci-schedule-strategy: "VSwitchRandom" +# Distribute pods randomly across zones\n/);
  });

  it('quotes values as the seed does, so the text reads like the ASM document', () => {
    const text = presetText('ack-node');
    expect(text).toContain(`- "c954ee9df88f64f229591f0ea4c61****"`);
    expect(text).toContain(`cpu: '2'`);
    expect(text).toContain(`rollingMaxSurge: "100%"`);
    expect(text).toContain(`rollingMaxUnavailable: "25%"`);
  });
});

describe('reading a preset back gives the answers it was built from', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s', (_, preset) => {
    const answers = readAnswers(parseYaml(presetText(preset.id)).doc);
    for (const change of preset.changes) {
      if (change.field === 'clusterType') {
        expect(answers.clusterType).toBe(change.value);
        if (change.spread) expect([answers.spreadLevel, answers.rule, answers.weight]).toEqual([change.spread.level, change.spread.rule, change.spread.weight]);
        if (change.eci) expect([answers.vSwitchIds, answers.scheduleStrategy]).toEqual([change.eci.vSwitchIds, change.eci.strategy]);
      } else if (change.field === 'ports') {
        expect(answers.ports.map(({ name, port, targetPort }) => ({ name, port, targetPort }))).toEqual(change.value);
      } else if (change.field !== 'rule') {
        expect(answers[change.field]).toEqual(change.value);
      }
    }
  });
});
