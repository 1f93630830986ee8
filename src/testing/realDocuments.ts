// Real IstioGateway documents, as Alibaba Cloud and ASM users publish them, kept byte for byte in
// src/core/gateway/fixtures/ (the corpus/ folder and the seed's three examples), each with where it comes from and
// the findings it deserves, one "severity code path" line each, in the order the findings panel lists them.

export interface RealDocument {
  /** The file under src/core/gateway/fixtures/. */
  readonly file: string;
  /** Where it was published: an address, or a repository, path and commit. */
  readonly source: string;
  /** What is in it that a reader of documents must cope with. */
  readonly notes: string;
  /** Whether the form can edit it (it parses, and is an IstioGateway). */
  readonly editable: boolean;
  readonly findings: readonly string[];
}

const HA_DOC =
  'https://www.alibabacloud.com/help/en/asm/improve-availability-for-the-ingress-gateway-service-of-an-asm-instance-1694486964299 (en, updated 2026-03-11)';

/** Every document without anti-affinity on ACK is told so: it is true of each of them. */
const NO_ANTI_AFFINITY = 'warning ha/no-anti-affinity spec.affinity.podAntiAffinity';
const NO_CLUSTER_IDS = 'info field/cluster-ids-none spec.clusterIds';
const LOCAL = 'info ha/external-traffic-local spec.externalTrafficPolicy';
/** A document that does not parse is one problem, its first cause: here the elision. */
const ELIDED = ['error yaml/doc-elision '];

