import { HOSTNAME_KEY, ZONE_KEY } from '../gateway/types';
import { PLUGIN_WEIGHTS, SCORE_PLUGINS, type ScorePlugin } from './plugins';
import type { SimTerm } from './workload';

/**
 * A model of kube-scheduler's default profile for one Deployment's identical pods
 * (reference/domain.md §3). Filters: NodeResourcesFit (requests against free allocatable CPU and
 * memory) and InterPodAffinity (required anti-affinity; a node without the topology label passes).
 * Scores, weighted as the default profile: InterPodAffinity ×2 (preferred terms, min–max
 * normalised as current Kubernetes does), PodTopologySpread ×2 (system defaults: hostname maxSkew 3,
 * zone maxSkew 5, ScheduleAnyway), NodeResourcesFit LeastAllocated ×1, BalancedAllocation ×1.
 * TaintToleration, NodeAffinity and ImageLocality score every modelled node alike (no taints, no
 * node affinity, one image) and are left out. Ties go to the first node in zone and node order
 * (Kubernetes picks at random among them) and are reported.
 */

export interface SimNode {
  readonly name: string;
  readonly zone: string;
  readonly zoneIndex: number;
  readonly hasZoneLabel: boolean;
  readonly cpuMilli: number;
  readonly memoryBytes: number;
  readonly usedCpuMilli: number;
  readonly usedMemoryBytes: number;
}

/** Kubernetes' filter failure reasons, word for word. */
export const REASONS = {
  unreachable: 'node(s) had untolerated taint {node.kubernetes.io/unreachable: }',
  cpu: 'Insufficient cpu',
  memory: 'Insufficient memory',
  antiAffinity: "node(s) didn't match pod anti-affinity rules",
} as const;

/** Pods of one ReplicaSet: PodTopologySpread's default selector counts only these. */
export type PodGroup = 'current' | 'next';

export interface Tie {
  /** How many nodes had the highest total. */
  readonly among: number;
  /** Their names (at most 6). */
  readonly candidates: readonly string[];
}

export type ScheduleOutcome =
  { readonly placed: true; readonly node: number; readonly tie?: Tie; readonly scored: boolean } | { readonly placed: false; readonly message: string };

/** One node's side of the decision for the last pod placed. */
export interface NodeScore {
  readonly node: string;
  readonly zone: string;
  /** Why the node was filtered out; empty when it passed. */
  readonly reasons: readonly string[];
  /** Normalised score (0–100) of each plugin; undefined when the node was filtered out. */
  readonly plugins?: Readonly<Record<ScorePlugin, number>>;
  /** Σ score × weight. */
  readonly total?: number;
  readonly chosen: boolean;
}

export interface ScoreBreakdown {
  readonly pod: string;
  readonly nodes: readonly NodeScore[];
  /** InterPodAffinity is skipped (contributes nothing) when no existing pod matches a preferred term. */
  readonly interPodAffinitySkipped: boolean;
  /** Kubernetes does not score when a single node passes the filters. */
  readonly scored: boolean;
}

const MAX_SCORE = 100;
const MAX_SKEW_HOST = 3;
const MAX_SKEW_ZONE = 5;
const FAIL_NONE = 0;
const FAIL_CPU = 1;
const FAIL_MEMORY = 2;
const FAIL_ANTI = 4;
const FAIL_UNREACHABLE = 8;

type Domain = 'host' | 'zone' | 'none';

function domainOf(topologyKey: string): Domain {
  if (topologyKey === HOSTNAME_KEY) return 'host';
  if (topologyKey === ZONE_KEY) return 'zone';
  return 'none';
}

export class SchedulerModel {
  private readonly count: number;
  private readonly zoneCount: number;
  readonly alive: Uint8Array;
  /**
   * A failed node stays in the node list, NotReady and tainted unreachable: the taint filters it
   * out, and its pods stay Terminating there (see `terminate`).
   */
  readonly unreachable: Uint8Array;
  /** Gateway pods (any group) per node; the anti-affinity terms select all of them. */
  readonly podsOnNode: Int32Array;
  /** Gateway pods per zone, counting only nodes that carry the zone label. */
  private readonly podsInZone: Int32Array;
  private readonly groupOnNode: Record<PodGroup, Int32Array>;
  private readonly groupInZone: Record<PodGroup, Int32Array>;
  private readonly required: readonly { domain: Domain }[];
  private readonly preferred: readonly { domain: Domain; weight: number }[];
  // Scratch space for one pod's decision, and a copy for the last pod placed.
  private readonly fail: Uint8Array;
  private readonly scores: Float64Array[];
  private readonly totals: Float64Array;
  /** The decision for the last pod placed, kept for `breakdown` (copied into fixed arrays). */
  private readonly last: {
    fail: Uint8Array;
    alive: Uint8Array;
    scores: Float64Array[];
    totals: Float64Array;
    chosen: number;
    skipped: boolean;
    scored: boolean;
    valid: boolean;
  };
  private ipaSkipped = false;

