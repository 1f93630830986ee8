import { StrictMode } from 'react';
import type { ScreenStore } from '../state/types';
import { StoreProvider } from '../state/StoreProvider';
import { App } from './App';

/** The whole page for a store: what the browser renders and what the build renders into index.html for a first visit. */
export function Root({ store }: { readonly store: ScreenStore }) {
  return (
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>
  );
}
