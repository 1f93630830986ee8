import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSavedState, persistStore } from './state/persistence';
import { openShareLink } from './state/share';
import { createAppStore } from './state/store';
import { StoreProvider } from './state/StoreProvider';
import { App } from './ui/App';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
const loaded = loadSavedState(storage);
const store = createAppStore({ ...loaded.saved, ...(loaded.kept ? { keptWork: loaded.kept, keptIsShared: loaded.keptIsShared ?? false } : {}), ...(loaded.notice ? { notice: loaded.notice } : {}) });
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

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