export const REAL_DOCUMENTS: readonly RealDocument[] = [
  {
    file: 'ack-node-spread.yaml',
    source: `${HA_DOC}, section “Spread pods across nodes” (the seed of this project)`,
    notes: 'v1beta1; the masked cluster ID; replicaCount 1 beside minReplicas 2; explaining comments; rollingMaxSurge "100%".',
    editable: true,
    findings: ['warning ha/cluster-id-placeholder spec.clusterIds.0', LOCAL, 'info ha/replica-count-below-min spec.replicaCount'],
  },
  {
    file: 'ack-zone-spread.yaml',
    source: `${HA_DOC}, section “Spread pods across zones” (the node example with its affinity block replaced, as the page says)`,
    notes: 'The zone topology key with its comment.',
    editable: true,
    findings: ['warning ha/cluster-id-placeholder spec.clusterIds.0', LOCAL, 'info ha/replica-count-below-min spec.replicaCount'],
  },
  {
    file: 'serverless-eci-zones.yaml',
    source: `${HA_DOC}, section “Distribute pods across zones with ECI annotations (ACK Serverless clusters)”`,
    notes: 'ECI annotations with trailing comments; masked vSwitch IDs.',
    editable: true,
    findings: [
      'warning ha/cluster-id-placeholder spec.clusterIds.0',
      'warning ha/vswitch-placeholder spec.podAnnotations.k8s.aliyun.com/eci-vswitch.0',
      'warning ha/vswitch-placeholder spec.podAnnotations.k8s.aliyun.com/eci-vswitch.1',
      LOCAL,
      'info ha/replica-count-below-min spec.replicaCount',
      'info ha/vswitch-random spec.podAnnotations.k8s.aliyun.com/eci-schedule-strategy',
    ],
  },
  {
    file: 'corpus/asm-labs-multi-buffer.yaml',
    source: 'github.com/AliyunContainerService/asm-labs, multi-buffer/deploy/istiogateway.yaml @ 157a36ef07c5d32b808155c76bfc58c56c6d3bdf (2022-03-10)',
    notes: 'No clusterIds (applied as it is in Alibaba’s lab); protocol TCP; empty maps ({}); trailing spaces; fields the wizard does not model.',
    editable: true,
    findings: [NO_ANTI_AFFINITY, 'warning ha/single-replica spec.minReplicas', NO_CLUSTER_IDS, LOCAL],
  },
  {
    file: 'corpus/openapi-create-asm-gateway-body.json',
    source:
      'github.com/aliyun/alibabacloud-go-sdk, servicemesh-20200111/client/create_asmgateway_request_model.go @ 5466e81677b92a7d47f3d49c40eb162a895c14b7: the Body example of CreateASMGateway (also UpdateASMGateway’s, on help.aliyun.com)',
    notes: 'One line of JSON, no newline at the end; clusterIds ["xxxxx"]; protocol TCP.',
    editable: true,
    findings: [NO_ANTI_AFFINITY, 'warning ha/cluster-id-placeholder spec.clusterIds.0'],
  },
  {
    file: 'corpus/csk-custom-gateway-targetport-0.yaml',
    source:
      'github.com/AlibabaCloudDocs/csk, intl.zh-CN/最佳实践/Istio/自定义Istio网关.md @ 2c682df6b4bb1688d8ba5f39453544cfd20ec043 (2019-08-20), its code block',
    notes: 'targetPort: 0; no namespace; no clusterIds; a quoted name; trailing spaces on most lines.',
    editable: true,
    findings: [NO_ANTI_AFFINITY, 'warning ha/single-replica spec.minReplicas', NO_CLUSTER_IDS],
  },
  {
    file: 'corpus/zh-graceful-shutdown-v1-before-1.26.yaml',
    source: 'https://help.aliyun.com/document_detail/428859.htm (zh), section “YAML配置(ASM版本低于1.26)”',
    notes: 'apiVersion istio.alibabacloud.com/v1; the document-end marker “...”; aligned Chinese comments; single-quoted values; no ports.',
    editable: true,
    findings: ['warning field/ports-required spec.ports', NO_ANTI_AFFINITY, 'warning ha/single-replica spec.replicaCount', NO_CLUSTER_IDS],
  },
  {
    file: 'corpus/zh-graceful-shutdown-v1-1.26-plus.yaml',
    source: 'https://help.aliyun.com/document_detail/428859.htm (zh), section “YAML配置(ASM版本为1.26及以上)”',
    notes: 'apiVersion v1; metadata.annotations before name, with Chinese comment lines; no spec at all; “...”.',
    editable: true,
    findings: ['warning field/ports-required spec.ports', NO_ANTI_AFFINITY, 'warning ha/single-replica spec.replicaCount', NO_CLUSTER_IDS],
  },
  {
    file: 'corpus/feuyeux-ingressgateway.yaml',
    source: 'github.com/feuyeux/asm-best-practises, ingressgateway.yaml @ 5fff7c0142478d5cf6ec9628e67166d951a228a2 (2020-08-05), by an ASM engineer',
    notes: 'Eight ports, one with protocol TCP; no clusterIds; SDS resources but no gateway resources; the old alicloud- annotations; no newline at the end.',
    editable: true,
    findings: [NO_ANTI_AFFINITY, NO_CLUSTER_IDS, LOCAL],
  },
  {
    file: 'corpus/feuyeux-template-cluster-id-slot.yaml',
    source:
      'github.com/feuyeux/asm-best-practises, http_springboot_demo/asm/data_plane/http_springboot_ingressgateway.yaml.template @ c4ec0a0f211f1a405884f403c32571d231329739 (2020-06-27)',
    notes: 'A template: clusterIds ["{CLUSTER_ID}"]; minReplicas 1; no newline at the end.',
    editable: true,
    findings: [NO_ANTI_AFFINITY, 'warning ha/cluster-id-placeholder spec.clusterIds.0', 'warning ha/single-replica spec.minReplicas', LOCAL],
  },
  {
    file: 'corpus/feuyeux-template-duplicate-namespace.yaml',
    source:
      'github.com/feuyeux/asm-best-practises, http_springboot_demo/asm/data_plane/ingressgateway.yaml.template @ cd741e0f3eabc65f32b06daffa78190df6a1697c (2020-08-03)',
    notes: 'metadata.namespace twice: Kubernetes refuses duplicate keys (strict decoding), so this is a syntax error.',
    editable: false,
    findings: ['error yaml/DUPLICATE_KEY '],
  },
  {
    file: 'corpus/zh-scaling-policy-elided.yaml',
    source: 'https://help.aliyun.com/zh/asm/sidecar/customize-the-scaling-policy-of-asm-gateway (zh), “自定义ASM网关的扩缩容策略”',
    notes: 'replicas-managed-by-asm: "false" with a Chinese comment; “......” where the rest of the gateway goes; trailing spaces.',
    editable: false,
    findings: ELIDED,
  },
  {
    file: 'corpus/zh-hant-scaling-policy-elided.yaml',
    source: 'https://www.alibabacloud.com/help/tc/asm/sidecar/customize-the-scaling-policy-of-asm-gateway (zh-Hant, updated 2024-09-30)',
    notes: 'The Traditional Chinese twin of the zh page’s example.',
    editable: false,
    findings: ELIDED,
  },
  {
    file: 'corpus/en-scaling-policy-elided-unquoted.yaml',
    source: 'https://www.alibabacloud.com/help/en/asm/user-guide/customize-the-scaling-policy-of-asm-gateway (en, updated 2026-03-10)',
    notes: 'replicas-managed-by-asm: false, unquoted (a boolean); “......”.',
    editable: false,
    findings: ELIDED,
  },
  {
    file: 'corpus/zh-http3-udp-port-elided.yaml',
    source: 'https://help.aliyun.com/zh/asm/sidecar/access-asm-ingress-gateway-using-http-3-protocol (zh), step 2',
    notes: 'protocol: HTTP and protocol: UDP; metadata.labels; “......”.',
    editable: false,
    findings: ELIDED,
  },
];
