import { useState } from 'react';
import { CLUSTER_LIMITS, type NodeSpec, zoneNameProblem } from '../../core';
import { nodeName } from '../../core/placement/cluster';
import { selectActions, selectClusterIssues } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { FieldShell } from '../common/FieldShell';
import { NumberInput } from '../common/NumberInput';

const SIZE_FIELDS = [
  { key: 'cpu', label: 'CPU (cores)', min: 0.1, max: 512, step: 0.5 },
  { key: 'memoryGiB', label: 'Memory (GiB)', min: 0.1, max: 4096, step: 1 },
  { key: 'usedCpu', label: 'CPU used by other workloads (cores)', min: 0, max: 512, step: 0.1 },
  { key: 'usedMemoryGiB', label: 'Memory used by other workloads (GiB)', min: 0, max: 4096, step: 0.5 },
] as const;

/** One zone: its name, how many nodes, and each node's size, what others use, and its zone label. */
export function ZoneEditor({ index }: { index: number }) {
  const zone = useAppStore((state) => state.cluster.zones[index]);
  const cluster = useAppStore((state) => state.cluster);
  const issues = useAppStore(selectClusterIssues);
  const { renameZone, setZoneNodeCount, updateNode } = useAppStore(selectActions);
  // A rename is written when the field is left, so half-typed names never merge with other zones.
  const [typed, setTyped] = useState<string | null>(null);
  if (!zone) return null;
  const typedProblem = typed === null ? undefined : zoneNameProblem(cluster, index, typed);
  const nameIssues = typedProblem
    ? [{ code: 'cluster/zone-name', severity: 'error' as const, message: `${typedProblem} The zone keeps the name ${zone.name}.`, path: [] }]
    : issues.filter((issue) => issue.path[2] === index && issue.path[3] === 'name');
  const setAll = (patch: Partial<NodeSpec>): void => zone.nodes.forEach((_, k) => updateNode(index, k, patch));
  const first = zone.nodes[0];
  return (
    <fieldset className="zone-editor">
      <legend>Zone {index + 1}</legend>
      <div className="control-row">
        <FieldShell id={`zone-${index}-name`} label={`Name of zone ${index + 1}`} issues={nameIssues}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={typed ?? zone.name}
              spellCheck={false}
              onChange={(event) => setTyped(event.target.value)}
              onBlur={() => {
                if (typed !== null && !typedProblem) renameZone(index, typed);
                setTyped(null);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') event.currentTarget.blur();
              }}
            />
          )}
        </FieldShell>
        <NumberInput
          id={`zone-${index}-nodes`}
          label={`Nodes in ${zone.name}`}
          value={zone.nodes.length}
          min={CLUSTER_LIMITS.nodesPerZone.min}
          max={CLUSTER_LIMITS.nodesPerZone.max}
          onCommit={(count) => setZoneNodeCount(index, count)}
        />
      </div>
      {first && (
        <div className="control-row" role="group" aria-label={`Every node in ${zone.name}`}>
          {SIZE_FIELDS.map((field) => (
            <NumberInput
              key={field.key}
              id={`zone-${index}-all-${field.key}`}
              label={`${field.label}, every node`}
              value={zone.nodes.every((node) => node[field.key] === first[field.key]) ? first[field.key] : undefined}
              placeholder="differs"
              min={field.min}
              max={field.max}
              step={field.step}
              onCommit={(value) => setAll({ [field.key]: value })}
            />
          ))}
        </div>
      )}
      {zone.nodes.length > 0 && (
        <details>
          <summary>Nodes of {zone.name} one by one</summary>
          {zone.nodes.map((node, k) => {
            const name = nodeName(zone.name, k);
            return (
              <div key={k} className="control-row node-row" role="group" aria-label={name}>
                {SIZE_FIELDS.map((field) => (
                  <NumberInput
                    key={field.key}
                    id={`node-${index}-${k}-${field.key}`}
                    label={`${field.label} of ${name}`}
                    value={node[field.key]}
                    min={field.min}
                    max={field.max}
                    step={field.step}
                    onCommit={(value) => updateNode(index, k, { [field.key]: value })}
                  />
                ))}
                <label className="checkbox">
                  <input type="checkbox" checked={node.zoneLabel} onChange={(event) => updateNode(index, k, { zoneLabel: event.target.checked })} />
                  {name} has the zone label
                </label>
              </div>
            );
          })}
        </details>
      )}
    </fieldset>
  );
}
