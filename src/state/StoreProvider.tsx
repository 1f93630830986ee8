import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { ScreenState, ScreenStore } from './types';

const StoreContext = createContext<ScreenStore | null>(null);

/** Gives the screen its store: the engine's, or a first visit's that the engine takes over (src/state/firstVisit/). */
export function StoreProvider({ store, children }: { store: ScreenStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}

/** Reads from the app store with a narrow selector (given the state and the store); the component re-renders only when that slice changes. */
export function useAppStore<T>(selector: (state: ScreenState, store: ScreenStore) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider>');
  return useStore(store, (state) => selector(state, store));
}

/** The store itself, for reading the current state and calling actions inside event handlers (never for rendering). */
export function useAppStoreApi(): ScreenStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi needs a <StoreProvider>');
  return store;
}
