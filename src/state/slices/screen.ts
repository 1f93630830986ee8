// The screen's own state, and the actions that only set it. Light (no core, no parser): a first visit runs them
// before the engine has loaded (src/state/firstVisit/).
import type { ScreenRequestActions, ScreenRequestState } from '../types';

export const INITIAL_REQUESTS: ScreenRequestState = {
  step: 'cluster',
  notice: null,
  reveal: null,
  fieldFocus: null,
  focusedField: null,
  editorRequested: false,
};

/**
 * The actions that only set the screen's own state (they read no document): a first visit runs them at once, before
 * the engine has loaded (src/state/firstVisit/), with the same code.
 */
export function screenOnlyActions(get: () => Pick<ScreenRequestState, 'editorRequested'>, set: (partial: Partial<ScreenRequestState>) => void) {
  return {
    goToStep: (step) => set({ step }),
    dismissNotice: () => set({ notice: null }),
    tell: (message) => set({ notice: { message, undoable: false } }),
    focusField: (field) => set({ focusedField: field }),
    requestEditor: () => {
      if (!get().editorRequested) set({ editorRequested: true });
    },
  } satisfies Partial<ScreenRequestActions>;
}

/** The names of the actions a first visit runs before the engine has loaded. */
export type ScreenOnlyAction = keyof ReturnType<typeof screenOnlyActions>;
