import {
  type ClusterSpec,
  DEFAULT_CLUSTER,
  type NodeSpec,
  withAsmVersion,
  withNode,
  withNodeCount,
  withVSwitchInZone,
  withZoneCount,
  withZoneName,
} from '../../core';
import { nodeName } from '../../core/placement/clusterSpec';

/** The what-ifs of the diagram; not part of the YAML. */
export interface WhatIfState {
  /** Replicas to place (the autoscaler's range); undefined: minReplicas. */
  readonly replicas?: number;
  readonly failedNodes: readonly string[];
  readonly failedZones: readonly string[];
  readonly rollingUpdate: boolean;
  readonly eciWorstCase: boolean;
}

/** How the diagram is shown: not an input of the simulation (changing it places nothing again). */
export interface DiagramView {
  /** The node whose score breakdown is shown. */
  readonly scoresNode?: string;
  /** Zones the diagram draws in full (long zones are collapsed otherwise). */
  readonly expandedZones: readonly string[];
}

export interface PlacementState {
  readonly cluster: ClusterSpec;
  readonly whatIf: WhatIfState;
  readonly diagram: DiagramView;
}

export interface PlacementActions {
  /** Another cluster altogether (a share link, the user's kept work): what-ifs start over. */
  replaceCluster: (cluster: ClusterSpec) => void;
  setZoneCount: (count: number) => void;
  /** Every zone gets this many nodes. */
  setNodesPerZone: (count: number) => void;
  setZoneNodeCount: (zoneIndex: number, count: number) => void;
  renameZone: (zoneIndex: number, name: string) => void;
  updateNode: (zoneIndex: number, nodeIndex: number, patch: Partial<NodeSpec>) => void;
  /** Puts a listed vSwitch in a zone of the user's naming (a new name renames or adds a zone: withVSwitchInZone). */
  placeVSwitch: (vSwitchIds: readonly string[], index: number, zone: string) => void;
  /** The ASM instance's version, as typed; a text that is not a version changes nothing (the field says why). */
  setAsmVersion: (version: string) => void;
  setReplicasToPlace: (replicas: number) => void;
  toggleNodeFailure: (node: string) => void;
  toggleZoneFailure: (zone: string) => void;
  restoreFailures: () => void;
  showRollingUpdate: (on: boolean) => void;
  showEciWorstCase: (on: boolean) => void;
  showScoresFor: (node: string | undefined) => void;
  toggleZoneExpanded: (zone: string) => void;
}

export const INITIAL_WHAT_IF: WhatIfState = { failedNodes: [], failedZones: [], rollingUpdate: false, eciWorstCase: false };
const INITIAL_DIAGRAM: DiagramView = { expandedZones: [] };
export const INITIAL_PLACEMENT: PlacementState = { cluster: DEFAULT_CLUSTER, whatIf: INITIAL_WHAT_IF, diagram: INITIAL_DIAGRAM };

function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

/** The placement actions over a store holding PlacementState. */
export function placementActions(get: () => PlacementState, set: (partial: Partial<PlacementState>) => void): PlacementActions {
  /** A new cluster shape: failures of nodes or zones that no longer exist are dropped. */
  const reshape = (cluster: ClusterSpec): void => {
    const zones = new Set(cluster.zones.map((zone) => zone.name));
    const nodes = new Set(cluster.zones.flatMap((zone) => zone.nodes.map((_, k) => nodeName(zone.name, k))));
    const { whatIf } = get();
    set({
      cluster,
      whatIf: {
        ...whatIf,
        failedZones: whatIf.failedZones.filter((zone) => zones.has(zone)),
        failedNodes: whatIf.failedNodes.filter((node) => nodes.has(node)),
      },
    });
  };
  const patchWhatIf = (patch: Partial<WhatIfState>): void => set({ whatIf: { ...get().whatIf, ...patch } });
  return {
    replaceCluster: (cluster) => set({ cluster, whatIf: INITIAL_WHAT_IF, diagram: INITIAL_DIAGRAM }),
    setZoneCount: (count) => reshape(withZoneCount(get().cluster, count)),
    setNodesPerZone: (count) => reshape(withNodeCount(get().cluster, count)),
    setZoneNodeCount: (zoneIndex, count) => reshape(withNodeCount(get().cluster, count, zoneIndex)),
    renameZone: (zoneIndex, name) => reshape(withZoneName(get().cluster, zoneIndex, name)),
    updateNode: (zoneIndex, nodeIndex, patch) => set({ cluster: withNode(get().cluster, zoneIndex, nodeIndex, patch) }),
    placeVSwitch: (vSwitchIds, index, zone) => reshape(withVSwitchInZone(get().cluster, vSwitchIds, index, zone)),
    setAsmVersion: (version) => {
      const cluster = withAsmVersion(get().cluster, version);
      if (cluster !== get().cluster) set({ cluster });
    },
    setReplicasToPlace: (replicas) => patchWhatIf({ replicas }),
    toggleNodeFailure: (node) => patchWhatIf({ failedNodes: toggle(get().whatIf.failedNodes, node) }),
    toggleZoneFailure: (zone) => patchWhatIf({ failedZones: toggle(get().whatIf.failedZones, zone) }),
    restoreFailures: () => patchWhatIf({ failedNodes: [], failedZones: [] }),
    showRollingUpdate: (on) => patchWhatIf({ rollingUpdate: on }),
    showEciWorstCase: (on) => patchWhatIf({ eciWorstCase: on }),
    showScoresFor: (node) => {
      const { expandedZones } = get().diagram;
      set({ diagram: node === undefined ? { expandedZones } : { expandedZones, scoresNode: node } });
    },
    toggleZoneExpanded: (zone) => set({ diagram: { ...get().diagram, expandedZones: toggle(get().diagram.expandedZones, zone) } }),
  };
}
