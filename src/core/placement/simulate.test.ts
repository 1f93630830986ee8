import { describe, expect, it } from 'vitest';
import type { AnswerChange } from '../gateway/answers';
import { applyAnswers } from '../gateway/applyAnswer';
import { presetText } from '../gateway/presets';
import { type PresetId } from '../gateway/presetList';
import { parseYaml } from '../yaml/parse';
import {
  CLUSTER_LIMITS,
  type ClusterSpec,
  DEFAULT_CLUSTER,
  DEFAULT_NODE,
  type NodeSpec,
  vSwitchZoneProblem,
  vSwitchZonesOf,
  withVSwitchInZone,
  withZoneCount,
} from './cluster';
import { rolloutStep } from './rollout';
import { simulatePlacement, type PlacementResult, type WhatIfInput } from './simulate';
import { readWorkload } from './workload';

/**
 * The seed presets' pods request 200m/256Mi (gateway) + 100m/128Mi (SDS) = 300m CPU and 384Mi.
 * Default nodes: 4 CPU, 16 GiB, nothing used.
 */
function workloadOf(preset: PresetId, ...changes: AnswerChange[]) {
  return readWorkload(applyAnswers(parseYaml(presetText(preset)).doc, changes));
}

function cluster(zones: Record<string, (Partial<NodeSpec> | undefined)[]>, vSwitchZones: Record<string, string> = {}): ClusterSpec {
  return {
    zones: Object.entries(zones).map(([name, nodes]) => ({ name, nodes: nodes.map((node) => ({ ...DEFAULT_NODE, ...node })) })),
    vSwitchZones,
    asmVersion: DEFAULT_CLUSTER.asmVersion,
  };
}

const threeZones = (perZone: number): ClusterSpec =>
  cluster({
    'cn-hangzhou-h': Array.from({ length: perZone }, () => undefined),
    'cn-hangzhou-i': Array.from({ length: perZone }, () => undefined),
    'cn-hangzhou-j': Array.from({ length: perZone }, () => undefined),
  });

function where(result: PlacementResult): string[] {
  return result.pods.map((pod) => `${pod.name} ${pod.status}${pod.node ? ` ${pod.node}` : ''}`);
}

