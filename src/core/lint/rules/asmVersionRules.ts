/**
 * asm/port-protocol-tcp-only, asm/replicas-annotation-too-old, asm/serverless-gateway-too-old — what the user's ASM
 * version does not accept or ignores.
 * Why: ASM's pages state a minimum version for these features: ports other than TCP from 1.9.7.107 (CRD reference,
 * field `ports`: before that version protocol had to be TCP; domain.md §1.2), `replicas-managed-by-asm` from 1.19
 * ("Customize a scaling policy for an ASM gateway"; domain.md §1.3), the ASM Serverless gateway from 1.18.0.147
 * ("Managed gateway with ASM Serverless"; asm-beyond-the-seed.md §3.6).
 * Severity: errors where the document says the version requires it (a non-TCP port is refused before 1.9.7.107; an
 * ASM Serverless gateway cannot be created before 1.18.0.147); a warning where an older ASM ignores the setting (it
 * keeps overwriting the replica count your autoscaler sets, a documented behaviour, not a refusal).
 * Fix: a newer ASM, or TCP / ASM's own replica count.
 */
import { ASM_VERSION_BOUNDARIES, NEWEST_DOCUMENTED_ASM_VERSION } from '../../gateway/asmVersion';
import { isAtLeast } from '../../gateway/asmVersionOrder';
import { GATEWAY_ANNOTATION_PATHS } from '../../gateway/readAnswers';
import type { GatewayIssue } from '../../gateway/gatewayIssue';
import { documentRule, finding, fix } from '../rule';

const codes = {
  'asm/port-protocol-tcp-only': {},
  'asm/replicas-annotation-too-old': {},
  'asm/serverless-gateway-too-old': {},
} as const;

export const asmVersionRules = documentRule({
  id: 'asm/version',
  codes,
  check: ({ answers, paths, cluster }) => {
    const version = cluster?.asmVersion ?? NEWEST_DOCUMENTED_ASM_VERSION;
    const findings: GatewayIssue<keyof typeof codes>[] = [];
    if (!isAtLeast(version, ASM_VERSION_BOUNDARIES.portProtocols)) {
      answers.ports.forEach((port, i) => {
        if (port.protocol === undefined || port.protocol === 'TCP') return;
        findings.push(
          finding(
            'asm/port-protocol-tcp-only',
            'error',
            `Port ${port.name || i + 1} uses ${port.protocol}, but ASM before ${ASM_VERSION_BOUNDARIES.portProtocols} requires TCP on every port, and your ASM version is ${version}.`,
            [...paths.ports, i, 'protocol'],
          ),
        );
      });
    }
    if (answers.replicaOwner === 'own' && !isAtLeast(version, ASM_VERSION_BOUNDARIES.replicasManagedByAsm)) {
      findings.push(
        finding(
          'asm/replicas-annotation-too-old',
          'warning',
          `asm.alibabacloud.com/replicas-managed-by-asm takes effect from ASM ${ASM_VERSION_BOUNDARIES.replicasManagedByAsm}; your ASM version is ${version}, ` +
            'so ASM keeps syncing the replica count and overwrites what your own autoscaler sets.',
          paths.replicaOwner,
          [fix('Let ASM manage the replica count', { field: 'replicaOwner', value: 'asm' })],
        ),
      );
    }
    if (answers.clusterType === 'ASMServerless' && !isAtLeast(version, ASM_VERSION_BOUNDARIES.serverlessGateway)) {
      findings.push(
        finding(
          'asm/serverless-gateway-too-old',
          'error',
          `An ASM Serverless gateway needs ASM ${ASM_VERSION_BOUNDARIES.serverlessGateway} or later; your ASM version is ${version}.`,
          GATEWAY_ANNOTATION_PATHS.managedByAsm,
        ),
      );
    }
    return findings;
  },
});
