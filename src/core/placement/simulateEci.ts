import { type ClusterSpec, vSwitchZonesOf } from './cluster';
import { eciFindings } from './placementFindings';
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
  type Verdict,
  verdictOver,
  type WhatIfInput,
} from './result';
import { rolloutStep } from './rollout';
import type { PodGroup } from './scheduler';
import type { GatewayWorkload } from './workload';

/** Where ECI creates the pods on ACK Serverless: the zones of the listed vSwitches, per the schedule strategy. */
export function simulateEci(workload: GatewayWorkload, cluster: ClusterSpec, whatIf: WhatIfInput, replicas: number): PlacementResult {
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
        lostSentence(lost),
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
    const old = pods
      .filter((pod) => pod.status === 'Running')
      .reverse()
      .slice(0, step.unavailable);
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
      zone: verdictOver(
        runningHealthy.map((pod) => ({ name: pod.name, domain: pod.zone ?? '' })),
        'zone',
        certainty,
      ),
      pending: pendingOf(pods),
    },
    ...(failure ? { failure } : {}),
    ...(rollout ? { rollout } : {}),
    notes,
    findings: eciFindings(order),
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
