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
  readAnswers,
  readWorkload,
  simulatePlacement,
  validateAnswers,
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
  const all = validateAnswers(answersOf(doc), paths);
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
export const selectFormLocked = (state: AppState): boolean => state.syntaxIssues.length > 0;

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
