/**
 * asm/port-protocol-unknown — a port protocol no ASM document shows.
 * Why: Kubernetes Services know TCP, UDP and SCTP; ASM's examples also write HTTP and HTTPS on IstioGateway ports
 * (domain.md §1.2; the HTTP/3 page). Another name (`tcp` in lower case, `GRPC`) is not documented for IstioGateway:
 * what ASM makes of it is unknown. Severity: a note, since no document says it is refused.
 */
import { DOCUMENTED_PROTOCOLS } from '../../gateway/types';
import { answerRule, finding } from '../rule';

export const portProtocols = answerRule({
  id: 'asm/port-protocols',
  codes: {
    'asm/port-protocol-unknown': {},
  },
  check: ({ answers, paths }) =>
    answers.ports.flatMap((port, i) =>
      port.protocol === undefined || DOCUMENTED_PROTOCOLS.includes(port.protocol)
        ? []
        : [
            finding(
              'asm/port-protocol-unknown',
              'info',
              `${port.protocol} is not a protocol ASM’s documents show on gateway ports (they show ${DOCUMENTED_PROTOCOLS.join(', ')}); what ASM does with it is not documented.`,
              [...paths.ports, i, 'protocol'],
            ),
          ],
    ),
});
