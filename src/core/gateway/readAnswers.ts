import { type Document, isMap, isScalar, isSeq } from 'yaml';
import type { Answers, ClusterType, PortAnswer, ReplicaOwner } from './answers';
import { findOwnedTerm, spreadLevelOf } from './antiAffinity';
import { type DocPath, nodeAt, stringItems, valueAt } from './docEdit';
import {
  API_VERSIONS,
  ECI_STRATEGY_ANNOTATION,
  ECI_VSWITCH_ANNOTATION,
  type ExternalTrafficPolicy,
  MANAGED_BY_ASM_ANNOTATION,
  REPLICAS_MANAGED_ANNOTATION,
  SCHEDULE_STRATEGIES,
  type ScheduleStrategy,
  type ServiceType,
} from './types';

const SERVICE_TYPES: readonly ServiceType[] = ['ClusterIP', 'NodePort', 'LoadBalancer'];
const TRAFFIC_POLICIES: readonly ExternalTrafficPolicy[] = ['Cluster', 'Local'];

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
  return nodeAt(doc, ECI_ANNOTATION_PATHS.vSwitches) !== undefined ||
    nodeAt(doc, ECI_ANNOTATION_PATHS.strategy) !== undefined
    ? 'ACKServerless'
    : 'ACK';
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
    apiVersion: oneOf(API_VERSIONS, valueAt(doc, ['apiVersion'])),
    name: stringAt(doc, ['metadata', 'name']),
    namespace: stringAt(doc, ['metadata', 'namespace']),
    clusterIds: stringItems(doc, ['spec', 'clusterIds']),
    clusterType: clusterTypeOf(doc),
    minReplicas: intAt(doc, ['spec', 'minReplicas']),
    maxReplicas: intAt(doc, ['spec', 'maxReplicas']),
    replicaCount: intAt(doc, ['spec', 'replicaCount']),
    replicaOwner: replicaOwnerOf(doc),
    cpuTarget: intAt(doc, ['spec', 'cpu', 'targetAverageUtilization']),
    spreadLevel: term ? spreadLevelOf(valueAt(doc, [...term.termPath, 'topologyKey'])) : undefined,
    rule: term?.rule,
    weight,
    vSwitchIds: vSwitchValue === undefined ? [] : splitVSwitches(vSwitchValue),
    scheduleStrategy: oneOf<ScheduleStrategy>(SCHEDULE_STRATEGIES, valueAt(doc, ECI_ANNOTATION_PATHS.strategy)),
    ports: readPorts(doc),
    serviceType: oneOf(SERVICE_TYPES, valueAt(doc, ['spec', 'serviceType'])),
    externalTrafficPolicy: oneOf(TRAFFIC_POLICIES, valueAt(doc, ['spec', 'externalTrafficPolicy'])),
    requestsCpu: quantityAt(doc, ['spec', 'resources', 'requests', 'cpu']),
    requestsMemory: quantityAt(doc, ['spec', 'resources', 'requests', 'memory']),
    limitsCpu: quantityAt(doc, ['spec', 'resources', 'limits', 'cpu']),
    limitsMemory: quantityAt(doc, ['spec', 'resources', 'limits', 'memory']),
    sdsEnabled: ((value) => (typeof value === 'boolean' ? value : undefined))(valueAt(doc, ['spec', 'sds', 'enabled'])),
    sdsRequestsCpu: quantityAt(doc, ['spec', 'sds', 'resources', 'requests', 'cpu']),
    sdsRequestsMemory: quantityAt(doc, ['spec', 'sds', 'resources', 'requests', 'memory']),
    sdsLimitsCpu: quantityAt(doc, ['spec', 'sds', 'resources', 'limits', 'cpu']),
    sdsLimitsMemory: quantityAt(doc, ['spec', 'sds', 'resources', 'limits', 'memory']),
    rollingMaxSurge: quantityAt(doc, ['spec', 'rollingMaxSurge']),
    rollingMaxUnavailable: quantityAt(doc, ['spec', 'rollingMaxUnavailable']),
  };
}
