import { DEFAULT_CLUSTER, isPlainEncoding, isShareFragment, PRESETS, presetText, sameBytes } from '../core';
import { codec, savedOf } from './shareFragment';
import type { ScreenState, ScreenStore } from './types';

/** Work that is the user's own: anything but an untouched preset in the default cluster. */
function isOwnWork(state: ScreenState): boolean {
  const untouched =
    PRESETS.some((preset) => presetText(preset.id) === state.text) &&
    isPlainEncoding(state.encoding) &&
    JSON.stringify(state.cluster) === JSON.stringify(DEFAULT_CLUSTER);
  return !untouched;
}

/**
 * Opens the share link in a URL fragment, if there is one. A link that cannot be opened changes
 * nothing and says why. The user's own work, when the link replaces it, is kept (the store's
 * `keptWork`, which persistence saves beside the state) and one click returns to it. Returns whether the fragment was a share link, so the caller
 * can take it out of the address bar: a reload must not open it again over later edits.
 */
export async function openShareLink(store: ScreenStore, hash: string): Promise<boolean> {
  if (!isShareFragment(hash)) return false;
  const decoded = (await codec()).decodeShareFragment(hash);
  if (decoded.kind === 'none') return false;
  const { actions } = store;
  if (decoded.kind === 'error') {
    actions.tell(decoded.message);
    return true;
  }
  const state = store.getState();
  const shared = decoded.state;
  if (sameBytes(shared, state) && JSON.stringify(shared.cluster) === JSON.stringify(state.cluster)) {
    actions.tell('This share link holds the gateway and cluster you already have open.');
    return true;
  }
  actions.openShared(shared, isOwnWork(state) ? savedOf(state) : null);
  return true;
}
