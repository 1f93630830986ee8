import type { Document } from 'yaml';
import type { ClusterType, FieldKey, RuleStrength, SpreadLevel } from './answers';
import { ANTI_AFFINITY_PATH, findOwnedTerm } from './antiAffinity';
import type { DocPath } from './docEdit';
import type { IssuePath } from '../issue';
import { ECI_ANNOTATION_PATHS } from './readAnswers';
import { type ExternalTrafficPolicy, PREFERRED_KEY, type ScheduleStrategy, type ServiceType } from './types';

/** The wizard's steps, in order. */
export type StepId = 'cluster' | 'replicas' | 'spread' | 'service' | 'export';

export const STEPS: readonly { readonly id: StepId; readonly label: string }[] = [
  { id: 'cluster', label: 'Cluster' },
  { id: 'replicas', label: 'Replicas' },
  { id: 'spread', label: 'Spread' },
  { id: 'service', label: 'Service & resources' },
  { id: 'export', label: 'Export' },
];

export interface FieldInfo {
  /** The control's accessible name. */
  readonly label: string;
  readonly step: StepId;
  /** For a newcomer: what the field does and what the choice costs. */
  readonly help: string;
  /** ASM's documented default, or an honest "not documented". */
  readonly defaultNote?: string;
}

const NOT_DOCUMENTED = 'ASM’s default is not documented.';

