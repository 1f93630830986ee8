/**
 * The ASM `IstioGateway` resource (apiVersion `istio.alibabacloud.com/v1beta1` or `…/v1`), as published in
 * Alibaba's Go API (`aliyun/alibabacloud-servicemesh-api`, `istiogateway_types.go`; reference/domain.md §1.2).
 * Every field is optional, as it is `omitempty` there. Kubernetes enums are literal unions.
 */

import type { API_VERSIONS, KIND } from '../yaml/gatewayKind';

// The YAML layer picks the gateway out of a stream by these, so they live below the gateway.
export { API_VERSIONS, KIND } from '../yaml/gatewayKind';
export type ApiVersion = (typeof API_VERSIONS)[number];
/** The seed's apiVersion: what presets and new gateways are written with. */
export const API_VERSION: ApiVersion = 'istio.alibabacloud.com/v1beta1';
/** ASM requires gateways in `istio-system` for Istio ≥ 1.6; elsewhere the gateway fails to start. */
export const GATEWAY_NAMESPACE = 'istio-system';

export type GatewayType = 'ingress' | 'egress';
export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer';
export type ExternalTrafficPolicy = 'Cluster' | 'Local';
/**
 * A port's protocol. Kubernetes Services know TCP, UDP and SCTP; ASM's own examples also write HTTP and HTTPS
 * (the egress-gateway and HTTP/3 pages), and its CRD reference says only versions before 1.9.7.107 required TCP.
 */
export type Protocol = 'TCP' | 'UDP' | 'SCTP' | 'HTTP' | 'HTTPS' | (string & {});
/** The protocols ASM's documents show on IstioGateway ports (domain.md §1.2; asm-beyond-the-seed.md §1.2, HTTP/3). */
export const DOCUMENTED_PROTOCOLS: readonly string[] = ['TCP', 'UDP', 'SCTP', 'HTTP', 'HTTPS'];
export type LabelSelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
export type DnsPolicy = 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
export type TolerationOperator = 'Exists' | 'Equal';

/** ECI `k8s.aliyun.com/eci-schedule-strategy`; absent means `VSwitchRandom` (domain.md §2.1). */
export type ScheduleStrategy = 'VSwitchRandom' | 'VSwitchOrdered';
export const SCHEDULE_STRATEGIES: readonly ScheduleStrategy[] = ['VSwitchRandom', 'VSwitchOrdered'];

export const HOSTNAME_KEY = 'kubernetes.io/hostname';
export const ZONE_KEY = 'topology.kubernetes.io/zone';
/** The well-known topology labels the wizard models. */
export type TopologyKey = typeof HOSTNAME_KEY | typeof ZONE_KEY;

/**
 * `metadata.annotations` of the IstioGateway itself. `replicas-managed-by-asm: "false"` (ASM 1.19 and later) stops ASM
 * syncing the Deployment's replica count; `managed-by-asm: 'true'` with no clusterIds is an ASM Serverless gateway
 * (ASM 1.18.0.147 and later) that ASM runs on infrastructure it manages (domain.md §1.3; asm-beyond-the-seed.md §3.4, §3.6).
 */
export const REPLICAS_MANAGED_ANNOTATION = 'asm.alibabacloud.com/replicas-managed-by-asm';
export const MANAGED_BY_ASM_ANNOTATION = 'asm.alibabacloud.com/managed-by-asm';

export const ECI_VSWITCH_ANNOTATION = 'k8s.aliyun.com/eci-vswitch';
export const ECI_STRATEGY_ANNOTATION = 'k8s.aliyun.com/eci-schedule-strategy';
/** ECI accepts at most 10 vSwitches: in a module of its own, which the first screen loads. */
export { MAX_VSWITCHES } from './eciLimits';

export const PREFERRED_KEY = 'preferredDuringSchedulingIgnoredDuringExecution';
export const REQUIRED_KEY = 'requiredDuringSchedulingIgnoredDuringExecution';

/** A Kubernetes resource quantity, e.g. `200m`, `2`, `256Mi`, `2G`. */
export type Quantity = string | number;
/** An int-or-string such as `1` or `"25%"`. */
export type IntOrString = number | string;

export interface ResourceList {
  cpu?: Quantity;
  memory?: Quantity;
  [name: string]: Quantity | undefined;
}

