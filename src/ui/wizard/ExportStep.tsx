import { summarize } from '../../core';
import { selectAnswers, selectReport } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ExportActions } from '../export/ExportActions';
import { Handoff } from '../export/Handoff';
import { ShareLink } from '../export/ShareLink';

export function ExportStep() {
  const answers = useAppStore(selectAnswers);
  const { error: errors, warning: warnings } = useAppStore(selectReport).counts;
  return (
    <>
      <p className="step-intro">
        The YAML in the editor (beside the form, or below it on a narrow screen) is the result. Copy it, download it as a file, or share it as a link; then
        apply it.
      </p>
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
          {errors > 0 && `${errors} error${errors === 1 ? '' : 's'}: Kubernetes or ASM would refuse this YAML, or the gateway would not run as intended. `}
          {warnings > 0 && `${warnings} warning${warnings === 1 ? '' : 's'} to review. `}
          Each is listed under Findings, with a fix where there is one.
        </p>
      )}
      <ExportActions />
      <ShareLink />
      <Handoff />
    </>
  );
}
