import { type Document, isMap, isScalar, isSeq } from 'yaml';
import type { Answers, ClusterType, PortAnswer, ReplicaOwner } from './answers';
import { findOwnedTerm, spreadLevelOf } from './antiAffinity';
import { type DocPath, nodeAt, stringItems, valueAt } from './docEdit';
import { SCALAR_FIELDS, type ScalarAnswers, type ScalarField, type ScalarFieldRow } from './fieldTable';
import {
  ECI_STRATEGY_ANNOTATION,
  ECI_VSWITCH_ANNOTATION,
  MANAGED_BY_ASM_ANNOTATION,
  REPLICAS_MANAGED_ANNOTATION,
  SCHEDULE_STRATEGIES,
  type ScheduleStrategy,
} from './types';

export const ECI_ANNOTATION_PATHS = {
  vSwitches: ['spec', 'podAnnotations', ECI_VSWITCH_ANNOTATION],
  strategy: ['spec', 'podAnnotations', ECI_STRATEGY_ANNOTATION],
} as const satisfies Record<string, DocPath>;

/** The annotations of the IstioGateway object itself that the wizard reads and writes. */
export const GATEWAY_ANNOTATION_PATHS = {
  replicasManagedByAsm: ['metadata', 'annotations', REPLICAS_MANAGED_ANNOTATION],
  managedByAsm: ['metadata', 'annotations', MANAGED_BY_ASM_ANNOTATION],
} as const satisfies Record<string, DocPath>;

/**
 * An annotation's value as the author meant it: `"false"` and an unquoted `false` (which YAML reads as a boolean, and
 * Kubernetes refuses as an annotation: the findings say so) both read as "false".
 */
function annotationText(doc: Document, path: DocPath): string | undefined {
  const value = valueAt(doc, path);
  if (typeof value === 'string') return value.trim().toLowerCase();
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** `managed-by-asm: 'true'` marks an ASM Serverless gateway, which lists no clusterIds (asm-beyond-the-seed.md §3.6). */
export function isMarkedManagedByAsm(doc: Document): boolean {
  return annotationText(doc, GATEWAY_ANNOTATION_PATHS.managedByAsm) === 'true';
}

function replicaOwnerOf(doc: Document): ReplicaOwner {
  return annotationText(doc, GATEWAY_ANNOTATION_PATHS.replicasManagedByAsm) === 'false' ? 'own' : 'asm';
}

function stringAt(doc: Document, path: DocPath): string | undefined {
  const value = valueAt(doc, path);
  return typeof value === 'string' ? value : undefined;
}

/** Kubernetes quantities are int-or-string: `cpu: 2` and `cpu: '2'` both read as "2". */
function quantityAt(doc: Document, path: DocPath): string | undefined {
  const value = valueAt(doc, path);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function intAt(doc: Document, path: DocPath): number | undefined {
  const value = valueAt(doc, path);
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((item) => item === value);
}

/** A scalar field's value as its row's kind reads it; a value of the wrong type reads as unset. */
function readScalar(doc: Document, row: ScalarFieldRow): string | number | boolean | undefined {
  switch (row.kind) {
    case 'integer':
      return intAt(doc, row.path);
    case 'quantity':
    case 'intOrPercent':
      return quantityAt(doc, row.path);
    case 'text':
      return stringAt(doc, row.path);
    case 'choice':
      return oneOf(row.choices ?? [], valueAt(doc, row.path));
    case 'boolean':
      return ((value) => (typeof value === 'boolean' ? value : undefined))(valueAt(doc, row.path));
  }
}

/** Every field of the table, read by its kind. */
function readScalars(doc: Document): ScalarAnswers {
  const rows = Object.entries(SCALAR_FIELDS) as [ScalarField, ScalarFieldRow][];
  // readScalar reads each row as its kind, which is what ScalarAnswers says of it.
  return Object.fromEntries(rows.map(([field, row]) => [field, readScalar(doc, row)])) as unknown as ScalarAnswers;
}

/** Splits the comma-joined `k8s.aliyun.com/eci-vswitch` value into IDs. */
export function splitVSwitches(value: string): string[] {
  return value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/**
 * An ASM Serverless gateway is recognised by `managed-by-asm: 'true'` with no cluster IDs (with cluster IDs, the
 * annotation is a mistake the findings name). ACK Serverless is recognised by its ECI annotations; the IstioGateway
 * has no cluster-type field.
 * A document with ECI annotations reads as Serverless even when it also has anti-affinity
 * (which Serverless does not support, and the findings say so).
 */
export function clusterTypeOf(doc: Document): ClusterType {
  if (isMarkedManagedByAsm(doc) && stringItems(doc, ['spec', 'clusterIds']).length === 0) return 'ASMServerless';
  return nodeAt(doc, ECI_ANNOTATION_PATHS.vSwitches) !== undefined || nodeAt(doc, ECI_ANNOTATION_PATHS.strategy) !== undefined ? 'ACKServerless' : 'ACK';
}

function readPorts(doc: Document): PortAnswer[] {
  const ports = nodeAt(doc, ['spec', 'ports']);
  if (!isSeq(ports)) return [];
  return ports.items.flatMap((item, origin): PortAnswer[] => {
    if (!isMap(item)) return [];
    const name: unknown = item.get('name');
    const port: unknown = item.get('port');
    const targetPort: unknown = item.get('targetPort');
    const protocol: unknown = item.get('protocol');
    return [
      {
        ...(typeof protocol === 'string' ? { protocol } : {}),
        name: typeof name === 'string' ? name : '',
        port: typeof port === 'number' ? port : Number.NaN,
        targetPort: typeof targetPort === 'number' || typeof targetPort === 'string' ? targetPort : targetPort === undefined ? undefined : Number.NaN,
        origin,
      },
    ];
  });
}

/** What the wizard shows for this document. Pure; never throws on any parsed document. */
export function readAnswers(doc: Document): Answers {
  const term = findOwnedTerm(doc);
  const vSwitchValue = stringAt(doc, ECI_ANNOTATION_PATHS.vSwitches);
  const weightNode = term?.weightPath ? nodeAt(doc, term.weightPath) : undefined;
  const weight = isScalar(weightNode) && typeof weightNode.value === 'number' ? weightNode.value : undefined;
  return {
    ...readScalars(doc),
    clusterIds: stringItems(doc, ['spec', 'clusterIds']),
    clusterType: clusterTypeOf(doc),
    replicaOwner: replicaOwnerOf(doc),
    spreadLevel: term ? spreadLevelOf(valueAt(doc, [...term.termPath, 'topologyKey'])) : undefined,
    rule: term?.rule,
    weight,
    vSwitchIds: vSwitchValue === undefined ? [] : splitVSwitches(vSwitchValue),
    scheduleStrategy: oneOf<ScheduleStrategy>(SCHEDULE_STRATEGIES, valueAt(doc, ECI_ANNOTATION_PATHS.strategy)),
    ports: readPorts(doc),
  };
}
