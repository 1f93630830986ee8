// The app: loaded by main.tsx once the browser has painted the HTML of the first screen.
//
// A first visit (nothing saved, no share link) hydrates that screen from the build's snapshot, without the engine
// (the core and the `yaml` library): it loads when the user first reaches for the page, or when an action needs it.
// Saved work or a share link needs the engine at once: main.tsx has started loading it already.
import { type ReactNode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isShareFragment } from './core/share/prefix';
import { type FirstVisitSnapshot, readSnapshot, startFirstVisit } from './state/firstVisit/store';
import { watchOtherTabs } from './state/otherTabs';
import type { KeyValueStorage } from './state/persistence';
import { CLIENT_RENDER_CLASS, STORAGE_KEY, STORAGE_REFUSED } from './state/storageKey';
import type { ScreenStore } from './state/types';
import { Root } from './ui/Root';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

/**
 * The prerendered screen takes keys and taps once React has hydrated it. Before then a keystroke in a field reached
 * the HTML but not the state, and hydration put the field's value back (typing “3” over a cleared “2” gave “32”).
 */
function WhenHydrated({ children }: { readonly children: ReactNode }) {
  useEffect(() => root?.removeAttribute('inert'), []);
  return children;
}

const loadEngine = () => import('./state/engine');

/** Ends the current task, so that the browser can paint and answer input before the next piece of start-up work. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

// Evaluating this script was one task; building the store is the next, and hydrating, in slices, comes after.
await nextTask();

/** A browser that refuses this page storage altogether throws from the `localStorage` getter itself (a SecurityError). */
let storageRefused = false;
const storage = ((): KeyValueStorage | undefined => {
  try {
    return window.localStorage;
  } catch {
    storageRefused = true;
    return undefined;
  }
})();

const nothingSaved = ((): boolean => {
  try {
    return storage === undefined || storage.getItem(STORAGE_KEY) === null;
  } catch {
    return false;
  }
})();

/** The events that say the user is reaching for the page: the engine starts loading before their click or keystroke lands. */
const INTENTS = ['pointerdown', 'touchstart', 'keydown', 'dragenter'] as const;

function firstVisitStore(snapshot: FirstVisitSnapshot): { store: ScreenStore; engineReady: () => Promise<unknown> } {
  const started = startFirstVisit(snapshot, loadEngine, {
    pause: nextTask,
    tookOver: (engine, { persistStore }) => {
      if (storage) persistStore(engine, storage, { page: window, unsaved: engine.getState().step !== snapshot.state.step, stored: null });
    },
  });
  const onIntent = (): void => {
    for (const type of INTENTS) window.removeEventListener(type, onIntent, true);
    started.engineReady().catch(() => undefined);
  };
  for (const type of INTENTS) window.addEventListener(type, onIntent, { capture: true, passive: true });
  return started;
}

const snapshot = root.firstElementChild && nothingSaved && !isShareFragment(window.location.hash) ? readSnapshot(document) : undefined;
let store: ScreenStore;
let hydrate: boolean;
/** Resolves when the store has the engine. */
let engineReady: () => Promise<unknown> = loadEngine;
if (snapshot) {
  ({ store, engineReady } = firstVisitStore(snapshot));
  hydrate = true;
} else {
  const { createStartupStore, isFirstVisit, loadSavedState, persistStore } = await loadEngine();
  const loaded = loadSavedState(storage);
  const engine = createStartupStore(loaded);
  if (storage) persistStore(engine, storage, { page: window });
  store = engine;
  // The built index.html carries the first visit's screen: a first visit (with a share link to open) hydrates it.
  hydrate = root.firstElementChild !== null && isFirstVisit(loaded);
}

// Said at start, as when reading the storage fails: otherwise the work would be gone after a reload without a word.
// (Hydration renders the store's initial state, so a notice set now shows after it, without a mismatch.)
if (storageRefused) store.actions.tell(STORAGE_REFUSED);

watchOtherTabs(store, window);

/** A share link in the address bar is opened once, then taken out of it: a reload must not open it over later edits. */
const openFromAddressBar = (): void => {
  if (!isShareFragment(window.location.hash)) return;
  Promise.all([loadEngine(), engineReady()])
    .then(([{ openShareLink }]) => openShareLink(store, window.location.hash))
    .then((opened) => {
      if (opened) window.history.replaceState(null, '', window.location.pathname + window.location.search);
    })
    .catch(() =>
      store.actions.tell(
        'The share link could not be opened: this page could not load the part that reads it (the network may be down). Reload to try again. Nothing was changed.',
      ),
    );
};
openFromAddressBar();
window.addEventListener('hashchange', openFromAddressBar);

await nextTask();

// Either way in a transition, so that the work yields to the browser every few milliseconds instead of blocking it
// for the whole first render.
if (hydrate) {
  startTransition(() => {
    hydrateRoot(
      root,
      <WhenHydrated>
        <Root store={store} />
      </WhenHydrated>,
    );
  });
} else {
  root.replaceChildren();
  root.removeAttribute('inert');
  document.documentElement.classList.remove(CLIENT_RENDER_CLASS);
  startTransition(() => {
    createRoot(root).render(<Root store={store} />);
  });
}