describe('simulatePlacement: kube-scheduler on ACK', () => {
  it('preferred node spread with more replicas than nodes: the third pod shares a node, by a tie', () => {
    // One zone, nodes n1 and n2; 3 replicas (min 3, max 4).
    // pod-1: nothing placed, every score equal → tie, first node n1.
    // pod-2: InterPodAffinity raw n1 = −2×100×1 = −200, n2 = 0 → normalised 0 / 100 (×2: 0 / 200).
    //   PodTopologySpread: size 2 nodes → w_h = ln 4; 1 zone → w_z = ln 3.
    //   n1: 1·ln4 + 2 + 1·ln3 + 4 = 8.48 → 8; n2: 0 + 2 + 1·ln3 + 4 = 7.10 → 7;
    //   normalised 100·(8+7−s)/8: n1 87, n2 100 (×2: 174 / 200).
    //   LeastAllocated: n1 cpu (4000−600)·100/4000 = 85, mem (16Gi−768Mi)·100/16Gi = 95 → 90;
    //   n2 cpu 92, mem 97 → 94. Balanced: n1 |0.15−0.046875|/2 → 94; n2 |0.075−0.0234|/2 → 97.
    //   Totals n1 0+174+90+94 = 358, n2 200+200+94+97 = 591 → n2.
    // pod-3: one pod on each node: InterPodAffinity all −200 → max−min = 0 → 0 everywhere;
    //   PodTopologySpread equal (round(ln4+2+2·ln3+4) = 10 both → 100); resources equal → tie → n1.
    const workload = workloadOf('ack-node', { field: 'minReplicas', value: 3 });
    const result = simulatePlacement(workload, cluster({ z: [undefined, undefined] }));
    expect(where(result)).toEqual(['pod-1 Running z-n1', 'pod-2 Running z-n2', 'pod-3 Running z-n1']);
    expect(result.pods[0]?.tie?.among).toBe(2);
    expect(result.pods[1]?.tie).toBeUndefined();
    expect(result.pods[2]?.tie).toEqual({ among: 2, candidates: ['z-n1', 'z-n2'] });
    const scores = result.breakdown?.nodes.map((node) => [node.node, node.plugins, node.total]);
    expect(scores).toEqual([
      ['z-n1', { InterPodAffinity: 0, PodTopologySpread: 100, NodeResourcesFit: 90, NodeResourcesBalancedAllocation: 94 }, 384],
      ['z-n2', { InterPodAffinity: 0, PodTopologySpread: 100, NodeResourcesFit: 90, NodeResourcesBalancedAllocation: 94 }, 384],
    ]);
    expect(result.verdicts.node).toMatchObject({ ok: true, pods: ['pod-1', 'pod-3'] });
    expect(result.findings.map((finding) => finding.code)).toEqual(['placement/shared-node']);
    expect(result.findings[0]?.message).toBe(
      'pod-1 and pod-3 share z-n1: there are more replicas (3) than nodes (2). A Preferred rule lets pods share, and losing z-n1 takes down 2 pods.',
    );
  });

  it('the score breakdown of pod-2 adds up as derived by hand', () => {
    const workload = workloadOf('ack-node');
    const result = simulatePlacement(workload, cluster({ z: [undefined, undefined] }));
    expect(result.breakdown?.pod).toBe('pod-2');
    expect(result.breakdown?.nodes.map((node) => [node.node, node.total, node.chosen])).toEqual([
      ['z-n1', 358, false],
      ['z-n2', 591, true],
    ]);
  });

  it('preferred zone spread on an empty 3-zone cluster: one pod per zone, then sharing', () => {
    // pod-1: all tie → h-n1. pod-2: zone h penalised by InterPodAffinity (−200 for h-n1 and h-n2),
    // h-n1 also by the hostname spread → i-n1, j-n1 and their n2s tie at the top → i-n1.
    // pod-3 → j-n1 likewise. pod-4: every zone holds one pod → InterPodAffinity flat (0);
    // the n1 nodes hold a pod → the hostname spread favours the n2 nodes → tie → h-n2.
    const workload = workloadOf('ack-zone');
    const two = simulatePlacement(workload, threeZones(2));
    expect(where(two)).toEqual(['pod-1 Running cn-hangzhou-h-n1', 'pod-2 Running cn-hangzhou-i-n1']);
    expect(two.verdicts.zone.ok).toBe(true);
    const four = simulatePlacement(workload, threeZones(2), { replicas: 4 });
    expect(where(four)).toEqual([
      'pod-1 Running cn-hangzhou-h-n1',
      'pod-2 Running cn-hangzhou-i-n1',
      'pod-3 Running cn-hangzhou-j-n1',
      'pod-4 Running cn-hangzhou-h-n2',
    ]);
    expect(four.findings.map((finding) => finding.code)).toEqual(['placement/shared-zone']);
    expect(four.findings[0]?.message).toContain('there are more replicas (4) than zones (3)');
  });

  it('a full zone forces a preferred pod to share another zone', () => {
    // Zone j's only node has 3.9 of 4 CPUs in use: 100m free < 300m requested → Insufficient cpu.
    // pod-1 → h (tie h, i), pod-2 → i, pod-3: j is filtered out; h and i hold one pod each → tie → h.
    const workload = workloadOf('ack-zone', { field: 'minReplicas', value: 3 });
    const result = simulatePlacement(workload, cluster({ h: [undefined], i: [undefined], j: [{ usedCpu: 3.9 }] }));
    expect(where(result)).toEqual(['pod-1 Running h-n1', 'pod-2 Running i-n1', 'pod-3 Running h-n1']);
    expect(result.breakdown?.nodes.find((node) => node.node === 'j-n1')?.reasons).toEqual(['Insufficient cpu']);
    expect(result.findings[0]?.message).toBe(
      'pod-1 and pod-3 share h: only 2 zones of 3 have room for a gateway pod. A Preferred rule lets pods share, and losing h takes down 2 pods.',
    );
  });

  it('required zone spread with 4 replicas in 3 zones: one pod stays Pending, in Kubernetes’ words', () => {
    // pods 1–3 take h-n1, i-n1, j-n1; then every node's zone holds a matching pod → all 6 filtered out.
    const workload = workloadOf('ack-zone', { field: 'rule', value: 'required' });
    const result = simulatePlacement(workload, threeZones(2), { replicas: 4 });
    expect(where(result)).toEqual(['pod-1 Running cn-hangzhou-h-n1', 'pod-2 Running cn-hangzhou-i-n1', 'pod-3 Running cn-hangzhou-j-n1', 'pod-4 Pending']);
    expect(result.pods[3]?.reason).toBe("0/6 nodes are available: 6 node(s) didn't match pod anti-affinity rules.");
    expect(result.verdicts.pending).toEqual({ count: 1, pods: ['pod-4'] });
    expect(result.findings.map((finding) => finding.code)).toEqual(['placement/pending']);
  });

  it('a node without the zone label passes required zone anti-affinity, and even attracts the pods', () => {
    // h-n1, i-n1, j-n1 carry the zone label; j-n2 does not. Required zone anti-affinity, 4 replicas.
    // PodTopologySpread adds each constraint's (maxSkew − 1) only on nodes with that label, so j-n2's
    // raw score is lower, which normalises to the best score:
    // pod-1: labelled 0·ln6 + 2 + 0·ln5 + 4 = 6, j-n2 0 + 2 = 2 → 33 vs 100 → j-n2.
    // pod-2: j-n2 has no zone, so pod-1 counts in no zone and j-n2 passes the filter again;
    //   j-n2 1·ln6 + 2 = 3.8 → 4 vs 6 → 100 vs 66 (×2), resources 90 + 94 vs 94 + 97 → 384 vs 323 → j-n2.
    // pod-3: j-n2 2·ln6 + 2 = 5.6 → 6, as the others → spread flat; resources favour the empty nodes → h-n1.
    // pod-4: zone h is taken (h-n1 filtered); j-n2 2·ln5 + 2 = 5.2 → 5 vs 6 → 100 vs 83 → j-n2 again.
    // (PodTopologySpread's zone "size" counts j-n2's missing label as one more value, "".)
    // This is the "unintended behavior" the Kubernetes docs warn of for nodes without topology labels.
    const workload = workloadOf('ack-zone', { field: 'rule', value: 'required' });
    const result = simulatePlacement(workload, cluster({ h: [undefined], i: [undefined], j: [undefined, { zoneLabel: false }] }), {
      replicas: 4,
    });
    expect(where(result)).toEqual(['pod-1 Running j-n2', 'pod-2 Running j-n2', 'pod-3 Running h-n1', 'pod-4 Running j-n2']);
    expect(result.findings.map((finding) => finding.code)).toContain('placement/zone-label-missing');
  });

  it('the rolling-update deadlock: Required node spread, every node taken, surge pods stay Pending', () => {
    // 3 replicas on 3 nodes, maxSurge 25 % → ceil(0.75) = 1, maxUnavailable 25 % → floor(0.75) = 0:
    // one new pod, no old pod may go first, and each node already runs a matching pod (kubernetes#116891).
    expect(rolloutStep(3, '25%', '25%')).toEqual({ surge: 1, unavailable: 0 });
    const workload = workloadOf(
      'ack-node',
      { field: 'rule', value: 'required' },
      { field: 'minReplicas', value: 3 },
      { field: 'rollingMaxSurge', value: '25%' },
    );
    const result = simulatePlacement(workload, cluster({ z: [undefined, undefined, undefined] }), { rollingUpdate: true });
    expect(where(result).slice(3)).toEqual(['new-1 Pending']);
    expect(result.pods[3]?.reason).toBe("0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules.");
    expect(result.rollout?.stalled).toBe(true);
    expect(result.findings.map((finding) => finding.code)).toContain('placement/rollout-stalls');

    // The known fix: maxSurge 0, maxUnavailable 1 → one old pod goes first and its node takes the new one.
    const fixed = simulatePlacement(
      readWorkload(
        applyAnswers(parseYaml(presetText('ack-node')).doc, [
          { field: 'rule', value: 'required' },
          { field: 'minReplicas', value: 3 },
          { field: 'rollingMaxSurge', value: '0' },
          { field: 'rollingMaxUnavailable', value: '1' },
        ]),
      ),
      cluster({ z: [undefined, undefined, undefined] }),
      { rollingUpdate: true },
    );
    expect(where(fixed)).toEqual(['pod-1 Running z-n1', 'pod-2 Running z-n2', 'pod-3 Removed z-n3', 'new-1 Running z-n3']);
    expect(fixed.rollout?.stalled).toBe(false);
  });

  it('a failed zone: Preferred replaces the lost pod in another zone, Required leaves it Pending', () => {
    // 3 replicas, one per zone. Failing h: its nodes stay, tainted unreachable, and pod-1 stays
    // Terminating on h-n1 (still counted by InterPodAffinity, no longer by PodTopologySpread).
    // Preferred: the taint filters h-n1, h-n2; i and j hold one pod each → InterPodAffinity flat;
    // the n2 nodes are emptier → i-n2.
    // Required: h's nodes fail on the taint (TaintToleration runs first); i and j hold a matching pod.
    const whatIf: WhatIfInput = { replicas: 3, failedZones: ['cn-hangzhou-h'] };
    const preferred = simulatePlacement(workloadOf('ack-zone'), threeZones(2), whatIf);
    expect(where(preferred)).toEqual([
      'pod-1 Lost cn-hangzhou-h-n1',
      'pod-2 Running cn-hangzhou-i-n1',
      'pod-3 Running cn-hangzhou-j-n1',
      'pod-4 Running cn-hangzhou-i-n2',
    ]);
    expect(preferred.pods[3]?.replaces).toBe('pod-1');
    expect(preferred.failure).toEqual({
      stayedUp: true,
      detail: 'pod-1 was lost. pod-4 on cn-hangzhou-i-n2 replaces it. The gateway stayed up with 2 pods while its replacement started.',
    });
    const required = simulatePlacement(workloadOf('ack-zone', { field: 'rule', value: 'required' }), threeZones(2), whatIf);
    expect(required.pods[3]).toMatchObject({
      name: 'pod-4',
      status: 'Pending',
      reason: "0/6 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 4 node(s) didn't match pod anti-affinity rules.",
    });
    // The verdicts describe the healthy placement: both survive losing a zone.
    expect([preferred.verdicts.zone.ok, required.verdicts.zone.ok]).toEqual([true, true]);
  });

  it('a failed node keeps its Terminating pod in the count: Required zone spread cannot refill that zone', () => {
    // Required zone spread, 3 replicas on h-n1, i-n1, j-n1. h-n1 fails: pod-1 stays Terminating on it
    // and still counts in zone h, so h-n2 fails anti-affinity too; i and j are taken.
    const workload = workloadOf('ack-zone', { field: 'rule', value: 'required' });
    const result = simulatePlacement(workload, threeZones(2), { replicas: 3, failedNodes: ['cn-hangzhou-h-n1'] });
    expect(result.pods[3]).toMatchObject({
      status: 'Pending',
      reason: "0/6 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 5 node(s) didn't match pod anti-affinity rules.",
    });
    expect(result.notes.join(' ')).toContain('its pods stay Terminating and still count for pod anti-affinity');
  });

  it('PodTopologySpread counts a node without the zone label as one more zone value', () => {
    // Pods 1–3 on j-n2, j-n2, h-n1 (see above); pod-4 is scored over h-n1, i-n1, j-n1, j-n2.
    // Zone values {h, i, j, ""} → size 4, w_z = ln 6; w_h = ln 6 (4 nodes).
    // h-n1: 1·ln6 + 2 + 1·ln6 + 4 = 9.6 → 10; i-n1, j-n1: 2 + 4 = 6; j-n2: 2·ln6 + 2 = 5.6 → 6.
    // Normalised 100·(10 + 6 − s)/10: h-n1 60, the others 100.
    const result = simulatePlacement(workloadOf('ack-zone'), cluster({ h: [undefined], i: [undefined], j: [undefined, { zoneLabel: false }] }), {
      replicas: 4,
    });
    expect(result.breakdown?.nodes.map((node) => [node.node, node.plugins?.PodTopologySpread, node.total])).toEqual([
      ['h-n1', 60, 304],
      ['i-n1', 100, 591],
      ['j-n1', 100, 591],
      ['j-n2', 100, 576],
    ]);
  });

  it('a rollout step creates at most the desired count of new pods, and Pending old pods go first', () => {
    // 4 replicas, 100 % / 25 %: surge 4, unavailable 1 → 4 new pods, not 5.
    const preferred = simulatePlacement(workloadOf('ack-zone', { field: 'minReplicas', value: 4 }), threeZones(2), { rollingUpdate: true });
    expect(preferred.pods.filter((pod) => pod.role === 'surge')).toHaveLength(4);
    // Required zone spread: pod-4 is Pending and is deleted first; 3 running pods = minAvailable (4 − 1),
    // so no running pod may go, and every zone is taken: the rollout stalls.
    const required = simulatePlacement(workloadOf('ack-zone', { field: 'rule', value: 'required' }, { field: 'minReplicas', value: 4 }), threeZones(2), {
      rollingUpdate: true,
    });
    expect(required.pods.find((pod) => pod.name === 'pod-4')?.status).toBe('Removed');
    expect(required.pods.filter((pod) => pod.name.startsWith('pod-')).map((pod) => pod.status)).toEqual(['Running', 'Running', 'Running', 'Removed']);
    expect(required.rollout?.stalled).toBe(true);
  });

  it('a surge of billions is bounded by the desired count', () => {
    const workload = workloadOf('ack-node', { field: 'rollingMaxSurge', value: '5000000000' });
    const result = simulatePlacement(workload, threeZones(2), { rollingUpdate: true });
    expect(result.pods.filter((pod) => pod.role === 'surge')).toHaveLength(2);
  });

  it('verdicts name the pods that make them so', () => {
    const oneNode = simulatePlacement(workloadOf('ack-node'), cluster({ z: [undefined] }));
    expect(oneNode.verdicts.node).toEqual({
      ok: false,
      certainty: 'certain',
      basis: 'preference',
      detail: 'No: all 2 pods run on z-n1.',
      pods: ['pod-1', 'pod-2'],
    });
    expect(oneNode.verdicts.zone.ok).toBe(false);
  });

  it('a Yes says what it rests on: a Required rule, a Preferred one, or only the simulation’s chance', () => {
    const three = threeZones(2);
    const nodeSpread = simulatePlacement(workloadOf('ack-node'), three).verdicts;
    expect([nodeSpread.node.ok, nodeSpread.node.basis, nodeSpread.zone.ok, nodeSpread.zone.basis]).toEqual([true, 'preference', true, 'chance']);
    const requiredZone = simulatePlacement(workloadOf('ack-zone', { field: 'rule', value: 'required' }), three).verdicts;
    expect([requiredZone.node.basis, requiredZone.zone.basis]).toEqual(['rule', 'rule']);
    const preferredZone = simulatePlacement(workloadOf('ack-zone'), three).verdicts;
    expect([preferredZone.node.basis, preferredZone.zone.basis]).toEqual(['preference', 'preference']);
  });

  it('insufficient resources are reported per node, sorted as Kubernetes sorts them', () => {
    const workload = workloadOf('ack-node', { field: 'rule', value: 'required' }, { field: 'minReplicas', value: 3 });
    const result = simulatePlacement(workload, cluster({ z: [undefined, undefined, { usedCpu: 3.9, usedMemoryGiB: 15.9 }] }));
    expect(result.pods[2]?.reason).toBe("0/3 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 2 node(s) didn't match pod anti-affinity rules.");
  });
});

