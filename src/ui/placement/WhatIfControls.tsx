import { MAX_SIMULATED_REPLICAS } from '../../core';
import { selectActions, selectWorkload } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { CLUSTER_CONTROLS_ID } from './ClusterControls';

/** Autoscaling, failures and a rollout step: what happens to the gateway when things change. */
export function WhatIfControls({ replicas }: { replicas: number }) {
  const workload = useAppStore(selectWorkload);
  const whatIf = useAppStore((state) => state.whatIf);
  const { setReplicasToPlace, showRollingUpdate, showEciWorstCase, restoreFailures } = useAppStore(selectActions);
  const failures = [...whatIf.failedZones, ...whatIf.failedNodes];
  const low = Math.min(workload.minReplicas, MAX_SIMULATED_REPLICAS);
  const high = Math.min(workload.maxReplicas, MAX_SIMULATED_REPLICAS);
  const fixed = low === high;
  return (
    <div className="what-if">
      <div className="replicas-slider">
        <label htmlFor="replicas-to-place">Replicas to place</label>
        <input
          id="replicas-to-place"
          type="range"
          min={low}
          max={high}
          step={1}
          value={replicas}
          disabled={fixed}
          aria-valuetext={`${replicas} replicas`}
          aria-describedby="replicas-to-place-help"
          onChange={(event) => setReplicasToPlace(event.target.valueAsNumber)}
        />
        <output htmlFor="replicas-to-place">{replicas}</output>
        <p id="replicas-to-place-help" className="field-help">
          {fixed
            ? `Minimum and maximum replicas are both ${low}: the autoscaler keeps that many.`
            : `From minimum (${low}) to maximum replicas (${high}): what the autoscaler may run.`}
        </p>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={whatIf.rollingUpdate} onChange={(event) => showRollingUpdate(event.target.checked)} />
        Show rolling update
      </label>
      {workload.clusterType === 'ACKServerless' && workload.strategy === 'VSwitchRandom' && (
        <label className="checkbox">
          <input type="checkbox" checked={whatIf.eciWorstCase} onChange={(event) => showEciWorstCase(event.target.checked)} />
          Show the worst case (all pods in one zone)
        </label>
      )}
      <p className="field-help">
        {failures.length > 0 ? `Failed: ${failures.join(', ')}. ` : ''}Activate a zone or a node in the diagram to fail it; activate it again to restore it.
      </p>
      <button type="button" disabled={failures.length === 0} onClick={restoreFailures}>
        Restore all
      </button>
      <button
        type="button"
        onClick={() => {
          // The cluster's controls are further down the pane: brought into view, with the focus on their first one.
          const controls = document.getElementById(CLUSTER_CONTROLS_ID);
          controls?.scrollIntoView({ block: 'start' });
          controls?.querySelector<HTMLElement>('input')?.focus({ preventScroll: true });
        }}
      >
        Edit the simulated cluster
      </button>
    </div>
  );
}
