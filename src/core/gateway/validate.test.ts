import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { fieldPaths } from './fieldPaths';
import { presetText } from './presets';
import { readAnswers } from './readAnswers';
import { answerFindings } from '../findings/answerFindings';
import { validateAnswers } from './validate';
import { parseYaml } from '../yaml/parse';

const nodeDoc = parseYaml(presetText('ack-node')).doc;
const serverlessDoc = parseYaml(presetText('serverless-eci')).doc;
const base = readAnswers(nodeDoc);
const paths = fieldPaths(nodeDoc);
const serverless = readAnswers(serverlessDoc);
const serverlessPaths = fieldPaths(serverlessDoc);

/** What the form reports for these answers: malformed values and the HA rules on answers. */
function codes(answers: Partial<Answers>, from: Answers = base, at = paths): string[] {
  return answerFindings({ ...from, ...answers }, at).map((issue) => `${issue.severity} ${issue.code} ${issue.path.join('.')}`);
}

/**
 * What every seed example is told: its masked cluster ID, replicaCount 1 beside minReplicas 2
 * (which wins is not documented), and what externalTrafficPolicy Local means.
 */
const SEED_FINDINGS = [
  'warning ha/cluster-id-placeholder spec.clusterIds.0',
  'info ha/replica-count-below-min spec.replicaCount',
  'info ha/external-traffic-local spec.externalTrafficPolicy',
];

