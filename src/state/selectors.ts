// The screen's selectors. Values derived from the document come from the state's derivations: the engine's
// (src/state/derive.ts), or, on a first visit before the engine has loaded, the build's snapshot of them.
import type { Answers, BasisStatus, ChangedLine, DocPath, FieldKey, FindingReport, GatewayWorkload, Issue, PlacementResult } from '../core';
import type { AppState } from './types';
import type { EditorMarker } from './types';

export type { EditorMarker };

export const selectAnswers = (state: AppState): Answers => state.derive.answers(state);
export const selectFieldPaths = (state: AppState): Readonly<Record<FieldKey, DocPath>> => state.derive.fieldPaths(state);
export const selectActions = (state: AppState): AppState['actions'] => state.actions;
/** The form is read-only while the YAML text does not parse. */
export const selectFormLocked = (state: AppState): boolean => state.status !== 'gateway';
/** Where the gateway pods land for this document, cluster and what-ifs. */
export const selectPlacement = (state: AppState): PlacementResult => state.derive.placement(state);
export const selectWorkload = (state: AppState): GatewayWorkload => state.derive.workload(state);
export const selectClusterIssues = (state: AppState): readonly Issue<never>[] => state.derive.clusterIssues(state);
/**
 * Every finding, once: the text's own problems and, when the text is an IstioGateway, the document's findings
 * with the HA rules and the placement. The findings panel, the editor markers, the fields and the step tabs all
 * read this one report.
 */
export const selectReport = (state: AppState): FindingReport => state.derive.report(state);
/** The editor's markers: every finding of the report that has a place in the text. */
export const selectEditorMarkers = (state: AppState): readonly EditorMarker[] => state.derive.editorMarkers(state);
/** The editor lines the focused form field owns (1-based, inclusive), when it has any in this document. */
export const selectFocusedLines = (state: AppState): readonly [number, number] | undefined => state.derive.focusedLines(state);
/** What the Preset control says of the text: a preset, a file as it came, or an edit of one. */
export const selectBasis = (state: AppState): BasisStatus => state.derive.basis(state);
/** The lines that differ from the preset (or file) the text departs from; undefined when too many to list. */
export const selectChanges = (state: AppState): readonly ChangedLine[] | undefined => state.derive.changes(state);
