/**
 * ha/cluster-id-placeholder — the example cluster ID is still there.
 * Why: the ASM document's cluster ID is masked (c954ee9df88f64f229591f0ea4c61****, domain.md §2.3);
 * ASM cannot deploy the gateway to a cluster that does not exist. Fix: your cluster's ID.
 */
import { CLUSTER_ID_FORM, isExamplePlaceholder } from '../../gateway/idForms';
import { answerRule, finding } from '../rule';

export const clusterIdPlaceholder = answerRule({
  id: 'ha/cluster-id-placeholder',
  codes: {
    'ha/cluster-id-placeholder': {},
  },
  check: ({ answers, paths }) =>
    answers.clusterIds.flatMap((id, i) =>
      isExamplePlaceholder(id, CLUSTER_ID_FORM)
        ? [
            finding(
              'ha/cluster-id-placeholder',
              'warning',
              `${id} is a placeholder (an example ID from ASM’s documents, or a template’s slot), not a cluster ID; replace it with your cluster’s ID.`,
              [...paths.clusterIds, i],
            ),
          ]
        : [],
    ),
});
