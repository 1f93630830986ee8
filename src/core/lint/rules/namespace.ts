/**
 * ha/namespace-not-istio-system — the gateway must live in istio-system.
 * Why: ASM requires gateways in istio-system for Istio 1.6 and later; elsewhere the gateway fails
 * to start (domain.md §1.1). Fix: istio-system.
 * Severity: an error: the ASM CRD reference (field metadata.namespace) says the gateway cannot start elsewhere.
 */
import { GATEWAY_NAMESPACE } from '../../gateway/types';
import { hasDnsLabelForm } from '../../gateway/names';
import { answerRule, finding, fix } from '../rule';

export const namespaceRule = answerRule({
  id: 'ha/namespace-not-istio-system',
  codes: {
    'ha/namespace-not-istio-system': {},
  },
  check: ({ answers, paths }) => {
    const { namespace } = answers;
    if (namespace === undefined || namespace === GATEWAY_NAMESPACE || !hasDnsLabelForm(namespace)) return [];
    return [
      finding(
        'ha/namespace-not-istio-system',
        'error',
        `ASM gateways must be in ${GATEWAY_NAMESPACE} (Istio 1.6 and later); in ${namespace} the gateway fails to start.`,
        paths.namespace,
        [fix(`Use ${GATEWAY_NAMESPACE}`, { field: 'namespace', value: GATEWAY_NAMESPACE })],
      ),
    ];
  },
});
