import { ASM_VERSION_BOUNDARIES } from './asmVersion';
import type { FieldKey } from './answers';
import type { FieldOnStep } from './fieldRows';
import { CRD_DOC, ECI_MZ, type FieldTexts, HA_DOC, HA_DOC_ECI, K8S_FIT, NOT_DOCUMENTED, SCALING_DOC } from './fieldSources';

/**
 * The help of the later steps' fields, loaded with those steps (src/ui/wizard/laterSteps.ts) rather than on the first
 * screen. Sources: the seed and reference/domain.md.
 */
export const LATER_FIELD_TEXTS: Readonly<Record<Exclude<FieldKey, FieldOnStep<'cluster'>>, FieldTexts>> = {
  minReplicas: {
    help:
      'The fewest gateway pods the autoscaler keeps. One pod is a single point of failure, so keep at least 2; ' +
      'each pod reserves its CPU and memory requests.',
    ha:
      'If the only gateway pod fails, your services become unreachable. With 2 or more pods spread over nodes or zones, ' +
      'the others keep serving while one is lost. The ASM HA examples use 2.',
    source: HA_DOC + ', introduction and example YAML; ' + CRD_DOC + ', field “minReplicas”',
    defaultNote: NOT_DOCUMENTED,
  },
  maxReplicas: {
    help:
      'The most pods the autoscaler may run under load. With a Required spread rule, pods beyond the number of nodes ' +
      '(or zones) cannot be placed and stay Pending.',
    ha:
      'Room to absorb load peaks; it cannot be below the minimum. Under a Required rule, only as many pods as there are ' +
      'nodes (or zones) can run, so a maximum above that count adds Pending pods, not capacity. The ASM HA examples use 4.',
    source: CRD_DOC + ', field “maxReplicas”; Kubernetes HorizontalPodAutoscaler API; Kubernetes scheduler, required pod anti-affinity',
    defaultNote: NOT_DOCUMENTED,
  },
  replicaCount: {
    help:
      'The pod count ASM writes into the gateway Deployment. The ASM example sets 1 beside minimum replicas 2; ' +
      'which of the two wins is not documented, so keep it at least the minimum.',
    ha:
      'ASM re-syncs the gateway Deployment and overwrites manual changes to its replica count, unless the annotation ' +
      'asm.alibabacloud.com/replicas-managed-by-asm is "false" (ASM 1.19 and later). If this count wins over the minimum, ' +
      '1 means a single point of failure.',
    source: CRD_DOC + ', field “replicaCount”; ASM, “Customize a scaling policy for an ASM gateway”',
    defaultNote: 'Default: 1.',
  },
  replicaOwner: {
    help:
      'ASM writes the replica count into the gateway Deployment and re-syncs it, overwriting any other change. With “my own autoscaler”, ' +
      `the annotation asm.alibabacloud.com/replicas-managed-by-asm: "false" (ASM ${ASM_VERSION_BOUNDARIES.replicasManagedByAsm} and later) ` +
      'makes ASM stop syncing the replica count, so your own HPA, CronHPA or kubectl scale decides it; every other field stays managed by ASM.',
    ha:
      'With your own autoscaler, the pod count is whatever it sets: the minimum and maximum here no longer decide it, so keep at least 2 pods in ' +
      'its own settings. Whether ASM still creates its own autoscaler from minimum and maximum replicas then is not documented.',
    source: SCALING_DOC + ' (the annotation, on metadata.annotations, ASM 1.19 and later)',
    defaultNote: 'Default: ASM (no annotation).',
  },
  cpuTarget: {
    help:
      'The average CPU use, as a percentage of the CPU request, at which the autoscaler adds pods. ' +
      'Lower scales out earlier (more pods, more cost); close to 100 leaves no headroom while new pods start.',
    ha:
      'A lower target keeps spare capacity, so the remaining pods can take over the load of a lost pod while a replacement starts. ' +
      'The ASM HA examples use 80.',
    source: CRD_DOC + ', field “cpu.targetAverageUtilization”; ' + HA_DOC + ', example YAML',
    defaultNote: NOT_DOCUMENTED,
  },
  spreadLevel: {
    help:
      'Node (kubernetes.io/hostname) keeps gateway pods on different nodes: the gateway survives losing a node. ' +
      'Zone (topology.kubernetes.io/zone) keeps them in different zones: it survives a zone outage, but needs nodes in several zones.',
    ha:
      'Node: a failed node takes down at most its own pods, but all pods may sit in one zone. Zone: survives a zone outage. ' +
      'Every node needs the zone label: Kubernetes warns that nodes missing the rule’s label lead to unintended results.',
    source:
      HA_DOC + ', sections “Spread pods across nodes” and “Spread pods across zones”; Kubernetes documentation, “Assigning Pods to Nodes” (pod anti-affinity)',
    defaultNote: NOT_DOCUMENTED,
  },
  rule: {
    help:
      'Preferred: the scheduler tries to spread the pods and still runs them together when it cannot, so no pod waits, ' +
      'but the spread is not guaranteed. Required: pods never share a node (or zone); pods beyond the number of nodes ' +
      '(or zones) stay Pending, and a rolling update can stall.',
    ha:
      'Preferred never blocks a pod, but two pods can share a node or zone and fail together. Required guarantees the spread, ' +
      'but pods beyond the number of nodes (or zones) stay Pending, and when every node (or zone) already runs a pod, a rolling update ' +
      'whose max unavailable comes to 0 stalls.',
    source:
      HA_DOC +
      ', anti-affinity field table (preferredDuringSchedulingIgnoredDuringExecution); Kubernetes scheduler, required pod anti-affinity; ' +
      'Kubernetes Deployment rolling update',
    defaultNote: NOT_DOCUMENTED,
  },
  weight: {
    help:
      '1–100: how strongly the scheduler follows this preference compared with the pod’s other preferred (anti-)affinity rules. ' +
      'The ASM example uses 100, the strongest.',
    ha:
      'The ASM document says a higher weight makes the rule more influential. In upstream Kubernetes, when this is the pod’s only ' +
      'preferred rule, the scheduler rescales the anti-affinity score to 0–100 before adding its other scores, so the weight then ' +
      'matters mainly against other preferred rules (ACK’s scheduler weights are not documented).',
    source: HA_DOC + ', anti-affinity field table (weight); Kubernetes scheduler, InterPodAffinity scoring',
    defaultNote: NOT_DOCUMENTED,
  },
  vSwitchIds: {
    help:
      'Each vSwitch belongs to one zone. List vSwitches of the same VPC in different zones (at most 10) so ECI can ' +
      'create gateway pods in more than one zone.',
    ha:
      'Pods can only run in the zones of the listed vSwitches: with one vSwitch, or all in one zone, a zone outage stops every gateway pod. ' +
      'The list is read only when a pod is created, so existing pods keep their zone.',
    source: HA_DOC_ECI + '; ' + ECI_MZ + ', annotation k8s.aliyun.com/eci-vswitch',
    defaultNote: NOT_DOCUMENTED,
  },
  scheduleStrategy: {
    help:
      'VSwitchRandom (the default): ECI picks the zone by inventory, so an even spread is likely but not promised. ' +
      'VSwitchOrdered: ECI uses the first vSwitch’s zone while it has stock, then the next — a fallback order, not a spread.',
    ha:
      'VSwitchRandom spreads pods over the listed zones, but not necessarily evenly. VSwitchOrdered can put every pod in the ' +
      'first zone, so one zone outage stops them all; it also turns off ACK’s zone-spread scheduling for ECI pods.',
    source:
      ECI_MZ + ', annotation k8s.aliyun.com/eci-schedule-strategy; ' + HA_DOC_ECI + '; ACK, “Spread ECI-based pods across zones and configure affinities”',
    defaultNote: 'Default: VSwitchRandom.',
  },
  ports: {
    help: 'The ports of the gateway Service: clients connect to the port, the gateway pod listens on the target port. ' + 'Names are lowercase and unique.',
    ha:
      'Ports do not change how pods are spread: every gateway pod serves every listed port, so a port stays reachable while ' +
      'any gateway pod is up. The ASM HA examples keep status-port 15020 beside the traffic ports.',
    source: CRD_DOC + ', field “ports”; ' + HA_DOC + ', example YAML',
    defaultNote: NOT_DOCUMENTED,
  },
  serviceType: {
    help: 'How the gateway is reached. LoadBalancer creates an Alibaba Cloud load balancer in front of the gateway pods.',
    ha:
      'Clients reach all gateway pods through this one Service, so losing a pod does not change the address they use. ' +
      'The ASM HA examples use LoadBalancer; in a registered (non-ACK) cluster it needs load-balancer support there.',
    source: CRD_DOC + ', field “serviceType”; ACK, “Add annotations to the YAML file of a Service to configure CLB instances”',
    defaultNote: 'Default: LoadBalancer.',
  },
  externalTrafficPolicy: {
    help:
      'Cluster: any node forwards traffic to any gateway pod. Local keeps the client’s source IP, but only nodes that run ' +
      'a gateway pod receive traffic (the load balancer’s health check takes the others out), so spreading the pods matters more.',
    ha:
      'With Local, a node without a gateway pod drops traffic and must be taken out by the load balancer’s health check, ' +
      'and load can be uneven across pods. The ASM HA examples use Local; how Alibaba Cloud’s load balancer handles it is not documented.',
    source: CRD_DOC + ', field “externalTrafficPolicy”; Kubernetes Service API, field “externalTrafficPolicy”',
    defaultNote: 'Default: Cluster.',
  },
  requestsCpu: {
    help: 'CPU reserved for each gateway pod when it is scheduled; the CPU target is a percentage of it. Example: 200m.',
    ha:
      'A pod is placed only on a node with this much free CPU: set it too high and new or surge pods may find no room ' +
      'and stay Pending; set it too low and the CPU target is reached sooner. The ASM example uses 200m.',
    source: CRD_DOC + ', field “resources”; ' + HA_DOC + ', example YAML; ' + K8S_FIT,
    defaultNote: NOT_DOCUMENTED,
  },
  requestsMemory: {
    help: 'Memory reserved for each gateway pod when it is scheduled. Example: 256Mi.',
    ha:
      'A pod is placed only on a node with this much free memory, so a large request can leave new or surge pods Pending ' +
      'when nodes are full. The ASM example uses 256Mi.',
    source: CRD_DOC + ', field “resources”; ' + HA_DOC + ', example YAML; ' + K8S_FIT,
    defaultNote: NOT_DOCUMENTED,
  },
  limitsCpu: {
    help: 'The most CPU a gateway pod may use; above it the pod is throttled. Example: 2.',
    ha:
      'Limits do not change where pods are placed (the scheduler counts requests). A tight limit slows a busy pod down ' +
      'rather than stopping it. The ASM example allows 2 CPUs against a 200m request.',
    source: CRD_DOC + ', field “resources”; ' + HA_DOC + ', example YAML; ' + K8S_FIT,
    defaultNote: NOT_DOCUMENTED,
  },
  limitsMemory: {
    help: 'The most memory a gateway pod may use; above it the container is killed and restarted. Example: 2G.',
    ha:
      'Limits do not change where pods are placed (the scheduler counts requests). A pod that goes over it restarts, ' +
      'and its traffic must go to the other pods meanwhile. The ASM example uses 2G.',
    source: CRD_DOC + ', field “resources”; ' + HA_DOC + ', example YAML; ' + K8S_FIT,
    defaultNote: NOT_DOCUMENTED,
  },
  sdsEnabled: {
    help: 'Secret discovery (SDS) delivers TLS certificates to the gateway. Its container’s resources add to every pod.',
    ha: 'SDS runs in every gateway pod, so its requests add to the free room a node needs to take a new or surge pod. The ASM HA examples enable it.',
    source: CRD_DOC + ', field “sds”; ' + HA_DOC + ', example YAML',
    defaultNote: NOT_DOCUMENTED,
  },
  sdsRequestsCpu: {
    help: 'CPU reserved for the SDS container. Example: 100m.',
    ha:
      'Counts toward the pod’s CPU request, so it decides with the gateway’s request whether a new or surge pod fits on a node. ' +
      'The ASM example uses 100m.',
    source: CRD_DOC + ', field “sds.resources”; ' + HA_DOC + ', example YAML; ' + K8S_FIT,
    defaultNote: NOT_DOCUMENTED,
  },
  sdsRequestsMemory: {
    help: 'Memory reserved for the SDS container. Example: 128Mi.',
    ha:
      'Counts toward the pod’s memory request, so it decides with the gateway’s request whether a new or surge pod fits on a node. ' +
      'The ASM example uses 128Mi.',
    source: CRD_DOC + ', field “sds.resources”; ' + HA_DOC + ', example YAML; ' + K8S_FIT,
    defaultNote: NOT_DOCUMENTED,
  },
  sdsLimitsCpu: {
    help: 'The most CPU the SDS container may use. Example: 2000m.',
    ha: 'Does not change where pods are placed (the scheduler counts requests); it caps only the SDS container. The ASM example uses 2000m.',
    source: CRD_DOC + ', field “sds.resources”; ' + HA_DOC + ', example YAML; ' + K8S_FIT,
    defaultNote: NOT_DOCUMENTED,
  },
  sdsLimitsMemory: {
    help: 'The most memory the SDS container may use. Example: 1024Mi.',
    ha: 'Does not change where pods are placed (the scheduler counts requests); it caps only the SDS container. The ASM example uses 1024Mi.',
    source: CRD_DOC + ', field “sds.resources”; ' + HA_DOC + ', example YAML; ' + K8S_FIT,
    defaultNote: NOT_DOCUMENTED,
  },
  rollingMaxSurge: {
    help:
      'How many extra pods a rolling update may start above the desired count: a number, or a percentage rounded up. ' +
      'With a Required rule and every node taken, surge pods cannot be placed.',
    ha:
      'Surge pods start before old ones stop, so an update need not lower capacity. Under a Required rule with no free ' +
      'node (or zone), surge pods stay Pending and, with max unavailable at 0, the update stalls. The ASM examples use 100%.',
    source: CRD_DOC + ', field “rollingMaxSurge”; Kubernetes Deployment rolling update (maxSurge, rounded up); ' + HA_DOC + ', example YAML',
    defaultNote: NOT_DOCUMENTED,
  },
  rollingMaxUnavailable: {
    help:
      'How many pods may be down during a rolling update: a number, or a percentage rounded down. ' +
      'If both this and max surge come to 0, Kubernetes takes 1.',
    ha:
      'Rounded down, so 25% of fewer than 4 pods is 0: no old pod stops before its replacement is ready. With a Required rule and no free node, ' +
      'max unavailable 1 with max surge 0 lets the update replace one pod at a time. The ASM examples use 25%.',
    source: CRD_DOC + ', field “rollingMaxUnavailable”; Kubernetes Deployment rolling update (maxUnavailable, rounded down); ' + HA_DOC + ', example YAML',
    defaultNote: NOT_DOCUMENTED,
  },
};
