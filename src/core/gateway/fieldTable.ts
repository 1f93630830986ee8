// The one table of the fields that are a plain value at a fixed place in the document: reading, the default write,
// the field paths and the field-name unions derive from it. Parser-free (the first screen loads it).
import type { StepId } from './steps';
import { API_VERSIONS, type ExternalTrafficPolicy, type ServiceType } from './types';

/**
 * How a scalar field is read and written:
 * - `integer`: a whole number;
 * - `quantity`: a Kubernetes int-or-string quantity (`cpu: 2` and `cpu: '2'` both read as "2"), written in the form it had;
 * - `intOrPercent`: a `*string` in the CRD (`"100%"`, `"1"`), always written as a double-quoted string;
 * - `text`: a string;
 * - `choice`: one of `choices`;
 * - `boolean`: true or false.
 */
export type ScalarKind = 'integer' | 'quantity' | 'intOrPercent' | 'text' | 'choice' | 'boolean';

/** The form's groups of text boxes: the gateway's name, the replica counts, the container's and SDS's resources, the rolling update. */
export type FormGroup = 'gateway' | 'replicas' | 'resources' | 'sds' | 'rolling';

/** The values Kubernetes accepts for a whole-number field (inclusive); anything else is an error, next to the field. */
export interface FieldLimits {
  readonly min: number;
  readonly max?: number;
}

/**
 * What every field of the wizard has: its control's accessible name and its step. Its help (what it does, what the
 * choice costs, its source, ASM's default) is under the same key in `FIELD_TEXTS` (fields.ts).
 */
export interface FieldRow {
  /** The control's accessible name. */
  readonly label: string;
  readonly step: StepId;
  readonly limits?: FieldLimits;
}

/** One scalar row: also where the field lives in the IstioGateway and how its value is read and written. */
export interface ScalarFieldRow extends FieldRow {
  readonly path: readonly string[];
  readonly kind: ScalarKind;
  /** For `choice`: the values the wizard offers (anything else reads as unset). */
  readonly choices?: readonly string[];
  /** The group of text boxes the form shows the field in, in table order (a field without one has a control of its own). */
  readonly group?: FormGroup;
}

const SERVICE_TYPES: readonly ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer'];
const TRAFFIC_POLICIES: readonly ExternalTrafficPolicy[] = ['Cluster', 'Local'];

// Limits, each the Kubernetes API's: the HorizontalPodAutoscaler refuses minReplicas and maxReplicas below 1 and a
// Deployment with no replica runs no gateway pod (domain.md §4.3); the autoscaler's averageUtilization must be greater
// than 0; a WeightedPodAffinityTerm's weight is 1–100 (ValidatePreferredSchedulingTerms).
const REPLICAS_LIMITS = { min: 1 } as const satisfies FieldLimits;
const CPU_TARGET_LIMITS = { min: 1 } as const satisfies FieldLimits;
const WEIGHT_LIMITS = { min: 1, max: 100 } as const satisfies FieldLimits;

/** The scalar fields. Adding one: a row here, its texts in `fields.ts` (FIELD_TEXTS), its tests. */
export const SCALAR_FIELDS = {
  apiVersion: { label: 'API version', step: 'cluster', path: ['apiVersion'], kind: 'choice', choices: API_VERSIONS },
  name: { label: 'Gateway name', step: 'cluster', path: ['metadata', 'name'], kind: 'text', group: 'gateway' },
  namespace: { label: 'Namespace', step: 'cluster', path: ['metadata', 'namespace'], kind: 'text', group: 'gateway' },
  minReplicas: { label: 'Minimum replicas', step: 'replicas', path: ['spec', 'minReplicas'], kind: 'integer', group: 'replicas', limits: REPLICAS_LIMITS },
  maxReplicas: { label: 'Maximum replicas', step: 'replicas', path: ['spec', 'maxReplicas'], kind: 'integer', group: 'replicas', limits: REPLICAS_LIMITS },
  replicaCount: { label: 'Replica count', step: 'replicas', path: ['spec', 'replicaCount'], kind: 'integer', group: 'replicas', limits: REPLICAS_LIMITS },
  cpuTarget: {
    label: 'Target CPU utilization (%)',
    step: 'replicas',
    path: ['spec', 'cpu', 'targetAverageUtilization'],
    kind: 'integer',
    group: 'replicas',
    limits: CPU_TARGET_LIMITS,
  },
  serviceType: { label: 'Service type', step: 'service', path: ['spec', 'serviceType'], kind: 'choice', choices: SERVICE_TYPES },
  externalTrafficPolicy: {
    label: 'External traffic policy',
    step: 'service',
    path: ['spec', 'externalTrafficPolicy'],
    kind: 'choice',
    choices: TRAFFIC_POLICIES,
  },
  requestsCpu: { label: 'CPU request', step: 'service', path: ['spec', 'resources', 'requests', 'cpu'], kind: 'quantity', group: 'resources' },
  requestsMemory: { label: 'Memory request', step: 'service', path: ['spec', 'resources', 'requests', 'memory'], kind: 'quantity', group: 'resources' },
  limitsCpu: { label: 'CPU limit', step: 'service', path: ['spec', 'resources', 'limits', 'cpu'], kind: 'quantity', group: 'resources' },
  limitsMemory: { label: 'Memory limit', step: 'service', path: ['spec', 'resources', 'limits', 'memory'], kind: 'quantity', group: 'resources' },
  sdsEnabled: { label: 'Enable SDS', step: 'service', path: ['spec', 'sds', 'enabled'], kind: 'boolean' },
  sdsRequestsCpu: { label: 'SDS CPU request', step: 'service', path: ['spec', 'sds', 'resources', 'requests', 'cpu'], kind: 'quantity', group: 'sds' },
  sdsRequestsMemory: { label: 'SDS memory request', step: 'service', path: ['spec', 'sds', 'resources', 'requests', 'memory'], kind: 'quantity', group: 'sds' },
  sdsLimitsCpu: { label: 'SDS CPU limit', step: 'service', path: ['spec', 'sds', 'resources', 'limits', 'cpu'], kind: 'quantity', group: 'sds' },
  sdsLimitsMemory: { label: 'SDS memory limit', step: 'service', path: ['spec', 'sds', 'resources', 'limits', 'memory'], kind: 'quantity', group: 'sds' },
  rollingMaxSurge: { label: 'Max surge', step: 'service', path: ['spec', 'rollingMaxSurge'], kind: 'intOrPercent', group: 'rolling' },
  rollingMaxUnavailable: { label: 'Max unavailable', step: 'service', path: ['spec', 'rollingMaxUnavailable'], kind: 'intOrPercent', group: 'rolling' },
} as const satisfies Record<string, ScalarFieldRow>;

