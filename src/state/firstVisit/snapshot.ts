// The build's snapshot of a first visit: the state the first screen shows and what derives from it, carried in
// index.html beside the screen's HTML, so that the page hydrates without the engine.
import type { Derivations, ScreenState, ScreenStore } from '../types';

/** The id of the <script type="application/json"> in index.html that holds the snapshot. */
export const SNAPSHOT_ELEMENT_ID = 'first-visit-state';

type Derived = { readonly [K in keyof Derivations]: ReturnType<Derivations[K]> };

export interface FirstVisitSnapshot {
  /** The state's plain data, without the document (the screen never reads it). */
  readonly state: ScreenState;
  readonly derived: Omit<Derived, 'focusedLines' | 'changes'>;
}

/** The snapshot of a store's state (the build takes it of the first visit's store). */
export function snapshotOf(store: ScreenStore): FirstVisitSnapshot {
  const state = store.getState();
  const { derive } = store;
  const data: ScreenState & { doc?: unknown } = { ...state };
  delete data.doc;
  return {
    state: data,
    derived: {
      answers: derive.answers(state),
      fieldPaths: derive.fieldPaths(state),
      workload: derive.workload(state),
      placement: derive.placement(state),
      clusterIssues: derive.clusterIssues(state),
      report: derive.report(state),
      editorMarkers: derive.editorMarkers(state),
      basis: derive.basis(state),
    },
  };
}

/** The snapshot as the text of a <script type="application/json">: no `<` can end the element early. */
export function snapshotScript(snapshot: FirstVisitSnapshot): string {
  return `<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${JSON.stringify(snapshot).replace(/</g, '\\u003c')}</script>`;
}

/** Reads the snapshot index.html carries; undefined without one (the dev server) or when it cannot be read. */
export function readSnapshot(page: Pick<Document, 'getElementById'>): FirstVisitSnapshot | undefined {
  const text = page.getElementById(SNAPSHOT_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'state' in value && 'derived' in value ? (value as FirstVisitSnapshot) : undefined;
  } catch {
    return undefined;
  }
}
