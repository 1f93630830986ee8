import type { AppState, Derivations, ScreenState } from '../types';

/**
 * The engine's derivations for a store that showed the snapshot's values (`shown`) before the engine arrived and
 * is now `taken`: while the document, text, cluster and what-ifs are those of that moment, a value equal to the one
 * shown is the one shown, so the screen React already rendered is not rendered again when the engine takes over.
 * Any change after that is the engine's own value, with no comparison.
 */
export function keepingShown(shown: { readonly state: ScreenState; readonly derive: Derivations }, engine: Derivations, taken: AppState): Derivations {
  const unchanged = (state: ScreenState): boolean =>
    'doc' in state &&
    state.doc === taken.doc &&
    state.text === taken.text &&
    state.cluster === taken.cluster &&
    state.whatIf === taken.whatIf &&
    state.textIssues === taken.textIssues;
  const same = <T>(derive: (state: ScreenState) => T, before: T): ((state: ScreenState) => T) => {
    let kept: { value: T; shown: T } | undefined;
    return (state) => {
      const value = derive(state);
      if (!unchanged(state)) return value;
      kept ??= { value, shown: JSON.stringify(value) === JSON.stringify(before) ? before : value };
      return kept.value === value ? kept.shown : value;
    };
  };
  const previous = shown.derive;
  const state = shown.state;
  return {
    answers: same(engine.answers, previous.answers(state)),
    fieldPaths: same(engine.fieldPaths, previous.fieldPaths(state)),
    workload: same(engine.workload, previous.workload(state)),
    placement: same(engine.placement, previous.placement(state)),
    clusterIssues: same(engine.clusterIssues, previous.clusterIssues(state)),
    report: same(engine.report, previous.report(state)),
    editorMarkers: same(engine.editorMarkers, previous.editorMarkers(state)),
    basis: same(engine.basis, previous.basis(state)),
    focusedLines: engine.focusedLines,
    changes: engine.changes,
  };
}
