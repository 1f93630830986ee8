/**
 * ha/anti-affinity-on-serverless — anti-affinity next to the ECI annotations.
 * Why: ACK Serverless runs gateway pods as ECI pods, which do not support pod anti-affinity: the
 * ASM document spreads them with ECI annotations instead (domain.md §1.5, §2.4). A document with
 * both is for one cluster type or the other. Fix: keep the mechanism of your cluster.
 */
import { nodeAt } from '../../gateway/docEdit';
import { ANTI_AFFINITY_PATH } from '../../gateway/antiAffinity';
import { documentRule, finding, fix } from '../rule';

export const antiAffinityOnServerless = documentRule({
  id: 'ha/anti-affinity-on-serverless',
  codes: {
    'ha/anti-affinity-on-serverless': {},
  },
  check: ({ doc, answers }) => {
    if (answers.clusterType !== 'ACKServerless' || nodeAt(doc, ANTI_AFFINITY_PATH) === undefined) return [];
    return [
      finding(
        'ha/anti-affinity-on-serverless',
        'warning',
        'This gateway has both pod anti-affinity and the ECI zone annotations. On ACK Serverless, pod anti-affinity is not supported (the annotations spread the pods); on ACK, the annotations do nothing. Keep the one that fits your cluster.',
        ANTI_AFFINITY_PATH,
        [
          fix('ACK Serverless: remove the anti-affinity', { field: 'removeAntiAffinity' }),
          fix('ACK: remove the ECI annotations', { field: 'removeEciAnnotations' }),
        ],
      ),
    ];
  },
});
