import type { Issue } from '../issue';
import { MAX_SIMULATED_REPLICAS } from './cluster';
import type { PodGroup, ScoreBreakdown, SimNode, Tie } from './scheduler';
import type { GatewayWorkload } from './workload';

export type PodStatus = 'Running' | 'Pending' | 'Lost' | 'Removed';
/** A replica of the healthy placement, a replacement for a lost pod, or a new pod of a rollout. */
export type PodRole = 'replica' | 'replacement' | 'surge';

export interface SimPod {
  readonly name: string;
  readonly role: PodRole;
  readonly status: PodStatus;
  readonly node?: string;
  readonly zone?: string;
  /** Pending: Kubernetes' message. Lost / Removed: what happened. */
  readonly reason?: string;
  /** The scheduler had several equally good nodes; the drawing took the first. */
  readonly tie?: Tie;
  readonly replaces?: string;
}

/**
 * Why a spread holds: `rule`, a Required anti-affinity rule keeps the pods apart on this level (whatever happens, two
 * running pods never share it); `preference`, a Preferred rule asks for it and the scheduler may still put pods
 * together; `chance`, no rule spreads on this level: the simulation placed them so, nothing promises it.
 */
export type VerdictBasis = 'rule' | 'preference' | 'chance';

export interface Verdict {
  readonly ok: boolean;
  /** `likely`: what ECI will probably do, not what it promises. */
  readonly certainty: 'certain' | 'likely';
  /** For the ACK scheduler's placement: what makes the spread hold (absent for ECI, whose certainty says it). */
  readonly basis?: VerdictBasis;
  readonly detail: string;
  /** The pods that make it so (those in the busiest node or zone). */
  readonly pods: readonly string[];
}

export interface NodeView {
  readonly name: string;
  readonly failed: boolean;
  readonly zoneLabel: boolean;
  readonly cpu: number;
  readonly memoryGiB: number;
  readonly usedCpu: number;
  readonly usedMemoryGiB: number;
  /** Pods drawn in this node (Running, and Lost ones where they were). */
  readonly pods: readonly string[];
}

export interface ZoneView {
  readonly name: string;
  readonly failed: boolean;
  readonly nodes: readonly NodeView[];
  /** ECI only: the pods ECI created in this zone. */
  readonly eciPods: readonly string[];
  /** ECI only: the vSwitches listed in this zone. */
  readonly vSwitches: readonly string[];
}

export interface WhatIfInput {
  /** How many replicas to place (clamped to minReplicas…maxReplicas). Default: minReplicas. */
  readonly replicas?: number;
  readonly failedNodes?: readonly string[];
  readonly failedZones?: readonly string[];
  /** Add the pods of one rolling-update step. */
  readonly rollingUpdate?: boolean;
  /** ECI VSwitchRandom: show the worst case (every pod in one zone) instead of the likely spread. */
  readonly eciWorstCase?: boolean;
}

/** The codes of what a placement reveals (placementFindings.ts). */
export const PLACEMENT_CODES = [
  'placement/pending',
  'placement/shared-node',
  'placement/shared-zone',
  'placement/single-zone',
  'placement/zone-label-missing',
  'placement/rollout-stalls',
  'placement/no-nodes',
  'placement/eci-one-zone',
] as const;

export type PlacementCode = (typeof PLACEMENT_CODES)[number];

/** A finding of the placement: it offers no fix of its own (an HA rule that says the same does). */
export type PlacementIssue = Issue<never, PlacementCode>;

export interface PlacementResult {
  readonly mode: 'scheduler' | 'eci';
  readonly replicas: number;
  readonly pods: readonly SimPod[];
  readonly zones: readonly ZoneView[];
  readonly verdicts: {
    readonly node: Verdict;
    readonly zone: Verdict;
    readonly pending: { readonly count: number; readonly pods: readonly string[] };
  };
  /** What the failures did, when there are any. */
  readonly failure?: { readonly detail: string; readonly stayedUp: boolean };
  /** The rolling-update step, when shown. */
  readonly rollout?: { readonly surge: number; readonly unavailable: number; readonly detail: string; readonly stalled: boolean };
  /** Scores of every node for the last pod placed (scheduler mode). */
  readonly breakdown?: ScoreBreakdown;
  /** Plain statements of what the simulation assumes or cannot promise. */
  readonly notes: readonly string[];
  readonly findings: readonly PlacementIssue[];
}

