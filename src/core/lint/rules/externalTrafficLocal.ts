/**
 * ha/external-traffic-local — what Local means for the load balancer.
 * Why: with externalTrafficPolicy Local, each node delivers only to gateway pods on itself;
 * the load balancer's health check takes nodes without a gateway pod out (domain.md §5.1). The
 * client IP is kept, but traffic follows where the pods are, so spreading them matters more.
 */
import { answerRule, finding } from '../rule';

export const externalTrafficLocal = answerRule({
  id: 'ha/external-traffic-local',
  codes: {
    'ha/external-traffic-local': {},
  },
  check: ({ answers, paths }) =>
    answers.externalTrafficPolicy === 'Local'
      ? [
          finding(
            'ha/external-traffic-local',
            'info',
            'External traffic policy Local keeps the client’s IP: only nodes that run a gateway pod receive traffic (the load balancer’s health check takes the others out), so spreading the pods matters more, and traffic can be uneven between them.',
            paths.externalTrafficPolicy,
          ),
        ]
      : [],
});
