import type { Document } from 'yaml';
import type { IssuePath } from '../issue';
import type { FieldKey } from './answers';
import { ANTI_AFFINITY_PATH, findOwnedTerm } from './antiAffinity';
import type { DocPath } from './docEdit';
import { SCALAR_FIELDS, type ScalarField } from './fieldTable';
import { ECI_ANNOTATION_PATHS, GATEWAY_ANNOTATION_PATHS } from './readAnswers';
import { PREFERRED_KEY } from './types';

const scalarPaths = Object.fromEntries(Object.entries(SCALAR_FIELDS).map(([field, row]) => [field, row.path])) as unknown as Record<ScalarField, DocPath>;

/**
 * The document path each field owns in this document (the anti-affinity paths depend on whether
 * the rule is Required or Preferred). Findings whose path lies within a field's path show beside it.
 */
export function fieldPaths(doc: Document): Readonly<Record<FieldKey, DocPath>> {
  const term = findOwnedTerm(doc);
  const preferredItem: DocPath = [...ANTI_AFFINITY_PATH, PREFERRED_KEY, 0];
  return {
    ...scalarPaths,
    clusterIds: ['spec', 'clusterIds'],
    clusterType: [],
    replicaOwner: GATEWAY_ANNOTATION_PATHS.replicasManagedByAsm,
    spreadLevel: term ? [...term.termPath, 'topologyKey'] : [...preferredItem, 'podAffinityTerm', 'topologyKey'],
    rule: ANTI_AFFINITY_PATH,
    weight: term?.weightPath ?? [...preferredItem, 'weight'],
    vSwitchIds: ECI_ANNOTATION_PATHS.vSwitches,
    scheduleStrategy: ECI_ANNOTATION_PATHS.strategy,
    ports: ['spec', 'ports'],
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
