// What the screen shows of a document, derived from it by the core: part of the engine (src/state/engine.ts),
// which a first visit loads only when the user first reaches for the page. Until then the selectors read
// the same values from the build's snapshot (src/state/firstVisit.ts).
import {
  type Answers,
  type BasisStatus,
  basisStatus,
  basisText,
  buildReport,
  type ChangedLine,
  changesFrom,
  documentFindings,
  fieldPaths,
  type FieldKey,
  type DocPath,
  type FindingReport,
  type GatewayDocument,
  type GatewayWorkload,
  type Issue,
  LineIndex,
  linesOfPath,
  type PlacementResult,
  readAnswers,
  readWorkload,
  simulatePlacement,
  spanOfIssue,
  validateCluster,
} from '../core';
import type { AppState } from './types';
import type { Derivations, EditorMarker } from './types';
import { docOf } from './view';

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
const workloadOf = perDocument(readWorkload);

const answers = (state: AppState): Answers => answersOf(docOf(state));
const paths = (state: AppState): Readonly<Record<FieldKey, DocPath>> => pathsOf(docOf(state));
const workload = (state: AppState): GatewayWorkload => workloadOf(docOf(state));

let lastPlacement: { doc: GatewayDocument; cluster: AppState['cluster']; whatIf: AppState['whatIf']; result: PlacementResult } | undefined;

/** Where the gateway pods land for this document, cluster and what-ifs (computed once per change of any). */
function placement(state: AppState): PlacementResult {
  const { cluster, whatIf } = state;
  const doc = docOf(state);
  if (lastPlacement?.doc === doc && lastPlacement.cluster === cluster && lastPlacement.whatIf === whatIf) return lastPlacement.result;
  const result = simulatePlacement(workloadOf(doc), cluster, whatIf);
  lastPlacement = { doc, cluster, whatIf, result };
  return result;
}

const clusterIssuesOf = new WeakMap<AppState['cluster'], Issue<never>[]>();
function clusterIssues(state: AppState): readonly Issue<never>[] {
  let issues = clusterIssuesOf.get(state.cluster);
  if (!issues) {
    issues = validateCluster(state.cluster);
    clusterIssuesOf.set(state.cluster, issues);
  }
  return issues;
}

