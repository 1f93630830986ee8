/**
 * ha/required-rollout-deadlock — a rolling update that cannot progress.
 * Why: with Required anti-affinity, a new pod needs a node (or zone) that no gateway pod holds.
 * When the replicas already fill every node (or zone), maxSurge starts new pods that stay
 * Pending, and when maxUnavailable rounds to 0 no old pod may go first: the rollout stalls
 * (kubernetes#116891; domain.md §4.1, §4.2). Kubernetes rounds maxSurge up and maxUnavailable
 * down, and takes 1 when both come to 0. Fixes: a Preferred rule, or rollingMaxSurge "0" with
 * rollingMaxUnavailable "1".
 * Severity: a warning: the running pods keep serving while the rollout waits (a documented risk, kubernetes#116891),
 * so nothing is refused and the gateway runs.
 */
import { ANTI_AFFINITY_PATH } from '../../gateway/antiAffinity';
import { HOSTNAME_KEY, ZONE_KEY } from '../../gateway/types';
import { rolloutStep } from '../../placement/rollout';
import { documentRule, finding, fix } from '../rule';
import { domainCounts } from './requiredCap';

export const requiredRolloutDeadlock = documentRule({
  id: 'ha/required-rollout-deadlock',
  codes: {
    'ha/required-rollout-deadlock': { supersedes: ['placement/rollout-stalls'] },
  },
  check: ({ workload, answers, cluster }) => {
    if (!cluster || answers.clusterType !== 'ACK') return [];
    const counts = domainCounts(cluster);
    for (const [key, level] of [
      [HOSTNAME_KEY, 'node'],
      [ZONE_KEY, 'zone'],
    ] as const) {
      if (!workload.required.some((term) => term.selectsGateway && term.topologyKey === key)) continue;
      const domains = counts[level];
      // The smallest replica count the autoscaler may run that fills every domain and cannot roll.
      for (let replicas = Math.max(workload.minReplicas, domains); replicas <= Math.min(workload.maxReplicas, workload.minReplicas + 1000); replicas += 1) {
        const step = rolloutStep(replicas, workload.maxSurge, workload.maxUnavailable);
        if (step.surge < 1 || step.unavailable > 0) continue;
        const always = replicas === workload.minReplicas;
        return [
          finding(
            'ha/required-rollout-deadlock',
            'warning',
            `A rolling update ${always ? 'cannot' : `cannot, once ${replicas} pods run,`} progress: Required anti-affinity needs a free ${level} for each new pod, ` +
              `but ${replicas} pods fill all ${domains} ${level}s; maxSurge ${workload.maxSurge ?? '25%'} starts ${step.surge} new pod${step.surge === 1 ? '' : 's'} that stay Pending, ` +
              `and maxUnavailable ${workload.maxUnavailable ?? '25%'} rounds to 0, so no old pod may go first (kubernetes#116891).`,
            ANTI_AFFINITY_PATH,
            [
              fix('Use a Preferred rule', { field: 'rule', value: 'preferred' }),
              fix(
                'Roll one pod at a time (maxSurge "0", maxUnavailable "1")',
                { field: 'rollingMaxSurge', value: '0' },
                { field: 'rollingMaxUnavailable', value: '1' },
              ),
            ],
          ),
        ];
      }
    }
    return [];
  },
});
