/**
 * The API versions ASM serves IstioGateway under: `v1beta1`, in the seed, the CRD reference and the OpenAPI
 * examples, and `v1`, registered in Alibaba's Go API (`groupversion_info.go`) and written by newer ASM pages
 * (NLB, graceful shutdown; asm-beyond-the-seed.md §3.1). Which ASM version first serves `v1` is not documented.
 */
export const API_VERSIONS = ['istio.alibabacloud.com/v1beta1', 'istio.alibabacloud.com/v1'] as const;
/** With the apiVersion, what marks the IstioGateway among the documents of a YAML stream. */
export const KIND = 'IstioGateway';
