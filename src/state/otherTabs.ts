import { STORAGE_KEY } from './storageKey';
import type { AppStore } from './store';

/**
 * Another tab of the app saved its work under the same key: this tab's next save would overwrite it. Says so, once.
 * Light (a first visit watches from the start, before the engine has loaded). Returns a function that stops watching.
 */
export function watchOtherTabs(store: AppStore, page: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
  let told = false;
  const otherTabSaved = (event: Event): void => {
    const { key, newValue } = event as Event & { key?: string | null; newValue?: string | null };
    if (key !== STORAGE_KEY || newValue === null || newValue === undefined || told) return;
    told = true;
    store.getState().actions.tell(
      'This configurator is also open in another tab, which just saved its work. Edits here will replace what that tab saved; ' +
        'reload this tab to continue from the other tab’s work instead.',
    );
  };
  page.addEventListener('storage', otherTabSaved);
  return () => page.removeEventListener('storage', otherTabSaved);
}
