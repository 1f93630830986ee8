/**
 * The JSON Schema of the ASM IstioGateway (apiVersion istio.alibabacloud.com/v1beta1 or v1), from Alibaba's
 * published Go types (reference/domain.md §1.2). One schema serves the editor (completion and hover,
 * through monaco-yaml) and the core's validation (validateSchema), so both report the same problems.
 * It checks shapes and names: value rules (ranges, ID formats, HA advice) live in the field checks
 * and the HA findings, so nothing is reported twice.
 */

import { API_VERSIONS, DOCUMENTED_PROTOCOLS } from '../gateway/types';

export interface JsonSchema {
  readonly type?: JsonType | readonly JsonType[];
  readonly description?: string;
  readonly enum?: readonly (string | number | boolean)[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly required?: readonly string[];
  readonly $ref?: string;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly title?: string;
  readonly $schema?: string;
  readonly $id?: string;
  readonly default?: unknown;
  /** Suggested values (completion), without restricting others. */
  readonly examples?: readonly unknown[];
  readonly markdownDescription?: string;
}

export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

const stringMap = (description: string): JsonSchema => ({ type: 'object', description, additionalProperties: { type: 'string' } });
const freeObject = (description: string): JsonSchema => ({ type: 'object', description });

/** The keys of KernelParameters, the only sysctls the API has (domain.md §1.2, kernel). */
const KERNEL_PARAMETERS = [
  'net.core.somaxconn',
  'net.core.netdev_max_backlog',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_tw_timeout',
  'net.ipv4.tcp_tw_reuse',
  'net.ipv4.tcp_tw_recycle',
  'net.ipv4.tcp_timestamps',
  'net.ipv4.tcp_retries2',
  'net.ipv4.tcp_slow_start_after_idle',
  'net.ipv4.tcp_max_orphans',
  'net.ipv4.tcp_max_syn_backlog',
  'net.ipv4.tcp_no_metrics_save',
  'net.ipv4.tcp_autocorking',
  'kernel.printk',
  'vm.swappiness',
] as const;

/**
 * IstioGatewayBasicConfiguration (domain.md §1.2): inlined into spec, and the value type of spec.overrides.
 * Its $refs point into ISTIO_GATEWAY_SCHEMA.definitions.
 */
const BASIC_CONFIGURATION_PROPERTIES: Readonly<Record<string, JsonSchema>> = {
  replicaCount: { type: 'integer', description: 'The pod count ASM writes into the Deployment (default 1).' },
  autoscaleEnabled: { type: 'boolean', description: 'Present in the API; its behaviour is not documented.' },
  minReplicas: { type: 'integer', description: 'The fewest pods the autoscaler keeps; 2 or more for HA.' },
  maxReplicas: { type: 'integer', description: 'The most pods the autoscaler may run.' },
  serviceType: { type: 'string', enum: ['ClusterIP', 'NodePort', 'LoadBalancer'], description: 'How the gateway Service is exposed (default LoadBalancer).' },
  loadBalancerClass: { type: 'string', description: 'The load balancer implementation class of the Service.' },
  loadBalancerIP: { type: 'string', description: 'A fixed IP for the load balancer.' },
  externalTrafficPolicy: {
    type: 'string',
    enum: ['Cluster', 'Local'],
    description: 'Cluster (default): any node forwards to any pod. Local: keeps the client IP; only nodes with a gateway pod receive traffic.',
  },
  serviceAnnotations: stringMap('Annotations of the Service, e.g. the CLB settings service.beta.kubernetes.io/alibaba-cloud-loadbalancer-spec.'),
  serviceLabels: stringMap('Labels of the Service.'),
  podAnnotations: stringMap('Annotations of the gateway pods, e.g. the ECI annotations k8s.aliyun.com/eci-vswitch and k8s.aliyun.com/eci-schedule-strategy.'),
  podLabels: stringMap('Extra labels of the gateway pods.'),
  sds: {
    type: 'object',
    description: 'The SDS (certificate) container.',
    additionalProperties: false,
    properties: {
      enabled: { type: 'boolean', description: 'Run the SDS container.' },
      image: { type: 'string', description: 'The SDS image.' },
      resources: { $ref: '#/definitions/resources' },
    },
  },
  resources: { $ref: '#/definitions/resources' },
  env: {
    type: 'array',
    description: 'Environment variables of the gateway container.',
    items: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', description: 'The name of the environment variable.' },
        value: { type: 'string', description: 'The value of the variable, as a string.' },
        valueFrom: freeObject('Where the value comes from.'),
      },
    },
  },
  ports: { type: 'array', description: 'The ports of the gateway Service.', items: { $ref: '#/definitions/servicePort' } },
  meshExpansionPorts: { type: 'array', description: 'Ports for mesh expansion.', items: { $ref: '#/definitions/servicePort' } },
  nodeSelector: stringMap('Node labels the gateway pods require.'),
  applicationPorts: { type: 'string', description: 'Application ports, comma-separated.' },
  requestedNetworkView: { type: 'string', description: 'Networks the gateway serves.' },
  affinity: {
    type: 'object',
    description: 'Kubernetes affinity of the gateway pods; podAntiAffinity spreads them on ACK.',
    additionalProperties: false,
    properties: {
      nodeAffinity: freeObject('Which nodes the pods prefer or require.'),
      podAffinity: freeObject('Pods to run near.'),
      podAntiAffinity: { $ref: '#/definitions/podAntiAffinity' },
    },
  },
  tolerations: {
    type: 'array',
    description: 'Taints the gateway pods tolerate.',
    items: {
      type: 'object',
      properties: {
        key: { type: 'string', description: 'The taint key this toleration matches; empty with Exists matches every taint.' },
        operator: { type: 'string', enum: ['Exists', 'Equal'], description: 'Equal (default): the taint value must equal value. Exists: any value matches.' },
        value: { type: 'string', description: 'The taint value to match, with Equal.' },
        effect: {
          type: 'string',
          enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'],
          description: 'The taint effect to match; empty matches every effect.',
        },
        tolerationSeconds: { type: 'integer', description: 'With NoExecute: how long the pod stays on the node after the taint appears.' },
      },
    },
  },
  secretVolumes: {
    type: 'array',
    description: 'Secrets mounted into the gateway.',
    items: {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'The name of the volume.' },
        secretName: { type: 'string', description: 'The Secret to mount.' },
        mountPath: { type: 'string', description: 'Where the Secret’s files appear in the gateway container.' },
      },
    },
  },
  configVolumes: {
    type: 'array',
    description: 'ConfigMaps mounted into the gateway.',
    items: {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'The name of the volume.' },
        configMapName: { type: 'string', description: 'The ConfigMap to mount.' },
        mountPath: { type: 'string', description: 'Where the ConfigMap’s files appear in the gateway container.' },
      },
    },
  },
  rollingMaxSurge: { type: 'string', description: 'Rolling update: pods added above the desired count, a number or a percentage ("100%"), rounded up.' },
  rollingMaxUnavailable: { type: 'string', description: 'Rolling update: pods that may be down, a number or a percentage ("25%"), rounded down.' },
  cpu: { $ref: '#/definitions/hpaTarget', description: 'Autoscaling on CPU.' },
  memory: { $ref: '#/definitions/hpaTarget', description: 'Autoscaling on memory.' },
  kernel: {
    type: 'object',
    description: 'Kernel (sysctl) settings of the gateway pods.',
    additionalProperties: false,
    properties: {
      enabled: { type: 'boolean', description: 'Apply the kernel parameters below to the gateway pods.' },
      parameters: {
        type: 'object',
        description: 'sysctl values, each a string, e.g. net.core.somaxconn: "65535". Only these keys exist in the API.',
        additionalProperties: false,
        properties: Object.fromEntries(KERNEL_PARAMETERS.map((name) => [name, { type: 'string', description: `The sysctl ${name}, as a string.` }])),
      },
    },
  },
  compression: {
    type: 'object',
    description: 'Response compression (gzip) settings.',
    additionalProperties: false,
    properties: {
      enabled: { type: 'boolean', description: 'Compress responses.' },
      min_content_length: { type: 'integer', description: 'Smallest response, in bytes, that is compressed.' },
      content_type: { type: 'array', items: { type: 'string' }, description: 'Content types that are compressed, e.g. application/json.' },
      disable_on_etag_header: { type: 'boolean', description: 'Do not compress responses that carry an ETag header.' },
      remove_accept_encoding_header: { type: 'boolean', description: 'Remove the Accept-Encoding header from requests before they reach the upstream.' },
      gzip: {
        type: 'object',
        description: 'gzip compressor settings.',
        additionalProperties: false,
        properties: {
          memory_level: { type: 'integer', description: 'The zlib memory level of the gzip compressor: more memory is faster and compresses better.' },
          compression_level: { type: 'string', description: 'The gzip compression level, as a string.' },
          compression_strategy: { type: 'string', description: 'The gzip compression strategy, as a string.' },
          window_bits: { type: 'integer', description: 'The zlib window size of the gzip compressor, in bits (the window is 2^bits bytes).' },
          chunk_size: { type: 'integer', description: 'The size of the gzip compressor’s output chunks, in bytes.' },
        },
      },
    },
  },
  runAsRoot: { type: 'boolean', description: 'Run the gateway in a privileged container.' },
  lifecycle: freeObject('Container lifecycle hooks.'),
  readinessProbe: {
    type: 'object',
    description: 'Readiness probe settings.',
    additionalProperties: false,
    properties: {
      failureThreshold: { type: 'integer', description: 'Failed checks in a row after which the pod is marked not ready.' },
      periodSeconds: { type: 'integer', description: 'Seconds between two checks.' },
      successThreshold: { type: 'integer', description: 'Passed checks in a row after which a not-ready pod is ready again.' },
    },
  },
  hostNetwork: { type: 'boolean', description: 'Use the node’s network.' },
  dnsPolicy: { type: 'string', enum: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'], description: 'DNS policy of the pods.' },
  autoCreateGatewayYaml: { type: 'boolean', description: 'Create a matching Istio Gateway resource.' },
  disableContainerPortExposed: { type: 'boolean', description: 'Do not expose container ports.' },
};

