/**
 * ha/single-replica — one gateway pod is no high availability.
 * Why: with one pod, any node failure, drain or rolling update takes the mesh's entry point down;
 * the common advice is two or more (domain.md §5.2). Mistake: minReplicas below 2, or replicaCount
 * below 2 without autoscaling (ASM's default replicaCount is 1, §1.2). Fix: 2 replicas.
 */
import { answerRule, finding, fix } from '../rule';

export const singleReplica = answerRule({
  id: 'ha/single-replica',
  codes: {
    'ha/single-replica': {},
  },
  check: ({ answers, paths }) => {
    const autoscaled = answers.minReplicas !== undefined || answers.maxReplicas !== undefined;
    if (autoscaled) {
      const minimum = answers.minReplicas ?? 1;
      // Below 1 is malformed (field/replicas-at-least-one), not a question of HA.
      if (minimum >= 2 || minimum < 1) return [];
      return [
        finding(
          'ha/single-replica',
          'warning',
          `Minimum replicas is ${minimum}${answers.minReplicas === undefined ? ' (not set)' : ''}: when traffic is low the autoscaler runs one gateway pod, and a node failure, drain or rollout then takes the entry point down. Keep at least 2.`,
          paths.minReplicas,
          [
            fix(
              'Set minimum replicas to 2',
              { field: 'minReplicas', value: 2 },
              ...(answers.maxReplicas !== undefined && answers.maxReplicas < 2 ? [{ field: 'maxReplicas' as const, value: 2 }] : []),
            ),
          ],
        ),
      ];
    }
    const count = answers.replicaCount ?? 1;
    if (count >= 2 || count < 1) return [];
    return [
      finding(
        'ha/single-replica',
        'warning',
        `Replica count is ${count}${answers.replicaCount === undefined ? " (ASM's default when it is not set)" : ''} and there is no autoscaling: one gateway pod, so a node failure, drain or rollout takes the entry point down. Run at least 2.`,
        paths.replicaCount,
        [fix('Set replica count to 2', { field: 'replicaCount', value: 2 })],
      ),
    ];
  },
});