export type ScalarField = keyof typeof SCALAR_FIELDS;

/**
 * The fields with a shape of their own (a list, an anti-affinity term, ECI annotations, ports): read and written by
 * code of their own (readAnswers.ts, applyAnswer.ts), named and placed here like the others.
 */
export const SHAPED_FIELDS = {
  clusterIds: { label: 'Cluster IDs', step: 'cluster' },
  clusterType: { label: 'Cluster type', step: 'cluster' },
  replicaOwner: { label: 'Replica count managed by', step: 'replicas' },
  spreadLevel: { label: 'Spread level', step: 'spread' },
  rule: { label: 'Rule', step: 'spread' },
  weight: { label: 'Weight', step: 'spread', limits: WEIGHT_LIMITS },
  vSwitchIds: { label: 'vSwitch IDs', step: 'spread' },
  scheduleStrategy: { label: 'Schedule strategy', step: 'spread' },
  ports: { label: 'Ports', step: 'service' },
} as const satisfies Record<string, FieldRow>;

/** The value a row's kind reads (a choice row reads one of its choices). */
type ValueOfRow<R> = R extends { readonly kind: 'integer' }
  ? number
  : R extends { readonly kind: 'quantity' | 'intOrPercent' | 'text' }
    ? string
    : R extends { readonly kind: 'boolean' }
      ? boolean
      : R extends { readonly choices: readonly (infer C)[] }
        ? C
        : never;

/** What the wizard shows for the table's fields: `undefined` when the document does not set one (or sets the wrong type). */
export type ScalarAnswers = { readonly [F in ScalarField]: ValueOfRow<(typeof SCALAR_FIELDS)[F]> | undefined };

type FieldsOfKind<K extends ScalarKind> = {
  [F in ScalarField]: (typeof SCALAR_FIELDS)[F]['kind'] extends K ? F : never;
}[ScalarField];

/** Kubernetes quantities (CPU, memory) the wizard edits. */
export type QuantityField = FieldsOfKind<'quantity'>;
/** `*string` int-or-percent fields (the rolling update's surge and unavailability). */
export type IntOrPercentField = FieldsOfKind<'intOrPercent'>;
/** Whole-number fields. */
export type IntegerField = FieldsOfKind<'integer'>;
/** Scalar fields edited as free text (the ones in a group of text boxes). */
export type TextBoxField = {
  [F in ScalarField]: (typeof SCALAR_FIELDS)[F] extends { readonly group: FormGroup } ? F : never;
}[ScalarField];

/** The table's fields of one kind, in table order. */
export function fieldsOfKind<K extends ScalarKind>(kind: K): FieldsOfKind<K>[] {
  return (Object.keys(SCALAR_FIELDS) as ScalarField[]).filter((field): field is FieldsOfKind<K> => SCALAR_FIELDS[field].kind === kind);
}

/** The text boxes of one group of the form, in table order. */
export function fieldsInGroup(group: FormGroup): TextBoxField[] {
  return (Object.keys(SCALAR_FIELDS) as ScalarField[]).filter((field): field is TextBoxField => (SCALAR_FIELDS[field] as ScalarFieldRow).group === group);
}