/** The placement with no what-if: what the findings judge (a failure drill is not a finding). */
let lastBaseline: { doc: GatewayDocument; cluster: AppState['cluster']; findings: readonly Issue[] } | undefined;
function baselinePlacementFindings(state: AppState): readonly Issue[] {
  const { whatIf } = state;
  const neutral =
    whatIf.failedNodes.length === 0 && whatIf.failedZones.length === 0 && !whatIf.rollingUpdate && !whatIf.eciWorstCase && whatIf.replicas === undefined;
  if (neutral) return placement(state).findings;
  const doc = docOf(state);
  if (lastBaseline?.doc === doc && lastBaseline.cluster === state.cluster) return lastBaseline.findings;
  const findings = simulatePlacement(workloadOf(doc), state.cluster).findings;
  lastBaseline = { doc, cluster: state.cluster, findings };
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
function report(state: AppState): FindingReport {
  const { text, status, textIssues, cluster } = state;
  const doc = docOf(state);
  if (lastReport?.text === text && lastReport.doc === doc && lastReport.status === status && lastReport.issues === textIssues && lastReport.cluster === cluster) {
    return lastReport.report;
  }
  const lines = new LineIndex(text);
  const gateway = status === 'gateway';
  // An ASM Serverless gateway runs on infrastructure ASM manages: its placement is not simulated at all.
  const simulated = gateway && answersOf(doc).clusterType !== 'ASMServerless';
  const documentIssues = gateway ? documentFindings(doc, { cluster, workload: workloadOf(doc), placement: simulated ? baselinePlacementFindings(state) : [] }) : [];
  const result = buildReport(textIssues, documentIssues, gateway ? pathsOf(doc) : undefined, (issue) =>
    spanOfIssue(issue, gateway ? doc : undefined, state.docStart, lines),
  );
  lastReport = { text, doc, status, issues: textIssues, cluster, report: result };
  return result;
}

let lastMarkers: { report: FindingReport; markers: EditorMarker[] } | undefined;

/** The editor's markers: every finding of the report that has a place in the text. */
function editorMarkers(state: AppState): readonly EditorMarker[] {
  const current = report(state);
  if (lastMarkers?.report === current) return lastMarkers.markers;
  const markers = current.findings.flatMap(({ issue, span }): EditorMarker[] =>
    span ? [{ code: issue.code, severity: issue.severity, message: issue.message, span }] : [],
  );
  lastMarkers = { report: current, markers };
  return markers;
}

let lastFocused: { text: string; field: AppState['focusedField']; lines: readonly [number, number] | undefined } | undefined;

/**
 * The editor lines the focused form field owns (1-based, inclusive), when it has any in this
 * document. The same array is returned until the text or the field changes (a selector must be stable).
 */
function focusedLines(state: AppState): readonly [number, number] | undefined {
  const field = state.focusedField;
  if (lastFocused?.text === state.text && lastFocused.field === field) return lastFocused.lines;
  let lines: readonly [number, number] | undefined;
  if (field && state.status === 'gateway') {
    const doc = docOf(state);
    const index = new LineIndex(state.text);
    lines = linesOfPath(doc, pathsOf(doc)[field], (offset) => index.position(offset + state.docStart).line);
  }
  lastFocused = { text: state.text, field, lines };
  return lines;
}

let lastBasis: { text: string; encoding: AppState['encoding']; preset: AppState['preset']; origin: AppState['origin']; status: BasisStatus } | undefined;

function basis(state: AppState): BasisStatus {
  const { text, encoding, preset, origin } = state;
  if (lastBasis?.text === text && lastBasis.encoding === encoding && lastBasis.preset === preset && lastBasis.origin === origin) return lastBasis.status;
  const status = basisStatus(text, encoding, preset, origin);
  // One object per distinct status: a selector must return the same value while nothing it says changed.
  const kept = lastBasis?.status.label === status.label && lastBasis.status.unchanged === status.unchanged ? lastBasis.status : status;
  lastBasis = { text, encoding, preset, origin, status: kept };
  return kept;
}

let lastChanges: { text: string; base: string; lines: readonly ChangedLine[] | undefined } | undefined;

function changes(state: AppState): readonly ChangedLine[] | undefined {
  const base = basisText(state.preset, state.origin);
  if (lastChanges?.text === state.text && lastChanges.base === base) return lastChanges.lines;
  const lines = changesFrom(base, state.text);
  lastChanges = { text: state.text, base, lines };
  return lines;
}

/** The engine's derivations: computed from the document, each cached until its inputs change. */
export const ENGINE_DERIVATIONS: Derivations = { answers, fieldPaths: paths, workload, placement, clusterIssues, report, editorMarkers, focusedLines, basis, changes };

/**
 * The engine's derivations for a store that showed `shown` before the engine arrived (a first visit's snapshot) and
 * is now `taken`: while the document, text, cluster and what-ifs are those of that moment, a value equal to the one
 * shown is the one shown, so the screen React already rendered is not rendered again when the engine takes over.
 * Any change after that is the engine's own value, with no comparison.
 */
export function keepingShown(shown: AppState, taken: AppState): Derivations {
  const unchanged = (state: AppState): boolean =>
    state.doc === taken.doc && state.text === taken.text && state.cluster === taken.cluster && state.whatIf === taken.whatIf && state.textIssues === taken.textIssues;
  const same = <T>(derive: (state: AppState) => T, before: T): ((state: AppState) => T) => {
    let kept: { value: T; shown: T } | undefined;
    return (state) => {
      const value = derive(state);
      if (!unchanged(state)) return value;
      kept ??= { value, shown: JSON.stringify(value) === JSON.stringify(before) ? before : value };
      return kept.value === value ? kept.shown : value;
    };
  };
  const previous = shown.derive;
  const engine = ENGINE_DERIVATIONS;
  return {
    answers: same(engine.answers, previous.answers(shown)),
    fieldPaths: same(engine.fieldPaths, previous.fieldPaths(shown)),
    workload: same(engine.workload, previous.workload(shown)),
    placement: same(engine.placement, previous.placement(shown)),
    clusterIssues: same(engine.clusterIssues, previous.clusterIssues(shown)),
    report: same(engine.report, previous.report(shown)),
    editorMarkers: same(engine.editorMarkers, previous.editorMarkers(shown)),
    basis: same(engine.basis, previous.basis(shown)),
    focusedLines: engine.focusedLines,
    changes: engine.changes,
  };
}
