import type { Document } from 'yaml';
import type { IssuePath } from '../issue';
import type { FieldKey } from './answers';
import { ANTI_AFFINITY_PATH, findOwnedTerm } from './antiAffinity';
import type { DocPath } from './docEdit';
import { ECI_ANNOTATION_PATHS, GATEWAY_ANNOTATION_PATHS } from './readAnswers';
import { PREFERRED_KEY } from './types';

/**
 * The document path each field owns in this document (the anti-affinity paths depend on whether
 * the rule is Required or Preferred). Findings whose path lies within a field's path show beside it.
 */
export function fieldPaths(doc: Document): Readonly<Record<FieldKey, DocPath>> {
  const term = findOwnedTerm(doc);
  const preferredItem: DocPath = [...ANTI_AFFINITY_PATH, PREFERRED_KEY, 0];
  return {
    apiVersion: ['apiVersion'],
    name: ['metadata', 'name'],
    namespace: ['metadata', 'namespace'],
    clusterIds: ['spec', 'clusterIds'],
    clusterType: [],
    minReplicas: ['spec', 'minReplicas'],
    maxReplicas: ['spec', 'maxReplicas'],
    replicaCount: ['spec', 'replicaCount'],
    replicaOwner: GATEWAY_ANNOTATION_PATHS.replicasManagedByAsm,
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
