import type { Issue } from '../issue';
import { ANTI_AFFINITY_PATH } from '../gateway/antiAffinity';
import { SCALAR_FIELDS } from '../gateway/fieldTable';
import { HOSTNAME_KEY, ZONE_KEY } from '../gateway/types';
import { type ClusterSpec, MAX_SIMULATED_REPLICAS, nodeName, vSwitchZonesOf } from './cluster';
import { rolloutStep } from './rollout';
import { type PodGroup, type ScoreBreakdown, SchedulerModel, type SimNode, type Tie } from './scheduler';
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
  readonly findings: readonly Issue<never>[];
}

interface MutablePod {
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

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Whether losing any one domain (node or zone) still leaves a running pod, and who is most exposed. */
function verdictOver(pods: readonly { name: string; domain: string }[], kind: 'node' | 'zone', certainty: Verdict['certainty']): Verdict {
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
  const worst =
    names.length > 1 ? ` Losing ${busiest} takes down ${names.length} of ${pods.length} pods (${listNames(names)}).` : '';
  return {
    ok: true,
    certainty,
    detail: `Yes${likely}: the pods run ${kind === 'node' ? 'on' : 'in'} ${plural(byDomain.size, kind)}.${worst}`,
    pods: names,
  };
}


function clampReplicas(workload: GatewayWorkload, replicas: number | undefined): number {
  const wanted = replicas ?? workload.minReplicas;
  return Math.min(MAX_SIMULATED_REPLICAS, workload.maxReplicas, Math.max(workload.minReplicas, Math.round(wanted)));
}

function replicaNotes(workload: GatewayWorkload): string[] {
  return workload.minReplicas > MAX_SIMULATED_REPLICAS || workload.maxReplicas > MAX_SIMULATED_REPLICAS
    ? [`The YAML asks for up to ${workload.maxReplicas} replicas; the simulation places at most ${MAX_SIMULATED_REPLICAS}.`]
    : [];
}

/** Where the gateway pods land, and what survives a failure: kube-scheduler on ACK, ECI zones on ACK Serverless. */
export function simulatePlacement(workload: GatewayWorkload, cluster: ClusterSpec, whatIf: WhatIfInput = {}): PlacementResult {
  const replicas = clampReplicas(workload, whatIf.replicas);
  return workload.clusterType === 'ACKServerless'
    ? simulateEci(workload, cluster, whatIf, replicas)
    : simulateScheduler(workload, cluster, whatIf, replicas);
}

function spreadLevels(workload: GatewayWorkload): { node: boolean; zone: boolean } {
  const terms = [...workload.required, ...workload.preferred].filter((term) => term.selectsGateway);
  return {
    node: terms.some((term) => term.topologyKey === HOSTNAME_KEY),
    zone: terms.some((term) => term.topologyKey === ZONE_KEY),
  };
}

/**
 * What keeps the pods apart on each level: a Required zone rule also keeps them on different nodes, a zone
 * preference also spreads them over nodes; without a rule on a level, the spread there is the simulation's chance.
 */
function verdictBases(workload: GatewayWorkload): { node: VerdictBasis; zone: VerdictBasis } {
  const owned = (terms: GatewayWorkload['required']): { node: boolean; zone: boolean } => ({
    node: terms.some((term) => term.selectsGateway && (term.topologyKey === HOSTNAME_KEY || term.topologyKey === ZONE_KEY)),
    zone: terms.some((term) => term.selectsGateway && term.topologyKey === ZONE_KEY),
  });
  const required = owned(workload.required);
  const preferred = owned(workload.preferred);
  const basis = (level: 'node' | 'zone'): VerdictBasis => (required[level] ? 'rule' : preferred[level] ? 'preference' : 'chance');
  return { node: basis('node'), zone: basis('zone') };
}

function simulateScheduler(workload: GatewayWorkload, cluster: ClusterSpec, whatIf: WhatIfInput, replicas: number): PlacementResult {
  const nodes: SimNode[] = cluster.zones.flatMap((zone, zoneIndex) =>
    zone.nodes.map((spec, k) => ({
      name: nodeName(zone.name, k),
      zone: zone.name,
      zoneIndex,
      hasZoneLabel: spec.zoneLabel,
      cpuMilli: Math.round(spec.cpu * 1000),
      memoryBytes: Math.round(spec.memoryGiB * 2 ** 30),
      usedCpuMilli: Math.round(spec.usedCpu * 1000),
      usedMemoryBytes: Math.round(spec.usedMemoryGiB * 2 ** 30),
    })),
  );
  const model = new SchedulerModel(nodes, cluster.zones.length, workload.cpuMilli, workload.memoryBytes, workload.required, workload.preferred);
  const pods: MutablePod[] = [];
  let lastPlaced: string | undefined;

  const attempt = (pod: MutablePod): void => {
    const outcome = model.schedule(pod.group);
    if (outcome.placed) {
      model.add(outcome.node, pod.group);
      pod.status = 'Running';
      pod.node = outcome.node;
      pod.zone = nodes[outcome.node]?.zone ?? '';
      delete pod.reason;
      if (outcome.tie) pod.tie = outcome.tie;
      lastPlaced = pod.name;
    } else {
      pod.status = 'Pending';
      pod.reason = outcome.message;
    }
  };
  const create = (name: string, role: PodRole, group: PodGroup, replaces?: string): MutablePod => {
    const pod: MutablePod = { name, role, status: 'Pending', group, ...(replaces ? { replaces } : {}) };
    pods.push(pod);
    attempt(pod);
    return pod;
  };

  for (let k = 1; k <= replicas; k += 1) create(`pod-${k}`, 'replica', 'current');
  const healthy = pods.map((pod) => ({ ...pod }));

  // What-if: failed nodes and zones leave the cluster; their pods are lost and replaced.
  const failedZones = new Set(whatIf.failedZones ?? []);
  const failedNames = new Set(whatIf.failedNodes ?? []);
  const failed = new Set(nodes.flatMap((node, i) => (failedNames.has(node.name) || failedZones.has(node.zone) ? [i] : [])));
  let failure: PlacementResult['failure'];
  if (failed.size > 0) {
    const lost = pods.filter((pod) => pod.status === 'Running' && pod.node !== undefined && failed.has(pod.node));
    for (const pod of lost) {
      if (pod.node !== undefined) model.terminate(pod.node, pod.group);
      pod.status = 'Lost';
      pod.reason = `${nodes[pod.node ?? -1]?.name ?? 'its node'} failed; the pod stays Terminating there`;
    }
    for (const index of failed) model.markUnreachable(index);
    const waiting = pods.filter((pod) => pod.status === 'Pending');
    for (const pod of waiting) attempt(pod);
    let next = pods.length + 1;
    const replacements = lost.map((pod) => create(`pod-${next++}`, 'replacement', 'current', pod.name));
    const survivors = pods.filter((pod) => pod.status === 'Running' && pod.role !== 'replacement' && !lost.includes(pod));
    const stayedUp = survivors.length > 0;
    const placedReplacements = replacements.filter((pod) => pod.status === 'Running');
    const pendingReplacements = replacements.filter((pod) => pod.status === 'Pending');
    const parts = [
      lost.length === 0 ? 'No gateway pod ran there.' : `${listNames(lost.map((pod) => pod.name))} ${lost.length === 1 ? 'was' : 'were'} lost.`,
      placedReplacements.length > 0
        ? `${listNames(placedReplacements.map((pod) => `${pod.name} on ${nodes[pod.node ?? -1]?.name ?? '?'}`))} replace${placedReplacements.length === 1 ? 's' : ''} ${placedReplacements.length === 1 ? 'it' : 'them'}.`
        : '',
      pendingReplacements.length > 0 ? `${listNames(pendingReplacements.map((pod) => pod.name))} stay${pendingReplacements.length === 1 ? 's' : ''} Pending.` : '',
      stayedUp
        ? `The gateway stayed up with ${plural(survivors.length, 'pod')} while ${lost.length === 1 ? 'its replacement' : 'replacements'} started.`
        : 'The gateway went down: every running pod was on what failed.',
    ];
    failure = { detail: parts.filter(Boolean).join(' '), stayedUp: stayedUp || lost.length === 0 };
  }

  let rollout: PlacementResult['rollout'];
  if (whatIf.rollingUpdate) {
    const step = rolloutStep(replicas, workload.maxSurge, workload.maxUnavailable);
    // The old ReplicaSet deletes unscheduled (Pending) pods first, then pods on the busiest nodes, newest first.
    const old = pods.filter((pod) => (pod.status === 'Running' || pod.status === 'Pending') && pod.group === 'current');
    const busy = (pod: MutablePod): number => (pod.node === undefined ? Infinity : (model.podsOnNode[pod.node] ?? 0));
    const order = new Map(pods.map((pod, i) => [pod, i]));
    const removed = [...old].sort((a, b) => busy(b) - busy(a) || (order.get(b) ?? 0) - (order.get(a) ?? 0)).slice(0, step.unavailable);
    for (const pod of removed) {
      if (pod.status === 'Running' && pod.node !== undefined) model.remove(pod.node, pod.group);
      pod.status = 'Removed';
      pod.reason = 'Taken down by the rolling update';
    }
    // The new ReplicaSet grows by maxSurge at once, and by what was taken down; never beyond the desired count.
    const added = Array.from({ length: Math.min(step.surge + step.unavailable, replicas) }, (_, k) => create(`new-${k + 1}`, 'surge', 'next'));
    const stuck = added.filter((pod) => pod.status === 'Pending');
    // Stalled: new pods wait, and no further old pod may go (only available pods count toward minAvailable).
    const available = pods.filter((pod) => pod.status === 'Running').length;
    const stalled = stuck.length > 0 && available <= replicas - step.unavailable;
    rollout = {
      ...step,
      stalled,
      detail:
        `One step of the rolling update: maxSurge ${workload.maxSurge ?? '25%'} of ${replicas} → ${plural(step.surge, 'new pod')} ` +
        `above the desired count; maxUnavailable ${workload.maxUnavailable ?? '25%'} → ${plural(step.unavailable, 'old pod')} taken down first.` +
        (stuck.length === 0
          ? ' Every new pod found a node.'
          : stalled
            ? ` ${listNames(stuck.map((pod) => pod.name))} cannot be placed and no old pod may go first: the rollout stalls.`
            : ` ${listNames(stuck.map((pod) => pod.name))} wait${stuck.length === 1 ? 's' : ''} for a node.`),
    };
  }

  const breakdown = lastPlaced === undefined ? undefined : model.breakdown(lastPlaced);
  const running = healthy.filter((pod) => pod.status === 'Running' && pod.node !== undefined);
  const bases = verdictBases(workload);
  const verdicts = {
    node: { ...verdictOver(running.map((pod) => ({ name: pod.name, domain: nodes[pod.node ?? -1]?.name ?? '' })), 'node', 'certain'), basis: bases.node },
    zone: { ...verdictOver(running.map((pod) => ({ name: pod.name, domain: pod.zone ?? '' })), 'zone', 'certain'), basis: bases.zone },
    pending: pendingOf(pods),
  };
  const drawn = new Map<number, string[]>();
  for (const pod of pods) {
    if (pod.node !== undefined && (pod.status === 'Running' || pod.status === 'Lost')) {
      const names = drawn.get(pod.node);
      if (names) names.push(pod.name);
      else drawn.set(pod.node, [pod.name]);
    }
  }
  let index = 0;
  const zones: ZoneView[] = cluster.zones.map((zone) => ({
    name: zone.name,
    failed: failedZones.has(zone.name),
    eciPods: [],
    vSwitches: [],
    nodes: zone.nodes.map((spec, k) => {
      const at = index++;
      return {
        name: nodeName(zone.name, k),
        failed: failed.has(at),
        zoneLabel: spec.zoneLabel,
        cpu: spec.cpu,
        memoryGiB: spec.memoryGiB,
        usedCpu: spec.usedCpu,
        usedMemoryGiB: spec.usedMemoryGiB,
        pods: drawn.get(at) ?? [],
      };
    }),
  }));
  return {
    mode: 'scheduler',
    replicas,
    pods: pods.map((pod) => toSimPod(pod, nodes)),
    zones,
    verdicts,
    ...(failure ? { failure } : {}),
    ...(rollout ? { rollout } : {}),
    ...(breakdown ? { breakdown } : {}),
    notes: [...schedulerNotes(workload, failed.size > 0), ...replicaNotes(workload)],
    findings: schedulerFindings(workload, cluster, nodes, healthy, replicas, rollout),
  };
}

function toSimPod(pod: MutablePod, nodes: readonly SimNode[]): SimPod {
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

function pendingOf(pods: readonly { name: string; status: PodStatus }[]): { count: number; pods: string[] } {
  const pending = pods.filter((pod) => pod.status === 'Pending').map((pod) => pod.name);
  return { count: pending.length, pods: pending };
}

function schedulerNotes(workload: GatewayWorkload, failures: boolean): string[] {
  const notes = [
    'Modelled on kube-scheduler’s default profile. ACK runs a managed scheduler whose weights may differ; ties are broken here by node order, where Kubernetes picks at random.',
  ];
  if (failures) {
    notes.push(
      'A failed node stays in the cluster as NotReady, tainted unreachable; its pods stay Terminating and still count for pod anti-affinity until the node object is deleted.',
    );
  }
  const custom = [...workload.required, ...workload.preferred].filter(
    (term) => term.selectsGateway && term.topologyKey !== HOSTNAME_KEY && term.topologyKey !== ZONE_KEY,
  );
  for (const key of new Set(custom.map((term) => term.topologyKey))) {
    notes.push(`No simulated node carries the label ${key}, so anti-affinity on it does not act here (in Kubernetes, nodes without the label pass).`);
  }
  const unused = [...workload.required, ...workload.preferred].filter((term) => !term.selectsGateway);
  if (unused.length > 0) {
    notes.push(
      `${plural(unused.length, 'anti-affinity term')} ${unused.length === 1 ? 'does' : 'do'} not select this gateway’s pods (app=${workload.workload}) and change nothing here.`,
    );
  }
  if (workload.cpuMilli === 0 && workload.memoryBytes === 0) {
    notes.push('The gateway pods request no CPU or memory, so node capacity never stops them here.');
  }
  return notes;
}

function schedulerFindings(
  workload: GatewayWorkload,
  cluster: ClusterSpec,
  nodes: readonly SimNode[],
  healthy: readonly MutablePod[],
  replicas: number,
  rollout: PlacementResult['rollout'],
): Issue<never>[] {
  const findings: Issue<never>[] = [];
  const levels = spreadLevels(workload);
  const running = healthy.filter((pod) => pod.status === 'Running' && pod.node !== undefined);
  const roomy = nodes.filter((node) => node.usedCpuMilli + workload.cpuMilli <= node.cpuMilli && node.usedMemoryBytes + workload.memoryBytes <= node.memoryBytes);
  const preferred = workload.required.every((term) => !term.selectsGateway);

  // One finding per reason: a thousand Pending replicas for the same reason are one problem. An error when no gateway
  // pod runs at all (the gateway cannot serve: the kube-scheduler leaves every pod Pending); a warning while others
  // serve (capacity is lost, not the gateway).
  const nonePlaced = running.length === 0;
  const pendingByReason = new Map<string, string[]>();
  for (const pod of healthy.filter((candidate) => candidate.status === 'Pending')) {
    const reason = pod.reason ?? '';
    const names = pendingByReason.get(reason);
    if (names) names.push(pod.name);
    else pendingByReason.set(reason, [pod.name]);
  }
  for (const [reason, names] of pendingByReason) {
    const resources = reason.includes('Insufficient') && !reason.includes('anti-affinity');
    const shown = names.length > 3 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more pods` : listNames(names);
    findings.push({
      code: 'placement/pending',
      severity: nonePlaced ? 'error' : 'warning',
      message: `${shown} ${names.length === 1 ? 'stays' : 'stay'} Pending: ${reason}`,
      path: resources ? ['spec', 'resources', 'requests'] : ANTI_AFFINITY_PATH,
    });
  }

  const shareMessage = (kind: 'node' | 'zone', domain: string, names: string[]): string => {
    const domains = kind === 'node' ? nodes.length : new Set(nodes.map((node) => node.zone)).size;
    const withRoom = kind === 'node' ? roomy.length : new Set(roomy.map((node) => node.zone)).size;
    const why =
      replicas > domains
        ? `there are more replicas (${replicas}) than ${kind}s (${domains})`
        : replicas > withRoom
          ? `only ${plural(withRoom, kind)} of ${domains} ${withRoom === 1 ? 'has' : 'have'} room for a gateway pod`
          : levels[kind]
            ? 'the scheduler’s other scores outweighed the preference'
            : 'there is no anti-affinity on this level, only the scheduler’s default spreading';
    const rule = levels.node || levels.zone ? 'A Preferred rule lets pods share' : 'Nothing keeps them apart';
    return `${listNames(names)} share ${domain}: ${why}. ${rule}, and losing ${domain} takes down ${names.length} pods.`;
  };
  const checkShared = (kind: 'node' | 'zone'): void => {
    const byDomain = new Map<string, string[]>();
    for (const pod of running) {
      const domain = kind === 'node' ? (nodes[pod.node ?? -1]?.name ?? '') : (pod.zone ?? '');
      const names = byDomain.get(domain);
      if (names) names.push(pod.name);
      else byDomain.set(domain, [pod.name]);
    }
    const shared = [...byDomain].filter(([, names]) => names.length > 1);
    const [domain, names] = shared.reduce<[string, string[]] | undefined>((a, b) => (!a || b[1].length > a[1].length ? b : a), undefined) ?? ['', []];
    if (shared.length === 0) return;
    findings.push({
      code: kind === 'node' ? 'placement/shared-node' : 'placement/shared-zone',
      severity: 'warning',
      message: shareMessage(kind, domain, names),
      path: ANTI_AFFINITY_PATH,
    });
  };
  if (preferred && levels.zone) checkShared('zone');
  else if (preferred) checkShared('node');

  if (levels.zone) {
    const labelledZones = new Set(nodes.filter((node) => node.hasZoneLabel).map((node) => node.zone));
    if (labelledZones.size < 2) {
      findings.push({
        code: 'placement/single-zone',
        severity: 'warning',
        message:
          labelledZones.size === 0
            ? 'Zone spread is asked for, but no node carries a zone label: the rule has nothing to spread over.'
            : `Zone spread is asked for, but the cluster has nodes in one zone only (${[...labelledZones].join('')}): a zone outage still takes the gateway down.`,
        path: ANTI_AFFINITY_PATH,
      });
    }
    const unlabelled = nodes.filter((node) => !node.hasZoneLabel);
    if (unlabelled.length > 0) {
      findings.push({
        code: 'placement/zone-label-missing',
        severity: 'warning',
        message:
          `${plural(unlabelled.length, 'node')} (${listNames(unlabelled.slice(0, 3).map((node) => node.name))}${unlabelled.length > 3 ? ', …' : ''}) ` +
          `${unlabelled.length === 1 ? 'has' : 'have'} no topology.kubernetes.io/zone label: zone anti-affinity does not see ${unlabelled.length === 1 ? 'it' : 'them'}, so pods there can share a zone unnoticed.`,
        path: ANTI_AFFINITY_PATH,
      });
    }
  }
  if (rollout?.stalled) {
    findings.push({
      code: 'placement/rollout-stalls',
      // The old pods keep serving while the rollout waits: a documented risk (kubernetes#116891), not a refusal.
      severity: 'warning',
      message:
        'A rolling update cannot progress: the new pods need a node (or zone) that no old pod has left, and no old pod may go first. ' +
        'Use a Preferred rule, or rollingMaxSurge "0" with rollingMaxUnavailable "1".',
      path: SCALAR_FIELDS.rollingMaxSurge.path,
    });
  }
  if (cluster.zones.every((zone) => zone.nodes.length === 0)) {
    // An error: with no node, no gateway pod can run in this cluster.
    findings.push({ code: 'placement/no-nodes', severity: 'error', message: 'The simulated cluster has no nodes.', path: [] });
  }
  return findings;
}

function simulateEci(workload: GatewayWorkload, cluster: ClusterSpec, whatIf: WhatIfInput, replicas: number): PlacementResult {
  const listed = workload.vSwitchIds.length > 0;
  const vSwitchZones = listed ? vSwitchZonesOf(cluster, workload.vSwitchIds) : cluster.zones.map((zone) => zone.name);
  const order = [...new Set(vSwitchZones)];
  const failedZones = new Set(whatIf.failedZones ?? []);
  const ordered = workload.strategy === 'VSwitchOrdered';
  const worst = !ordered && whatIf.eciWorstCase === true;
  const pods: MutablePod[] = [];
  const running = new Map<string, number>();
  const count = (zone: string | undefined, delta: number): void => {
    if (zone !== undefined) running.set(zone, (running.get(zone) ?? 0) + delta);
  };

  const create = (name: string, role: PodRole, group: PodGroup, replaces?: string): MutablePod => {
    const alive = order.filter((zone) => !failedZones.has(zone) || role === 'replica');
    const pod: MutablePod = { name, role, status: 'Pending', group, ...(replaces ? { replaces } : {}) };
    // Ordered and the worst case: the first zone while it has stock. Random: the likely even spread.
    let zone = alive[0];
    if (!ordered && !worst) {
      for (const candidate of alive) if ((running.get(candidate) ?? 0) < (running.get(zone ?? '') ?? 0)) zone = candidate;
    }
    if (zone === undefined) pod.reason = 'No listed vSwitch is in a working zone: ECI cannot create the pod.';
    else {
      pod.status = 'Running';
      pod.zone = zone;
      count(zone, 1);
    }
    pods.push(pod);
    return pod;
  };

  for (let k = 1; k <= replicas; k += 1) create(`pod-${k}`, 'replica', 'current');
  const healthy = pods.map((pod) => ({ ...pod }));

  let failure: PlacementResult['failure'];
  if (failedZones.size > 0) {
    const lost = pods.filter((pod) => pod.status === 'Running' && pod.zone !== undefined && failedZones.has(pod.zone));
    for (const pod of lost) {
      pod.status = 'Lost';
      pod.reason = `${pod.zone ?? 'its zone'} failed`;
      count(pod.zone, -1);
    }
    let next = pods.length + 1;
    const replacements = lost.map((pod) => create(`pod-${next++}`, 'replacement', 'current', pod.name));
    const survivors = pods.filter((pod) => pod.status === 'Running' && pod.role !== 'replacement');
    const placed = replacements.filter((pod) => pod.status === 'Running');
    failure = {
      stayedUp: survivors.length > 0 || lost.length === 0,
      detail: [
        lost.length === 0 ? 'No gateway pod ran there.' : `${listNames(lost.map((pod) => pod.name))} ${lost.length === 1 ? 'was' : 'were'} lost.`,
        placed.length > 0 ? `ECI creates ${listNames(placed.map((pod) => `${pod.name} in ${pod.zone ?? '?'}`))}.` : '',
        survivors.length > 0 || lost.length === 0
          ? 'The gateway stayed up.'
          : 'The gateway went down until ECI created new pods: every pod was in the failed zone.',
      ]
        .filter(Boolean)
        .join(' '),
    };
  }

  let rollout: PlacementResult['rollout'];
  if (whatIf.rollingUpdate) {
    const step = rolloutStep(replicas, workload.maxSurge, workload.maxUnavailable);
    const old = pods.filter((pod) => pod.status === 'Running').reverse().slice(0, step.unavailable);
    for (const pod of old) {
      pod.status = 'Removed';
      pod.reason = 'Taken down by the rolling update';
      count(pod.zone, -1);
    }
    for (let k = 1; k <= Math.min(step.surge + step.unavailable, replicas); k += 1) create(`new-${k}`, 'surge', 'next');
    rollout = {
      ...step,
      stalled: false,
      detail: `One step of the rolling update: ${plural(step.surge, 'new pod')} above the desired count and ${plural(step.unavailable, 'old pod')} taken down first. ECI pods have no anti-affinity to wait for.`,
    };
  }

  const runningHealthy = healthy.filter((pod) => pod.status === 'Running');
  const certainty = ordered || worst ? 'certain' : 'likely';
  const nodeVerdict: Verdict =
    runningHealthy.length >= 2
      ? {
          ok: true,
          certainty: 'certain',
          detail: `Yes: each ECI pod runs on its own instance, and ${runningHealthy.length} pods run.`,
          pods: runningHealthy.map((pod) => pod.name),
        }
      : {
          ok: false,
          certainty: 'certain',
          detail: runningHealthy.length === 1 ? `No: ${runningHealthy[0]?.name ?? ''} is the only pod.` : 'No: no gateway pod is running.',
          pods: runningHealthy.map((pod) => pod.name),
        };
  const notes = [...eciNotes(workload, listed, order, vSwitchZones, ordered, worst), ...replicaNotes(workload)];
  const findings: Issue<never>[] = [];
  if (order.length < 2) {
    findings.push({
      code: 'placement/eci-one-zone',
      severity: 'warning',
      message: `Every vSwitch is in ${order[0] ?? 'the same zone'}: ECI can create gateway pods in that zone only, so a zone outage takes the gateway down.`,
      path: ['spec', 'podAnnotations', 'k8s.aliyun.com/eci-vswitch'],
    });
  }
  return {
    mode: 'eci',
    replicas,
    pods: pods.map((pod) => ({ ...toSimPod(pod, []), ...(pod.status === 'Running' || pod.status === 'Lost' ? { node: 'ECI instance' } : {}) })),
    zones: cluster.zones.map((zone) => ({
      name: zone.name,
      failed: failedZones.has(zone.name),
      nodes: [],
      eciPods: pods.filter((pod) => pod.zone === zone.name && (pod.status === 'Running' || pod.status === 'Lost')).map((pod) => pod.name),
      vSwitches: workload.vSwitchIds.filter((_, i) => vSwitchZones[i] === zone.name),
    })),
    verdicts: {
      node: nodeVerdict,
      zone: verdictOver(runningHealthy.map((pod) => ({ name: pod.name, domain: pod.zone ?? '' })), 'zone', certainty),
      pending: pendingOf(pods),
    },
    ...(failure ? { failure } : {}),
    ...(rollout ? { rollout } : {}),
    notes,
    findings,
  };
}

function eciNotes(
  workload: GatewayWorkload,
  listed: boolean,
  order: readonly string[],
  vSwitchZones: readonly string[],
  ordered: boolean,
  worst: boolean,
): string[] {
  const notes: string[] = [];
  if (!listed) notes.push('No vSwitch annotation: ECI uses the cluster’s eci-profile vSwitches; shown here across all zones.');
  if (ordered) {
    notes.push(
      `VSwitchOrdered: ECI creates every pod in the first vSwitch’s zone (${order[0] ?? '?'}) while it has stock; the next zones are used only when it has none. A fallback order, not a spread.`,
    );
  } else {
    notes.push(
      worst
        ? `Worst case of VSwitchRandom: every pod in ${order[0] ?? '?'}. ECI picks zones by inventory, so this can happen.`
        : 'VSwitchRandom: ECI picks the zone by inventory. The even spread shown is likely, not guaranteed: all pods can land in one zone.',
    );
  }
  const seen = new Map<string, string>();
  workload.vSwitchIds.forEach((id, i) => {
    const zone = vSwitchZones[i] ?? '';
    const other = seen.get(zone);
    if (other !== undefined) notes.push(`${other} and ${id} are both in ${zone}: they add no zone.`);
    else seen.set(zone, id);
  });
  return notes;
}
