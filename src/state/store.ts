// The engine's store: plain state in slices (src/state/slices/), the actions that set it, and the derivations
// computed for this store alone (src/state/derive.ts).
import { createStore } from 'zustand/vanilla';
import { DEFAULT_PRESET, presetText } from '../core';
import { createDerivations } from './derive';
import { documentActions, initialDocument, JSON_OFFER } from './slices/document';
import { formActions } from './slices/form';
import { INITIAL_PLACEMENT, placementActions } from './slices/placement';
import { INITIAL_REQUESTS, requestActions } from './slices/requests';
import { shareActions } from './slices/share';
import type { AppActions, AppState, AppStore, InitialState } from './types';

export type { AppActions, AppState, AppStore, Draft, Drafts, HistoryEntry, InitialState, Notice, ScreenState, ScreenStore, TextChange } from './types';

/** The state an app starts with: a saved state, a text (tests), or the default preset. */
export function initialState(options: InitialState = {}): AppState {
  const preset = options.preset ?? DEFAULT_PRESET;
  const { state: document, json } = initialDocument(options.text ?? presetText(preset), preset);
  return {
    ...document,
    encoding: options.encoding ?? document.encoding,
    origin: options.origin ?? null,
    drafts: { text: {} },
    ...INITIAL_REQUESTS,
    step: options.step ?? INITIAL_REQUESTS.step,
    notice: options.notice ?? (json ? JSON_OFFER : null),
    keptWork: options.keptWork ?? null,
    keptIsShared: options.keptIsShared ?? false,
    ...INITIAL_PLACEMENT,
    ...(options.cluster ? { cluster: options.cluster } : {}),
  };
}

/** The actions over a store's state, slice by slice: each only reads and sets state. */
export function appActions(get: () => AppState, set: (partial: Partial<AppState>) => void): AppActions {
  return {
    ...documentActions(get, set),
    ...formActions(get, set),
    ...requestActions(get, set),
    ...shareActions(get, set),
    ...placementActions(get, set),
  };
}

/** An engine's store, from a saved state, a text, or nothing (the default preset). */
export function createAppStore(start: string | InitialState = {}): AppStore {
  const api = createStore<AppState>()(() => initialState(typeof start === 'string' ? { text: start } : start));
  const set = (partial: Partial<AppState>): void => api.setState(partial);
  return Object.assign(api, { actions: appActions(api.getState, set), derive: createDerivations() });
}