  constructor(
    readonly nodes: readonly SimNode[],
    zones: number,
    private readonly podCpu: number,
    private readonly podMemory: number,
    required: readonly SimTerm[],
    preferred: readonly SimTerm[],
  ) {
    this.count = nodes.length;
    this.zoneCount = zones;
    this.alive = new Uint8Array(this.count).fill(1);
    this.unreachable = new Uint8Array(this.count);
    this.podsOnNode = new Int32Array(this.count);
    this.podsInZone = new Int32Array(zones);
    this.groupOnNode = { current: new Int32Array(this.count), next: new Int32Array(this.count) };
    this.groupInZone = { current: new Int32Array(zones), next: new Int32Array(zones) };
    // A term that does not select the gateway's own pods never sees them: it changes nothing.
    this.required = required.filter((term) => term.selectsGateway).map((term) => ({ domain: domainOf(term.topologyKey) }));
    this.preferred = preferred
      .filter((term) => term.selectsGateway && term.weight > 0)
      .map((term) => ({ domain: domainOf(term.topologyKey), weight: term.weight }));
    this.fail = new Uint8Array(this.count);
    this.scores = SCORE_PLUGINS.map(() => new Float64Array(this.count));
    this.totals = new Float64Array(this.count);
    this.last = {
      fail: new Uint8Array(this.count),
      alive: new Uint8Array(this.count),
      scores: SCORE_PLUGINS.map(() => new Float64Array(this.count)),
      totals: new Float64Array(this.count),
      chosen: -1,
      skipped: false,
      scored: false,
      valid: false,
    };
  }

  /** Pods matching a term in the node's domain for that term (0 when the node lacks the label). */
  private inDomain(node: number, domain: Domain): number {
    if (domain === 'host') return this.podsOnNode[node] ?? 0;
    const simNode = this.nodes[node];
    if (domain === 'zone' && simNode?.hasZoneLabel) return this.podsInZone[simNode.zoneIndex] ?? 0;
    return 0;
  }

  add(node: number, group: PodGroup): void {
    const simNode = this.nodes[node];
    if (!simNode) return;
    this.podsOnNode[node] = (this.podsOnNode[node] ?? 0) + 1;
    this.groupOnNode[group][node] = (this.groupOnNode[group][node] ?? 0) + 1;
    if (simNode.hasZoneLabel) {
      this.podsInZone[simNode.zoneIndex] = (this.podsInZone[simNode.zoneIndex] ?? 0) + 1;
      this.groupInZone[group][simNode.zoneIndex] = (this.groupInZone[group][simNode.zoneIndex] ?? 0) + 1;
    }
  }

  remove(node: number, group: PodGroup): void {
    const simNode = this.nodes[node];
    if (!simNode) return;
    this.podsOnNode[node] = (this.podsOnNode[node] ?? 0) - 1;
    this.groupOnNode[group][node] = (this.groupOnNode[group][node] ?? 0) - 1;
    if (simNode.hasZoneLabel) {
      this.podsInZone[simNode.zoneIndex] = (this.podsInZone[simNode.zoneIndex] ?? 0) - 1;
      this.groupInZone[group][simNode.zoneIndex] = (this.groupInZone[group][simNode.zoneIndex] ?? 0) - 1;
    }
  }

  /** A failed node: NotReady and tainted node.kubernetes.io/unreachable, so no new pod is placed there. */
  markUnreachable(node: number): void {
    this.unreachable[node] = 1;
  }

  /**
   * A pod on a failed node turns Terminating and stays so while the node is unreachable:
   * PodTopologySpread no longer counts it, but InterPodAffinity still does (kubernetes#111793).
   */
  terminate(node: number, group: PodGroup): void {
    const simNode = this.nodes[node];
    if (!simNode) return;
    this.groupOnNode[group][node] = (this.groupOnNode[group][node] ?? 0) - 1;
    if (simNode.hasZoneLabel) this.groupInZone[group][simNode.zoneIndex] = (this.groupInZone[group][simNode.zoneIndex] ?? 0) - 1;
  }