describe('validateAnswers and the HA rules on answers', () => {
  it('validateAnswers reports malformed values only; HA judgements are the rules’', () => {
    expect(validateAnswers({ ...base, minReplicas: 5, maxReplicas: 4, namespace: 'gateways', cpuTarget: 0 }, paths)).toEqual([]);
  });

  it('accepts the presets, warning only about the seed’s masked example IDs', () => {
    expect(codes({})).toEqual(SEED_FINDINGS);
    expect(codes({}, serverless, serverlessPaths)).toEqual([
      'warning ha/cluster-id-placeholder spec.clusterIds.0',
      'info ha/replica-count-below-min spec.replicaCount',
      'warning ha/vswitch-placeholder spec.podAnnotations.k8s.aliyun.com/eci-vswitch.0',
      'warning ha/vswitch-placeholder spec.podAnnotations.k8s.aliyun.com/eci-vswitch.1',
      'info ha/vswitch-random spec.podAnnotations.k8s.aliyun.com/eci-schedule-strategy',
      'info ha/external-traffic-local spec.externalTrafficPolicy',
    ]);
  });

  it.each([
    ['', 'error field/name-required metadata.name'],
    ['Ingress', 'error field/name-format metadata.name'],
    ['-gw', 'error field/name-format metadata.name'],
    ['gw-', 'error field/name-format metadata.name'],
    ['gw_1', 'error field/name-format metadata.name'],
  ])('gateway name %j is refused', (name, expected) => {
    expect(codes({ name })).toContain(expected);
  });

  it('limits the name so that istio-<name> fits a 63-character label value', () => {
    expect(codes({ name: 'a'.repeat(57) })).not.toContain('error ha/name-too-long metadata.name');
    expect(codes({ name: 'a'.repeat(58) })).toContain('error ha/name-too-long metadata.name');
    const message = answerFindings({ ...base, name: 'a'.repeat(58) }, paths).find((i) => i.code === 'ha/name-too-long')?.message;
    expect(message).toContain('64 characters');
    expect(message).toContain('at most 57');
  });

  it('refuses a namespace other than istio-system (the gateway would not start), and one that is not a DNS label', () => {
    expect(codes({ namespace: 'gateways' })).toContain('error ha/namespace-not-istio-system metadata.namespace');
    expect(codes({ namespace: 'Gateways' })).toContain('error field/namespace-format metadata.namespace');
  });

  it('checks replicas: at least 1, minimum not above maximum', () => {
    expect(codes({ minReplicas: 0 })).toContain('error field/replicas-at-least-one spec.minReplicas');
    expect(codes({ replicaCount: 0 })).toContain('error field/replicas-at-least-one spec.replicaCount');
    expect(codes({ minReplicas: 5, maxReplicas: 4 })).toContain('error ha/min-above-max spec.minReplicas');
    expect(codes({ minReplicas: 4, maxReplicas: 4 })).not.toContain('error ha/min-above-max spec.minReplicas');
  });

  it.each([
    [0, true],
    [1, false],
    [100, false],
    // Kubernetes accepts a target above 100% (it scales once pods use more than they request): a warning instead.
    [101, false],
  ])('CPU target %i is refused: %s', (cpuTarget, refused) => {
    expect(codes({ cpuTarget }).includes('error ha/cpu-target-range spec.cpu.targetAverageUtilization')).toBe(refused);
  });

  it('checks the weight of a preferred rule only', () => {
    const weightPath = 'spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.0.weight';
    expect(codes({ weight: 0 })).toContain(`error ha/weight-range ${weightPath}`);
    expect(codes({ weight: 101 })).toContain(`error ha/weight-range ${weightPath}`);
    expect(codes({ weight: 0, rule: 'required' }).some((c) => c.includes('weight-range'))).toBe(false);
  });

  it('checks vSwitch IDs on ACK Serverless: format, duplicates, at most 10, at least 1', () => {
    const vsw = 'spec.podAnnotations.k8s.aliyun.com/eci-vswitch';
    expect(codes({ vSwitchIds: ['vsw-abc', 'VSW-1'] }, serverless, serverlessPaths)).toContain(`error ha/vswitch-format ${vsw}.1`);
    expect(codes({ vSwitchIds: ['vsw-abc', 'vsw-abc'] }, serverless, serverlessPaths)).toContain(`info ha/vswitch-duplicate ${vsw}.1`);
    const eleven = Array.from({ length: 11 }, (_, i) => `vsw-${i}a`);
    expect(codes({ vSwitchIds: eleven }, serverless, serverlessPaths)).toContain(`error ha/vswitch-too-many ${vsw}`);
    expect(codes({ vSwitchIds: eleven.slice(0, 10) }, serverless, serverlessPaths).filter((code) => code.startsWith('error'))).toEqual([]);
    // Without the annotation's vSwitches, ECI uses the cluster's own (eci-profile): a risk, not a refusal.
    expect(codes({ vSwitchIds: [] }, serverless, serverlessPaths)).toContain(`warning field/vswitch-required ${vsw}`);
  });

  it('checks cluster IDs; none is a note (the field is optional), and nothing for an ASM Serverless gateway', () => {
    expect(codes({ clusterIds: [] })).toContain('info field/cluster-ids-none spec.clusterIds');
    expect(codes({ clusterIds: [] }).filter((code) => code.startsWith('error'))).toEqual([]);
    expect(codes({ clusterIds: [], clusterType: 'ASMServerless' }).some((code) => code.includes('cluster-ids'))).toBe(false);
    expect(codes({ clusterIds: ['c0123456789abcdef0123456789abcdef', 'c0123456789abcdef0123456789abcdef'] })).toContain(
      'info field/cluster-id-duplicate spec.clusterIds.1',
    );
    expect(codes({ clusterIds: ['c0123456789abcdef0123456789abcdef'] })).toEqual(SEED_FINDINGS.slice(1));
    expect(codes({ clusterIds: ['C-1'] })).toContain('error field/cluster-id-format spec.clusterIds.0');
  });

  it('checks quantities and that requests do not exceed limits', () => {
    expect(codes({ requestsCpu: 'lots' })).toContain('error field/quantity-format spec.resources.requests.cpu');
    expect(codes({ requestsCpu: '3' })).toContain('error field/request-above-limit spec.resources.requests.cpu');
    expect(codes({ requestsMemory: '3Gi' })).toContain('error field/request-above-limit spec.resources.requests.memory');
    expect(codes({ requestsMemory: '1Gi' })).toEqual(SEED_FINDINGS);
  });

  it('checks ports: range, unique numbers and names', () => {
    const ports = [
      { name: 'http', port: 80, targetPort: 8080 },
      { name: 'http', port: 80, targetPort: 70000 },
    ];
    expect(codes({ ports })).toEqual(
      expect.arrayContaining([
        'error field/port-name-duplicate spec.ports.1.name',
        'error field/port-duplicate spec.ports.1.port',
        'error field/target-port-format spec.ports.1.targetPort',
      ]),
    );
    expect(codes({ ports: [{ name: 'http', port: 80, targetPort: 'http-alt' }] })).toEqual(SEED_FINDINGS);
  });

  it('takes a target port of 0 or none as the port itself, as Kubernetes does (ASM’s own examples write 0)', () => {
    expect(codes({ ports: [{ name: 'https', port: 443, targetPort: 0 }] })).toEqual(SEED_FINDINGS);
    expect(codes({ ports: [{ name: 'https', port: 443, targetPort: undefined }] })).toEqual(SEED_FINDINGS);
    expect(codes({ ports: [{ name: 'https', port: 443, targetPort: -1 }] })).toContain('error field/target-port-format spec.ports.0.targetPort');
  });

  it('takes the same port for TCP and UDP (HTTP/3 beside HTTPS), and any documented protocol, without an error', () => {
    const ports = [
      { name: 'https', port: 443, targetPort: 443, protocol: 'HTTPS' },
      { name: 'http3', port: 443, targetPort: 443, protocol: 'UDP' },
      { name: 'http', port: 80, targetPort: 80, protocol: 'HTTP' },
    ];
    expect(codes({ ports })).toEqual(SEED_FINDINGS);
    expect(codes({ ports: [...ports, { name: 'again', port: 443, targetPort: 8443, protocol: 'TCP' }] })).toContain(
      'error field/port-duplicate spec.ports.3.port',
    );
  });

  it('checks the rolling update: number or percentage, never both 0', () => {
    expect(codes({ rollingMaxSurge: 'lots' })).toContain('error field/rolling-format spec.rollingMaxSurge');
    expect(codes({ rollingMaxSurge: '0', rollingMaxUnavailable: '0%' })).toContain('error field/rolling-both-zero spec.rollingMaxUnavailable');
    expect(codes({ rollingMaxSurge: '0', rollingMaxUnavailable: '1' })).toEqual(SEED_FINDINGS);
  });
});