export const ISTIO_GATEWAY_SCHEMA_URI = 'inmemory://asm-gateway-ha-configurator/istio-gateway.schema.json';

export const ISTIO_GATEWAY_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: ISTIO_GATEWAY_SCHEMA_URI,
  title: 'IstioGateway',
  description: 'An ASM ingress or egress gateway. ASM turns it into a Deployment, a Service and a ServiceAccount named istio-<name>.',
  type: 'object',
  // metadata and spec are omitempty in Go; only the name is required (metadata.name, when metadata is there;
  // a missing metadata is a missing name, which the field check field/name-required reports).
  required: ['apiVersion', 'kind'],
  additionalProperties: false,
  properties: {
    apiVersion: {
      type: 'string',
      enum: API_VERSIONS,
      description: 'The ASM gateway API: istio.alibabacloud.com/v1beta1 (the ASM examples) or istio.alibabacloud.com/v1 (newer ASM pages).',
    },
    kind: { type: 'string', enum: ['IstioGateway'], description: 'Always IstioGateway.' },
    metadata: {
      type: 'object',
      description: 'Name and namespace of the gateway.',
      required: ['name'],
      properties: {
        name: { type: 'string', description: 'The gateway name; the Deployment and Service are istio-<name>, the pods carry app=istio-<name>.' },
        namespace: { type: 'string', description: 'Must be istio-system (Istio 1.6 and later); the default.' },
        labels: stringMap('Labels of the IstioGateway object, e.g. asm-gateway-type: ingress.'),
        annotations: stringMap(
          'Annotations of the IstioGateway object, each a string: asm.alibabacloud.com/replicas-managed-by-asm: "false" (your own autoscaler, ASM 1.19+), ' +
            "asm.alibabacloud.com/managed-by-asm: 'true' (an ASM Serverless gateway, ASM 1.18.0.147+).",
        ),
      },
    },
    spec: { $ref: '#/definitions/spec' },
    status: freeObject(
      'The state ASM writes back (Status, GatewayAddress, ClusterIdGatewayAddressMap, ErrorMessage), as kubectl get prints it. ASM ignores it when the gateway is applied.',
    ),
  },
  definitions: {
    quantity: { type: ['string', 'number'], description: 'A Kubernetes quantity: 200m or 2 for CPU, 256Mi or 2G for memory.' },
    intOrString: { type: ['integer', 'string'], description: 'A number, or a string such as a port name or "25%".' },
    resourceList: {
      type: 'object',
      description: 'Amounts per resource.',
      properties: { cpu: { $ref: '#/definitions/quantity' }, memory: { $ref: '#/definitions/quantity' } },
      additionalProperties: { $ref: '#/definitions/quantity' },
    },
    resources: {
      type: 'object',
      description: 'CPU and memory: requests are reserved at scheduling, limits cap use.',
      additionalProperties: false,
      properties: {
        requests: {
          $ref: '#/definitions/resourceList',
          description: 'Reserved for each pod when it is scheduled; the HPA target is a percentage of the CPU request.',
        },
        limits: { $ref: '#/definitions/resourceList', description: 'The most a container may use: CPU above it is throttled, memory above it is killed.' },
        claims: {
          type: 'array',
          description: 'Dynamic resource claims of the pod this container uses.',
          items: {
            type: 'object',
            required: ['name'],
            additionalProperties: false,
            properties: { name: { type: 'string', description: 'The name of an entry in the pod’s resourceClaims.' } },
          },
        },
      },
    },
    servicePort: {
      type: 'object',
      description: 'A port of the gateway Service.',
      required: ['port'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', description: 'Unique, lowercase name of the port, e.g. http2.' },
        port: { type: 'integer', description: 'The port clients connect to (1–65535).' },
        targetPort: { $ref: '#/definitions/intOrString', description: 'The port the gateway pod listens on: a number or a named port.' },
        protocol: {
          type: 'string',
          examples: DOCUMENTED_PROTOCOLS,
          description: 'TCP by default. ASM’s examples also use UDP, HTTP and HTTPS; before ASM 1.9.7.107 only TCP was allowed.',
        },
        nodePort: { type: 'integer', description: 'The node port for NodePort and LoadBalancer Services.' },
        appProtocol: { type: 'string', description: 'The application protocol of the port.' },
      },
    },
    labelSelector: {
      type: 'object',
      description: 'Which pods a term counts.',
      additionalProperties: false,
      properties: {
        matchLabels: stringMap('Labels a pod must carry, e.g. app: istio-<gateway name>.'),
        matchExpressions: {
          type: 'array',
          description: 'Label requirements, all of which must hold.',
          items: {
            type: 'object',
            required: ['key', 'operator'],
            additionalProperties: false,
            properties: {
              key: { type: 'string', description: 'The label key, e.g. app.' },
              operator: { type: 'string', enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'], description: 'How the label is compared with values.' },
              values: { type: 'array', items: { type: 'string' }, description: 'Values for In and NotIn, e.g. istio-<gateway name>.' },
            },
          },
        },
      },
    },
    podAffinityTerm: {
      type: 'object',
      description: 'A set of pods (labelSelector) and a failure domain (topologyKey).',
      required: ['topologyKey'],
      additionalProperties: false,
      properties: {
        labelSelector: { $ref: '#/definitions/labelSelector', description: 'The pods to keep apart from: this gateway’s own, app In [istio-<name>].' },
        namespaces: { type: 'array', items: { type: 'string' }, description: 'Namespaces of those pods; this pod’s namespace when empty.' },
        namespaceSelector: freeObject('Selects namespaces by label.'),
        topologyKey: {
          type: 'string',
          examples: ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'],
          description: 'The failure domain: kubernetes.io/hostname (one node) or topology.kubernetes.io/zone (one zone).',
        },
        matchLabelKeys: {
          type: 'array',
          items: { type: 'string' },
          description: 'Label keys whose values, taken from this pod, are added to labelSelector as key In (value).',
        },
        mismatchLabelKeys: {
          type: 'array',
          items: { type: 'string' },
          description: 'Label keys whose values, taken from this pod, are added to labelSelector as key NotIn (value).',
        },
      },
    },
    podAntiAffinity: {
      type: 'object',
      description: 'Keeps gateway pods apart.',
      additionalProperties: false,
      properties: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          type: 'array',
          description: 'Hard rule: pods never share the domain; pods that cannot be placed stay Pending.',
          items: { $ref: '#/definitions/podAffinityTerm' },
        },
        preferredDuringSchedulingIgnoredDuringExecution: {
          type: 'array',
          description: 'Soft rule: the scheduler prefers to spread, and still places pods together when it must.',
          items: {
            type: 'object',
            required: ['weight', 'podAffinityTerm'],
            additionalProperties: false,
            properties: {
              weight: { type: 'integer', description: 'How much the preference counts, 1–100.' },
              podAffinityTerm: { $ref: '#/definitions/podAffinityTerm' },
            },
          },
        },
      },
    },
    hpaTarget: {
      type: 'object',
      description: 'An autoscaling target.',
      additionalProperties: false,
      properties: { targetAverageUtilization: { type: 'integer', description: 'Average use, percent of the request, at which the autoscaler adds pods.' } },
    },
    basicConfiguration: {
      type: 'object',
      description: 'The settings of the gateway’s Service and Deployment: directly under spec, and again per cluster under spec.overrides.',
      additionalProperties: false,
      properties: BASIC_CONFIGURATION_PROPERTIES,
    },
    spec: {
      type: 'object',
      description: 'How ASM deploys the gateway.',
      additionalProperties: false,
      properties: {
        gatewayType: { type: 'string', enum: ['ingress', 'egress'], description: 'An ingress or an egress gateway.' },
        clusterIds: { type: 'array', items: { type: 'string' }, description: 'IDs of the ACK clusters of the mesh that run the gateway.' },
        overrides: {
          type: 'object',
          description:
            'Per-cluster overrides of the spec’s other settings (gatewayType, clusterIds and overrides excepted); the key is most likely the cluster ID.',
          additionalProperties: { $ref: '#/definitions/basicConfiguration' },
        },
        ...BASIC_CONFIGURATION_PROPERTIES,
      },
    },
  },
};
