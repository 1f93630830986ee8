import { CLUSTER_LIMITS } from '../../core';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { NumberInput } from '../common/NumberInput';
import { AsmVersionField } from './AsmVersionField';
import { ZoneEditor } from './ZoneEditor';

export const CLUSTER_CONTROLS_ID = 'cluster-controls';

/** The simulated cluster: the quick path (zones, nodes per zone) and every zone and node in detail. */
export function ClusterControls() {
  const zones = useAppStore((state) => state.cluster.zones);
  const { setZoneCount, setNodesPerZone } = useAppStore(selectActions);
  const counts = new Set(zones.map((zone) => zone.nodes.length));
  const uniform = counts.size === 1 ? zones[0]?.nodes.length : undefined;
  return (
    <div className="cluster-controls" id={CLUSTER_CONTROLS_ID}>
      <p id="cluster-help" className="field-help">
        A cluster to place into (not part of the YAML). Defaults: three zones of two nodes, 4 CPU and 16 GiB each.
      </p>
      <div className="control-row">
        <NumberInput
          id="cluster-zones"
          label="Zones"
          value={zones.length}
          min={CLUSTER_LIMITS.zones.min}
          max={CLUSTER_LIMITS.zones.max}
          describedBy="cluster-help"
          onCommit={setZoneCount}
        />
        <NumberInput
          id="cluster-nodes"
          label="Nodes per zone"
          value={uniform}
          placeholder="differs"
          min={CLUSTER_LIMITS.nodesPerZone.min}
          max={CLUSTER_LIMITS.nodesPerZone.max}
          describedBy="cluster-help"
          onCommit={setNodesPerZone}
        />
      </div>
      <AsmVersionField />
      <details className="zone-details">
        <summary>Edit zones and nodes</summary>
        {zones.map((_, index) => (
          <ZoneEditor key={index} index={index} />
        ))}
      </details>
    </div>
  );
}
