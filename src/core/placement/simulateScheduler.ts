import { HOSTNAME_KEY, ZONE_KEY } from '../gateway/types';
import { type ClusterSpec, nodeName } from './cluster';
import { schedulerFindings } from './placementFindings';
import {
  listNames,
  lostSentence,
  type MutablePod,
  pendingOf,
  type PlacementResult,
  plural,
  type PodRole,
  replicaNotes,
  toSimPod,
  type VerdictBasis,
  verdictOver,
  type WhatIfInput,
  type ZoneView,
} from './result';
import { rolloutStep } from './rollout';
import { type PodGroup, SchedulerModel, type SimNode } from './scheduler';
import type { GatewayWorkload } from './workload';

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

/** Where kube-scheduler's default profile places the pods on ACK's nodes, and what the what-ifs do to them. */
export function simulateScheduler(workload: GatewayWorkload, cluster: ClusterSpec, whatIf: WhatIfInput, replicas: number): PlacementResult {
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
      lostSentence(lost),
      placedReplacements.length > 0
        ? `${listNames(placedReplacements.map((pod) => `${pod.name} on ${nodes[pod.node ?? -1]?.name ?? '?'}`))} replace${placedReplacements.length === 1 ? 's' : ''} ${placedReplacements.length === 1 ? 'it' : 'them'}.`
        : '',
      pendingReplacements.length > 0
        ? `${listNames(pendingReplacements.map((pod) => pod.name))} stay${pendingReplacements.length === 1 ? 's' : ''} Pending.`
        : '',
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
    node: {
      ...verdictOver(
        running.map((pod) => ({ name: pod.name, domain: nodes[pod.node ?? -1]?.name ?? '' })),
        'node',
        'certain',
      ),
      basis: bases.node,
    },
    zone: {
      ...verdictOver(
        running.map((pod) => ({ name: pod.name, domain: pod.zone ?? '' })),
        'zone',
        'certain',
      ),
      basis: bases.zone,
    },
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
