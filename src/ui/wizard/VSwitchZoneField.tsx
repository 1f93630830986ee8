import { useState } from 'react';
import { vSwitchZoneProblem } from '../../core';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

/**
 * The zone of one listed vSwitch, for the placement diagram: one of the simulated cluster's zones (suggested), or the
 * user's own name for it (their region's zone), written as soon as it is a zone name. Not locked with the form while
 * the YAML is broken: it changes the diagram only, never the YAML.
 */
export function VSwitchZoneField({ ids, index, zone }: { readonly ids: readonly string[]; readonly index: number; readonly zone: string }) {
  const cluster = useAppStore((state) => state.cluster);
  const zones = cluster.zones;
  const { placeVSwitch } = useAppStore(selectActions);
  const [typed, setTyped] = useState<string | null>(null);
  const problem = typed === null || typed.trim() === zone ? undefined : vSwitchZoneProblem(cluster, ids, index, typed.trim());
  const id = `field-vswitch-${index + 1}-zone`;
  return (
    <div className="field vswitch-zone">
      <label htmlFor={id} className="field-label">
        Zone of vSwitch {index + 1}
      </label>
      <input
        id={id}
        type="text"
        list="vswitch-zone-names"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={problem ? `${id}-problem vswitch-zone-help` : 'vswitch-zone-help'}
        aria-invalid={problem !== undefined}
        value={typed ?? zone}
        onChange={(event) => {
          setTyped(event.target.value);
          const name = event.target.value.trim();
          // A zone the cluster has is taken at once (a pick from the list); a new name when the field is left.
          if (zones.some((candidate) => candidate.name === name)) placeVSwitch(ids, index, name);
        }}
        onBlur={() => {
          const name = typed?.trim();
          if (name !== undefined && !problem && name !== zone) placeVSwitch(ids, index, name);
          if (!problem) setTyped(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="message message-error">
          {problem} The vSwitch stays in {zone}.
        </p>
      )}
    </div>
  );
}
