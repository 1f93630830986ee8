/**
 * ha/replica-count-below-min — two replica settings disagree.
 * Why: ASM documents no rule for which wins when replicaCount and minReplicas are both set
 * (domain.md §4.3, §6); the HA example itself sets replicaCount 1 beside minReplicas 2. If
 * replicaCount wins, fewer pods run than the minimum suggests. Fix: replicaCount = minReplicas.
 */
import { answerRule, finding, fix } from '../rule';

export const replicaCountBelowMin = answerRule({
  id: 'ha/replica-count-below-min',
  codes: {
    'ha/replica-count-below-min': {},
  },
  check: ({ answers, paths }) => {
    const { replicaCount, minReplicas } = answers;
    if (replicaCount === undefined || minReplicas === undefined || replicaCount >= minReplicas) return [];
    return [
      finding(
        'ha/replica-count-below-min',
        'info',
        `Replica count (${replicaCount}) is below minimum replicas (${minReplicas}). ASM's documents do not say which one wins when both are set (its own HA example sets both like this); if the replica count wins, only ${replicaCount} pod${replicaCount === 1 ? '' : 's'} run. Setting it to at least the minimum removes the doubt.`,
        paths.replicaCount,
        [fix(`Set replica count to ${minReplicas}`, { field: 'replicaCount', value: minReplicas })],
      ),
    ];
  },
});
