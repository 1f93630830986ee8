// The one table of the fields that are a plain value at a fixed place in the document: reading, the default write,
// the field paths and the field-name unions derive from it. Parser-free (the first screen loads it).
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

/** One row: where the field lives in the IstioGateway and how its value is read and written. */
export interface ScalarFieldRow {
  readonly path: readonly string[];
  readonly kind: ScalarKind;
  /** For `choice`: the values the wizard offers (anything else reads as unset). */
  readonly choices?: readonly string[];
  /** The group of text boxes the form shows the field in, in table order (a field without one has a control of its own). */
  readonly group?: FormGroup;
}

const SERVICE_TYPES: readonly ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer'];
const TRAFFIC_POLICIES: readonly ExternalTrafficPolicy[] = ['Cluster', 'Local'];

/** The scalar fields. Adding one: a row here, its texts in `fields.ts` (FIELDS), its tests. */
export const SCALAR_FIELDS = {
  apiVersion: { path: ['apiVersion'], kind: 'choice', choices: API_VERSIONS },
  name: { path: ['metadata', 'name'], kind: 'text', group: 'gateway' },
  namespace: { path: ['metadata', 'namespace'], kind: 'text', group: 'gateway' },
  minReplicas: { path: ['spec', 'minReplicas'], kind: 'integer', group: 'replicas' },
  maxReplicas: { path: ['spec', 'maxReplicas'], kind: 'integer', group: 'replicas' },
  replicaCount: { path: ['spec', 'replicaCount'], kind: 'integer', group: 'replicas' },
  cpuTarget: { path: ['spec', 'cpu', 'targetAverageUtilization'], kind: 'integer', group: 'replicas' },
  serviceType: { path: ['spec', 'serviceType'], kind: 'choice', choices: SERVICE_TYPES },
  externalTrafficPolicy: { path: ['spec', 'externalTrafficPolicy'], kind: 'choice', choices: TRAFFIC_POLICIES },
  requestsCpu: { path: ['spec', 'resources', 'requests', 'cpu'], kind: 'quantity', group: 'resources' },
  requestsMemory: { path: ['spec', 'resources', 'requests', 'memory'], kind: 'quantity', group: 'resources' },
  limitsCpu: { path: ['spec', 'resources', 'limits', 'cpu'], kind: 'quantity', group: 'resources' },
  limitsMemory: { path: ['spec', 'resources', 'limits', 'memory'], kind: 'quantity', group: 'resources' },
  sdsEnabled: { path: ['spec', 'sds', 'enabled'], kind: 'boolean' },
  sdsRequestsCpu: { path: ['spec', 'sds', 'resources', 'requests', 'cpu'], kind: 'quantity', group: 'sds' },
  sdsRequestsMemory: { path: ['spec', 'sds', 'resources', 'requests', 'memory'], kind: 'quantity', group: 'sds' },
  sdsLimitsCpu: { path: ['spec', 'sds', 'resources', 'limits', 'cpu'], kind: 'quantity', group: 'sds' },
  sdsLimitsMemory: { path: ['spec', 'sds', 'resources', 'limits', 'memory'], kind: 'quantity', group: 'sds' },
  rollingMaxSurge: { path: ['spec', 'rollingMaxSurge'], kind: 'intOrPercent', group: 'rolling' },
  rollingMaxUnavailable: { path: ['spec', 'rollingMaxUnavailable'], kind: 'intOrPercent', group: 'rolling' },
} as const satisfies Record<string, ScalarFieldRow>;

export type ScalarField = keyof typeof SCALAR_FIELDS;

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
