import { memo, useDeferredValue } from 'react';
import { FIELD_TABLE, type Finding, type FindingReport, SEVERITY_ORDER, type Severity, STEPS } from '../../core';
import { selectActions, selectReport } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { FixButtons } from './FixButtons';

const WORDS: Record<Severity, readonly [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** A list of thousands (a pasted file full of unknown fields) would stall the page: the rest are counted. */
const SHOWN_PER_GROUP = 100;

const count = (n: number, severity: Severity): string => `${n} ${WORDS[severity][n === 1 ? 0 : 1]}`;

/** Where a finding lies, in words: its line, and the field and step that edit it. */
function place(finding: Finding): string {
  const parts: string[] = [];
  if (finding.span) parts.push(`line ${finding.span.line}`);
  if (finding.field) {
    const step = STEPS.find((candidate) => candidate.id === finding.step)?.label;
    parts.push(step ? `${FIELD_TABLE[finding.field].label} (${step} step)` : FIELD_TABLE[finding.field].label);
  }
  return parts.join(' · ');
}

function FindingItem({ finding, id }: { finding: Finding; id: string }) {
  const { showFinding } = useAppStore(selectActions);
  const where = place(finding);
  return (
    <li className={`finding message-${finding.issue.severity}`}>
      <button type="button" className="finding-show" onClick={() => showFinding(finding)} aria-describedby={`${id}-where`}>
        {finding.issue.message}
      </button>
      <span id={`${id}-where`} className="finding-where">
        {where && `${where} · `}
        <code>{finding.issue.code}</code>
      </span>
      {finding.issue.fixes && <FixButtons fixes={finding.issue.fixes} />}
    </li>
  );
}

/**
 * Every finding in one place, grouped by severity, with its counts in the heading. Activating a
 * finding shows its line in the editor and focuses its field; Fix applies its fix (undoable).
 */
export function FindingsPanel() {
  // The list follows a keystroke in a render of its own, after the field and the YAML have shown it (a field's own
  // messages are not deferred: they read the report directly).
  return <FindingsList report={useDeferredValue(useAppStore(selectReport))} />;
}

const FindingsList = memo(function FindingsList({ report }: { readonly report: FindingReport }) {
  const { counts } = report;
  const present = SEVERITY_ORDER.filter((severity) => counts[severity] > 0);
  const summary = present.length === 0 ? 'none' : present.map((severity) => count(counts[severity], severity)).join(', ');
  return (
    <section className="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading" className="pane-title">
        Findings <span className="findings-counts">({summary})</span>
      </h2>
      {present.length === 0 && <p className="findings-empty">Nothing the configurator checks would break this gateway’s availability.</p>}
      {present.map((severity) => {
        const group = report.findings.filter((finding) => finding.issue.severity === severity);
        return (
          <section key={severity} className={`findings-group findings-${severity}`} aria-labelledby={`findings-${severity}-heading`}>
            <h3 id={`findings-${severity}-heading`}>
              {WORDS[severity][1].replace(/^./, (first) => first.toUpperCase())} ({group.length})
            </h3>
            <ul>
              {group.slice(0, SHOWN_PER_GROUP).map((finding, index) => (
                <FindingItem key={finding.id} finding={finding} id={`finding-${severity}-${index}`} />
              ))}
            </ul>
            {group.length > SHOWN_PER_GROUP && <p className="findings-more">… and {group.length - SHOWN_PER_GROUP} more, each marked in the editor.</p>}
          </section>
        );
      })}
    </section>
  );
});
