// The screen's own state and its requests to the screen: the step, the message, what to show in the editor and
// which field to focus. None of it is part of the document.
import { fieldPaths } from '../../core';
import type { ScreenRequestActions } from '../types';
import type { GetState, SetState } from './document';
import { screenOnlyActions } from './screen';

export { INITIAL_REQUESTS } from './screen';

export function requestActions(get: GetState, set: SetState): ScreenRequestActions {
  return {
    ...screenOnlyActions(get, set),
    revealInEditor(span) {
      set({ reveal: { span, seq: (get().reveal?.seq ?? 0) + 1, focus: true }, editorRequested: true });
    },
    showFinding(finding) {
      const state = get();
      const seq = (state.reveal?.seq ?? 0) + 1;
      const reveal = finding.span ? { span: finding.span, seq, focus: !finding.field } : state.reveal;
      if (!finding.field || !finding.step) {
        // Only the editor can show it: the editor is loaded for it.
        set({ reveal, editorRequested: true });
        return;
      }
      const owned = fieldPaths(state.doc)[finding.field];
      const below = finding.issue.path[owned.length];
      set({
        reveal,
        step: finding.step,
        fieldFocus: { field: finding.field, row: typeof below === 'number' ? below : undefined, seq: (state.fieldFocus?.seq ?? 0) + 1 },
      });
    },
    afterPendingEdits(run) {
      run();
    },
  };
}
