import { NEWEST_DOCUMENTED_ASM_VERSION, parseAsmVersion } from '../gateway/asmVersion';
import type { Issue } from '../issue';
import {
  type ClusterSpec,
  CLUSTER_LIMITS,
  isZoneName,
  type NodeSpec,
  nodeName,
  sharesZone,
  vSwitchZoneProblem,
  vSwitchZonesOf,
  type ZoneSpec,
  zoneNameProblem,
} from './clusterSpec';

// The cluster's shape, its limits and the checks its controls show live in clusterSpec.ts (the first screen uses them
// before the engine loads); this module changes a cluster, and re-exports them for its importers.
export {
  type ClusterSpec,
  CLUSTER_LIMITS,
  MAX_SIMULATED_REPLICAS,
  type NodeSpec,
  nodeName,
  vSwitchZoneProblem,
  vSwitchZonesOf,
  type ZoneSpec,
  zoneNameFormProblem,
  zoneNameProblem,
} from './clusterSpec';

export const DEFAULT_NODE: NodeSpec = { cpu: 4, memoryGiB: 16, usedCpu: 0, usedMemoryGiB: 0, zoneLabel: true };
export const DEFAULT_ZONE_NAMES = ['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j'] as const;
export const DEFAULT_NODES_PER_ZONE = 2;

export const DEFAULT_CLUSTER: ClusterSpec = {
  zones: DEFAULT_ZONE_NAMES.map((name) => ({ name, nodes: Array.from({ length: DEFAULT_NODES_PER_ZONE }, () => DEFAULT_NODE) })),
  vSwitchZones: {},
  asmVersion: NEWEST_DOCUMENTED_ASM_VERSION,
};

