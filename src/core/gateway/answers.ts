import type { ScalarAnswers } from './fieldTable';
import type { ScheduleStrategy } from './types';

/**
 * ACK runs gateway pods on ECS nodes; ACK Serverless runs them as ECI pods with no nodes of your own. An ASM Serverless
 * gateway (`asm.alibabacloud.com/managed-by-asm: 'true'`, no clusterIds) runs on infrastructure ASM manages: no cluster
 * of the user's runs its pods (asm-beyond-the-seed.md §3.6).
 */
export type ClusterType = 'ACK' | 'ACKServerless' | 'ASMServerless';
/**
 * Who sets the Deployment's replica count: ASM (from minReplicas/maxReplicas and replicaCount), or the user's own
 * autoscaler (HPA, CronHPA, kubectl scale) once `asm.alibabacloud.com/replicas-managed-by-asm` is "false" (ASM ≥ 1.19).
 */
export type ReplicaOwner = 'asm' | 'own';
/** The failure domain to spread over: one node (`kubernetes.io/hostname`) or one zone (`topology.kubernetes.io/zone`). */
export type SpreadLevel = 'node' | 'zone';
/** Preferred anti-affinity is a score (pods may share a domain); Required is a filter (pods stay Pending instead). */
export type RuleStrength = 'preferred' | 'required';

/**
 * A service port as the wizard edits it. `origin` is the index of the `spec.ports` item it was read
 * from, so fields the wizard does not model (protocol, nodePort …) stay with their port.
 */
export interface PortAnswer {
  readonly name: string;
  readonly port: number;
  /** Absent (`undefined`) or 0: Kubernetes uses the port itself (Service API, `targetPort` defaulting). */
  readonly targetPort: number | string | undefined;
  /** The port's protocol as the document has it (the wizard shows it, and does not change it). */
  readonly protocol?: string;
  readonly origin?: number;
}

/**
 * What the wizard shows, read from the document by `readAnswers`. `undefined` means the document
 * does not set the field (or sets it to something of the wrong type). The plain scalar fields come
 * from the field table (fieldTable.ts); the rest have a shape of their own.
 */
export interface Answers extends ScalarAnswers {
  readonly clusterIds: readonly string[];
  readonly clusterType: ClusterType;
  readonly replicaOwner: ReplicaOwner;
  /** `undefined` when there is no anti-affinity term, or its topologyKey is neither node nor zone. */
  readonly spreadLevel: SpreadLevel | undefined;
  /** `undefined` when there is no anti-affinity term. */
  readonly rule: RuleStrength | undefined;
  readonly weight: number | undefined;
  readonly vSwitchIds: readonly string[];
  readonly scheduleStrategy: ScheduleStrategy | undefined;
  readonly ports: readonly PortAnswer[];
}

export type FieldKey = keyof Answers;

/** The value a change writes for each field (never `undefined`: the wizard writes real values). */
export type AnswerValue<K extends FieldKey> = Exclude<Answers[K], undefined>;

/** The anti-affinity settings written when switching to ACK. */
export interface SpreadSettings {
  readonly level: SpreadLevel;
  readonly rule: RuleStrength;
  readonly weight: number;
}

/** The ECI settings written when switching to ACK Serverless. */
export interface EciSettings {
  readonly vSwitchIds: readonly string[];
  readonly strategy: ScheduleStrategy;
}

type SpecialField = 'clusterType' | 'rule';

type PlainChange = {
  [K in Exclude<FieldKey, SpecialField>]: { readonly field: K; readonly value: AnswerValue<K> };
}[Exclude<FieldKey, SpecialField>];

/** Switching cluster type carries what to write for the other mechanism (and the cluster IDs an ASM Serverless gateway drops). */
export interface ClusterTypeChange {
  readonly field: 'clusterType';
  readonly value: ClusterType;
  readonly spread?: SpreadSettings;
  readonly eci?: EciSettings;
  readonly clusterIds?: readonly string[];
}

/** Switching Required → Preferred needs a weight, which the Required form does not have. */
export interface RuleChange {
  readonly field: 'rule';
  readonly value: RuleStrength;
  readonly weight?: number;
}

/**
 * Changes that only findings offer, as fixes: point the anti-affinity selector at this gateway's
 * pods, remove anti-affinity (ACK Serverless), remove the ECI annotations (ACK).
 */
export type FixChange = { readonly field: 'gatewaySelector' } | { readonly field: 'removeAntiAffinity' } | { readonly field: 'removeEciAnnotations' };

/** An edit of one wizard field (what the form and the presets make). */
export type FieldChange = PlainChange | ClusterTypeChange | RuleChange;

/** One change to the document, applied by `applyAnswer`: a field edit, or a change only a fix makes. */
export type AnswerChange = FieldChange | FixChange;

/** The seed's node spread: preferred, weight 100 (HA-doc). */
export const DEFAULT_SPREAD: SpreadSettings = { level: 'node', rule: 'preferred', weight: 100 };

/**
 * The seed's ECI example: two masked example vSwitch IDs (placeholders the user must replace) and
 * `VSwitchRandom`.
 */
export const DEFAULT_ECI: EciSettings = {
  vSwitchIds: ['vsw-bp1b07j0miob3khtn****', 'vsw-bp12b85hh323se8ft****'],
  strategy: 'VSwitchRandom',
};