describe('simulatePlacement: ECI on ACK Serverless', () => {
  const vSwitches = { 'vsw-bp1b07j0miob3khtn****': 'cn-hangzhou-h', 'vsw-bp12b85hh323se8ft****': 'cn-hangzhou-i' };

  it('VSwitchOrdered puts every pod in the first vSwitch’s zone, and says why', () => {
    const workload = workloadOf('serverless-eci', { field: 'scheduleStrategy', value: 'VSwitchOrdered' });
    const result = simulatePlacement(workload, threeZones(2), { replicas: 4 });
    expect(result.pods.map((pod) => pod.zone)).toEqual(['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-h', 'cn-hangzhou-i'].map(() => 'cn-hangzhou-h'));
    expect(result.verdicts.zone).toMatchObject({ ok: false, detail: 'No: all 4 pods run in cn-hangzhou-h.' });
    expect(result.notes.join(' ')).toContain('the next zones are used only when it has none');
  });

  it('VSwitchRandom shows the likely even spread, says it is not guaranteed, and has a worst case', () => {
    const workload = workloadOf('serverless-eci');
    const likely = simulatePlacement(workload, { ...threeZones(2), vSwitchZones: vSwitches }, { replicas: 4 });
    expect(likely.pods.map((pod) => pod.zone)).toEqual(['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-h', 'cn-hangzhou-i']);
    expect(likely.verdicts.zone).toMatchObject({ ok: true, certainty: 'likely' });
    expect(likely.notes.join(' ')).toContain('likely, not guaranteed');
    const worst = simulatePlacement(workload, { ...threeZones(2), vSwitchZones: vSwitches }, { replicas: 4, eciWorstCase: true });
    expect(new Set(worst.pods.map((pod) => pod.zone))).toEqual(new Set(['cn-hangzhou-h']));
    expect(worst.verdicts.zone.ok).toBe(false);
  });

  it('a failed zone: ECI creates the replacements in the other listed zone', () => {
    const result = simulatePlacement(
      workloadOf('serverless-eci'),
      { ...threeZones(2), vSwitchZones: vSwitches },
      {
        failedZones: ['cn-hangzhou-h'],
      },
    );
    expect(where(result)).toEqual(['pod-1 Lost ECI instance', 'pod-2 Running ECI instance', 'pod-3 Running ECI instance']);
    expect(result.pods[2]).toMatchObject({ zone: 'cn-hangzhou-i', replaces: 'pod-1' });
  });

  it('vSwitches in one zone are reported', () => {
    const result = simulatePlacement(workloadOf('serverless-eci'), {
      ...threeZones(1),
      vSwitchZones: { 'vsw-bp1b07j0miob3khtn****': 'cn-hangzhou-h', 'vsw-bp12b85hh323se8ft****': 'cn-hangzhou-h' },
    });
    expect(result.findings.map((finding) => finding.code)).toEqual(['placement/eci-one-zone']);
    expect(result.notes).toContain('vsw-bp1b07j0miob3khtn**** and vsw-bp12b85hh323se8ft**** are both in cn-hangzhou-h: they add no zone.');
  });
});

