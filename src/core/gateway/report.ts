import { type Issue, type Severity, SEVERITY_ORDER, type TextSpan } from '../issue';
import type { FieldKey } from './answers';
import type { DocPath } from './docEdit';
import { FIELD_TABLE } from './fieldRows';
import type { StepId } from './steps';
import { fieldForPath } from './fieldPaths';
import type { GatewayFix } from './gatewayIssue';

/** One finding as every view shows it: the Issue, the field and wizard step it belongs to, and its place in the text. */
export interface Finding {
  /** Unique within a report: code and path (a text issue adds its position). */
  readonly id: string;
  readonly issue: Issue<GatewayFix>;
  readonly field: FieldKey | undefined;
  readonly step: StepId | undefined;
  readonly span: TextSpan | undefined;
}

export interface FindingReport {
  /** Errors first, then warnings, then notes; in each, in the order of the text. */
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly byField: Readonly<Partial<Record<FieldKey, readonly Issue<GatewayFix>[]>>>;
  /** How many findings each wizard step's fields have, by severity. */
  readonly byStep: Readonly<Partial<Record<StepId, Readonly<Record<Severity, number>>>>>;
}

/**
 * Gathers the text's own problems and the document's findings into the one list the findings
 * panel, the editor markers, the fields and the step tabs all show. `spanOf` places an issue in
 * the text (undefined when it has no place there).
 */
export function buildReport(
  textIssues: readonly Issue[],
  documentIssues: readonly Issue<GatewayFix>[],
  paths: Readonly<Record<FieldKey, DocPath>> | undefined,
  spanOf: (issue: Issue) => TextSpan | undefined,
): FindingReport {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (issue: Issue<GatewayFix>, fromText: boolean): void => {
    const span = spanOf(issue);
    const base = `${issue.code}@${issue.path.join('.')}${fromText && span ? `:${span.line}:${span.column}` : ''}`;
    let id = base;
    for (let n = 2; seen.has(id); n += 1) id = `${base}#${n}`;
    seen.add(id);
    const field = paths && !fromText ? fieldForPath(issue.path, paths) : undefined;
    findings.push({ id, issue, field, step: field ? FIELD_TABLE[field].step : undefined, span });
  };
  for (const issue of textIssues)
    add({ code: issue.code, severity: issue.severity, message: issue.message, path: issue.path, ...(issue.span ? { span: issue.span } : {}) }, true);
  for (const issue of documentIssues) add(issue, false);

  const rank = (finding: Finding): number => SEVERITY_ORDER.indexOf(finding.issue.severity);
  findings.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.span?.line ?? Number.MAX_SAFE_INTEGER) - (b.span?.line ?? Number.MAX_SAFE_INTEGER) ||
      (a.span?.column ?? 0) - (b.span?.column ?? 0) ||
      a.id.localeCompare(b.id),
  );

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byField: Partial<Record<FieldKey, Issue<GatewayFix>[]>> = {};
  const byStep: Partial<Record<StepId, Record<Severity, number>>> = {};
  for (const finding of findings) {
    counts[finding.issue.severity] += 1;
    if (finding.field) (byField[finding.field] ??= []).push(finding.issue);
    if (finding.step) (byStep[finding.step] ??= { error: 0, warning: 0, info: 0 })[finding.issue.severity] += 1;
  }
  return { findings, counts, byField, byStep };
}
