// The screen's selectors: each is given the state and the store (src/state/StoreProvider.tsx). Values derived from
// the document come from the store's derivations: the engine's (src/state/derive.ts), or, on a first visit before
// the engine has loaded, the build's snapshot of them.
import type { Answers, BasisStatus, ChangedLine, DocPath, FieldKey, FindingReport, GatewayWorkload, Issue, PlacementResult } from '../core';
import type { EditorMarker, ScreenState, ScreenStore } from './types';

export type { EditorMarker };

export const selectAnswers = (state: ScreenState, store: ScreenStore): Answers => store.derive.answers(state);
export const selectFieldPaths = (state: ScreenState, store: ScreenStore): Readonly<Record<FieldKey, DocPath>> => store.derive.fieldPaths(state);
export const selectActions = (_state: ScreenState, store: ScreenStore): ScreenStore['actions'] => store.actions;
/** The form is read-only while the YAML text does not parse. */
export const selectFormLocked = (state: ScreenState): boolean => state.status !== 'gateway';
/** Where the gateway pods land for this document, cluster and what-ifs. */
export const selectPlacement = (state: ScreenState, store: ScreenStore): PlacementResult => store.derive.placement(state);
export const selectWorkload = (state: ScreenState, store: ScreenStore): GatewayWorkload => store.derive.workload(state);
export const selectClusterIssues = (state: ScreenState, store: ScreenStore): readonly Issue<never>[] => store.derive.clusterIssues(state);
/**
 * Every finding, once: the text's own problems and, when the text is an IstioGateway, the document's findings
 * with the HA rules and the placement. The findings panel, the editor markers, the fields and the step tabs all
 * read this one report.
 */
export const selectReport = (state: ScreenState, store: ScreenStore): FindingReport => store.derive.report(state);
/** The editor's markers: every finding of the report that has a place in the text. */
export const selectEditorMarkers = (state: ScreenState, store: ScreenStore): readonly EditorMarker[] => store.derive.editorMarkers(state);
/** The editor lines the focused form field owns (1-based, inclusive), when it has any in this document. */
export const selectFocusedLines = (state: ScreenState, store: ScreenStore): readonly [number, number] | undefined => store.derive.focusedLines(state);
/** What the Preset control says of the text: a preset, a file as it came, or an edit of one. */
export const selectBasis = (state: ScreenState, store: ScreenStore): BasisStatus => store.derive.basis(state);
/** The lines that differ from the preset (or file) the text departs from; undefined when too many to list. */
export const selectChanges = (state: ScreenState, store: ScreenStore): readonly ChangedLine[] | undefined => store.derive.changes(state);
