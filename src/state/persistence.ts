import { MAX_SAVED_TEXT, restoreSavedState, type SavedState, toSaved } from '../core';
import { savedStateOf } from '../core/persist/savedOf';
import { STORAGE_KEY, STORAGE_REFUSED } from './storageKey';
import { type AppStore, createAppStore, type Notice } from './store';

export { STORAGE_KEY };

/** The part of Web Storage the app uses (a fake one serves in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface LoadedState {
  readonly saved?: SavedState;
  /** The user's own work that a share link replaced, or the shared gateway they went back from. */
  readonly kept?: SavedState;
  readonly keptIsShared?: boolean;
  readonly notice?: Notice;
}

const setAsideKey = (now: Date): string => `${STORAGE_KEY}/set-aside/${now.toISOString()}`;

function setAside(storage: KeyValueStorage, raw: string, reason: string, now: Date): LoadedState {
  const key = setAsideKey(now);
  try {
    storage.setItem(key, raw);
    storage.removeItem(STORAGE_KEY);
  } catch {
    return {
      notice: {
        message:
          `Your saved work could not be restored: ${reason}. The browser’s storage is full, so it could not be set aside either: ` +
          `it stays under “${STORAGE_KEY}” until you change something here. The default preset is shown.`,
        undoable: false,
      },
    };
  }
  return {
    notice: {
      message: `Your saved work could not be restored: ${reason}. It was set aside in this browser’s storage as “${key}”, and the default preset is shown.`,
      undoable: false,
    },
  };
}

/** What is stored under the app's key, or null (also when reading fails). */
function readStored(storage: KeyValueStorage): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Reads the saved state. Anything unreadable is set aside (never deleted) and reported; this never throws. */
export function loadSavedState(storage: KeyValueStorage | undefined, now = new Date()): LoadedState {
  if (!storage) return {};
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { notice: { message: STORAGE_REFUSED, undoable: false } };
  }
  if (raw === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return setAside(storage, raw, 'it is not valid JSON', now);
  }
  const result = restoreSavedState(data);
  if (!result.ok) return setAside(storage, raw, result.reason, now);
  const kept = result.kept ? { kept: result.kept, keptIsShared: result.keptIsShared ?? false } : {};
  if (result.repaired.length === 0) return { saved: result.state, ...kept };
  // A repair drops or changes what was stored (an unreadable kept copy, a value out of range), and the next save
  // would overwrite it: a copy of it as it was is set aside first. The repaired state is then stored, so the next
  // load neither repairs nor sets aside again.
  const key = setAsideKey(now);
  let copy: string;
  try {
    storage.setItem(key, raw);
    copy = ` What was stored is kept, as it was, in this browser’s storage as “${key}”.`;
    storage.setItem(STORAGE_KEY, JSON.stringify(toSaved(result.state, result.kept, result.keptIsShared ?? false)));
  } catch {
    copy = ' The browser’s storage is full, so what was stored could not be set aside: the next change here replaces it.';
  }
  return {
    saved: result.state,
    ...kept,
    notice: { message: `Your saved work was restored, with repairs: ${result.repaired.join('; ')}.${copy}`, undoable: false },
  };
}

/** The store a page starts with, from what was loaded (the build renders the first visit's screen from `{}`). */
export function createStartupStore(loaded: LoadedState): AppStore {
  return createAppStore({
    ...loaded.saved,
    ...(loaded.kept ? { keptWork: loaded.kept, keptIsShared: loaded.keptIsShared ?? false } : {}),
    ...(loaded.notice ? { notice: loaded.notice } : {}),
  });
}

/** True when nothing was loaded: the page shows the first visit's screen, the one index.html carries. */
export function isFirstVisit(loaded: LoadedState): boolean {
  return loaded.saved === undefined && loaded.kept === undefined && loaded.notice === undefined;
}

export interface PersistOptions {
  readonly delayMs?: number;
  /**
   * What was stored when this tab read its work (null: nothing). Stored text that differs from it, and from what this
   * tab last saved, was saved by another tab: it is set aside before this tab saves over it. Default: what is stored now.
   */
  readonly stored?: string | null;
  /** The page, to save at once when it is hidden (closing the tab, going to the background). */
  readonly page?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** What the store holds already differs from what is stored (it changed before saving began): save it soon. */
  readonly unsaved?: boolean;
}

/**
 * Saves the text, cluster, step, preset and kept work shortly after each change, and at once when the page is
 * hidden. Returns a function that stops saving.
 */
export function persistStore(store: AppStore, storage: KeyValueStorage, { delayMs = 250, page, unsaved = false, ...options }: PersistOptions = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  /** What this tab last read or wrote under the key: anything else found there was written by another tab. */
  let ours: string | null = options.stored !== undefined ? options.stored : readStored(storage);
  /** Another tab's work this tab set aside last, and where: set aside once, however many saves fail after it. */
  let setAside: { readonly value: string; readonly key: string } | null = null;
  /**
   * Another tab's newer work under the key is never replaced silently: it is set aside (as a repair's leftovers are)
   * first. Returns what to tell once this tab's work is saved over it, or false when it could not be set aside (then
   * this tab does not save over it, and says so).
   */
  const keepOtherTabsWork = (): string | undefined | false => {
    const found = readStored(storage);
    if (found === null || found === ours) return undefined;
    if (setAside?.value !== found) {
      const key = setAsideKey(new Date());
      try {
        storage.setItem(key, found);
        setAside = { value: found, key };
      } catch {
        store.setState({
          notice: {
            message:
              'Another tab of this configurator saved its work after this tab did, and the browser’s storage is too full to set it aside: ' +
              'this tab did not save over it. Download the YAML to keep this tab’s work, or reload to continue from the other tab’s.',
            undoable: false,
          },
        });
        return false;
      }
    }
    return `Another tab of this configurator had saved its work after this tab did. It is kept in this browser’s storage as “${setAside.key}”, and this tab’s work is the saved one now.`;
  };
  const save = (): void => {
    timer = undefined;
    const state = store.getState();
    const { text, keptWork, keptIsShared } = state;
    if (text.length > MAX_SAVED_TEXT || (keptWork?.text.length ?? 0) > MAX_SAVED_TEXT) {
      if (!warned) {
        warned = true;
        store.setState({ notice: { message: 'This text is too large to keep in the browser; download the YAML to keep it.', undoable: false } });
      }
      return;
    }
    const otherTab = keepOtherTabsWork();
    if (otherTab === false) return;
    try {
      const json = JSON.stringify(toSaved(savedStateOf(state), keptWork, keptIsShared));
      storage.setItem(STORAGE_KEY, json);
      ours = json;
      // Said only once this tab's work is really saved over the other tab's.
      if (otherTab !== undefined) store.setState({ notice: { message: otherTab, undoable: false } });
    } catch (error) {
      if (!warned) {
        warned = true;
        store.setState({
          notice: {
            message: `Your work could not be saved in this browser (${error instanceof Error ? error.message : 'storage refused'}). Download the YAML to keep it.`,
            undoable: false,
          },
        });
      }
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.text === previous.text &&
      state.encoding === previous.encoding &&
      state.cluster === previous.cluster &&
      state.step === previous.step &&
      state.preset === previous.preset &&
      state.origin === previous.origin &&
      state.keptWork === previous.keptWork
    ) {
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  const flush = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      save();
    }
  };
  if (unsaved) timer = setTimeout(save, delayMs);
  page?.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    page?.removeEventListener('pagehide', flush);
  };
}
