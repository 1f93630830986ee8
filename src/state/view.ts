// What the screen reads from the store beyond its plain fields: the values derived from the document. Light on
// purpose (types, no core code): a first visit renders from the build's snapshot of them, and the engine that
// computes them (src/state/derive.ts) loads when the user first reaches for the page.
import type { Answers, BasisStatus, ChangedLine, DocPath, FieldKey, FindingReport, GatewayDocument, GatewayWorkload, Issue, PlacementResult, Severity, TextSpan } from '../core';
import type { AppState } from './store';

/** A problem placed in the editor text. */
export interface EditorMarker {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: TextSpan;
}

/** Everything derived from the document (and the simulated cluster) that the screen shows; each returns a stable value until its inputs change. */
export interface Derivations {
  readonly answers: (state: AppState) => Answers;
  readonly fieldPaths: (state: AppState) => Readonly<Record<FieldKey, DocPath>>;
  readonly workload: (state: AppState) => GatewayWorkload;
  readonly placement: (state: AppState) => PlacementResult;
  readonly clusterIssues: (state: AppState) => readonly Issue<never>[];
  readonly report: (state: AppState) => FindingReport;
  readonly editorMarkers: (state: AppState) => readonly EditorMarker[];
  readonly focusedLines: (state: AppState) => readonly [number, number] | undefined;
  /** What the Preset control says of the text: a preset, a file as it came, or an edit of one. */
  readonly basis: (state: AppState) => BasisStatus;
  /** The lines that differ from what the text departs from (undefined: too many to list); computed when asked. */
  readonly changes: (state: AppState) => readonly ChangedLine[] | undefined;
}

/** The document of a state that has one: every state the engine made (a first visit's snapshot has none until the engine loads). */
export function docOf(state: Pick<AppState, 'doc'>): GatewayDocument {
  if (state.doc === null) throw new Error('The document is read before the engine has loaded');
  return state.doc;
}
