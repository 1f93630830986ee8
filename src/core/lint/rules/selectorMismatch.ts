/**
 * ha/selector-mismatch — the anti-affinity rule selects no gateway pod.
 * Why: the gateway pods carry app=istio-<gateway name> (domain.md §1.4); a term whose selector
 * asks for other labels (another gateway's name, a renamed gateway) matches no pod, so the rule
 * silently does nothing and only the scheduler's default spreading applies (§5.3).
 * Fix: select app In [istio-<name>].
 */
import { allAntiAffinityTermPaths, findOwnedTerm } from '../../gateway/antiAffinity';
import { nodeAt } from '../../gateway/docEdit';
import { hasDnsLabelForm } from '../../gateway/names';
import { isPathWithin } from '../../issue';
import { documentRule, finding, fix } from '../rule';

export const selectorMismatch = documentRule({
  id: 'ha/selector-mismatch',
  codes: {
    'ha/selector-mismatch': {},
  },
  check: ({ doc, workload, answers }) => {
    // Without a valid name there are no pods to match yet: the name's own finding says so.
    if (answers.name === undefined || !hasDnsLabelForm(answers.name)) return [];
    const paths = allAntiAffinityTermPaths(doc);
    const terms = [...workload.required, ...workload.preferred];
    const owned = findOwnedTerm(doc);
    return paths.flatMap((termPath, i) => {
      const term = terms[i];
      if (!term || term.selectsGateway || nodeAt(doc, termPath) === undefined) return [];
      const selector = nodeAt(doc, [...termPath, 'labelSelector']) === undefined ? 'no labelSelector' : 'a labelSelector';
      return [
        finding(
          'ha/selector-mismatch',
          'warning',
          `This anti-affinity term has ${selector} that matches none of this gateway’s pods (they carry app=${workload.workload}): the rule does nothing, and only the scheduler’s default spreading applies.`,
          [...termPath, 'labelSelector'],
          owned && isPathWithin(owned.termPath, termPath) ? [fix(`Select app In [${workload.workload}]`, { field: 'gatewaySelector' })] : [],
        ),
      ];
    });
  },
});
