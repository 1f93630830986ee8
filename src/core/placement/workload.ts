import type { Document } from 'yaml';
import { readAnswers } from '../gateway/readAnswers';
import { parseQuantity } from '../gateway/quantity';
import { GATEWAY_NAMESPACE, type LabelSelector, PREFERRED_KEY, REQUIRED_KEY, type ScheduleStrategy, workloadName } from '../gateway/types';
import type { ClusterType } from '../gateway/answers';
import { plainOf } from '../yaml/parse';
import { selectorMatches } from './labels';

/** One pod anti-affinity term, as the simulation needs it. */
export interface SimTerm {
  readonly topologyKey: string;
  /** Whether the term's selector (and namespaces) select this gateway's own pods. */
  readonly selectsGateway: boolean;
  /** Preferred terms only: 1–100. */
  readonly weight: number;
}

/** What the scheduler sees of the gateway Deployment's pods. */
export interface GatewayWorkload {
  /** `istio-<name>`: the Deployment, and the pods' `app` label. */
  readonly workload: string;
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Requests of one pod: the gateway container, plus the SDS container when it is on. */
  readonly cpuMilli: number;
  readonly memoryBytes: number;
  readonly sdsCpuMilli: number;
  readonly sdsMemoryBytes: number;
  readonly required: readonly SimTerm[];
  readonly preferred: readonly SimTerm[];
  readonly clusterType: ClusterType;
  readonly vSwitchIds: readonly string[];
  /** Absent annotation: ECI's default, VSwitchRandom. */
  readonly strategy: ScheduleStrategy;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly maxSurge: string | undefined;
  readonly maxUnavailable: string | undefined;
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(value: unknown, ...path: string[]): unknown {
  let node = value;
  for (const key of path) node = isPlain(node) ? node[key] : undefined;
  return node;
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isPlain(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function asSelector(value: unknown): LabelSelector | undefined {
  if (!isPlain(value)) return undefined;
  const expressions = Array.isArray(value.matchExpressions) ? value.matchExpressions : [];
  return {
    matchLabels: stringRecord(value.matchLabels),
    matchExpressions: expressions.filter(isPlain).map((expression) => ({
      key: typeof expression.key === 'string' ? expression.key : '',
      operator:
        expression.operator === 'In' || expression.operator === 'NotIn' || expression.operator === 'Exists' || expression.operator === 'DoesNotExist'
          ? expression.operator
          : 'In',
      values: Array.isArray(expression.values) ? expression.values.map(String) : [],
    })),
  };
}

function quantity(value: unknown, scale: number): number {
  const amount = typeof value === 'number' ? value : typeof value === 'string' ? parseQuantity(value) : undefined;
  return amount === undefined ? 0 : Math.round(amount * scale);
}

/** The gateway pods as the scheduler (or ECI) will see them, read from the document. Pure; never throws. */
export function readWorkload(doc: Document): GatewayWorkload {
  const answers = readAnswers(doc);
  const plain = plainOf(doc);
  const js: unknown = plain.ok ? plain.value : {};
  const spec = at(js, 'spec');
  const workload = workloadName(answers.name ?? '');
  const namespace = answers.namespace ?? GATEWAY_NAMESPACE;
  const labels = { ...stringRecord(at(spec, 'podLabels')), app: workload };

  const term = (value: unknown, weight: number): SimTerm | undefined => {
    if (!isPlain(value) || typeof value.topologyKey !== 'string') return undefined;
    const namespaces = Array.isArray(value.namespaces) ? value.namespaces.map(String) : [];
    const inNamespace = namespaces.length === 0 || namespaces.includes(namespace);
    return {
      topologyKey: value.topologyKey,
      selectsGateway: inNamespace && selectorMatches(asSelector(value.labelSelector), labels),
      weight,
    };
  };
  const anti = at(spec, 'affinity', 'podAntiAffinity');
  const requiredList = at(anti, REQUIRED_KEY);
  const preferredList = at(anti, PREFERRED_KEY);
  const required = (Array.isArray(requiredList) ? requiredList : []).flatMap((value) => term(value, 0) ?? []);
  const preferred = (Array.isArray(preferredList) ? preferredList : []).flatMap((item) => {
    const weight = at(item, 'weight');
    return term(at(item, 'podAffinityTerm'), typeof weight === 'number' ? weight : 0) ?? [];
  });

  const sdsOn = at(spec, 'sds', 'enabled') !== false;
  const sdsCpuMilli = sdsOn ? quantity(at(spec, 'sds', 'resources', 'requests', 'cpu'), 1000) : 0;
  const sdsMemoryBytes = sdsOn ? quantity(at(spec, 'sds', 'resources', 'requests', 'memory'), 1) : 0;
  const gatewayCpu = quantity(at(spec, 'resources', 'requests', 'cpu'), 1000);
  const gatewayMemory = quantity(at(spec, 'resources', 'requests', 'memory'), 1);

  const minReplicas = Math.max(1, answers.minReplicas ?? answers.replicaCount ?? 1);
  const maxReplicas = Math.max(minReplicas, answers.maxReplicas ?? answers.replicaCount ?? minReplicas);
  return {
    workload,
    namespace,
    labels,
    cpuMilli: gatewayCpu + sdsCpuMilli,
    memoryBytes: gatewayMemory + sdsMemoryBytes,
    sdsCpuMilli,
    sdsMemoryBytes,
    required,
    preferred,
    clusterType: answers.clusterType,
    vSwitchIds: answers.vSwitchIds,
    strategy: answers.scheduleStrategy ?? 'VSwitchRandom',
    minReplicas,
    maxReplicas,
    maxSurge: answers.rollingMaxSurge,
    maxUnavailable: answers.rollingMaxUnavailable,
  };
}
