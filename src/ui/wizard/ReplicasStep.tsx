import { TextField } from '../common/TextField';

export function ReplicasStep() {
  return (
    <>
      <p className="step-intro">
        How many gateway pods run. High availability starts at two: with one pod, any node failure, drain or rollout
        takes the entry point down.
      </p>
      <div className="field-grid">
        <TextField field="minReplicas" numeric />
        <TextField field="maxReplicas" numeric />
        <TextField field="replicaCount" numeric />
        <TextField field="cpuTarget" numeric />
      </div>
    </>
  );
}
