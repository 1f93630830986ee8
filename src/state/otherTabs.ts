import { STORAGE_KEY } from './storageKey';
import type { ScreenStore } from './types';

export const OTHER_TAB_SAVED =
  'This configurator is also open in another tab, which just saved its work. Your next edit here keeps that work aside in ' +
  'this browser’s storage and saves this tab’s instead; reload this tab to continue from the other tab’s work.';

/**
 * Another tab of the app saved its work under the same key: says so each time it does (a notice already saying it
 * is not repeated), so no later save of the other tab goes unannounced because an earlier notice was dismissed.
 * The save that would replace the other tab's work sets it aside first (persistStore). Light: a first visit watches
 * from the start, before the engine has loaded. Returns a function that stops watching.
 */
export function watchOtherTabs(store: ScreenStore, page: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
  const otherTabSaved = (event: Event): void => {
    const { key, newValue } = event as Event & { key?: string | null; newValue?: string | null };
    if (key !== STORAGE_KEY || newValue === null || newValue === undefined) return;
    if (store.getState().notice?.message === OTHER_TAB_SAVED) return;
    store.actions.tell(OTHER_TAB_SAVED);
  };
  page.addEventListener('storage', otherTabSaved);
  return () => page.removeEventListener('storage', otherTabSaved);
}