  /** Filters, scores and picks a node for one more pod of `group`. Does not add it. */
  schedule(group: PodGroup): ScheduleOutcome {
    const { nodes, podCpu, podMemory } = this;
    let feasible = 0;
    let aliveCount = 0;
    let first = -1;
    const zonesSeen = new Uint8Array(this.zoneCount);
    let zonesWithLabel = 0;
    let unlabelled = false;
    for (let i = 0; i < this.count; i += 1) {
      if (!this.alive[i]) {
        this.fail[i] = FAIL_NONE;
        continue;
      }
      aliveCount += 1;
      const node = nodes[i];
      if (!node) continue;
      const pods = this.podsOnNode[i] ?? 0;
      let failure = FAIL_NONE;
      // Filters run in the default profile's order and a node stops at its first failing plugin:
      // TaintToleration, then NodeResourcesFit, then InterPodAffinity.
      if (this.unreachable[i]) failure = FAIL_UNREACHABLE;
      else {
        if (node.usedCpuMilli + (pods + 1) * podCpu > node.cpuMilli) failure |= FAIL_CPU;
        if (node.usedMemoryBytes + (pods + 1) * podMemory > node.memoryBytes) failure |= FAIL_MEMORY;
      }
      if (failure === FAIL_NONE) {
        for (const term of this.required) {
          if (this.inDomain(i, term.domain) > 0) {
            failure = FAIL_ANTI;
            break;
          }
        }
      }
      this.fail[i] = failure;
      if (failure !== FAIL_NONE) continue;
      feasible += 1;
      if (first < 0) first = i;
      if (node.hasZoneLabel && !zonesSeen[node.zoneIndex]) {
        zonesSeen[node.zoneIndex] = 1;
        zonesWithLabel += 1;
      }
      if (!node.hasZoneLabel) unlabelled = true;
    }
    if (feasible === 0) return { placed: false, message: this.fitError(aliveCount) };

    // Under the system defaults a node without the zone label reads as the value "", one more zone.
    this.score(group, feasible, zonesWithLabel + (unlabelled ? 1 : 0));
    let best = -Infinity;
    let chosen = first;
    let ties = 0;
    const candidates: string[] = [];
    for (let i = 0; i < this.count; i += 1) {
      if (!this.alive[i] || this.fail[i] !== FAIL_NONE) continue;
      const total = this.totals[i] ?? 0;
      if (total > best) {
        best = total;
        chosen = i;
        ties = 1;
        candidates.length = 0;
        candidates.push(nodes[i]?.name ?? '');
      } else if (total === best) {
        ties += 1;
        if (candidates.length < 6) candidates.push(nodes[i]?.name ?? '');
      }
    }
    const scored = feasible > 1;
    const last = this.last;
    last.fail.set(this.fail);
    last.alive.set(this.alive);
    this.scores.forEach((scores, p) => last.scores[p]?.set(scores));
    last.totals.set(this.totals);
    last.chosen = chosen;
    last.skipped = this.ipaSkipped;
    last.scored = scored;
    last.valid = true;
    return scored && ties > 1 ? { placed: true, node: chosen, tie: { among: ties, candidates }, scored } : { placed: true, node: chosen, scored };
  }

