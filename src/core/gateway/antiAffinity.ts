import { type Document, isMap, isSeq } from 'yaml';
import type { RuleStrength, SpreadLevel } from './answers';
import { type DocPath, nodeAt } from './docEdit';
import { HOSTNAME_KEY, PREFERRED_KEY, REQUIRED_KEY, ZONE_KEY } from './types';

export const ANTI_AFFINITY_PATH: DocPath = ['spec', 'affinity', 'podAntiAffinity'];

/** Where the anti-affinity term the wizard edits lives: the first required term, else the first preferred one. */
export interface OwnedTerm {
  readonly rule: RuleStrength;
  /** Path of the PodAffinityTerm (labelSelector, topologyKey). */
  readonly termPath: DocPath;
  /** Path of the WeightedPodAffinityTerm's weight (preferred only). */
  readonly weightPath?: DocPath;
}

export function findOwnedTerm(doc: Document): OwnedTerm | undefined {
  const required = nodeAt(doc, [...ANTI_AFFINITY_PATH, REQUIRED_KEY]);
  if (isSeq(required) && isMap(required.items[0])) {
    return { rule: 'required', termPath: [...ANTI_AFFINITY_PATH, REQUIRED_KEY, 0] };
  }
  const preferred = nodeAt(doc, [...ANTI_AFFINITY_PATH, PREFERRED_KEY]);
  if (isSeq(preferred) && isMap(preferred.items[0])) {
    const item: DocPath = [...ANTI_AFFINITY_PATH, PREFERRED_KEY, 0];
    return { rule: 'preferred', termPath: [...item, 'podAffinityTerm'], weightPath: [...item, 'weight'] };
  }
  return undefined;
}

/** Every PodAffinityTerm under podAntiAffinity, required and preferred, with its path. */
export function allAntiAffinityTermPaths(doc: Document): DocPath[] {
  const paths: DocPath[] = [];
  const required = nodeAt(doc, [...ANTI_AFFINITY_PATH, REQUIRED_KEY]);
  if (isSeq(required)) required.items.forEach((_, i) => paths.push([...ANTI_AFFINITY_PATH, REQUIRED_KEY, i]));
  const preferred = nodeAt(doc, [...ANTI_AFFINITY_PATH, PREFERRED_KEY]);
  if (isSeq(preferred)) {
    preferred.items.forEach((_, i) => paths.push([...ANTI_AFFINITY_PATH, PREFERRED_KEY, i, 'podAffinityTerm']));
  }
  return paths;
}

export function spreadLevelOf(topologyKey: unknown): SpreadLevel | undefined {
  if (topologyKey === HOSTNAME_KEY) return 'node';
  if (topologyKey === ZONE_KEY) return 'zone';
  return undefined;
}

export function topologyKeyOf(level: SpreadLevel): string {
  return level === 'node' ? HOSTNAME_KEY : ZONE_KEY;
}
