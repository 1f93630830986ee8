import { describe, expect, it } from 'vitest';
import { applyAnswers } from './applyAnswer';
import { presetText } from './presets';
import { readAnswers } from './readAnswers';
import { summarize } from './view';
import { parseYaml } from '../yaml/parse';

const summary = (...changes: Parameters<typeof applyAnswers>[1]): Record<string, string> =>
  Object.fromEntries(summarize(readAnswers(applyAnswers(parseYaml(presetText('ack-node')).doc, changes))).map((line) => [line.term, line.detail]));

describe('the Export step’s summary', () => {
  it('says a range of replicas, and one number when minimum and maximum are the same', () => {
    expect(summary().Replicas).toBe('2 to 4 (autoscaled)');
    expect(summary({ field: 'minReplicas', value: 3 }, { field: 'maxReplicas', value: 3 }).Replicas).toBe('3 (autoscaler minimum and maximum alike)');
  });

  it('names the cluster type and how the pods spread, an ASM Serverless gateway included', () => {
    expect(summary()).toMatchObject({ 'Cluster type': 'ACK', Spread: 'Preferred anti-affinity across nodes' });
    expect(summary({ field: 'clusterType', value: 'ASMServerless' })).toMatchObject({
      'Cluster type': 'ASM Serverless gateway',
      Spread: 'ASM places the pods on infrastructure it manages (how, it does not document)',
    });
  });
});