/** What each wizard field is, for labels and the help beside it. Sources: the seed and reference/domain.md. */
export const FIELDS: Readonly<Record<FieldKey, FieldInfo>> = {
  name: {
    label: 'Gateway name',
    step: 'cluster',
    help:
      'ASM creates a Deployment and a Service named istio-<name>, and the pods carry the label app=istio-<name>, ' +
      'which the anti-affinity rule selects. Lowercase letters, digits and “-”.',
  },
  namespace: {
    label: 'Namespace',
    step: 'cluster',
    help: 'ASM gateways must live in istio-system (Istio 1.6 and later); in any other namespace the gateway fails to start.',
    defaultNote: 'Default: istio-system.',
  },
  clusterIds: {
    label: 'Cluster IDs',
    step: 'cluster',
    help:
      'The ACK clusters of this mesh that run the gateway, comma- or line-separated. ' +
      'Copy them from the ACK console; the example ID ends in **** and must be replaced.',
  },
  clusterType: {
    label: 'Cluster type',
    step: 'cluster',
    help:
      'ACK runs gateway pods on your nodes and spreads them with pod anti-affinity. ' +
      'ACK Serverless runs them as ECI pods, which do not support anti-affinity: vSwitches in several zones spread them instead.',
  },
  minReplicas: {
    label: 'Minimum replicas',
    step: 'replicas',
    help:
      'The fewest gateway pods the autoscaler keeps. One pod is a single point of failure, so keep at least 2; ' +
      'each pod reserves its CPU and memory requests.',
    defaultNote: NOT_DOCUMENTED,
  },
  maxReplicas: {
    label: 'Maximum replicas',
    step: 'replicas',
    help:
      'The most pods the autoscaler may run under load. With a Required spread rule, pods beyond the number of nodes ' +
      '(or zones) cannot be placed and stay Pending.',
    defaultNote: NOT_DOCUMENTED,
  },
  replicaCount: {
    label: 'Replica count',
    step: 'replicas',
    help:
      'The pod count ASM writes into the gateway Deployment. The ASM example sets 1 beside minimum replicas 2; ' +
      'which of the two wins is not documented, so keep it at least the minimum.',
    defaultNote: 'Default: 1.',
  },
  cpuTarget: {
    label: 'Target CPU utilization (%)',
    step: 'replicas',
    help:
      'The average CPU use, as a percentage of the CPU request, at which the autoscaler adds pods. ' +
      'Lower scales out earlier (more pods, more cost); close to 100 leaves no headroom while new pods start.',
    defaultNote: NOT_DOCUMENTED,
  },
  spreadLevel: {
    label: 'Spread level',
    step: 'spread',
    help:
      'Node (kubernetes.io/hostname) keeps gateway pods on different nodes: the gateway survives losing a node. ' +
      'Zone (topology.kubernetes.io/zone) keeps them in different zones: it survives a zone outage, but needs nodes in several zones.',
  },
  rule: {
    label: 'Rule',
    step: 'spread',
    help:
      'Preferred: the scheduler tries to spread the pods and still runs them together when it cannot, so no pod waits, ' +
      'but the spread is not guaranteed. Required: pods never share a node (or zone); pods beyond the number of nodes ' +
      '(or zones) stay Pending, and a rolling update can stall.',
  },
  weight: {
    label: 'Weight',
    step: 'spread',
    help: '1–100: how much this preference counts against the scheduler’s other scores. The ASM example uses 100, the strongest.',
  },
  vSwitchIds: {
    label: 'vSwitch IDs',
    step: 'spread',
    help:
      'Each vSwitch belongs to one zone. List vSwitches of the same VPC in different zones (at most 10) so ECI can ' +
      'create gateway pods in more than one zone.',
  },
  scheduleStrategy: {
    label: 'Schedule strategy',
    step: 'spread',
    help:
      'VSwitchRandom (the default): ECI picks the zone by inventory, so an even spread is likely but not promised. ' +
      'VSwitchOrdered: ECI uses the first vSwitch’s zone while it has stock, then the next — a fallback order, not a spread.',
    defaultNote: 'Default: VSwitchRandom.',
  },
  ports: {
    label: 'Ports',
    step: 'service',
    help:
      'The ports of the gateway Service: clients connect to the port, the gateway pod listens on the target port. ' +
      'Names are lowercase and unique.',
  },
  serviceType: {
    label: 'Service type',
    step: 'service',
    help: 'How the gateway is reached. LoadBalancer creates an Alibaba Cloud load balancer in front of the gateway pods.',
    defaultNote: 'Default: LoadBalancer.',
  },
  externalTrafficPolicy: {
    label: 'External traffic policy',
    step: 'service',
    help:
      'Cluster: any node forwards traffic to any gateway pod. Local keeps the client’s source IP, but only nodes that run ' +
      'a gateway pod receive traffic (the load balancer’s health check takes the others out), so spreading the pods matters more.',
    defaultNote: 'Default: Cluster.',
  },
  requestsCpu: {
    label: 'CPU request',
    step: 'service',
    help: 'CPU reserved for each gateway pod when it is scheduled; the CPU target is a percentage of it. Example: 200m.',
  },
  requestsMemory: {
    label: 'Memory request',
    step: 'service',
    help: 'Memory reserved for each gateway pod when it is scheduled. Example: 256Mi.',
  },
  limitsCpu: {
    label: 'CPU limit',
    step: 'service',
    help: 'The most CPU a gateway pod may use; above it the pod is throttled. Example: 2.',
  },
  limitsMemory: {
    label: 'Memory limit',
    step: 'service',
    help: 'The most memory a gateway pod may use; above it the container is killed and restarted. Example: 2G.',
  },
  sdsEnabled: {
    label: 'Enable SDS',
    step: 'service',
    help: 'Secret discovery (SDS) delivers TLS certificates to the gateway. Its container’s resources add to every pod.',
  },
  sdsRequestsCpu: { label: 'SDS CPU request', step: 'service', help: 'CPU reserved for the SDS container. Example: 100m.' },
  sdsRequestsMemory: { label: 'SDS memory request', step: 'service', help: 'Memory reserved for the SDS container. Example: 128Mi.' },
  sdsLimitsCpu: { label: 'SDS CPU limit', step: 'service', help: 'The most CPU the SDS container may use. Example: 2000m.' },
  sdsLimitsMemory: { label: 'SDS memory limit', step: 'service', help: 'The most memory the SDS container may use. Example: 1024Mi.' },
  rollingMaxSurge: {
    label: 'Max surge',
    step: 'service',
    help:
      'How many extra pods a rolling update may start above the desired count: a number, or a percentage rounded up. ' +
      'With a Required rule and every node taken, surge pods cannot be placed.',
    defaultNote: NOT_DOCUMENTED,
  },
  rollingMaxUnavailable: {
    label: 'Max unavailable',
    step: 'service',
    help:
      'How many pods may be down during a rolling update: a number, or a percentage rounded down. ' +
      'If both this and max surge come to 0, Kubernetes takes 1.',
    defaultNote: NOT_DOCUMENTED,
  },
};

/**
 * The document path each field owns in this document (the anti-affinity paths depend on whether
 * the rule is Required or Preferred). Findings whose path lies within a field's path show beside it.
 */
