/**
 * ha/weight-range — the preferred rule's weight.
 * Why: the weight scales the term's score (domain.md §3.2), and the Kubernetes API accepts 1–100
 * for a WeightedPodAffinityTerm (API reference; the range itself is not in domain.md): anything
 * else is rejected. Fix: the ASM example's 100 (§1.5).
 * Severity: an error: Kubernetes refuses a weight outside 1–100 (ValidatePreferredSchedulingTerms / WeightedPodAffinityTerm).
 */
import { SHAPED_FIELDS } from '../../gateway/fieldTable';
import { weightApplies } from '../../gateway/view';
import { answerRule, finding, fix } from '../rule';

const { min, max } = SHAPED_FIELDS.weight.limits;

export const weightRange = answerRule({
  id: 'ha/weight-range',
  codes: {
    'ha/weight-range': { refused: true },
  },
  check: ({ answers, paths }) => {
    const { weight } = answers;
    if (!weightApplies(answers) || weight === undefined || (weight >= min && weight <= max)) return [];
    return [
      finding('ha/weight-range', 'error', `The weight must be between ${min} and ${max}.`, paths.weight, [
        fix('Set the weight to 100', { field: 'weight', value: 100 }),
      ]),
    ];
  },
});
