import {
  type Answers,
  type DocPath,
  type FieldKey,
  fieldForPath,
  fieldPaths,
  type GatewayDocument,
  type GatewayIssue,
  type GatewayWorkload,
  type Issue,
  type PlacementResult,
  documentFindings,
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

export interface DocumentFindings {
  readonly all: readonly GatewayIssue[];
  /** Each finding under the one field it belongs to. */
  readonly byField: Readonly<Partial<Record<FieldKey, readonly GatewayIssue[]>>>;
}

const findingsOf = perDocument((doc): DocumentFindings => {
  const paths = pathsOf(doc);
  const all = documentFindings(doc);
  const byField: Partial<Record<FieldKey, GatewayIssue[]>> = {};
  for (const issue of all) {
    const field = fieldForPath(issue.path, paths);
    if (field) (byField[field] ??= []).push(issue);
  }
  return { all, byField };
});

export const selectAnswers = (state: AppState): Answers => answersOf(state.doc);
export const selectFieldPaths = (state: AppState): Readonly<Record<FieldKey, DocPath>> => pathsOf(state.doc);
export const selectFindings = (state: AppState): DocumentFindings => findingsOf(state.doc);
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

const clusterIssuesOf = new WeakMap<AppState['cluster'], Issue[]>();
export function selectClusterIssues(state: AppState): readonly Issue[] {
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

let lastMarkers: { text: string; doc: GatewayDocument; status: AppState['status']; issues: AppState['textIssues']; markers: EditorMarker[] } | undefined;

/**
 * The editor's markers: the text's own problems, and (when the text is an IstioGateway) every
 * finding of the document at the line it concerns. The same Issues the form and the findings show.
 */
export function selectEditorMarkers(state: AppState): readonly EditorMarker[] {
  const { text, doc, status, textIssues } = state;
  if (lastMarkers?.text === text && lastMarkers.doc === doc && lastMarkers.status === status && lastMarkers.issues === textIssues) {
    return lastMarkers.markers;
  }
  const lines = new LineIndex(text);
  const document = status === 'gateway' ? findingsOf(doc).all : [];
  const markers = [...textIssues, ...document].flatMap((issue): EditorMarker[] => {
    const span = spanOfIssue(issue, status === 'gateway' ? doc : undefined, state.docStart, lines);
    return span ? [{ code: issue.code, severity: issue.severity, message: issue.message, span }] : [];
  });
  lastMarkers = { text, doc, status, issues: textIssues, markers };
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
