// The app: loaded by main.tsx once the browser has painted the HTML of the first screen.
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createStartupStore, isFirstVisit, loadSavedState, persistStore } from './state/persistence';
import { openShareLink } from './state/share';
import { CLIENT_RENDER_CLASS } from './state/storageKey';
import { Root } from './ui/Root';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

/** Ends the current task, so that the browser can paint and answer input before the next piece of start-up work. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

// Evaluating this script was one task; reading the saved work and building the store (parsing the YAML,
// the findings, the placement) is the next, and hydrating, in slices, comes after.
await nextTask();

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
const loaded = loadSavedState(storage);
const store = createStartupStore(loaded);
if (storage) persistStore(store, storage, { page: window });

/** A share link in the address bar is opened once, then taken out of it: a reload must not open it over later edits. */
const openFromAddressBar = (): void => {
  openShareLink(store, window.location.hash)
    .then((opened) => {
      if (opened) window.history.replaceState(null, '', window.location.pathname + window.location.search);
    })
    .catch(() => store.getState().actions.tell('The share link could not be opened: this page could not load the part that reads it (the network may be down). Reload to try again. Nothing was changed.'));
};
openFromAddressBar();
window.addEventListener('hashchange', openFromAddressBar);

await nextTask();

// The built index.html carries the first visit's screen: a first visit hydrates it; saved work (or the dev
// server, which serves an empty root) renders afresh. Either way in a transition, so that the work yields
// to the browser every few milliseconds instead of blocking it for the whole first render.
if (root.firstElementChild && isFirstVisit(loaded)) {
  // From here React answers a click or key on a part it has not hydrated yet by hydrating that part first.
  root.removeAttribute('inert');
  startTransition(() => {
    hydrateRoot(root, <Root store={store} />);
  });
} else {
  root.replaceChildren();
  root.removeAttribute('inert');
  document.documentElement.classList.remove(CLIENT_RENDER_CLASS);
  startTransition(() => {
    createRoot(root).render(<Root store={store} />);
  });
}
