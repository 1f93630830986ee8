import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import ackNodeSeed from './fixtures/ack-node-spread.yaml?raw';
import serverlessSeed from './fixtures/serverless-eci-zones.yaml?raw';
import type { AnswerChange } from './answers';
import { applyAnswers } from './applyAnswer';
import { readAnswers } from './readAnswers';
import { printChanges } from '../yaml/print';
import { parseYaml } from '../yaml/parse';

/** Applies form answers to YAML text the way the app does: parse, apply, print only what changed. */
function edit(text: string, ...changes: AnswerChange[]): { text: string; exact: boolean } {
  const before = parseYaml(text).doc;
  const result = printChanges(text, before, applyAnswers(before, changes));
  if (!result.ok) throw new Error(result.message);
  return { text: result.text, exact: result.exact };
}

/** The 1-based number of the first line of `text` equal to `line`. */
function lineOf(text: string, line: string): number {
  const index = text.split('\n').indexOf(line);
  expect(index, `line not found: ${line}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** The lines that differ between two texts of the same length in lines, as [line number, old, new]. */
function changedLines(a: string, b: string): [number, string, string][] {
  const left = a.split('\n');
  const right = b.split('\n');
  expect(right.length).toBe(left.length);
  return left.flatMap((line, i): [number, string, string][] => (line === right[i] ? [] : [[i + 1, line, right[i] ?? '']]));
}

describe('applyAnswer edits only the nodes an answer owns (exact text)', () => {
  it('changes one line for a replica count, keeping the seed’s mixed list indentation', () => {
    const result = edit(ackNodeSeed, { field: 'maxReplicas', value: 6 });
    expect(result.exact).toBe(true);
    expect(changedLines(ackNodeSeed, result.text)).toEqual([[lineOf(ackNodeSeed, '  maxReplicas: 4'), '  maxReplicas: 4', '  maxReplicas: 6']]);
  });

  it('a raised minimum takes a lower replica count with it, so no fix is left to make; the same minimum changes nothing', () => {
    const result = edit(ackNodeSeed, { field: 'minReplicas', value: 3 });
    expect(changedLines(ackNodeSeed, result.text)).toEqual([
      [lineOf(ackNodeSeed, '  minReplicas: 2'), '  minReplicas: 2', '  minReplicas: 3'],
      [lineOf(ackNodeSeed, '  replicaCount: 1'), '  replicaCount: 1', '  replicaCount: 3'],
    ]);
    expect(edit(ackNodeSeed, { field: 'minReplicas', value: 2 }).text).toBe(ackNodeSeed);
    // A count above the minimum stays.
    const higher = ackNodeSeed.replace('replicaCount: 1', 'replicaCount: 4');
    expect(changedLines(higher, edit(higher, { field: 'minReplicas', value: 3 }).text)).toHaveLength(1);
  });

  it('renames the gateway and the anti-affinity selector that follows it, and nothing else', () => {
    const result = edit(ackNodeSeed, { field: 'name', value: 'public-gw' });
    expect(changedLines(ackNodeSeed, result.text)).toEqual([
      [lineOf(ackNodeSeed, '  name: ingressgateway-1'), '  name: ingressgateway-1', '  name: public-gw'],
      [lineOf(ackNodeSeed, '              - istio-ingressgateway-1'), '              - istio-ingressgateway-1', '              - istio-public-gw'],
    ]);
  });

  it('moves the spread to zones: the topology key and the comments the wizard wrote', () => {
    const result = edit(ackNodeSeed, { field: 'spreadLevel', value: 'zone' });
    expect(changedLines(ackNodeSeed, result.text)).toEqual([
      [
        lineOf(ackNodeSeed, '  # --- Pod anti-affinity: spread pods across nodes ---'),
        '  # --- Pod anti-affinity: spread pods across nodes ---',
        '  # --- Pod anti-affinity: spread pods across zones ---',
      ],
      [
        lineOf(ackNodeSeed, '          topologyKey: kubernetes.io/hostname   # One pod per node'),
        '          topologyKey: kubernetes.io/hostname   # One pod per node',
        '          topologyKey: topology.kubernetes.io/zone   # One pod per zone',
      ],
    ]);
  });

  it('changes quantities and strings keeping their quote style', () => {
    const result = edit(ackNodeSeed, { field: 'limitsCpu', value: '4' }, { field: 'rollingMaxSurge', value: '1' }, { field: 'requestsMemory', value: '512Mi' });
    expect(changedLines(ackNodeSeed, result.text)).toEqual([
      [lineOf(ackNodeSeed, "      cpu: '2'"), "      cpu: '2'", "      cpu: '4'"],
      [lineOf(ackNodeSeed, '      memory: 256Mi'), '      memory: 256Mi', '      memory: 512Mi'],
      [lineOf(ackNodeSeed, '  rollingMaxSurge: "100%"'), '  rollingMaxSurge: "100%"', '  rollingMaxSurge: "1"'],
    ]);
  });

  it('Required drops the weight and moves the term under requiredDuringScheduling…', () => {
    const result = edit(ackNodeSeed, { field: 'rule', value: 'required' });
    expect(result.exact).toBe(true);
    const tail = result.text.slice(result.text.indexOf('  serviceType'));
    expect(tail).toBe(
      [
        '  serviceType: LoadBalancer',
        '  # --- Pod anti-affinity: spread pods across nodes ---',
        '  affinity:',
        '    podAntiAffinity:',
        '      requiredDuringSchedulingIgnoredDuringExecution:',
        '      - labelSelector:',
        '          matchExpressions:',
        '          - key: app',
        '            operator: In',
        '            values:',
        '            - istio-ingressgateway-1',
        '        topologyKey: kubernetes.io/hostname # At most one pod per node; extra pods stay Pending',
        '  rollingMaxSurge: "100%"',
        '  rollingMaxUnavailable: "25%"',
        '',
      ].join('\n'),
    );
    expect(result.text.slice(0, result.text.indexOf('  serviceType'))).toBe(ackNodeSeed.slice(0, ackNodeSeed.indexOf('  serviceType')));
  });

  it('Required and back to Preferred restores the seed’s values, with the weight given', () => {
    const required = edit(ackNodeSeed, { field: 'rule', value: 'required' }).text;
    const back = edit(required, { field: 'rule', value: 'preferred', weight: 100 }).text;
    expect(parseDocument(back).toJS()).toStrictEqual(parseDocument(ackNodeSeed).toJS());
  });

  it('switching to ACK Serverless swaps anti-affinity for the ECI annotations in place, touching nothing else', () => {
    const result = edit(ackNodeSeed, {
      field: 'clusterType',
      value: 'ACKServerless',
      eci: { vSwitchIds: ['vsw-aaa', 'vsw-bbb'], strategy: 'VSwitchRandom' },
    });
    expect(result.exact).toBe(true);
    const start = ackNodeSeed.indexOf('  # --- Pod anti-affinity');
    const end = ackNodeSeed.indexOf('  rollingMaxSurge');
    expect(result.text).toBe(
      ackNodeSeed.slice(0, start) +
        [
          '  # --- ECI zone distribution annotations ---',
          '  podAnnotations:',
          '    k8s.aliyun.com/eci-vswitch: "vsw-aaa,vsw-bbb" # vSwitch IDs in different zones',
          '    k8s.aliyun.com/eci-schedule-strategy: "VSwitchRandom" # Distribute pods randomly across zones',
          '',
        ].join('\n') +
        ackNodeSeed.slice(end),
    );
  });

  it('switching back to ACK removes the ECI annotations and the now-empty podAnnotations map', () => {
    const result = edit(serverlessSeed, {
      field: 'clusterType',
      value: 'ACK',
      spread: { level: 'zone', rule: 'preferred', weight: 100 },
    });
    const js = parseDocument(result.text).toJS() as { spec: Record<string, unknown> };
    expect(js.spec.podAnnotations).toBeUndefined();
    expect(js.spec.affinity).toStrictEqual({
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            podAffinityTerm: {
              labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['istio-ingressgateway'] }] },
              topologyKey: 'topology.kubernetes.io/zone',
            },
            weight: 100,
          },
        ],
      },
    });
    expect(result.text).toContain('  # --- Pod anti-affinity: spread pods across zones ---\n  affinity:\n');
    const untouched = (text: string): string => text.slice(0, text.indexOf('  serviceType'));
    expect(untouched(result.text)).toBe(untouched(serverlessSeed));
  });

  it('keeps other pod annotations when leaving ACK Serverless, and other affinity when leaving ACK', () => {
    const withExtra = serverlessSeed.replace('  podAnnotations:\n', '  podAnnotations:\n    sidecar.istio.io/inject: "false"\n');
    const ack = readAnswers(parseYaml(edit(withExtra, { field: 'clusterType', value: 'ACK' }).text).doc);
    expect(ack.clusterType).toBe('ACK');
    expect(edit(withExtra, { field: 'clusterType', value: 'ACK' }).text).toContain('  podAnnotations:\n    sidecar.istio.io/inject: "false"\n');
    const withNodeAffinity = ackNodeSeed.replace(
      '  affinity:\n',
      '  affinity:\n    nodeAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution: []\n',
    );
    const serverless = edit(withNodeAffinity, { field: 'clusterType', value: 'ACKServerless' }).text;
    expect(serverless).toContain('  affinity:\n    nodeAffinity:\n      preferredDuringSchedulingIgnoredDuringExecution: []\n');
    expect(serverless).not.toContain('podAntiAffinity');
  });

  it('changes the ECI strategy and its explaining comment, keeping the vSwitch line', () => {
    const result = edit(serverlessSeed, { field: 'scheduleStrategy', value: 'VSwitchOrdered' });
    expect(changedLines(serverlessSeed, result.text)).toEqual([
      [
        lineOf(serverlessSeed, '    k8s.aliyun.com/eci-schedule-strategy: "VSwitchRandom"   # Distribute pods randomly across zones'),
        '    k8s.aliyun.com/eci-schedule-strategy: "VSwitchRandom"   # Distribute pods randomly across zones',
        '    k8s.aliyun.com/eci-schedule-strategy: "VSwitchOrdered"   # Try the vSwitches in order; the next zone only when one has no stock',
      ],
    ]);
  });

  it('joins vSwitch IDs with commas in the one annotation', () => {
    const result = edit(serverlessSeed, { field: 'vSwitchIds', value: ['vsw-one', 'vsw-two', 'vsw-three'] });
    expect(changedLines(serverlessSeed, result.text)).toEqual([
      [
        lineOf(serverlessSeed, '    k8s.aliyun.com/eci-vswitch: "vsw-bp1b07j0miob3khtn****,vsw-bp12b85hh323se8ft****"   # vSwitch IDs in different zones'),
        '    k8s.aliyun.com/eci-vswitch: "vsw-bp1b07j0miob3khtn****,vsw-bp12b85hh323se8ft****"   # vSwitch IDs in different zones',
        '    k8s.aliyun.com/eci-vswitch: "vsw-one,vsw-two,vsw-three"   # vSwitch IDs in different zones',
      ],
    ]);
  });

  it('removes a port from the middle without moving other ports’ unmodelled fields', () => {
    const text = ackNodeSeed.replace('  - name: https\n    port: 443\n', '  - name: https\n    protocol: TCP\n    port: 443\n');
    const answers = readAnswers(parseYaml(text).doc);
    const result = edit(text, { field: 'ports', value: answers.ports.filter((port) => port.name !== 'http2') });
    expect(result.text).toContain('  - name: status-port\n    port: 15020\n    targetPort: 15020\n  - name: https\n    protocol: TCP\n');
    expect(result.text).not.toContain('http2');
    expect(text.split('\n').length - result.text.split('\n').length).toBe(3);
  });

  it('adds a port at the end of the list in the list’s own indentation', () => {
    const answers = readAnswers(parseYaml(ackNodeSeed).doc);
    const result = edit(ackNodeSeed, {
      field: 'ports',
      value: [...answers.ports, { name: 'http-alt', port: 8080, targetPort: 8080 }],
    });
    expect(result.text).toContain('    targetPort: 15443\n  - name: http-alt\n    port: 8080\n    targetPort: 8080\n  replicaCount: 1\n');
  });

  it('adds a second cluster ID in the clusterIds list’s own 4-space indentation', () => {
    const result = edit(ackNodeSeed, { field: 'clusterIds', value: ['c954ee9df88f64f229591f0ea4c61****', 'cabc'] });
    expect(result.text).toContain('  clusterIds:\n    - "c954ee9df88f64f229591f0ea4c61****"\n    - "cabc"\n  cpu:');
  });
});

describe('a commented YAML with fields the wizard does not model', () => {
  const userYaml = [
    '# Production gateway, reviewed by the platform team',
    'apiVersion: istio.alibabacloud.com/v1beta1',
    'kind: IstioGateway',
    'metadata:',
    '  name: edge # public entry',
    '  namespace: istio-system',
    'spec:',
    '  clusterIds: ["c0123456789abcdef0123456789abcdef"]',
    '  # scale between these',
    '  minReplicas: 2',
    '  maxReplicas: 6',
    '  tolerations:',
    '    - key: dedicated',
    '      operator: Equal',
    '      value: gateway',
    '      effect: NoSchedule',
    '  env:',
    '    - name: ISTIO_META_HTTP10',
    '      value: "1"',
    '  kernel:',
    '    enabled: true',
    '    parameters:',
    '      net.core.somaxconn: "65535"',
    '  serviceAnnotations:',
    '    service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type: intranet',
    '  nodeSelector:',
    '    node-role/gateway: "true"',
    '  affinity:',
    '    podAntiAffinity:',
    '      preferredDuringSchedulingIgnoredDuringExecution:',
    '        - weight: 50 # half as important as the zone rule',
    '          podAffinityTerm:',
    '            topologyKey: kubernetes.io/hostname',
    '            labelSelector:',
    '              matchLabels: {app: istio-edge}',
    '',
    '  # trailing notes stay',
    '  serviceType: LoadBalancer',
    '',
  ].join('\n');

  it('five form edits change exactly their own lines', () => {
    const result = edit(
      userYaml,
      { field: 'maxReplicas', value: 8 },
      { field: 'weight', value: 80 },
      { field: 'spreadLevel', value: 'zone' },
      { field: 'name', value: 'edge-2' },
      { field: 'externalTrafficPolicy', value: 'Local' },
    );
    expect(result.exact).toBe(true);
    expect(result.text).toBe(
      [
        '# Production gateway, reviewed by the platform team',
        'apiVersion: istio.alibabacloud.com/v1beta1',
        'kind: IstioGateway',
        'metadata:',
        '  name: edge-2 # public entry',
        '  namespace: istio-system',
        'spec:',
        '  clusterIds: ["c0123456789abcdef0123456789abcdef"]',
        '  externalTrafficPolicy: Local',
        '  # scale between these',
        '  minReplicas: 2',
        '  maxReplicas: 8',
        '  tolerations:',
        '    - key: dedicated',
        '      operator: Equal',
        '      value: gateway',
        '      effect: NoSchedule',
        '  env:',
        '    - name: ISTIO_META_HTTP10',
        '      value: "1"',
        '  kernel:',
        '    enabled: true',
        '    parameters:',
        '      net.core.somaxconn: "65535"',
        '  serviceAnnotations:',
        '    service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type: intranet',
        '  nodeSelector:',
        '    node-role/gateway: "true"',
        '  affinity:',
        '    podAntiAffinity:',
        '      preferredDuringSchedulingIgnoredDuringExecution:',
        '        - weight: 80 # half as important as the zone rule',
        '          podAffinityTerm:',
        '            topologyKey: topology.kubernetes.io/zone',
        '            labelSelector:',
        '              matchLabels: {app: istio-edge-2}',
        '',
        '  # trailing notes stay',
        '  serviceType: LoadBalancer',
        '',
      ].join('\n'),
    );
  });

  it('reads the answers it can and leaves the rest to the YAML', () => {
    const answers = readAnswers(parseYaml(userYaml).doc);
    expect(answers).toMatchObject({
      name: 'edge',
      clusterType: 'ACK',
      minReplicas: 2,
      maxReplicas: 6,
      replicaCount: undefined,
      spreadLevel: 'node',
      rule: 'preferred',
      weight: 50,
      clusterIds: ['c0123456789abcdef0123456789abcdef'],
    });
  });
});