/** A pod while a simulation moves it; `node` is an index into the simulated nodes. */
export interface MutablePod {
  name: string;
  role: PodRole;
  status: PodStatus;
  group: PodGroup;
  node?: number;
  zone?: string;
  reason?: string;
  tie?: Tie;
  replaces?: string;
}

/** `1 pod`, `2 pods`. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** What a failure took, the first sentence of its account (the scheduler's and ECI's alike). */
export function lostSentence(lost: readonly { readonly name: string }[]): string {
  return lost.length === 0 ? 'No gateway pod ran there.' : `${listNames(lost.map((pod) => pod.name))} ${lost.length === 1 ? 'was' : 'were'} lost.`;
}

/** Whether losing any one domain (node or zone) still leaves a running pod, and who is most exposed. */
export function verdictOver(pods: readonly { name: string; domain: string }[], kind: 'node' | 'zone', certainty: Verdict['certainty']): Verdict {
  if (pods.length === 0) return { ok: false, certainty: 'certain', detail: 'No: no gateway pod is running.', pods: [] };
  const byDomain = new Map<string, string[]>();
  for (const pod of pods) {
    const names = byDomain.get(pod.domain);
    if (names) names.push(pod.name);
    else byDomain.set(pod.domain, [pod.name]);
  }
  const [busiest, names] = [...byDomain].reduce((a, b) => (b[1].length > a[1].length ? b : a));
  if (byDomain.size === 1) {
    const detail =
      pods.length === 1
        ? `No: the only pod, ${names[0] ?? ''}, runs ${kind === 'node' ? 'on' : 'in'} ${busiest}.`
        : `No: all ${pods.length} pods run ${kind === 'node' ? 'on' : 'in'} ${busiest}.`;
    return { ok: false, certainty: 'certain', detail, pods: names };
  }
  const likely = certainty === 'likely' ? ' (likely; ECI does not promise it)' : '';
  const worst = names.length > 1 ? ` Losing ${busiest} takes down ${names.length} of ${pods.length} pods (${listNames(names)}).` : '';
  return {
    ok: true,
    certainty,
    detail: `Yes${likely}: the pods run ${kind === 'node' ? 'on' : 'in'} ${plural(byDomain.size, kind)}.${worst}`,
    pods: names,
  };
}

/** What the simulation leaves out of a replica range it cannot place in full. */
export function replicaNotes(workload: GatewayWorkload): string[] {
  return workload.minReplicas > MAX_SIMULATED_REPLICAS || workload.maxReplicas > MAX_SIMULATED_REPLICAS
    ? [`The YAML asks for up to ${workload.maxReplicas} replicas; the simulation places at most ${MAX_SIMULATED_REPLICAS}.`]
    : [];
}

/** A pod as the result shows it: its node by name, only the fields it has. */
export function toSimPod(pod: MutablePod, nodes: readonly SimNode[]): SimPod {
  const node = pod.node === undefined ? undefined : nodes[pod.node]?.name;
  return {
    name: pod.name,
    role: pod.role,
    status: pod.status,
    ...(node === undefined ? {} : { node }),
    ...(pod.zone === undefined ? {} : { zone: pod.zone }),
    ...(pod.reason === undefined ? {} : { reason: pod.reason }),
    ...(pod.tie === undefined ? {} : { tie: pod.tie }),
    ...(pod.replaces === undefined ? {} : { replaces: pod.replaces }),
  };
}

/** The pods left Pending, for the verdicts. */
export function pendingOf(pods: readonly { name: string; status: PodStatus }[]): { count: number; pods: string[] } {
  const pending = pods.filter((pod) => pod.status === 'Pending').map((pod) => pod.name);
  return { count: pending.length, pods: pending };
}
