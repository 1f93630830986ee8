import { countBySeverity, summarize } from '../../core';
import { selectAnswers, selectFindings } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ExportActions } from '../export/ExportActions';

export function ExportStep() {
  const answers = useAppStore(selectAnswers);
  const findings = useAppStore(selectFindings);
  const { error: errors, warning: warnings } = countBySeverity(findings.all);
  return (
    <>
      <p className="step-intro">The YAML on the right is the result. Copy it, or download it as a file.</p>
      <dl className="summary">
        {summarize(answers).map((line) => (
          <div key={line.term} className="summary-line">
            <dt>{line.term}</dt>
            <dd>{line.detail}</dd>
          </div>
        ))}
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
