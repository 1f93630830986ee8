// Share links: opening one over the user's work keeps that work aside, and one click swaps back.
import { PLAIN_ENCODING, type SavedState } from '../../core';
import { savedStateOf } from '../../core/persist/savedOf';
import type { AppState, ShareActions } from '../types';
import { type GetState, pushed, replaceText, sameText, type SetState } from './document';
import { placementActions } from './placement';

/** Shows a saved or shared state as one undo step (none when it is the same text). */
function show(get: GetState, set: SetState, shown: SavedState, extra: Partial<AppState>): void {
  const state = get();
  const encoding = shown.encoding ?? PLAIN_ENCODING;
  const past = sameText(shown.text, encoding, state) ? state.past : pushed(state);
  replaceText(get, set, shown.text, { preset: shown.preset, encoding, step: shown.step, past, future: [], ...extra }, true);
  placementActions(get, set).replaceCluster(shown.cluster);
}

export function shareActions(get: GetState, set: SetState): ShareActions {
  return {
    openShared(shared, kept) {
      const state = get();
      // Own work already kept (from an earlier link) is never replaced: the first copy is the user's.
      const keepsOwn = state.keptWork !== null && !state.keptIsShared;
      const keptWork = keepsOwn ? state.keptWork : (kept ?? state.keptWork);
      const keptIsShared = keepsOwn || kept ? false : state.keptIsShared;
      const message =
        keptWork && !keptIsShared
          ? 'Opened the shared gateway. Your own work is kept: “Back to my work” at the top returns to it.'
          : 'Opened the shared gateway.';
      const prior = state.notice && !state.notice.undoable ? `${state.notice.message} ` : '';
      const undoable = !kept && !sameText(shared.text, shared.encoding ?? PLAIN_ENCODING, state);
      show(get, set, shared, {
        origin: { name: 'the shared gateway', text: shared.text },
        keptWork,
        keptIsShared,
        notice: { message: `${prior}${message}`, undoable },
      });
    },
    returnToWork() {
      const state = get();
      const kept = state.keptWork;
      if (!kept) return;
      // A swap, not a discard: what is shown now (say, the shared gateway with edits) becomes the kept copy.
      const message = state.keptIsShared
        ? 'Back to the shared gateway. Your own work is kept: “Back to my work” returns to it.'
        : 'Back to your own work. The shared gateway is kept: “Back to the shared gateway” returns to it.';
      show(get, set, kept, {
        origin: kept.origin ?? (state.keptIsShared ? { name: 'the shared gateway', text: kept.text } : null),
        keptWork: savedStateOf(state),
        keptIsShared: !state.keptIsShared,
        notice: { message, undoable: false },
      });
    },
  };
}
