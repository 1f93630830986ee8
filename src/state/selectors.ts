import {
  type Answers,
  type DocPath,
  type FieldKey,
  fieldPaths,
  type GatewayDocument,
  type GatewayWorkload,
  type Issue,
  type PlacementResult,
  buildReport,
  documentFindings,
  type FindingReport,
  LineIndex,
  linesOfPath,
  readAnswers,
  readWorkload,
  type Severity,
  simulatePlacement,
  spanOfIssue,
  type TextSpan,
  validateCluster,
} from '../core';
import type { AppState } from './store';

/** Caches a derivation per document, so selectors return the same object until the document changes. */
function perDocument<T>(derive: (doc: GatewayDocument) => T): (doc: GatewayDocument) => T {
  const cache = new WeakMap<GatewayDocument, T>();
  return (doc) => {
    let value = cache.get(doc);
    if (value === undefined) {
      value = derive(doc);
      cache.set(doc, value);
    }
    return value;
  };
}

const answersOf = perDocument(readAnswers);
const pathsOf = perDocument(fieldPaths);

export const selectAnswers = (state: AppState): Answers => answersOf(state.doc);
export const selectFieldPaths = (state: AppState): Readonly<Record<FieldKey, DocPath>> => pathsOf(state.doc);
export const selectActions = (state: AppState): AppState['actions'] => state.actions;
/** The form is read-only while the YAML text does not parse. */
export const selectFormLocked = (state: AppState): boolean => state.status !== 'gateway';

let lastPlacement: { doc: GatewayDocument; cluster: AppState['cluster']; whatIf: AppState['whatIf']; result: PlacementResult } | undefined;
const workloadOf = perDocument(readWorkload);

/** Where the gateway pods land for this document, cluster and what-ifs (computed once per change of any). */
export function selectPlacement(state: AppState): PlacementResult {
  const { doc, cluster, whatIf } = state;
  if (lastPlacement?.doc === doc && lastPlacement.cluster === cluster && lastPlacement.whatIf === whatIf) return lastPlacement.result;
  const result = simulatePlacement(workloadOf(doc), cluster, whatIf);
  lastPlacement = { doc, cluster, whatIf, result };
  return result;
}

export const selectWorkload = (state: AppState): GatewayWorkload => workloadOf(state.doc);

const clusterIssuesOf = new WeakMap<AppState['cluster'], Issue<never>[]>();
export function selectClusterIssues(state: AppState): readonly Issue<never>[] {
  let issues = clusterIssuesOf.get(state.cluster);
  if (!issues) {
    issues = validateCluster(state.cluster);
    clusterIssuesOf.set(state.cluster, issues);
  }
  return issues;
}

/** A problem placed in the editor text. */
export interface EditorMarker {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: TextSpan;
}

/** The placement with no what-if: what the findings judge (a failure drill is not a finding). */
let lastBaseline: { doc: GatewayDocument; cluster: AppState['cluster']; findings: readonly Issue[] } | undefined;
function baselinePlacementFindings(state: AppState): readonly Issue[] {
  const { whatIf } = state;
  const neutral =
    whatIf.failedNodes.length === 0 && whatIf.failedZones.length === 0 && !whatIf.rollingUpdate && !whatIf.eciWorstCase && whatIf.replicas === undefined;
  if (neutral) return selectPlacement(state).findings;
  if (lastBaseline?.doc === state.doc && lastBaseline.cluster === state.cluster) return lastBaseline.findings;
  const findings = simulatePlacement(workloadOf(state.doc), state.cluster).findings;
  lastBaseline = { doc: state.doc, cluster: state.cluster, findings };
  return findings;
}

let lastReport:
  | { text: string; doc: GatewayDocument; status: AppState['status']; issues: AppState['textIssues']; cluster: AppState['cluster']; report: FindingReport }
  | undefined;

/**
 * Every finding, once: the text's own problems (syntax, several documents, not an IstioGateway)
 * and, when the text is an IstioGateway, the document's findings with the HA rules and the
 * placement in the simulated cluster. The findings panel, the editor markers, the fields and the
 * step tabs all read this one report.
 */
export function selectReport(state: AppState): FindingReport {
  const { text, doc, status, textIssues, cluster } = state;
  if (lastReport?.text === text && lastReport.doc === doc && lastReport.status === status && lastReport.issues === textIssues && lastReport.cluster === cluster) {
    return lastReport.report;
  }
  const lines = new LineIndex(text);
  const gateway = status === 'gateway';
  const documentIssues = gateway ? documentFindings(doc, { cluster, workload: workloadOf(doc), placement: baselinePlacementFindings(state) }) : [];
  const report = buildReport(textIssues, documentIssues, gateway ? pathsOf(doc) : undefined, (issue) =>
    spanOfIssue(issue, gateway ? doc : undefined, state.docStart, lines),
  );
  lastReport = { text, doc, status, issues: textIssues, cluster, report };
  return report;
}

let lastMarkers: { report: FindingReport; markers: EditorMarker[] } | undefined;

/** The editor's markers: every finding of the report that has a place in the text. */
export function selectEditorMarkers(state: AppState): readonly EditorMarker[] {
  const report = selectReport(state);
  if (lastMarkers?.report === report) return lastMarkers.markers;
  const markers = report.findings.flatMap(({ issue, span }): EditorMarker[] =>
    span ? [{ code: issue.code, severity: issue.severity, message: issue.message, span }] : [],
  );
  lastMarkers = { report, markers };
  return markers;
}

let lastFocused: { text: string; field: AppState['focusedField']; lines: readonly [number, number] | undefined } | undefined;

/**
 * The editor lines the focused form field owns (1-based, inclusive), when it has any in this
 * document. The same array is returned until the text or the field changes (a selector must be stable).
 */
export function selectFocusedLines(state: AppState): readonly [number, number] | undefined {
  const field = state.focusedField;
  if (lastFocused?.text === state.text && lastFocused.field === field) return lastFocused.lines;
  let lines: readonly [number, number] | undefined;
  if (field && state.status === 'gateway') {
    const index = new LineIndex(state.text);
    lines = linesOfPath(state.doc, pathsOf(state.doc)[field], (offset) => index.position(offset + state.docStart).line);
  }
  lastFocused = { text: state.text, field, lines };
  return lines;
}
