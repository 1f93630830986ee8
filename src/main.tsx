import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSavedState, persistStore } from './state/persistence';
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
const store = createAppStore({ ...loaded.saved, ...(loaded.notice ? { notice: loaded.notice } : {}) });
if (storage) persistStore(store, storage, { page: window });

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
