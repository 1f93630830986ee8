// The options of the wizard's choice fields, with what each one means (the form's radio groups and selects).
import type { ClusterType, ReplicaOwner, RuleStrength, SpreadLevel } from './answers';
import { ASM_VERSION_BOUNDARIES } from './asmVersion';
import type { ApiVersion, ExternalTrafficPolicy, ScheduleStrategy, ServiceType } from './types';

export interface ChoiceOption<V extends string> {
  readonly value: V;
  /** The option's accessible name. */
  readonly label: string;
  /** What choosing it costs or buys. */
  readonly hint: string;
}

/** The options of the wizard's choice fields, each with what it means. */
export const CHOICES = {
  apiVersion: [
    {
      value: 'istio.alibabacloud.com/v1beta1',
      label: 'istio.alibabacloud.com/v1beta1',
      hint: 'The ASM examples’ version; served by every ASM version documented.',
    },
    {
      value: 'istio.alibabacloud.com/v1',
      label: 'istio.alibabacloud.com/v1',
      hint: 'Newer ASM pages write it; the first ASM version to serve it is not documented.',
    },
  ],
  clusterType: [
    { value: 'ACK', label: 'ACK', hint: 'Gateway pods run on your ECS nodes; pod anti-affinity spreads them.' },
    {
      value: 'ACKServerless',
      label: 'ACK Serverless',
      hint: 'Gateway pods run as ECI pods with no nodes to manage; vSwitches in several zones spread them.',
    },
    {
      value: 'ASMServerless',
      label: 'ASM Serverless gateway',
      hint: `ASM runs the gateway on infrastructure it manages (ASM ${ASM_VERSION_BOUNDARIES.serverlessGateway} and later); no cluster of yours runs its pods.`,
    },
  ],
  replicaOwner: [
    { value: 'asm', label: 'ASM (minimum/maximum replicas)', hint: 'ASM sets the replica count from the fields below and re-syncs it.' },
    {
      value: 'own',
      label: 'my own autoscaler',
      hint: `ASM ${ASM_VERSION_BOUNDARIES.replicasManagedByAsm}+ stops syncing the replica count; your HPA, CronHPA or kubectl scale sets it.`,
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
  readonly apiVersion: readonly ChoiceOption<ApiVersion>[];
  readonly clusterType: readonly ChoiceOption<ClusterType>[];
  readonly replicaOwner: readonly ChoiceOption<ReplicaOwner>[];
  readonly spreadLevel: readonly ChoiceOption<SpreadLevel>[];
  readonly rule: readonly ChoiceOption<RuleStrength>[];
  readonly scheduleStrategy: readonly ChoiceOption<ScheduleStrategy>[];
  readonly serviceType: readonly ChoiceOption<ServiceType>[];
  readonly externalTrafficPolicy: readonly ChoiceOption<ExternalTrafficPolicy>[];
};

export type ChoiceField = keyof typeof CHOICES;