export interface ResourceRequirements {
  limits?: ResourceList;
  requests?: ResourceList;
}

export interface ServicePort {
  name?: string;
  port: number;
  targetPort?: IntOrString;
  protocol?: Protocol;
  nodePort?: number;
  appProtocol?: string;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: LabelSelectorOperator;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface PodAffinityTerm {
  labelSelector?: LabelSelector;
  namespaces?: string[];
  namespaceSelector?: LabelSelector;
  topologyKey: string;
}

export interface WeightedPodAffinityTerm {
  /** 1–100: how much this preference counts when the scheduler scores nodes. */
  weight: number;
  podAffinityTerm: PodAffinityTerm;
}

export interface PodAntiAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[];
  preferredDuringSchedulingIgnoredDuringExecution?: WeightedPodAffinityTerm[];
}

export interface Affinity {
  nodeAffinity?: Record<string, unknown>;
  podAffinity?: Record<string, unknown>;
  podAntiAffinity?: PodAntiAffinity;
}

export interface Toleration {
  key?: string;
  operator?: TolerationOperator;
  value?: string;
  effect?: TaintEffect;
  tolerationSeconds?: number;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: Record<string, unknown>;
}

export interface HpaTarget {
  /** Target average utilisation, percent of the request. */
  targetAverageUtilization?: number;
}

export interface GatewaySdsConfiguration {
  enabled?: boolean;
  image?: string;
  resources?: ResourceRequirements;
}

export interface KernelConfiguration {
  enabled?: boolean;
  parameters?: Record<string, string>;
}

export interface ReadinessProbeConfiguration {
  failureThreshold?: number;
  periodSeconds?: number;
  successThreshold?: number;
}

export interface SecretVolume {
  name: string;
  secretName: string;
  mountPath: string;
}

export interface ConfigVolume {
  name: string;
  configMapName: string;
  mountPath: string;
}

/** The inlined `IstioGatewayBasicConfiguration`: every field sits directly under `spec`. */
export interface IstioGatewayBasicConfiguration {
  replicaCount?: number;
  autoscaleEnabled?: boolean;
  minReplicas?: number;
  maxReplicas?: number;
  serviceType?: ServiceType;
  loadBalancerClass?: string;
  loadBalancerIP?: string;
  externalTrafficPolicy?: ExternalTrafficPolicy;
  serviceAnnotations?: Record<string, string>;
  serviceLabels?: Record<string, string>;
  podAnnotations?: Record<string, string>;
  podLabels?: Record<string, string>;
  sds?: GatewaySdsConfiguration;
  resources?: ResourceRequirements;
  env?: EnvVar[];
  ports?: ServicePort[];
  meshExpansionPorts?: ServicePort[];
  nodeSelector?: Record<string, string>;
  applicationPorts?: string;
  requestedNetworkView?: string;
  affinity?: Affinity;
  tolerations?: Toleration[];
  secretVolumes?: SecretVolume[];
  configVolumes?: ConfigVolume[];
  /** Deployment `maxSurge`, as a string such as `"100%"` or `"1"`. */
  rollingMaxSurge?: string;
  /** Deployment `maxUnavailable`, as a string such as `"25%"` or `"0"`. */
  rollingMaxUnavailable?: string;
  cpu?: HpaTarget;
  memory?: HpaTarget;
  kernel?: KernelConfiguration;
  compression?: Record<string, unknown>;
  runAsRoot?: boolean;
  lifecycle?: Record<string, unknown>;
  readinessProbe?: ReadinessProbeConfiguration;
  hostNetwork?: boolean;
  dnsPolicy?: DnsPolicy;
  autoCreateGatewayYaml?: boolean;
  disableContainerPortExposed?: boolean;
}

export interface IstioGatewaySpec extends IstioGatewayBasicConfiguration {
  gatewayType?: GatewayType;
  clusterIds?: string[];
  overrides?: Record<string, IstioGatewayBasicConfiguration>;
}

export interface IstioGateway {
  apiVersion: ApiVersion;
  kind: typeof KIND;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: IstioGatewaySpec;
}

/** The generated Deployment and Service are named `istio-<gateway name>`, and the pods carry `app=istio-<gateway name>`. */
export function workloadName(gatewayName: string): string {
  return `istio-${gatewayName}`;
}