/** A name for a new zone that is not taken: the next letter after the last zone, in the same region. */
function nextZoneName(zones: readonly ZoneSpec[]): string {
  const taken = new Set(zones.map((zone) => zone.name));
  const last = zones[zones.length - 1]?.name ?? 'cn-hangzhou-g';
  const match = /^(.*-)([a-z])$/.exec(last);
  const prefix = match?.[1] ?? `${last}-`;
  let code = match?.[2] ? match[2].charCodeAt(0) + 1 : 'a'.charCodeAt(0);
  for (;;) {
    const candidate = code <= 'z'.charCodeAt(0) ? `${prefix}${String.fromCharCode(code)}` : `${prefix}${code}`;
    if (!taken.has(candidate)) return candidate;
    code += 1;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** A cluster whose zone names are unique (a stored one may not be): later duplicates get a suffix. */
export function withUniqueZoneNames(cluster: ClusterSpec): ClusterSpec {
  const seen = new Set<string>();
  const zones = cluster.zones.map((zone) => {
    let name = zone.name;
    for (let n = 2; seen.has(name); n += 1) name = `${zone.name}-${n}`;
    seen.add(name);
    return name === zone.name ? zone : { ...zone, name };
  });
  return { ...cluster, zones };
}

/** Sets the number of zones: new zones get the nodes of the last zone; extra zones are removed from the end. */
export function withZoneCount(cluster: ClusterSpec, count: number): ClusterSpec {
  const target = clamp(count, CLUSTER_LIMITS.zones.min, CLUSTER_LIMITS.zones.max);
  const zones = [...cluster.zones.slice(0, target)];
  while (zones.length < target) {
    const template = zones[zones.length - 1]?.nodes ?? Array.from({ length: DEFAULT_NODES_PER_ZONE }, () => DEFAULT_NODE);
    zones.push({ name: nextZoneName(zones), nodes: template });
  }
  return { ...cluster, zones };
}

/** Resizes one zone (or every zone, without `zoneIndex`): added nodes copy the zone's last node. */
export function withNodeCount(cluster: ClusterSpec, count: number, zoneIndex?: number): ClusterSpec {
  const target = clamp(count, CLUSTER_LIMITS.nodesPerZone.min, CLUSTER_LIMITS.nodesPerZone.max);
  return {
    ...cluster,
    zones: cluster.zones.map((zone, i) => {
      if (zoneIndex !== undefined && i !== zoneIndex) return zone;
      const template = zone.nodes[zone.nodes.length - 1] ?? DEFAULT_NODE;
      return { ...zone, nodes: Array.from({ length: target }, (_, k) => zone.nodes[k] ?? template) };
    }),
  };
}

/** Renames a zone; a name that is taken or not valid changes nothing (see zoneNameProblem). */
export function withZoneName(cluster: ClusterSpec, zoneIndex: number, name: string): ClusterSpec {
  if (zoneNameProblem(cluster, zoneIndex, name) !== undefined) return cluster;
  const previous = cluster.zones[zoneIndex]?.name;
  const vSwitchZones = Object.fromEntries(Object.entries(cluster.vSwitchZones).map(([id, zone]) => [id, zone === previous ? name : zone]));
  return { ...cluster, zones: cluster.zones.map((zone, i) => (i === zoneIndex ? { ...zone, name } : zone)), vSwitchZones };
}

export function withNode(cluster: ClusterSpec, zoneIndex: number, nodeIndex: number, patch: Partial<NodeSpec>): ClusterSpec {
  return {
    ...cluster,
    zones: cluster.zones.map((zone, i) =>
      i === zoneIndex ? { ...zone, nodes: zone.nodes.map((node, k) => (k === nodeIndex ? { ...node, ...patch } : node)) } : zone,
    ),
  };
}

/** Sets the ASM version; a text that is not a version changes nothing (the field says why, from parseAsmVersion). */
export function withAsmVersion(cluster: ClusterSpec, raw: string): ClusterSpec {
  const parsed = parseAsmVersion(raw);
  return parsed.ok && parsed.text !== cluster.asmVersion ? { ...cluster, asmVersion: parsed.text } : cluster;
}

export function withVSwitchZone(cluster: ClusterSpec, vSwitchId: string, zone: string): ClusterSpec {
  return { ...cluster, vSwitchZones: { ...cluster.vSwitchZones, [vSwitchId]: zone } };
}

/**
 * Puts the listed vSwitch at `index` in the zone named `zone`, the user's own name for it: a zone the cluster has, or
 * a new one. A new name renames the vSwitch's present zone when no other listed vSwitch is in it (a user in another
 * region names their zones as they enter their vSwitches), and adds a zone otherwise. A name that is not a zone name
 * changes nothing (vSwitchZoneProblem says why).
 */
export function withVSwitchInZone(cluster: ClusterSpec, vSwitchIds: readonly string[], index: number, zone: string): ClusterSpec {
  const id = vSwitchIds[index];
  if (id === undefined || vSwitchZoneProblem(cluster, vSwitchIds, index, zone) !== undefined) return cluster;
  const pinned = withPinnedVSwitchZones(cluster, vSwitchIds);
  if (pinned.zones.some((candidate) => candidate.name === zone)) return withVSwitchZone(pinned, id, zone);
  const current = vSwitchZonesOf(pinned, vSwitchIds)[index];
  const at = pinned.zones.findIndex((candidate) => candidate.name === current);
  if (!sharesZone(pinned, vSwitchIds, index) && at >= 0) return withVSwitchZone(withZoneName(pinned, at, zone), id, zone);
  const grown = withZoneCount(pinned, pinned.zones.length + 1);
  return withVSwitchZone(withZoneName(grown, grown.zones.length - 1, zone), id, zone);
}

/**
 * Fixes the zone of every listed vSwitch that only had an implied one (by its position), so
 * adding or removing rows does not move the others to other zones.
 */
export function withPinnedVSwitchZones(cluster: ClusterSpec, vSwitchIds: readonly string[]): ClusterSpec {
  const zones = vSwitchZonesOf(cluster, vSwitchIds);
  const missing = vSwitchIds.filter((id) => !(id in cluster.vSwitchZones));
  if (missing.length === 0) return cluster;
  const vSwitchZones = { ...cluster.vSwitchZones };
  vSwitchIds.forEach((id, i) => {
    const zone = zones[i];
    if (!(id in vSwitchZones) && zone !== undefined) vSwitchZones[id] = zone;
  });
  return { ...cluster, vSwitchZones };
}

/**
 * Problems of the cluster model, as data; paths start with `cluster`. These check the simulation's own input, not the
 * resource: an error here means the simulated cluster cannot be placed into, whatever the YAML says.
 */
export function validateCluster(cluster: ClusterSpec): Issue<never>[] {
  const issues: Issue<never>[] = [];
  cluster.zones.forEach((zone, i) => {
    const path = ['cluster', 'zones', i, 'name'];
    if (!isZoneName(zone.name)) {
      issues.push({ code: 'cluster/zone-name', severity: 'error', message: 'A zone name uses lowercase letters, digits and “-”, like cn-hangzhou-h.', path });
    } else if (cluster.zones.findIndex((other) => other.name === zone.name) !== i) {
      issues.push({ code: 'cluster/zone-duplicate', severity: 'error', message: `Zone ${zone.name} is listed twice.`, path });
    }
    zone.nodes.forEach((node, k) => {
      const at = ['cluster', 'zones', i, 'nodes', k];
      if (!(node.cpu > 0) || !(node.memoryGiB > 0)) {
        issues.push({ code: 'cluster/node-size', severity: 'error', message: `${nodeName(zone.name, k)} needs allocatable CPU and memory above 0.`, path: at });
      }
      if (node.usedCpu < 0 || node.usedMemoryGiB < 0 || node.usedCpu > node.cpu || node.usedMemoryGiB > node.memoryGiB) {
        issues.push({
          code: 'cluster/node-used',
          severity: 'error',
          message: `${nodeName(zone.name, k)}: what other workloads use must lie between 0 and the node’s allocatable amount.`,
          path: at,
        });
      }
    });
  });
  return issues;
}
