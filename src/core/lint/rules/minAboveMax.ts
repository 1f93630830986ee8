/**
 * ha/min-above-max — the autoscaler's range is upside down.
 * Why: Kubernetes rejects an HPA whose maxReplicas is below minReplicas (domain.md §4.3), so the
 * gateway gets no autoscaling at all. Mistake: minReplicas > maxReplicas. Fix: raise the maximum.
 * Severity: an error: the HorizontalPodAutoscaler API refuses maxReplicas below minReplicas.
 */
import { answerRule, finding, fix } from '../rule';

export const minAboveMax = answerRule({
  id: 'ha/min-above-max',
  codes: {
    'ha/min-above-max': { refused: true },
  },
  check: ({ answers, paths }) => {
    const { minReplicas, maxReplicas } = answers;
    if (minReplicas === undefined || maxReplicas === undefined || minReplicas <= maxReplicas) return [];
    return [
      finding(
        'ha/min-above-max',
        'error',
        `Minimum replicas (${minReplicas}) is more than maximum replicas (${maxReplicas}); the autoscaler rejects this.`,
        paths.minReplicas,
        [fix(`Set maximum replicas to ${minReplicas}`, { field: 'maxReplicas', value: minReplicas })],
      ),
    ];
  },
});
