import { type ClusterSpec, MAX_SIMULATED_REPLICAS } from './cluster';
import type { PlacementResult, WhatIfInput } from './result';
import { simulateEci } from './simulateEci';
import { simulateScheduler } from './simulateScheduler';
import type { GatewayWorkload } from './workload';

export type { NodeView, PlacementResult, PodRole, PodStatus, SimPod, Verdict, VerdictBasis, WhatIfInput, ZoneView } from './result';

function clampReplicas(workload: GatewayWorkload, replicas: number | undefined): number {
  const wanted = replicas ?? workload.minReplicas;
  return Math.min(MAX_SIMULATED_REPLICAS, workload.maxReplicas, Math.max(workload.minReplicas, Math.round(wanted)));
}

/** Where the gateway pods land, and what survives a failure: kube-scheduler on ACK, ECI zones on ACK Serverless. */
export function simulatePlacement(workload: GatewayWorkload, cluster: ClusterSpec, whatIf: WhatIfInput = {}): PlacementResult {
  const replicas = clampReplicas(workload, whatIf.replicas);
  return workload.clusterType === 'ACKServerless' ? simulateEci(workload, cluster, whatIf, replicas) : simulateScheduler(workload, cluster, whatIf, replicas);
}
