// The simulated cluster's shape, its limits and the checks its controls show (a zone's name, a vSwitch's zone): light
// and without the parser, so the first screen has them before the engine loads. What changes a cluster is in cluster.ts.
/**
 * The cluster the gateway is placed into: the app's own model, not part of the YAML.
 * Sizes are in cores and GiB, as the ACK console shows them.
 */
export interface NodeSpec {
  /** Allocatable CPU, cores. */
  readonly cpu: number;
  /** Allocatable memory, GiB. */
  readonly memoryGiB: number;
  /** CPU already requested by other workloads, cores. */
  readonly usedCpu: number;
  /** Memory already requested by other workloads, GiB. */
  readonly usedMemoryGiB: number;
  /**
   * Whether the node carries `topology.kubernetes.io/zone`. Cloud nodes do; registered or
   * self-managed nodes may not, and then zone anti-affinity does not see them (domain.md §3.3).
   */
  readonly zoneLabel: boolean;
}

export interface ZoneSpec {
  readonly name: string;
  readonly nodes: readonly NodeSpec[];
}

/**
 * Where the gateway is judged: the simulated cluster, and beside it the version of the user's ASM instance. Neither is
 * in the YAML; both are saved and shared with it.
 */
export interface ClusterSpec {
  readonly zones: readonly ZoneSpec[];
  /** ACK Serverless: the zone of each vSwitch ID (the ECI placement uses these). */
  readonly vSwitchZones: Readonly<Record<string, string>>;
  /** The ASM instance's version, as its console shows it (e.g. `1.22.6.95`): findings that depend on it use it. */
  readonly asmVersion: string;
}

const ZONE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Whether a name has the form of a zone name (lowercase letters, digits and “-”). */
export function isZoneName(name: string): boolean {
  return ZONE_NAME.test(name);
}

export const CLUSTER_LIMITS = { zones: { min: 1, max: 10 }, nodesPerZone: { min: 0, max: 200 } } as const;

/** The simulation places at most this many pods: a YAML asking for millions must not freeze the page. */
export const MAX_SIMULATED_REPLICAS = 1000;

/** The node name the simulation and diagram use: `<zone>-n<k>` (k from 1). */
export function nodeName(zone: string, index: number): string {
  return `${zone}-n${index + 1}`;
}

/** Why a zone cannot take this name, or undefined when it can. */
export function zoneNameProblem(cluster: ClusterSpec, zoneIndex: number, name: string): string | undefined {
  if (!ZONE_NAME.test(name)) return 'A zone name uses lowercase letters, digits and “-”, like cn-hangzhou-h.';
  if (cluster.zones.some((zone, i) => i !== zoneIndex && zone.name === name)) return `Another zone is already named ${name}.`;
  return undefined;
}

/**
 * The zone of each listed vSwitch: the one the user set, else (so a new list is useful at once)
 * the cluster's zones in turn.
 */
export function vSwitchZonesOf(cluster: ClusterSpec, vSwitchIds: readonly string[]): string[] {
  return vSwitchIds.map((id, i) => {
    const chosen = cluster.vSwitchZones[id];
    if (chosen !== undefined && cluster.zones.some((zone) => zone.name === chosen)) return chosen;
    return cluster.zones[i % Math.max(1, cluster.zones.length)]?.name ?? 'unknown';
  });
}

/** Why a zone cannot be called this, or undefined: the form of a zone name, whatever zones there are. */
export function zoneNameFormProblem(name: string): string | undefined {
  return ZONE_NAME.test(name) ? undefined : 'A zone name uses lowercase letters, digits and “-”, like cn-shanghai-b.';
}

/** Whether another listed vSwitch is in the zone of the vSwitch at `index` (a new name then adds a zone instead of renaming it). */
export function sharesZone(cluster: ClusterSpec, vSwitchIds: readonly string[], index: number): boolean {
  const zones = vSwitchZonesOf(cluster, vSwitchIds);
  return zones.some((other, j) => j !== index && other === zones[index]);
}

/**
 * Why the vSwitch at `index` cannot be put in the zone named `zone`, or undefined when it can: a name that is not a zone
 * name, a row with no vSwitch ID yet, or a new zone when the simulated cluster has as many zones as it can hold.
 */
export function vSwitchZoneProblem(cluster: ClusterSpec, vSwitchIds: readonly string[], index: number, zone: string): string | undefined {
  const form = zoneNameFormProblem(zone);
  if (form) return form;
  const id = vSwitchIds[index];
  if (id === undefined || id.trim() === '') return `Enter the ID of vSwitch ${index + 1} first: its zone belongs to it.`;
  if (cluster.zones.some((candidate) => candidate.name === zone)) return undefined;
  const current = vSwitchZonesOf(cluster, vSwitchIds)[index];
  if (!sharesZone(cluster, vSwitchIds, index) && cluster.zones.some((candidate) => candidate.name === current)) return undefined;
  const max = CLUSTER_LIMITS.zones.max;
  return cluster.zones.length >= max
    ? `The simulated cluster already has ${max} zones, the most it holds: choose one of its zones, or rename one in the placement panel’s cluster editor.`
    : undefined;
}
