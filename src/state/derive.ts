// What the screen shows of a document, derived from it by the core: part of the engine (src/state/engine.ts),
// which a first visit loads only when the user first reaches for the page. Until then the selectors read
// the same values from the build's snapshot (src/state/firstVisit/). Each store has derivations of its own, with
// caches of their own: two stores (two tests, a store and the build's) never evict each other's values.
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
import type { AppState, Derivations, EditorMarker, ScreenState } from './types';

/**
 * The state an engine's derivation is given: the screen reads the store's state as ScreenState, and every state of an
 * engine's store has its document (a first visit's snapshot, which has none, comes with derivations of its own).
 */
function withDocument(state: ScreenState): AppState {
  if (!('doc' in state)) throw new Error('An engine derivation was given a state without its document');
  return state as AppState;
}

type Simulate = typeof simulatePlacement;

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

/**
 * The derivations of one store: computed from the document (and the simulated cluster), each cached until its own
 * inputs change. The simulation's inputs are the document, the cluster and the what-ifs: how the diagram is shown
 * (a zone drawn in full, a node's scores) places nothing again. `simulate` is the core's; a test counts its runs.
 */
export function createDerivations(simulate: Simulate = simulatePlacement): Derivations {
  const answersOf = perDocument(readAnswers);
  const pathsOf = perDocument(fieldPaths);
  const workloadOf = perDocument(readWorkload);

  const answers = (screen: ScreenState): Answers => answersOf(withDocument(screen).doc);
  const paths = (screen: ScreenState): Readonly<Record<FieldKey, DocPath>> => pathsOf(withDocument(screen).doc);
  const workload = (screen: ScreenState): GatewayWorkload => workloadOf(withDocument(screen).doc);

  let lastPlacement: { doc: GatewayDocument; cluster: AppState['cluster']; whatIf: AppState['whatIf']; result: PlacementResult } | undefined;
  /** Where the gateway pods land for this document, cluster and what-ifs (computed once per change of any). */
  const placement = (screen: ScreenState): PlacementResult => {
    const { doc, cluster, whatIf } = withDocument(screen);
    if (lastPlacement?.doc === doc && lastPlacement.cluster === cluster && lastPlacement.whatIf === whatIf) return lastPlacement.result;
    const result = simulate(workloadOf(doc), cluster, whatIf);
    lastPlacement = { doc, cluster, whatIf, result };
    return result;
  };

  const clusterIssuesOf = new WeakMap<AppState['cluster'], Issue<never>[]>();
  const clusterIssues = ({ cluster }: ScreenState): readonly Issue<never>[] => {
    let issues = clusterIssuesOf.get(cluster);
    if (!issues) {
      issues = validateCluster(cluster);
      clusterIssuesOf.set(cluster, issues);
    }
    return issues;
  };

  /** The placement with no what-if: what the findings judge (a failure drill is not a finding). */
  let lastBaseline: { doc: GatewayDocument; cluster: AppState['cluster']; findings: readonly Issue[] } | undefined;
  const baselinePlacementFindings = (state: AppState): readonly Issue[] => {
    const { doc, cluster, whatIf } = state;
    const neutral =
      whatIf.failedNodes.length === 0 && whatIf.failedZones.length === 0 && !whatIf.rollingUpdate && !whatIf.eciWorstCase && whatIf.replicas === undefined;
    if (neutral) return placement(state).findings;
    if (lastBaseline?.doc === doc && lastBaseline.cluster === cluster) return lastBaseline.findings;
    const findings = simulate(workloadOf(doc), cluster).findings;
    lastBaseline = { doc, cluster, findings };
    return findings;
  };

  let lastReport:
    | { text: string; doc: GatewayDocument; status: AppState['status']; issues: AppState['textIssues']; cluster: AppState['cluster']; report: FindingReport }
    | undefined;
  /**
   * Every finding, once: the text's own problems (syntax, several documents, not an IstioGateway)
   * and, when the text is an IstioGateway, the document's findings with the HA rules and the
   * placement in the simulated cluster. The findings panel, the editor markers, the fields and the
   * step tabs all read this one report.
   */
  const report = (screen: ScreenState): FindingReport => {
    const state = withDocument(screen);
    const { text, doc, status, textIssues, cluster } = state;
    if (
      lastReport?.text === text &&
      lastReport.doc === doc &&
      lastReport.status === status &&
      lastReport.issues === textIssues &&
      lastReport.cluster === cluster
    ) {
      return lastReport.report;
    }
    const lines = new LineIndex(text);
    const gateway = status === 'gateway';
    // An ASM Serverless gateway runs on infrastructure ASM manages: its placement is not simulated at all.
    const simulated = gateway && answersOf(doc).clusterType !== 'ASMServerless';
    const documentIssues = gateway
      ? documentFindings(doc, { cluster, workload: workloadOf(doc), placement: simulated ? baselinePlacementFindings(state) : [] })
      : [];
    const result = buildReport(textIssues, documentIssues, gateway ? pathsOf(doc) : undefined, (issue) =>
      spanOfIssue(issue, gateway ? doc : undefined, state.docStart, lines),
    );
    lastReport = { text, doc, status, issues: textIssues, cluster, report: result };
    return result;
  };

  let lastMarkers: { report: FindingReport; markers: EditorMarker[] } | undefined;
  /** The editor's markers: every finding of the report that has a place in the text. */
  const editorMarkers = (screen: ScreenState): readonly EditorMarker[] => {
    const current = report(screen);
    if (lastMarkers?.report === current) return lastMarkers.markers;
    const markers = current.findings.flatMap(({ issue, span }): EditorMarker[] =>
      span ? [{ code: issue.code, severity: issue.severity, message: issue.message, span }] : [],
    );
    lastMarkers = { report: current, markers };
    return markers;
  };

  let lastFocused: { text: string; field: AppState['focusedField']; lines: readonly [number, number] | undefined } | undefined;
  /**
   * The editor lines the focused form field owns (1-based, inclusive), when it has any in this
   * document. The same array is returned until the text or the field changes (a selector must be stable).
   */
  const focusedLines = (screen: ScreenState): readonly [number, number] | undefined => {
    const state = withDocument(screen);
    const field = state.focusedField;
    if (lastFocused?.text === state.text && lastFocused.field === field) return lastFocused.lines;
    let lines: readonly [number, number] | undefined;
    if (field && state.status === 'gateway') {
      const index = new LineIndex(state.text);
      lines = linesOfPath(state.doc, pathsOf(state.doc)[field], (offset) => index.position(offset + state.docStart).line);
    }
    lastFocused = { text: state.text, field, lines };
    return lines;
  };

  let lastBasis: { text: string; encoding: AppState['encoding']; preset: AppState['preset']; origin: AppState['origin']; status: BasisStatus } | undefined;
  const basis = ({ text, encoding, preset, origin }: ScreenState): BasisStatus => {
    if (lastBasis?.text === text && lastBasis.encoding === encoding && lastBasis.preset === preset && lastBasis.origin === origin) return lastBasis.status;
    const status = basisStatus(text, encoding, preset, origin);
    // One object per distinct status: a selector must return the same value while nothing it says changed.
    const kept = lastBasis?.status.label === status.label && lastBasis.status.unchanged === status.unchanged ? lastBasis.status : status;
    lastBasis = { text, encoding, preset, origin, status: kept };
    return kept;
  };

  let lastChanges: { text: string; base: string; lines: readonly ChangedLine[] | undefined } | undefined;
  const changes = ({ text, preset, origin }: ScreenState): readonly ChangedLine[] | undefined => {
    const base = basisText(preset, origin);
    if (lastChanges?.text === text && lastChanges.base === base) return lastChanges.lines;
    const lines = changesFrom(base, text);
    lastChanges = { text, base, lines };
    return lines;
  };

  return { answers, fieldPaths: paths, workload, placement, clusterIssues, report, editorMarkers, focusedLines, basis, changes };
}
