/**
 * The JSON Schema of the ASM IstioGateway (apiVersion istio.alibabacloud.com/v1beta1), from Alibaba's
 * published Go types (reference/domain.md §1.2). One schema serves the editor (completion and hover,
 * through monaco-yaml) and the core's validation (validateSchema), so both report the same problems.
 * It checks shapes and names: value rules (ranges, ID formats, HA advice) live in the field checks
 * and the HA findings, so nothing is reported twice.
 */

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

export const ISTIO_GATEWAY_SCHEMA_URI = 'inmemory://asm-gateway-ha-configurator/istio-gateway.schema.json';

export const ISTIO_GATEWAY_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: ISTIO_GATEWAY_SCHEMA_URI,
  title: 'IstioGateway',
  description: 'An ASM ingress or egress gateway. ASM turns it into a Deployment, a Service and a ServiceAccount named istio-<name>.',
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  additionalProperties: false,
  properties: {
    apiVersion: { type: 'string', enum: ['istio.alibabacloud.com/v1beta1'], description: 'The ASM gateway API: istio.alibabacloud.com/v1beta1.' },
    kind: { type: 'string', enum: ['IstioGateway'], description: 'Always IstioGateway.' },
    metadata: {
      type: 'object',
      description: 'Name and namespace of the gateway.',
      required: ['name'],
      properties: {
        name: { type: 'string', description: 'The gateway name; the Deployment and Service are istio-<name>, the pods carry app=istio-<name>.' },
        namespace: { type: 'string', description: 'Must be istio-system (Istio 1.6 and later); the default.' },
        labels: stringMap('Labels of the IstioGateway object, e.g. asm-gateway-type: ingress.'),
        annotations: stringMap('Annotations of the IstioGateway object, e.g. asm.alibabacloud.com/replicas-managed-by-asm: "false".'),
      },
    },
    spec: { $ref: '#/definitions/spec' },
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
        requests: { $ref: '#/definitions/resourceList', description: 'Reserved for each pod when it is scheduled; the HPA target is a percentage of the CPU request.' },
        limits: { $ref: '#/definitions/resourceList', description: 'The most a container may use: CPU above it is throttled, memory above it is killed.' },
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
        protocol: { type: 'string', enum: ['TCP', 'UDP', 'SCTP'], description: 'TCP by default; before ASM 1.9.7.107 only TCP was allowed.' },
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
    spec: {
      type: 'object',
      description: 'How ASM deploys the gateway.',
      additionalProperties: false,
      properties: {
        gatewayType: { type: 'string', enum: ['ingress', 'egress'], description: 'An ingress or an egress gateway.' },
        clusterIds: { type: 'array', items: { type: 'string' }, description: 'IDs of the ACK clusters of the mesh that run the gateway.' },
        overrides: { type: 'object', description: 'Per-cluster overrides of these settings (the key is most likely the cluster ID).' },
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
          items: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, value: { type: 'string' }, valueFrom: freeObject('Where the value comes from.') } },
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
              key: { type: 'string' },
              operator: { type: 'string', enum: ['Exists', 'Equal'] },
              value: { type: 'string' },
              effect: { type: 'string', enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
              tolerationSeconds: { type: 'integer' },
            },
          },
        },
        secretVolumes: {
          type: 'array',
          description: 'Secrets mounted into the gateway.',
          items: { type: 'object', properties: { name: { type: 'string' }, secretName: { type: 'string' }, mountPath: { type: 'string' } } },
        },
        configVolumes: {
          type: 'array',
          description: 'ConfigMaps mounted into the gateway.',
          items: { type: 'object', properties: { name: { type: 'string' }, configMapName: { type: 'string' }, mountPath: { type: 'string' } } },
        },
        rollingMaxSurge: { type: 'string', description: 'Rolling update: pods added above the desired count, a number or a percentage ("100%"), rounded up.' },
        rollingMaxUnavailable: { type: 'string', description: 'Rolling update: pods that may be down, a number or a percentage ("25%"), rounded down.' },
        cpu: { $ref: '#/definitions/hpaTarget', description: 'Autoscaling on CPU.' },
        memory: { $ref: '#/definitions/hpaTarget', description: 'Autoscaling on memory.' },
        kernel: {
          type: 'object',
          description: 'Kernel (sysctl) settings of the gateway pods.',
          additionalProperties: false,
          properties: { enabled: { type: 'boolean' }, parameters: stringMap('sysctl values, e.g. net.core.somaxconn: "65535".') },
        },
        compression: freeObject('Response compression (gzip) settings.'),
        runAsRoot: { type: 'boolean', description: 'Run the gateway in a privileged container.' },
        lifecycle: freeObject('Container lifecycle hooks.'),
        readinessProbe: {
          type: 'object',
          description: 'Readiness probe settings.',
          additionalProperties: false,
          properties: { failureThreshold: { type: 'integer' }, periodSeconds: { type: 'integer' }, successThreshold: { type: 'integer' } },
        },
        hostNetwork: { type: 'boolean', description: 'Use the node’s network.' },
        dnsPolicy: { type: 'string', enum: ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'], description: 'DNS policy of the pods.' },
        autoCreateGatewayYaml: { type: 'boolean', description: 'Create a matching Istio Gateway resource.' },
        disableContainerPortExposed: { type: 'boolean', description: 'Do not expose container ports.' },
      },
    },
  },
};
