import { isPathWithin, type Issue, type IssuePath } from '../issue';
import type { Answers } from './answers';
import { MAX_VSWITCHES } from './eciLimits';

/** The weight exists only on a Preferred rule (a missing rule is written Preferred). */
export function weightApplies(answers: Answers): boolean {
  return answers.clusterType === 'ACK' && answers.rule !== 'required';
}

/** The document has an anti-affinity term whose topology key is neither node nor zone. */
export function hasUnmodelledSpread(answers: Answers): boolean {
  return answers.rule !== undefined && answers.spreadLevel === undefined;
}

/** How many rows the list fields may have: at least one of each; ECI takes at most 10 vSwitches. */
export const ROW_LIMITS = {
  vSwitchIds: { min: 1, max: MAX_VSWITCHES },
  ports: { min: 1, max: 64 },
  /** A longer list of cluster IDs is edited in the YAML: a form field of thousands of lines helps nobody. */
  clusterIds: { min: 1, max: 200 },
} as const;

/** The problems of row `index` of the list at `listPath` (e.g. one vSwitch ID, one port). */
export function rowIssues<T extends Issue>(issues: readonly T[], listPath: IssuePath, index: number): T[] {
  return issues.filter((issue) => isPathWithin(issue.path, [...listPath, index]));
}

/** The problems of the list as a whole (none of its rows), e.g. "at most 10". */
export function listIssues<T extends Issue>(issues: readonly T[], listPath: IssuePath): T[] {
  return issues.filter((issue) => issue.path.length === listPath.length && isPathWithin(issue.path, listPath));
}

export interface SummaryLine {
  readonly term: string;
  readonly detail: string;
}

const CLUSTER_TYPE_WORDS: Readonly<Record<Answers['clusterType'], string>> = {
  ACK: 'ACK',
  ACKServerless: 'ACK Serverless',
  ASMServerless: 'ASM Serverless gateway',
};

function spreadSummary(answers: Answers): string {
  if (answers.clusterType === 'ASMServerless') return 'ASM places the pods on infrastructure it manages (how, it does not document)';
  if (answers.clusterType === 'ACKServerless') {
    const count = answers.vSwitchIds.length;
    return `ECI pods across ${count} vSwitch${count === 1 ? '' : 'es'}, ${answers.scheduleStrategy ?? 'VSwitchRandom'}`;
  }
  if (answers.rule === undefined) return 'No pod anti-affinity: only the scheduler’s default spreading applies';
  const rule = answers.rule === 'required' ? 'Required' : 'Preferred';
  const place = answers.spreadLevel === 'zone' ? 'zones' : answers.spreadLevel === 'node' ? 'nodes' : 'a custom topology key';
  return `${rule} anti-affinity across ${place}`;
}

/** What the document describes, in a few plain lines. */
export function summarize(answers: Answers): SummaryLine[] {
  const replicas =
    answers.minReplicas !== undefined || answers.maxReplicas !== undefined
      ? answers.minReplicas !== undefined && answers.minReplicas === answers.maxReplicas
        ? `${answers.minReplicas} (autoscaler minimum and maximum alike)`
        : `${answers.minReplicas ?? 'not set'} to ${answers.maxReplicas ?? 'not set'} (autoscaled)`
      : `${answers.replicaCount ?? 1} (fixed)`;
  return [
    { term: 'Gateway', detail: `${answers.name ?? '(no name)'} in ${answers.namespace ?? 'istio-system'}` },
    { term: 'Cluster type', detail: CLUSTER_TYPE_WORDS[answers.clusterType] },
    { term: 'Replicas', detail: replicas },
    { term: 'Spread', detail: spreadSummary(answers) },
  ];
}
