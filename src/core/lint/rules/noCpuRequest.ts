/**
 * ha/no-cpu-request — a CPU target without a CPU request.
 * Why: cpu.targetAverageUtilization is an HPA target in percent (domain.md §1.2, §4.3), and the
 * HPA measures utilisation against the containers' CPU requests: when a container has no request,
 * utilisation is undefined and the autoscaler takes no action on that metric (Kubernetes docs,
 * "Horizontal Pod Autoscaling", algorithm details; not in domain.md).
 * Mistake: cpu.targetAverageUtilization set, resources.requests.cpu missing. Fix: a request.
 * Severity: a warning: the gateway runs (at its minimum), but ACK's HPA page says the autoscaler does nothing without
 * requests (asm-beyond-the-seed.md §3.4), a documented risk, not a refusal.
 */
import { answerRule, finding, fix } from '../rule';

export const noCpuRequest = answerRule({
  id: 'ha/no-cpu-request',
  codes: {
    'ha/no-cpu-request': {},
  },
  check: ({ answers, paths }) => {
    if (answers.cpuTarget === undefined || answers.requestsCpu !== undefined) return [];
    return [
      finding(
        'ha/no-cpu-request',
        'warning',
        'A CPU target is set but the gateway has no CPU request: the autoscaler measures utilisation against the request, so it cannot scale the gateway.',
        paths.requestsCpu,
        [fix('Request 200m CPU (the ASM example)', { field: 'requestsCpu', value: '200m' })],
      ),
    ];
  },
});
