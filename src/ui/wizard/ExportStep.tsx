import { selectAnswers, selectFindings } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ExportActions } from '../export/ExportActions';

export function ExportStep() {
  const answers = useAppStore(selectAnswers);
  const findings = useAppStore(selectFindings);
  const errors = findings.all.filter((issue) => issue.severity === 'error').length;
  const warnings = findings.all.filter((issue) => issue.severity === 'warning').length;
  const spread =
    answers.clusterType === 'ACK'
      ? `${answers.rule === 'required' ? 'Required' : 'Preferred'} anti-affinity across ${answers.spreadLevel === 'zone' ? 'zones' : 'nodes'}`
      : `ECI across ${answers.vSwitchIds.length} vSwitch${answers.vSwitchIds.length === 1 ? '' : 'es'} (${answers.scheduleStrategy ?? 'VSwitchRandom'})`;
  return (
    <>
      <p className="step-intro">The YAML on the right is the result. Copy it, or download it as a file.</p>
      <dl className="summary">
        <dt>Gateway</dt>
        <dd>
          {answers.name ?? '(no name)'} in {answers.namespace ?? 'istio-system'}
        </dd>
        <dt>Cluster type</dt>
        <dd>{answers.clusterType === 'ACK' ? 'ACK' : 'ACK Serverless'}</dd>
        <dt>Replicas</dt>
        <dd>
          {answers.minReplicas ?? '?'} to {answers.maxReplicas ?? '?'}
        </dd>
        <dt>Spread</dt>
        <dd>{spread}</dd>
      </dl>
      {(errors > 0 || warnings > 0) && (
        <p className={errors > 0 ? 'note note-error' : 'note'}>
          {errors > 0 && `${errors} error${errors === 1 ? '' : 's'}: ASM or Kubernetes would reject this YAML as it is. `}
          {warnings > 0 && `${warnings} warning${warnings === 1 ? '' : 's'} to review. `}
          The fields concerned are marked in the earlier steps.
        </p>
      )}
      <ExportActions />
    </>
  );
}
