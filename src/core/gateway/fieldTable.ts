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

/** One row: where the field lives in the IstioGateway and how its value is read and written. */
export interface ScalarFieldRow {
  readonly path: readonly string[];
  readonly kind: ScalarKind;
  /** For `choice`: the values the wizard offers (anything else reads as unset). */
  readonly choices?: readonly string[];
  /** Edited as free text in the form (a text box rather than a choice or a switch). */
  readonly textBox?: boolean;
}

const SERVICE_TYPES: readonly ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer'];
const TRAFFIC_POLICIES: readonly ExternalTrafficPolicy[] = ['Cluster', 'Local'];

/** The scalar fields. Adding one: a row here, its texts in `fields.ts` (FIELDS), its tests. */
export const SCALAR_FIELDS = {
  apiVersion: { path: ['apiVersion'], kind: 'choice', choices: API_VERSIONS },
  name: { path: ['metadata', 'name'], kind: 'text', textBox: true },
  namespace: { path: ['metadata', 'namespace'], kind: 'text', textBox: true },
  minReplicas: { path: ['spec', 'minReplicas'], kind: 'integer', textBox: true },
  maxReplicas: { path: ['spec', 'maxReplicas'], kind: 'integer', textBox: true },
  replicaCount: { path: ['spec', 'replicaCount'], kind: 'integer', textBox: true },
  cpuTarget: { path: ['spec', 'cpu', 'targetAverageUtilization'], kind: 'integer', textBox: true },
  serviceType: { path: ['spec', 'serviceType'], kind: 'choice', choices: SERVICE_TYPES },
  externalTrafficPolicy: { path: ['spec', 'externalTrafficPolicy'], kind: 'choice', choices: TRAFFIC_POLICIES },
  requestsCpu: { path: ['spec', 'resources', 'requests', 'cpu'], kind: 'quantity', textBox: true },
  requestsMemory: { path: ['spec', 'resources', 'requests', 'memory'], kind: 'quantity', textBox: true },
  limitsCpu: { path: ['spec', 'resources', 'limits', 'cpu'], kind: 'quantity', textBox: true },
  limitsMemory: { path: ['spec', 'resources', 'limits', 'memory'], kind: 'quantity', textBox: true },
  sdsEnabled: { path: ['spec', 'sds', 'enabled'], kind: 'boolean' },
  sdsRequestsCpu: { path: ['spec', 'sds', 'resources', 'requests', 'cpu'], kind: 'quantity', textBox: true },
  sdsRequestsMemory: { path: ['spec', 'sds', 'resources', 'requests', 'memory'], kind: 'quantity', textBox: true },
  sdsLimitsCpu: { path: ['spec', 'sds', 'resources', 'limits', 'cpu'], kind: 'quantity', textBox: true },
  sdsLimitsMemory: { path: ['spec', 'sds', 'resources', 'limits', 'memory'], kind: 'quantity', textBox: true },
  rollingMaxSurge: { path: ['spec', 'rollingMaxSurge'], kind: 'intOrPercent', textBox: true },
  rollingMaxUnavailable: { path: ['spec', 'rollingMaxUnavailable'], kind: 'intOrPercent', textBox: true },
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
/** Scalar fields edited as free text. */
export type TextBoxField = {
  [F in ScalarField]: (typeof SCALAR_FIELDS)[F] extends { readonly textBox: true } ? F : never;
}[ScalarField];

/** The table's fields of one kind, in table order. */
export function fieldsOfKind<K extends ScalarKind>(kind: K): FieldsOfKind<K>[] {
  return (Object.keys(SCALAR_FIELDS) as ScalarField[]).filter((field): field is FieldsOfKind<K> => SCALAR_FIELDS[field].kind === kind);
}

/** The document path of a scalar field. */
export function scalarPath(field: ScalarField): readonly string[] {
  return SCALAR_FIELDS[field].path;
}
