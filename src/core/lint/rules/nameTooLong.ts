/**
 * ha/name-too-long — istio-<name> must fit a label value.
 * Why: the Deployment and Service are named istio-<name>, and the pods carry app=istio-<name>;
 * Kubernetes names and label values allow 63 characters (domain.md §1.1, §1.4).
 * Severity: an error: Kubernetes refuses a Service name or a label value over 63 characters.
 */
import { MAX_LABEL_LENGTH } from '../../gateway/names';
import { workloadName } from '../../gateway/types';
import { answerRule, finding } from '../rule';

export const nameTooLong = answerRule({
  id: 'ha/name-too-long',
  codes: {
    'ha/name-too-long': { refused: true },
  },
  check: ({ answers, paths }) => {
    if (answers.name === undefined) return [];
    const workload = workloadName(answers.name);
    if (workload.length <= MAX_LABEL_LENGTH) return [];
    return [
      finding(
        'ha/name-too-long',
        'error',
        `${workload} would be ${workload.length} characters; Kubernetes names and label values allow ${MAX_LABEL_LENGTH}, so the gateway name can have at most ${MAX_LABEL_LENGTH - 'istio-'.length}.`,
        paths.name,
      ),
    ];
  },
});
