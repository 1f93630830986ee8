import { TextField } from '../common/TextField';

export function ReplicasStep() {
  return (
    <>
      <p className="step-intro">
        How many gateway pods run. High availability starts at two: with one pod, any node failure, drain or rollout
        takes the entry point down.
      </p>
      <div className="field-grid">
        <TextField field="minReplicas" narrow />
        <TextField field="maxReplicas" narrow />
        <TextField field="replicaCount" narrow />
        <TextField field="cpuTarget" narrow />
      </div>
    </>
  );
}