  private score(group: PodGroup, feasible: number, zonesWithLabel: number): void {
    const { nodes, podCpu, podMemory } = this;
    const [ipa, pts, fit, balanced] = this.scores as [Float64Array, Float64Array, Float64Array, Float64Array];
    // InterPodAffinity: every existing gateway pod matching a preferred term adds −weight to its
    // domain, and (the pods are identical) its own term matching the incoming pod adds −weight again.
    let accumulated = false;
    for (const term of this.preferred) {
      if (term.domain === 'host') {
        for (let i = 0; i < this.count; i += 1) if (this.alive[i] && (this.podsOnNode[i] ?? 0) > 0) accumulated = true;
      } else if (term.domain === 'zone') {
        for (let z = 0; z < this.zoneCount; z += 1) if ((this.podsInZone[z] ?? 0) > 0) accumulated = true;
      }
    }
    this.ipaSkipped = !accumulated;
    let ipaMin = Infinity;
    let ipaMax = -Infinity;
    let ptsMin = Infinity;
    let ptsMax = -Infinity;
    const hostWeight = Math.log(feasible + 2);
    const zoneWeight = Math.log(zonesWithLabel + 2);
    for (let i = 0; i < this.count; i += 1) {
      if (!this.alive[i] || this.fail[i] !== FAIL_NONE) continue;
      const node = nodes[i];
      if (!node) continue;
      let raw = 0;
      if (accumulated) for (const term of this.preferred) raw -= 2 * term.weight * this.inDomain(i, term.domain);
      ipa[i] = raw;
      if (raw < ipaMin) ipaMin = raw;
      if (raw > ipaMax) ipaMax = raw;

      let spread = (this.groupOnNode[group][i] ?? 0) * hostWeight + (MAX_SKEW_HOST - 1);
      if (node.hasZoneLabel) spread += (this.groupInZone[group][node.zoneIndex] ?? 0) * zoneWeight + (MAX_SKEW_ZONE - 1);
      const rounded = Math.round(spread);
      pts[i] = rounded;
      if (rounded < ptsMin) ptsMin = rounded;
      if (rounded > ptsMax) ptsMax = rounded;

      const pods = (this.podsOnNode[i] ?? 0) + 1;
      const cpu = node.usedCpuMilli + pods * podCpu;
      const memory = node.usedMemoryBytes + pods * podMemory;
      const leastCpu = cpu > node.cpuMilli || node.cpuMilli <= 0 ? 0 : Math.floor(((node.cpuMilli - cpu) * MAX_SCORE) / node.cpuMilli);
      const leastMemory = memory > node.memoryBytes || node.memoryBytes <= 0 ? 0 : Math.floor(((node.memoryBytes - memory) * MAX_SCORE) / node.memoryBytes);
      fit[i] = Math.floor((leastCpu + leastMemory) / 2);
      const cpuFraction = node.cpuMilli > 0 ? Math.min(cpu / node.cpuMilli, 1) : 1;
      const memoryFraction = node.memoryBytes > 0 ? Math.min(memory / node.memoryBytes, 1) : 1;
      balanced[i] = Math.floor((1 - Math.abs(cpuFraction - memoryFraction) / 2) * MAX_SCORE);
    }
    for (let i = 0; i < this.count; i += 1) {
      if (!this.alive[i] || this.fail[i] !== FAIL_NONE) continue;
      // As Kubernetes: a float ratio, scaled, truncated.
      const ipaScore = accumulated && ipaMax - ipaMin > 0 ? Math.trunc(MAX_SCORE * (((ipa[i] ?? 0) - ipaMin) / (ipaMax - ipaMin))) : 0;
      const ptsScore = ptsMax === 0 ? MAX_SCORE : Math.floor((MAX_SCORE * (ptsMax + ptsMin - (pts[i] ?? 0))) / ptsMax);
      ipa[i] = ipaScore;
      pts[i] = ptsScore;
      this.totals[i] =
        ipaScore * PLUGIN_WEIGHTS.InterPodAffinity +
        ptsScore * PLUGIN_WEIGHTS.PodTopologySpread +
        (fit[i] ?? 0) * PLUGIN_WEIGHTS.NodeResourcesFit +
        (balanced[i] ?? 0) * PLUGIN_WEIGHTS.NodeResourcesBalancedAllocation;
    }
  }

  /** Kubernetes' FitError text: "0/N nodes are available: " and the reasons counted, sorted as strings. */
  private fitError(aliveCount: number): string {
    const counts = new Map<string, number>();
    const add = (reason: string): void => {
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    };
    for (let i = 0; i < this.count; i += 1) {
      if (!this.alive[i]) continue;
      const failure = this.fail[i] ?? FAIL_NONE;
      if (failure & FAIL_UNREACHABLE) add(REASONS.unreachable);
      if (failure & FAIL_CPU) add(REASONS.cpu);
      if (failure & FAIL_MEMORY) add(REASONS.memory);
      if (failure & FAIL_ANTI) add(REASONS.antiAffinity);
    }
    const reasons = [...counts].map(([reason, count]) => `${count} ${reason}`).sort();
    return `0/${aliveCount} nodes are available${reasons.length > 0 ? `: ${reasons.join(', ')}` : ''}.`;
  }

  /** Every alive node's filter result and scores for the last pod this model placed. */
  breakdown(pod: string): ScoreBreakdown | undefined {
    const last = this.last;
    if (!last.valid) return undefined;
    const nodes: NodeScore[] = [];
    this.nodes.forEach((node, i) => {
      if (!last.alive[i]) return;
      const failure = last.fail[i] ?? FAIL_NONE;
      const reasons = [
        ...(failure & FAIL_UNREACHABLE ? ['taint node.kubernetes.io/unreachable (the node failed)'] : []),
        ...(failure & FAIL_CPU ? [REASONS.cpu] : []),
        ...(failure & FAIL_MEMORY ? [REASONS.memory] : []),
        ...(failure & FAIL_ANTI ? [REASONS.antiAffinity] : []),
      ];
      if (reasons.length > 0) {
        nodes.push({ node: node.name, zone: node.zone, reasons, chosen: false });
        return;
      }
      const plugins = Object.fromEntries(SCORE_PLUGINS.map((plugin, p) => [plugin, last.scores[p]?.[i] ?? 0])) as Record<ScorePlugin, number>;
      nodes.push({ node: node.name, zone: node.zone, reasons, plugins, total: last.totals[i] ?? 0, chosen: i === last.chosen });
    });
    return { pod, nodes, interPodAffinitySkipped: last.skipped, scored: last.scored };
  }
}
