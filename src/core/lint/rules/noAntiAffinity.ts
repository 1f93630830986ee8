/**
 * ha/no-anti-affinity — nothing keeps ACK gateway pods apart.
 * Why: without pod anti-affinity only the scheduler's soft default spreading applies
 * (PodTopologySpread system defaults, domain.md §3.4), which other scores can outweigh: several
 * gateway pods can land on one node. Mistake: ACK with no podAntiAffinity. Fix: the ASM
 * example's preferred node spread (§1.5).
 */
import { ANTI_AFFINITY_PATH } from '../../gateway/antiAffinity';
import { answerRule, finding, fix } from '../rule';

export const noAntiAffinity = answerRule({
  id: 'ha/no-anti-affinity',
  codes: {
    'ha/no-anti-affinity': {},
  },
  check: ({ answers }) => {
    if (answers.clusterType !== 'ACK' || answers.rule !== undefined) return [];
    return [
      finding(
        'ha/no-anti-affinity',
        'warning',
        'There is no pod anti-affinity: only the scheduler’s soft default spreading keeps gateway pods apart, and several can land on one node. Add anti-affinity across nodes or zones.',
        ANTI_AFFINITY_PATH,
        [fix('Spread across nodes (Preferred)', { field: 'spreadLevel', value: 'node' })],
      ),
    ];
  },
});
