import type { Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../gateway/answers';
import { applyAnswers } from '../gateway/applyAnswer';
import { fieldPaths } from '../gateway/fieldPaths';
import { documentFindings } from '../findings/documentFindings';
import { presetText } from '../gateway/presets';
import { type PresetId } from '../gateway/presetList';
import { readAnswers } from '../gateway/readAnswers';
import type { GatewayIssue } from '../gateway/gatewayIssue';
import { type ClusterSpec, DEFAULT_CLUSTER, withNodeCount, withZoneCount } from '../placement/cluster';
import { readWorkload } from '../placement/workload';
import { parseYaml } from '../yaml/parse';
import { ANSWER_RULES, DOCUMENT_RULES } from './lintGateway';
import type { AnswerRule, DocumentRule } from './rule';

/**
 * One table per HA rule: documents that trigger it (with exactly the findings expected, as
 * "severity code path") and documents that do not. Every fix a triggering case offers is then
 * applied, and must make its finding go without adding an error.
 */

function preset(id: PresetId, ...changes: FieldChange[]): Document {
  return applyAnswers(parseYaml(presetText(id)).doc, changes);
}

/** A document from text, with a preset's text (or a document's) as a base: `edit` replaces lines in it. */
function edited(base: PresetId | Document, edit: (text: string) => string): Document {
  const text = edit(typeof base === 'string' ? presetText(base) : base.toString());
  const parsed = parseYaml(text);
  expect(parsed.issues).toEqual([]);
  return parsed.doc;
}

/** A cluster of `zones` zones with `perZone` nodes each. */
function cluster(zones: number, perZone: number): ClusterSpec {
  return withNodeCount(withZoneCount(DEFAULT_CLUSTER, zones), perZone);
}

interface Case {
  readonly title: string;
  readonly doc: Document;
  readonly cluster?: ClusterSpec;
  readonly expected: readonly string[];
}

type Table =
  { readonly rule: AnswerRule; readonly cases: readonly Case[] } | { readonly rule: DocumentRule; readonly document: true; readonly cases: readonly Case[] };

function run(table: Table, doc: Document, on: ClusterSpec | undefined): GatewayIssue[] {
  const answers = readAnswers(doc);
  const paths = fieldPaths(doc);
  return 'document' in table ? table.rule.check({ doc, answers, paths, workload: readWorkload(doc), cluster: on }) : table.rule.check({ answers, paths });
}

const show = (issue: GatewayIssue): string => `${issue.severity} ${issue.code} ${issue.path.join('.')}`;

const ANTI = 'spec.affinity.podAntiAffinity';
const PREFERRED_TERM = `${ANTI}.preferredDuringSchedulingIgnoredDuringExecution.0.podAffinityTerm`;
const VSW = 'spec.podAnnotations.k8s.aliyun.com/eci-vswitch';
const STRATEGY = 'spec.podAnnotations.k8s.aliyun.com/eci-schedule-strategy';

const TABLES: Readonly<Record<string, Table>> = {
  'ha/single-replica': {
    rule: rule('ha/single-replica'),
    cases: [
      { title: 'minReplicas 1', doc: preset('ack-node', { field: 'minReplicas', value: 1 }), expected: ['warning ha/single-replica spec.minReplicas'] },
      {
        title: 'replicaCount 1 without autoscaling',
        doc: edited('ack-node', (text) => text.replace(/ {2}maxReplicas: 4\n {2}minReplicas: 2\n/, '')),
        expected: ['warning ha/single-replica spec.replicaCount'],
      },
      { title: 'the seed: minReplicas 2 (replicaCount 1 beside it is another rule)', doc: preset('ack-node'), expected: [] },
      { title: 'minReplicas 0 is malformed, not an HA question', doc: preset('ack-node', { field: 'minReplicas', value: 0 }), expected: [] },
    ],
  },
  'ha/min-above-max': {
    rule: rule('ha/min-above-max'),
    cases: [
      { title: 'min 5, max 4', doc: preset('ack-node', { field: 'minReplicas', value: 5 }), expected: ['error ha/min-above-max spec.minReplicas'] },
      { title: 'min 4, max 4', doc: preset('ack-node', { field: 'minReplicas', value: 4 }), expected: [] },
    ],
  },
  'ha/replica-count-below-min': {
    rule: rule('ha/replica-count-below-min'),
    cases: [
      { title: 'the seed: replicaCount 1, minReplicas 2', doc: preset('ack-node'), expected: ['info ha/replica-count-below-min spec.replicaCount'] },
      { title: 'replicaCount 2, minReplicas 2', doc: preset('ack-node', { field: 'replicaCount', value: 2 }), expected: [] },
    ],
  },
  'ha/no-anti-affinity': {
    rule: rule('ha/no-anti-affinity'),
    cases: [
      {
        title: 'ACK without affinity',
        doc: edited('ack-node', (text) => text.replace(/ {2}# --- Pod anti-affinity[\s\S]*?weight: 100\n/, '')),
        expected: [`warning ha/no-anti-affinity ${ANTI}`],
      },
      { title: 'ACK with preferred node spread', doc: preset('ack-node'), expected: [] },
      { title: 'ACK Serverless has no anti-affinity by design', doc: preset('serverless-eci'), expected: [] },
    ],
  },
  'ha/cpu-target': {
    rule: rule('ha/cpu-target'),
    cases: [
      {
        title: 'target 0',
        doc: preset('ack-node', { field: 'cpuTarget', value: 0 }),
        expected: ['error ha/cpu-target-range spec.cpu.targetAverageUtilization'],
      },
      // Kubernetes accepts a target above 100 (scale only past the request): a risk, not a refusal.
      {
        title: 'target 101',
        doc: preset('ack-node', { field: 'cpuTarget', value: 101 }),
        expected: ['warning ha/cpu-target-high spec.cpu.targetAverageUtilization'],
      },
      {
        title: 'target 95',
        doc: preset('ack-node', { field: 'cpuTarget', value: 95 }),
        expected: ['warning ha/cpu-target-high spec.cpu.targetAverageUtilization'],
      },
      { title: 'target 90', doc: preset('ack-node', { field: 'cpuTarget', value: 90 }), expected: [] },
      { title: 'the seed: 80', doc: preset('ack-node'), expected: [] },
    ],
  },
  'ha/no-cpu-request': {
    rule: rule('ha/no-cpu-request'),
    cases: [
      {
        title: 'CPU target without a CPU request',
        doc: edited('ack-node', (text) => text.replace(/ {4}requests:\n {6}cpu: 200m\n/, '    requests:\n')),
        expected: ['warning ha/no-cpu-request spec.resources.requests.cpu'],
      },
      { title: 'the seed: 200m', doc: preset('ack-node'), expected: [] },
      {
        title: 'no CPU target, no request',
        doc: edited('ack-node', (text) =>
          text.replace(/ {2}cpu:\n {4}targetAverageUtilization: 80\n/, '').replace(/ {4}requests:\n {6}cpu: 200m\n/, '    requests:\n'),
        ),
        expected: [],
      },
    ],
  },
  'ha/weight-range': {
    rule: rule('ha/weight-range'),
    cases: [
      {
        title: 'weight 0',
        doc: edited('ack-node', (text) => text.replace('weight: 100', 'weight: 0')),
        expected: [`error ha/weight-range ${ANTI}.preferredDuringSchedulingIgnoredDuringExecution.0.weight`],
      },
      {
        title: 'weight 101',
        doc: edited('ack-node', (text) => text.replace('weight: 100', 'weight: 101')),
        expected: [`error ha/weight-range ${ANTI}.preferredDuringSchedulingIgnoredDuringExecution.0.weight`],
      },
      { title: 'weight 1', doc: preset('ack-node', { field: 'weight', value: 1 }), expected: [] },
      { title: 'a Required rule has no weight', doc: preset('ack-node', { field: 'rule', value: 'required' }), expected: [] },
    ],
  },
  'ha/external-traffic-local': {
    rule: rule('ha/external-traffic-local'),
    cases: [
      { title: 'the seed: Local', doc: preset('ack-node'), expected: ['info ha/external-traffic-local spec.externalTrafficPolicy'] },
      { title: 'Cluster', doc: preset('ack-node', { field: 'externalTrafficPolicy', value: 'Cluster' }), expected: [] },
    ],
  },
  'ha/namespace-not-istio-system': {
    rule: rule('ha/namespace-not-istio-system'),
    cases: [
      // The CRD reference: in any other namespace the gateway fails to start.
      {
        title: 'namespace gateways',
        doc: preset('ack-node', { field: 'namespace', value: 'gateways' }),
        expected: ['error ha/namespace-not-istio-system metadata.namespace'],
      },
      { title: 'istio-system', doc: preset('ack-node'), expected: [] },
      {
        title: 'a malformed namespace is a format error instead',
        doc: edited('ack-node', (text) => text.replace('namespace: istio-system', 'namespace: Gateways')),
        expected: [],
      },
    ],
  },
  'ha/name-too-long': {
    rule: rule('ha/name-too-long'),
    cases: [
      { title: '58 characters', doc: preset('ack-node', { field: 'name', value: 'a'.repeat(58) }), expected: ['error ha/name-too-long metadata.name'] },
      { title: '57 characters', doc: preset('ack-node', { field: 'name', value: 'a'.repeat(57) }), expected: [] },
    ],
  },
  'ha/cluster-id-placeholder': {
    rule: rule('ha/cluster-id-placeholder'),
    cases: [
      { title: 'the seed’s masked ID', doc: preset('ack-node'), expected: ['warning ha/cluster-id-placeholder spec.clusterIds.0'] },
      { title: 'a real ID', doc: preset('ack-node', { field: 'clusterIds', value: ['c954ee9df88f64f229591f0ea4c61abcd'] }), expected: [] },
      { title: 'stars in a malformed ID are a format error instead', doc: preset('ack-node', { field: 'clusterIds', value: ['C-1****'] }), expected: [] },
    ],
  },
  'ha/vswitch-ids': {
    rule: rule('ha/vswitch-ids'),
    cases: [
      {
        title: 'the seed’s masked IDs',
        doc: preset('serverless-eci'),
        expected: [`warning ha/vswitch-placeholder ${VSW}.0`, `warning ha/vswitch-placeholder ${VSW}.1`],
      },
      {
        title: 'malformed',
        doc: preset('serverless-eci', { field: 'vSwitchIds', value: ['vsw-abc', 'VSW-1'] }),
        expected: [`error ha/vswitch-format ${VSW}.1`],
      },
      {
        title: 'duplicated',
        doc: preset('serverless-eci', { field: 'vSwitchIds', value: ['vsw-abc', 'vsw-abc'] }),
        expected: [`info ha/vswitch-duplicate ${VSW}.1`],
      },
      {
        title: 'eleven',
        doc: preset('serverless-eci', { field: 'vSwitchIds', value: Array.from({ length: 11 }, (_, i) => `vsw-${i}a`) }),
        expected: [`error ha/vswitch-too-many ${VSW}`],
      },
      { title: 'ten real IDs', doc: preset('serverless-eci', { field: 'vSwitchIds', value: Array.from({ length: 10 }, (_, i) => `vsw-${i}a`) }), expected: [] },
      { title: 'ACK has no vSwitch list', doc: preset('ack-node'), expected: [] },
    ],
  },
  'ha/serverless-zones': {
    rule: rule('ha/serverless-zones'),
    cases: [
      {
        title: 'one vSwitch',
        doc: preset('serverless-eci', { field: 'vSwitchIds', value: ['vsw-abc'] }),
        expected: [`warning ha/serverless-single-vswitch ${VSW}`],
      },
      {
        title: 'VSwitchOrdered',
        doc: preset('serverless-eci', { field: 'vSwitchIds', value: ['vsw-a1', 'vsw-b2'] }, { field: 'scheduleStrategy', value: 'VSwitchOrdered' }),
        expected: [`warning ha/vswitch-ordered ${STRATEGY}`],
      },
      {
        title: 'VSwitchRandom over two zones',
        doc: preset('serverless-eci', { field: 'vSwitchIds', value: ['vsw-a1', 'vsw-b2'] }),
        expected: [`info ha/vswitch-random ${STRATEGY}`],
      },
      { title: 'ACK', doc: preset('ack-zone'), expected: [] },
    ],
  },
  'ha/selector-mismatch': {
    rule: documentRule('ha/selector-mismatch'),
    document: true,
    cases: [
      {
        title: 'selects another gateway’s pods',
        doc: edited('ack-node', (text) => text.replace('- istio-ingressgateway-1', '- istio-ingressgateway')),
        expected: [`warning ha/selector-mismatch ${PREFERRED_TERM}.labelSelector`],
      },
      {
        title: 'renamed gateway, selector left behind',
        doc: edited('ack-node', (text) => text.replace('name: ingressgateway-1', 'name: edge')),
        expected: [`warning ha/selector-mismatch ${PREFERRED_TERM}.labelSelector`],
      },
      { title: 'selects app=istio-<name>', doc: preset('ack-node'), expected: [] },
      {
        title: 'selects through podLabels',
        doc: edited('ack-node', (text) =>
          text
            .replace('- key: app', '- key: tier')
            .replace('- istio-ingressgateway-1', '- edge')
            .replace('  serviceType: LoadBalancer\n', '  serviceType: LoadBalancer\n  podLabels:\n    tier: edge\n'),
        ),
        expected: [],
      },
    ],
  },
  'ha/anti-affinity-on-serverless': {
    rule: documentRule('ha/anti-affinity-on-serverless'),
    document: true,
    cases: [
      {
        title: 'ECI annotations and anti-affinity',
        doc: edited('ack-node', (text) =>
          text.replace('  serviceType: LoadBalancer\n', '  serviceType: LoadBalancer\n  podAnnotations:\n    k8s.aliyun.com/eci-vswitch: "vsw-a1,vsw-b2"\n'),
        ),
        expected: [`warning ha/anti-affinity-on-serverless ${ANTI}`],
      },
      { title: 'the Serverless preset', doc: preset('serverless-eci'), expected: [] },
      { title: 'the ACK preset', doc: preset('ack-node'), expected: [] },
    ],
  },
  'ha/eci-annotations-on-ack': {
    rule: documentRule('ha/eci-annotations-on-ack'),
    document: true,
    cases: [
      {
        title: 'an ECI annotation on ACK',
        doc: edited('ack-node', (text) =>
          text.replace('  serviceType: LoadBalancer\n', '  serviceType: LoadBalancer\n  podAnnotations:\n    k8s.aliyun.com/eci-use-specs: "2-4Gi"\n'),
        ),
        expected: ['warning ha/eci-annotations-on-ack spec.podAnnotations.k8s.aliyun.com/eci-use-specs'],
      },
      {
        title: 'other annotations on ACK',
        doc: edited('ack-node', (text) =>
          text.replace('  serviceType: LoadBalancer\n', '  serviceType: LoadBalancer\n  podAnnotations:\n    sidecar.istio.io/inject: "false"\n'),
        ),
        expected: [],
      },
      { title: 'the Serverless preset', doc: preset('serverless-eci'), expected: [] },
    ],
  },
  'ha/required-cap': {
    rule: documentRule('ha/required-cap'),
    document: true,
    cases: [
      {
        title: 'Required zone spread, 4 replicas at most, 3 zones',
        doc: preset('ack-zone', { field: 'rule', value: 'required' }),
        cluster: DEFAULT_CLUSTER,
        expected: [`warning ha/required-zone-cap ${ANTI}`],
      },
      {
        title: 'Required node spread, 4 replicas at most, 3 nodes',
        doc: preset('ack-node', { field: 'rule', value: 'required' }),
        cluster: cluster(3, 1),
        expected: [`warning ha/required-node-cap ${ANTI}`],
      },
      {
        title: 'Required zone spread without autoscaling: replicaCount 5, 3 zones',
        doc: edited(preset('ack-zone', { field: 'rule', value: 'required' }, { field: 'replicaCount', value: 5 }), (text) =>
          text.replace(/ {2}maxReplicas: 4\n {2}minReplicas: 2\n/, ''),
        ),
        cluster: DEFAULT_CLUSTER,
        expected: [`warning ha/required-zone-cap ${ANTI}`],
      },
      { title: 'Required zone spread, 4 zones', doc: preset('ack-zone', { field: 'rule', value: 'required' }), cluster: cluster(4, 1), expected: [] },
      { title: 'Required node spread, 6 nodes', doc: preset('ack-node', { field: 'rule', value: 'required' }), cluster: DEFAULT_CLUSTER, expected: [] },
      { title: 'Preferred', doc: preset('ack-zone'), cluster: cluster(1, 1), expected: [] },
    ],
  },
  'ha/required-rollout-deadlock': {
    rule: documentRule('ha/required-rollout-deadlock'),
    document: true,
    cases: [
      {
        title: 'kubernetes#116891: 3 nodes, 3 replicas, default strategy',
        doc: preset(
          'ack-node',
          { field: 'rule', value: 'required' },
          { field: 'minReplicas', value: 3 },
          { field: 'maxReplicas', value: 3 },
          { field: 'rollingMaxSurge', value: '25%' },
        ),
        cluster: cluster(3, 1),
        // The running pods keep serving while the rollout waits: a risk, not a refusal.
        expected: [`warning ha/required-rollout-deadlock ${ANTI}`],
      },
      {
        title: 'the zone preset made Required: stalls once 3 pods run in 3 zones',
        doc: preset('ack-zone', { field: 'rule', value: 'required' }),
        cluster: DEFAULT_CLUSTER,
        expected: [`warning ha/required-rollout-deadlock ${ANTI}`],
      },
      {
        title: 'surge 0, unavailable 1',
        doc: preset('ack-zone', { field: 'rule', value: 'required' }, { field: 'rollingMaxSurge', value: '0' }, { field: 'rollingMaxUnavailable', value: '1' }),
        cluster: DEFAULT_CLUSTER,
        expected: [],
      },
      {
        title: 'a free node is always there: 6 nodes, at most 4 replicas',
        doc: preset('ack-node', { field: 'rule', value: 'required' }),
        cluster: DEFAULT_CLUSTER,
        expected: [],
      },
      { title: 'Preferred', doc: preset('ack-zone'), cluster: cluster(1, 1), expected: [] },
    ],
  },
  'asm/port-protocols': {
    rule: rule('asm/port-protocols'),
    cases: [
      {
        title: 'GRPC and lower-case tcp',
        doc: edited('ack-node', (text) =>
          text
            .replace('  - name: http2\n    port: 80\n', '  - name: http2\n    port: 80\n    protocol: GRPC\n')
            .replace('  - name: tls\n    port: 15443\n', '  - name: tls\n    port: 15443\n    protocol: tcp\n'),
        ),
        expected: ['info asm/port-protocol-unknown spec.ports.1.protocol', 'info asm/port-protocol-unknown spec.ports.3.protocol'],
      },
      {
        title: 'HTTP, HTTPS and UDP, as ASM’s pages write them',
        doc: edited('ack-node', (text) =>
          text
            .replace('    port: 80\n', '    port: 80\n    protocol: HTTP\n')
            .replace('    port: 443\n', '    port: 443\n    protocol: HTTPS\n')
            .replace('    port: 15443\n', '    port: 15443\n    protocol: UDP\n'),
        ),
        expected: [],
      },
      { title: 'no protocol (TCP)', doc: preset('ack-node'), expected: [] },
    ],
  },
  'asm/version': {
    rule: documentRule('asm/version'),
    document: true,
    cases: [
      {
        title: 'an HTTP port on ASM 1.9.7.100',
        doc: edited('ack-node', (text) => text.replace('    port: 80\n', '    port: 80\n    protocol: HTTP\n')),
        cluster: { ...DEFAULT_CLUSTER, asmVersion: '1.9.7.100' },
        expected: ['error asm/port-protocol-tcp-only spec.ports.1.protocol'],
      },
      {
        title: 'an HTTP port on ASM 1.9.7.107',
        doc: edited('ack-node', (text) => text.replace('    port: 80\n', '    port: 80\n    protocol: HTTP\n')),
        cluster: { ...DEFAULT_CLUSTER, asmVersion: '1.9.7.107' },
        expected: [],
      },
      {
        title: 'my own autoscaler on ASM 1.18',
        doc: preset('ack-node', { field: 'replicaOwner', value: 'own' }),
        cluster: { ...DEFAULT_CLUSTER, asmVersion: 'v1.18.5.12-g0a1b2c3-aliyun' },
        expected: ['warning asm/replicas-annotation-too-old metadata.annotations.asm.alibabacloud.com/replicas-managed-by-asm'],
      },
      {
        title: 'my own autoscaler on ASM 1.19',
        doc: preset('ack-node', { field: 'replicaOwner', value: 'own' }),
        cluster: { ...DEFAULT_CLUSTER, asmVersion: '1.19' },
        expected: [],
      },
      {
        title: 'an ASM Serverless gateway on ASM 1.18.0.146',
        doc: preset('ack-node', { field: 'clusterType', value: 'ASMServerless' }),
        cluster: { ...DEFAULT_CLUSTER, asmVersion: '1.18.0.146' },
        expected: ['error asm/serverless-gateway-too-old metadata.annotations.asm.alibabacloud.com/managed-by-asm'],
      },
      {
        title: 'an ASM Serverless gateway on ASM 1.18.0.147',
        doc: preset('ack-node', { field: 'clusterType', value: 'ASMServerless' }),
        cluster: { ...DEFAULT_CLUSTER, asmVersion: '1.18.0.147' },
        expected: [],
      },
      { title: 'the seed on the newest documented version', doc: preset('ack-node'), cluster: DEFAULT_CLUSTER, expected: [] },
    ],
  },
  'asm/gateway-annotations': {
    rule: documentRule('asm/gateway-annotations'),
    document: true,
    cases: [
      {
        title: 'replicas-managed-by-asm: false, unquoted (as ASM’s English page prints it)',
        doc: edited('ack-node', (text) =>
          text.replace('  namespace: istio-system\n', '  namespace: istio-system\n  annotations:\n    asm.alibabacloud.com/replicas-managed-by-asm: false\n'),
        ),
        expected: ['error asm/annotation-not-string metadata.annotations.asm.alibabacloud.com/replicas-managed-by-asm'],
      },
      {
        title: 'managed-by-asm beside cluster IDs',
        doc: edited('ack-node', (text) =>
          text.replace('  namespace: istio-system\n', "  namespace: istio-system\n  annotations:\n    asm.alibabacloud.com/managed-by-asm: 'true'\n"),
        ),
        expected: ['info asm/managed-with-cluster-ids metadata.annotations.asm.alibabacloud.com/managed-by-asm'],
      },
      {
        title: 'managed-by-asm: true, unquoted, on an ASM Serverless gateway',
        doc: edited(preset('ack-node', { field: 'clusterType', value: 'ASMServerless' }), (text) =>
          text.replace("managed-by-asm: 'true'", 'managed-by-asm: true'),
        ),
        expected: ['error asm/annotation-not-string metadata.annotations.asm.alibabacloud.com/managed-by-asm'],
      },
      { title: 'replicas-managed-by-asm: "false"', doc: preset('ack-node', { field: 'replicaOwner', value: 'own' }), expected: [] },
      { title: 'an ASM Serverless gateway', doc: preset('ack-node', { field: 'clusterType', value: 'ASMServerless' }), expected: [] },
    ],
  },
};

function rule(id: string): AnswerRule {
  const found = ANSWER_RULES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no answer rule ${id}`);
  return found;
}

function documentRule(id: string): DocumentRule {
  const found = DOCUMENT_RULES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no document rule ${id}`);
  return found;
}

describe('every HA rule has a table with a triggering and a non-triggering document', () => {
  it.each([...ANSWER_RULES, ...DOCUMENT_RULES].map((candidate) => candidate.id))('%s', (id) => {
    const table = TABLES[id];
    expect(table, `no table for ${id}`).toBeDefined();
    expect(table?.cases.some((c) => c.expected.length > 0)).toBe(true);
    expect(table?.cases.some((c) => c.expected.length === 0)).toBe(true);
  });
});

describe.each(Object.entries(TABLES))('%s', (_, table) => {
  it.each(table.cases.map((c) => [c.title, c] as const))('%s', (__, c) => {
    expect(run(table, c.doc, c.cluster).map(show)).toEqual(c.expected);
  });

  const fixable = table.cases.flatMap((c) =>
    run(table, c.doc, c.cluster).flatMap((issue) => (issue.fixes ?? []).map((offered) => [`${c.title}: ${offered.label}`, c, issue, offered] as const)),
  );
  if (fixable.length > 0) {
    it.each(fixable)('fix %s removes the finding and adds no error', (__, c, issue, offered) => {
      const before = documentFindings(c.doc, c.cluster ? { cluster: c.cluster } : {});
      const fixed = applyAnswers(c.doc, offered.changes);
      expect(run(table, fixed, c.cluster).map(show)).not.toContain(show(issue));
      const known = new Set(before.map(show));
      const added = documentFindings(fixed, c.cluster ? { cluster: c.cluster } : {}).filter((found) => found.severity === 'error' && !known.has(show(found)));
      expect(added.map(show)).toEqual([]);
    });
  }
});
