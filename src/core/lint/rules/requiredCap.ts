/**
 * ha/required-zone-cap, ha/required-node-cap — a Required rule caps how many pods can run.
 * Why: Required anti-affinity allows one gateway pod per zone (or node); pods beyond the number
 * of zones (or nodes) stay Pending (domain.md §3.3, §5.4). Mistake: maxReplicas above the
 * number of domains in the cluster. Fix: a Preferred rule, or a maximum that fits.
 */
import { HOSTNAME_KEY, ZONE_KEY } from '../../gateway/types';
import type { AnswerChange, Answers } from '../../gateway/answers';
import type { GatewayFix, GatewayIssue } from '../../gateway/gatewayIssue';
import { ANTI_AFFINITY_PATH } from '../../gateway/antiAffinity';
import { rolloutStep } from '../../placement/rollout';
import type { GatewayWorkload } from '../../placement/workload';
import { documentRule, finding, fix } from '../rule';

/** Nodes and zones of the simulated cluster (zones with at least one node). */
export function domainCounts(cluster: { zones: readonly { nodes: readonly unknown[] }[] }): { node: number; zone: number } {
  return {
    node: cluster.zones.reduce((sum, zone) => sum + zone.nodes.length, 0),
    zone: cluster.zones.filter((zone) => zone.nodes.length > 0).length,
  };
}

/**
 * The replica settings that fit `domains`: the autoscaler's range when there is one, else the
 * replica count. Replicas that fill every domain cannot roll with a surge (ha/required-rollout-deadlock),
 * so the fix then also rolls one pod at a time.
 */
function fitReplicas(answers: Answers, workload: GatewayWorkload, domains: number): GatewayFix {
  const autoscaled = answers.maxReplicas !== undefined;
  const changes: AnswerChange[] = autoscaled ? [{ field: 'maxReplicas', value: domains }] : [{ field: 'replicaCount', value: domains }];
  if (autoscaled && (answers.minReplicas ?? 1) > domains) changes.push({ field: 'minReplicas', value: domains });
  if (autoscaled && (answers.replicaCount ?? 0) > domains) changes.push({ field: 'replicaCount', value: domains });
  const step = rolloutStep(domains, workload.maxSurge, workload.maxUnavailable);
  const stalls = step.surge >= 1 && step.unavailable === 0;
  if (stalls) changes.push({ field: 'rollingMaxSurge', value: '0' }, { field: 'rollingMaxUnavailable', value: '1' });
  const what = autoscaled ? `maximum replicas to ${domains}` : `replica count to ${domains}`;
  return fix(stalls ? `Set ${what} and roll one pod at a time` : `Set ${what}`, ...changes);
}

const codes = {
  'ha/required-zone-cap': {},
  'ha/required-node-cap': {},
} as const;

export const requiredCap = documentRule({
  id: 'ha/required-cap',
  codes,
  check: ({ workload, answers, cluster }) => {
    if (!cluster || answers.clusterType !== 'ACK') return [];
    const counts = domainCounts(cluster);
    const findings: GatewayIssue<keyof typeof codes>[] = [];
    for (const [key, level] of [
      [ZONE_KEY, 'zone'],
      [HOSTNAME_KEY, 'node'],
    ] as const) {
      if (!workload.required.some((term) => term.selectsGateway && term.topologyKey === key)) continue;
      const domains = counts[level];
      if (workload.maxReplicas <= domains) continue;
      findings.push(
        finding(
          `ha/required-${level}-cap`,
          'warning',
          `Required anti-affinity allows one gateway pod per ${level}: with ${domains} ${level}${domains === 1 ? '' : 's'} in the cluster, pods beyond ${domains} stay Pending, and maximum replicas is ${workload.maxReplicas}.`,
          ANTI_AFFINITY_PATH,
          [fix('Use a Preferred rule', { field: 'rule', value: 'preferred' }), ...(domains > 0 ? [fitReplicas(answers, workload, domains)] : [])],
        ),
      );
    }
    return findings;
  },
});
