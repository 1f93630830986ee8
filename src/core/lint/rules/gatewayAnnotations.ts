/**
 * asm/annotation-not-string, asm/managed-with-cluster-ids — the IstioGateway's own ASM annotations.
 * Why: annotations are a map of strings in Kubernetes (ObjectMeta): an unquoted `false` or `true` is a boolean, and the
 * API server refuses the object ("cannot unmarshal bool into … annotations of type string"). ASM's English scaling page
 * itself prints `replicas-managed-by-asm: false` unquoted; the Chinese pages quote it. An ASM Serverless gateway is
 * `managed-by-asm: 'true'` with no cluster IDs (asm-beyond-the-seed.md §3.6): beside cluster IDs, the annotation is
 * not that gateway, and what ASM does with both is not documented.
 * Severity: error for the boolean (Kubernetes rejects the object); a note for the mixed form (what ASM does with it
 * is not documented, so it is not a documented risk either).
 * Fix: quote the value; pick one of the two gateways.
 */
import { valueAt } from '../../gateway/docEdit';
import { GATEWAY_ANNOTATION_PATHS, isMarkedManagedByAsm } from '../../gateway/readAnswers';
import type { GatewayIssue } from '../../gateway/gatewayIssue';
import { documentRule, finding, fix } from '../rule';

const codes = {
  'asm/annotation-not-string': {},
  'asm/managed-with-cluster-ids': {},
} as const;

export const gatewayAnnotations = documentRule({
  id: 'asm/gateway-annotations',
  codes,
  check: ({ doc, answers }) => {
    const findings: GatewayIssue<keyof typeof codes>[] = [];
    const replicas = valueAt(doc, GATEWAY_ANNOTATION_PATHS.replicasManagedByAsm);
    if (typeof replicas === 'boolean') {
      findings.push(
        finding(
          'asm/annotation-not-string',
          'error',
          `The annotation value ${String(replicas)} is not quoted, so YAML reads it as a boolean, and Kubernetes refuses the gateway: annotation values are strings. Write "${String(replicas)}".`,
          GATEWAY_ANNOTATION_PATHS.replicasManagedByAsm,
          replicas ? [] : [fix('Quote it: "false"', { field: 'replicaOwner', value: 'own' })],
        ),
      );
    }
    const managed = valueAt(doc, GATEWAY_ANNOTATION_PATHS.managedByAsm);
    if (typeof managed === 'boolean') {
      findings.push(
        finding(
          'asm/annotation-not-string',
          'error',
          `The annotation value ${String(managed)} is not quoted, so YAML reads it as a boolean, and Kubernetes refuses the gateway: annotation values are strings. Write '${String(managed)}'.`,
          GATEWAY_ANNOTATION_PATHS.managedByAsm,
          managed && answers.clusterType === 'ASMServerless' ? [fix("Quote it: 'true'", { field: 'clusterType', value: 'ASMServerless' })] : [],
        ),
      );
    }
    if (isMarkedManagedByAsm(doc) && answers.clusterIds.length > 0) {
      findings.push(
        finding(
          'asm/managed-with-cluster-ids',
          'info',
          "asm.alibabacloud.com/managed-by-asm: 'true' marks an ASM Serverless gateway, which lists no cluster IDs; beside cluster IDs, what ASM does is not documented. Keep one of the two.",
          GATEWAY_ANNOTATION_PATHS.managedByAsm,
          [fix('Make it an ASM Serverless gateway', { field: 'clusterType', value: 'ASMServerless' })],
        ),
      );
    }
    return findings;
  },
});
