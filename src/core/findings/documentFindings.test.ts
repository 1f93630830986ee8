import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER } from '../placement/cluster';
import { simulatePlacement } from '../placement/simulate';
import { readWorkload } from '../placement/workload';
import { parseYaml } from '../yaml/parse';
import { presetText } from '../gateway/presets';
import { documentFindings } from './documentFindings';

/** The findings of a text, with the placement's in the default cluster, as "severity code path". */
function findings(text: string): string[] {
  const doc = parseYaml(text).doc;
  const placement = simulatePlacement(readWorkload(doc), DEFAULT_CLUSTER).findings;
  return documentFindings(doc, { cluster: DEFAULT_CLUSTER, placement }).map((issue) => `${issue.severity} ${issue.code} ${issue.path.join('.')}`);
}

const atPath = (list: readonly string[], path: string): string[] => list.filter((line) => line.endsWith(` ${path}`));

describe('documentFindings: each problem once, whichever source finds it', () => {
  it('a missing name is one finding, and the selector is not blamed for it', () => {
    const found = findings(presetText('ack-node').replace('  name: ingressgateway-1\n', ''));
    expect(atPath(found, 'metadata.name')).toEqual(['error field/name-required metadata.name']);
    expect(found.some((line) => line.includes('selector-mismatch'))).toBe(false);
  });

  it('a value of the wrong type is the schema’s error, not a rule’s warning about an unset value', () => {
    const found = findings(presetText('ack-node').replace('minReplicas: 2', 'minReplicas: "two"'));
    expect(atPath(found, 'spec.minReplicas')).toEqual(['error schema/type spec.minReplicas']);
  });

  it('a placement finding an HA rule restates is left out', () => {
    const text = presetText('serverless-eci').replace(/eci-vswitch: .*/, 'eci-vswitch: "vsw-abc"');
    const doc = parseYaml(text).doc;
    expect(simulatePlacement(readWorkload(doc), DEFAULT_CLUSTER).findings.map((issue) => issue.code)).toContain('placement/eci-one-zone');
    const found = findings(text);
    expect(found).toContain('warning ha/serverless-single-vswitch spec.podAnnotations.k8s.aliyun.com/eci-vswitch');
    expect(found.some((line) => line.includes('placement/eci-one-zone'))).toBe(false);
  });

  it('keeps placement findings no rule makes', () => {
    const text = presetText('ack-node').replace('cpu: 200m', 'cpu: "5"').replace("cpu: '2'", "cpu: '6'");
    expect(findings(text)).toContain('error placement/pending spec.resources.requests');
  });
});

/** The node-spread seed with its masked ID replaced, no replicaCount beside the autoscaler, and Cluster traffic policy. */
const CLEAN_GATEWAY = presetText('ack-node')
  .replace('c954ee9df88f64f229591f0ea4c61****', 'c954ee9df88f64f229591f0ea4c61abcd')
  .replace('  replicaCount: 1\n', '')
  .replace('externalTrafficPolicy: Local', 'externalTrafficPolicy: Cluster');

describe('a gateway with nothing to report', () => {
  it('has no findings from any source', () => {
    expect(findings(CLEAN_GATEWAY)).toEqual([]);
  });

  it('three known mistakes give exactly three findings', () => {
    const text = CLEAN_GATEWAY.replace('minReplicas: 2', 'minReplicas: 5')
      .replace('targetAverageUtilization: 80', 'targetAverageUtilization: 95')
      .replace('- istio-ingressgateway-1', '- istio-ingressgateway');
    expect(findings(text).sort()).toEqual([
      'error ha/min-above-max spec.minReplicas',
      'warning ha/cpu-target-high spec.cpu.targetAverageUtilization',
      'warning ha/selector-mismatch spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.0.podAffinityTerm.labelSelector',
    ]);
  });
});