export function fieldPaths(doc: Document): Readonly<Record<FieldKey, DocPath>> {
  const term = findOwnedTerm(doc);
  const preferredItem: DocPath = [...ANTI_AFFINITY_PATH, PREFERRED_KEY, 0];
  return {
    name: ['metadata', 'name'],
    namespace: ['metadata', 'namespace'],
    clusterIds: ['spec', 'clusterIds'],
    clusterType: [],
    minReplicas: ['spec', 'minReplicas'],
    maxReplicas: ['spec', 'maxReplicas'],
    replicaCount: ['spec', 'replicaCount'],
    cpuTarget: ['spec', 'cpu', 'targetAverageUtilization'],
    spreadLevel: term ? [...term.termPath, 'topologyKey'] : [...preferredItem, 'podAffinityTerm', 'topologyKey'],
    rule: ANTI_AFFINITY_PATH,
    weight: term?.weightPath ?? [...preferredItem, 'weight'],
    vSwitchIds: ECI_ANNOTATION_PATHS.vSwitches,
    scheduleStrategy: ECI_ANNOTATION_PATHS.strategy,
    ports: ['spec', 'ports'],
    serviceType: ['spec', 'serviceType'],
    externalTrafficPolicy: ['spec', 'externalTrafficPolicy'],
    requestsCpu: ['spec', 'resources', 'requests', 'cpu'],
    requestsMemory: ['spec', 'resources', 'requests', 'memory'],
    limitsCpu: ['spec', 'resources', 'limits', 'cpu'],
    limitsMemory: ['spec', 'resources', 'limits', 'memory'],
    sdsEnabled: ['spec', 'sds', 'enabled'],
    sdsRequestsCpu: ['spec', 'sds', 'resources', 'requests', 'cpu'],
    sdsRequestsMemory: ['spec', 'sds', 'resources', 'requests', 'memory'],
    sdsLimitsCpu: ['spec', 'sds', 'resources', 'limits', 'cpu'],
    sdsLimitsMemory: ['spec', 'sds', 'resources', 'limits', 'memory'],
    rollingMaxSurge: ['spec', 'rollingMaxSurge'],
    rollingMaxUnavailable: ['spec', 'rollingMaxUnavailable'],
  };
}

/**
 * The field a problem at `path` belongs to: the one whose path is the longest prefix of it, so each
 * problem shows beside exactly one field. Undefined when no field owns it (it shows only in the
 * findings list and the editor).
 */
export function fieldForPath(path: IssuePath, paths: Readonly<Record<FieldKey, DocPath>>): FieldKey | undefined {
  let best: FieldKey | undefined;
  let bestLength = 0;
  for (const [field, owned] of Object.entries(paths) as [FieldKey, DocPath][]) {
    if (owned.length > bestLength && owned.length <= path.length && owned.every((segment, i) => path[i] === segment)) {
      best = field;
      bestLength = owned.length;
    }
  }
  return best;
}

export interface ChoiceOption<V extends string> {
  readonly value: V;
  /** The option's accessible name. */
  readonly label: string;
  /** What choosing it costs or buys. */
  readonly hint: string;
}

/** The options of the wizard's choice fields, each with what it means. */
export const CHOICES = {
  clusterType: [
    { value: 'ACK', label: 'ACK', hint: 'Gateway pods run on your ECS nodes; pod anti-affinity spreads them.' },
    {
      value: 'ACKServerless',
      label: 'ACK Serverless',
      hint: 'Gateway pods run as ECI pods with no nodes to manage; vSwitches in several zones spread them.',
    },
  ],
  spreadLevel: [
    { value: 'node', label: 'Node', hint: 'Survives losing a node. Needs at least as many nodes as replicas.' },
    { value: 'zone', label: 'Zone', hint: 'Survives losing a zone. Needs nodes in at least as many zones as replicas.' },
  ],
  rule: [
    { value: 'preferred', label: 'Preferred', hint: 'Pods share a node or zone only when they must; no pod waits.' },
    { value: 'required', label: 'Required', hint: 'Pods never share; pods that cannot be placed stay Pending.' },
  ],
  scheduleStrategy: [
    { value: 'VSwitchRandom', label: 'VSwitchRandom', hint: 'ECI chooses a zone by inventory: likely spread, not promised.' },
    { value: 'VSwitchOrdered', label: 'VSwitchOrdered', hint: 'First vSwitch’s zone while it has stock: a fallback order, not a spread.' },
  ],
  serviceType: [
    { value: 'LoadBalancer', label: 'LoadBalancer', hint: 'An Alibaba Cloud load balancer in front of the gateway.' },
    { value: 'NodePort', label: 'NodePort', hint: 'A port on every node; bring your own load balancer.' },
    { value: 'ClusterIP', label: 'ClusterIP', hint: 'Reachable only inside the cluster.' },
  ],
  externalTrafficPolicy: [
    { value: 'Cluster', label: 'Cluster', hint: 'Any node forwards to any gateway pod; the client IP is not kept.' },
    { value: 'Local', label: 'Local', hint: 'Keeps the client IP; only nodes with a gateway pod receive traffic.' },
  ],
} as const satisfies {
  readonly clusterType: readonly ChoiceOption<ClusterType>[];
  readonly spreadLevel: readonly ChoiceOption<SpreadLevel>[];
  readonly rule: readonly ChoiceOption<RuleStrength>[];
  readonly scheduleStrategy: readonly ChoiceOption<ScheduleStrategy>[];
  readonly serviceType: readonly ChoiceOption<ServiceType>[];
  readonly externalTrafficPolicy: readonly ChoiceOption<ExternalTrafficPolicy>[];
};

export type ChoiceField = keyof typeof CHOICES;
