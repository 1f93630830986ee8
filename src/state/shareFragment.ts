// Making a share link: light (the Export step offers it before the engine has loaded); the codec loads on use.
import type { SavedState, ShareEncoding } from '../core';
import { savedStateOf, sharedStateOf } from '../core/persist/savedOf';
import type { ScreenState } from './types';

/** The state as it is saved (and kept when a share link replaces it): with the file or link the text came from. */
export function savedOf(state: ScreenState): SavedState {
  return savedStateOf(state);
}

/** The codec and its compression library stay out of the first load: they are needed only to share or open a link. */
export const codec = () => import('../core/share/shareLink');

/** The share-link fragment of the current state (without `#`), or why it cannot be one. */
export async function shareFragment(state: ScreenState): Promise<ShareEncoding> {
  return (await codec()).encodeShareState(sharedStateOf(state));
}
