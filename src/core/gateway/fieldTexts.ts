import { ASM_VERSION_BOUNDARIES } from './asmVersion';
import type { FieldOnStep } from './fieldRows';
import { CRD_DOC, type FieldTexts, HA_DOC, NOT_DOCUMENTED, SERVERLESS_GATEWAY_DOC } from './fieldSources';

/** The help of the Cluster step's fields, which the first screen shows. Sources: the seed and reference/domain.md. */
export const CLUSTER_FIELD_TEXTS: Readonly<Record<FieldOnStep<'cluster'>, FieldTexts>> = {
  apiVersion: {
    help:
      'The version of the IstioGateway API the document is written for. ASM serves both: v1beta1 is what the ASM HA document, ' +
      'the CRD reference and the OpenAPI examples use; v1 is registered in Alibaba’s Go API and newer ASM pages write it. ' +
      'A document keeps the one it has; presets use v1beta1.',
    ha: 'None: both versions describe the same gateway. Which ASM version first serves v1 is not documented; v1beta1 works on every version the references describe.',
    source:
      CRD_DOC +
      ', apiVersion; Alibaba’s Go API (aliyun/alibabacloud-servicemesh-api, groupversion_info.go); ASM, “Use an NLB for an ASM ingress gateway” (v1 example)',
    defaultNote: 'Default: none; Kubernetes requires every object to name its API version.',
  },
  name: {
    help:
      'ASM creates a Deployment and a Service named istio-<name>, and the pods carry the label app=istio-<name>, ' +
      'which the anti-affinity rule selects. Lowercase letters, digits and “-”.',
    ha:
      'The anti-affinity rule finds this gateway’s pods by app=istio-<name> (the wizard updates it when you rename). ' +
      'A rule naming another gateway matches none of these pods and silently has no effect.',
    source: CRD_DOC + ', field “metadata.name”; ' + HA_DOC + ', anti-affinity field table (matchExpressions)',
    defaultNote: 'Default: none; Kubernetes requires every object to have a name.',
  },
  namespace: {
    help: 'ASM gateways must live in istio-system (Istio 1.6 and later); in any other namespace the gateway fails to start.',
    ha: 'In any other namespace the gateway fails to start, so no pod serves traffic, however well the pods are spread.',
    source: CRD_DOC + ', field “metadata.namespace”',
    defaultNote: 'Default: istio-system.',
  },
  clusterIds: {
    help:
      'The ACK clusters of this mesh that run the gateway, comma- or line-separated. ' +
      'Copy them from the ACK console; the example ID ends in **** and must be replaced.',
    ha:
      'ASM creates the gateway’s Deployment and Service in each listed cluster, so each cluster runs its own gateway pods. ' +
      'The spread settings apply inside each cluster; failover between clusters is not documented.',
    source: CRD_DOC + ', field “clusterIds” and the list of objects ASM creates in each cluster',
    defaultNote: NOT_DOCUMENTED,
  },
  clusterType: {
    help:
      'ACK runs gateway pods on your nodes and spreads them with pod anti-affinity. ' +
      'ACK Serverless runs them as ECI pods, which do not support anti-affinity: vSwitches in several zones spread them instead. ' +
      `An ASM Serverless gateway (ASM ${ASM_VERSION_BOUNDARIES.serverlessGateway} and later) runs on infrastructure ASM manages: ` +
      "the annotation asm.alibabacloud.com/managed-by-asm: 'true' and no cluster IDs.",
    ha:
      'It decides how pods are spread. On ACK, an anti-affinity rule spreads them over nodes or zones; on ACK Serverless, ' +
      'ASM says anti-affinity is not supported, so only vSwitches in several zones spread the ECI pods. An ASM Serverless gateway’s ' +
      'availability does not depend on a cluster of yours; how ASM spreads its pods is not documented.',
    source: HA_DOC + ', introduction (table of cluster types and HA mechanisms); ' + SERVERLESS_GATEWAY_DOC,
    defaultNote: 'Default: none. This is not a gateway field but the kind of cluster the gateway runs in.',
  },
};