describe('the zones of the vSwitches, named by the user', () => {
  it('a new zone name renames the vSwitch’s own zone, and adds one when another vSwitch is in it', () => {
    const ids = ['vsw-a', 'vsw-b'];
    const renamed = withVSwitchInZone(DEFAULT_CLUSTER, ids, 0, 'cn-shanghai-b');
    expect(renamed.zones.map((zone) => zone.name)).toEqual(['cn-shanghai-b', 'cn-hangzhou-i', 'cn-hangzhou-j']);
    expect(vSwitchZonesOf(renamed, ids)).toEqual(['cn-shanghai-b', 'cn-hangzhou-i']);
    const both = withVSwitchInZone(renamed, ids, 1, 'cn-shanghai-b');
    expect(vSwitchZonesOf(both, ids)).toEqual(['cn-shanghai-b', 'cn-shanghai-b']);
    const added = withVSwitchInZone(both, ids, 1, 'cn-shanghai-g');
    expect(added.zones.map((zone) => zone.name)).toEqual(['cn-shanghai-b', 'cn-hangzhou-i', 'cn-hangzhou-j', 'cn-shanghai-g']);
    expect(vSwitchZonesOf(added, ids)).toEqual(['cn-shanghai-b', 'cn-shanghai-g']);
  });

  it('a name that is not a zone name changes nothing, and says why', () => {
    expect(withVSwitchInZone(DEFAULT_CLUSTER, ['vsw-a'], 0, 'Shanghai B')).toBe(DEFAULT_CLUSTER);
    expect(vSwitchZoneProblem(DEFAULT_CLUSTER, ['vsw-a'], 0, 'Shanghai B')).toMatch(/lowercase letters/);
  });

  it('a row with no vSwitch ID yet takes no zone, and says why', () => {
    expect(withVSwitchInZone(DEFAULT_CLUSTER, ['vsw-a', ''], 1, 'cn-shanghai-b')).toBe(DEFAULT_CLUSTER);
    expect(vSwitchZoneProblem(DEFAULT_CLUSTER, ['vsw-a', ''], 1, 'cn-shanghai-b')).toBe('Enter the ID of vSwitch 2 first: its zone belongs to it.');
  });

  it('a new zone beyond the simulated cluster’s most is refused with a reason; renaming and existing zones still work there', () => {
    const full = withZoneCount(DEFAULT_CLUSTER, CLUSTER_LIMITS.zones.max);
    const ids = ['vsw-a', 'vsw-b'];
    const together = withVSwitchInZone(full, ids, 1, vSwitchZonesOf(full, ids)[0] ?? '');
    expect(vSwitchZoneProblem(together, ids, 1, 'cn-shanghai-x')).toMatch(/already has 10 zones/);
    expect(withVSwitchInZone(together, ids, 1, 'cn-shanghai-x')).toBe(together);
    expect(vSwitchZoneProblem(full, ids, 1, 'cn-shanghai-x')).toBeUndefined();
    expect(vSwitchZoneProblem(together, ids, 1, full.zones[5]?.name ?? '')).toBeUndefined();
  });
});
