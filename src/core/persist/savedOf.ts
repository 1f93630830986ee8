import { isPlainEncoding } from '../yaml/encoding';
import type { TextOrigin } from '../gateway/basis';
import type { SavedState } from './saved';

/** The app's state as far as it is saved: every field, the origin null when the text came from a preset. */
export type SavableState = Required<Omit<SavedState, 'origin'>> & { readonly origin: TextOrigin | null };

/**
 * What is saved of the app's state: the text, preset, step and cluster, the file's encoding unless plain, and the file
 * or link the text came from. Light (no parser).
 */
export function savedStateOf(state: SavableState): SavedState {
  const { text, preset, step, cluster, encoding, origin } = state;
  return { text, preset, step, cluster, ...(isPlainEncoding(encoding) ? {} : { encoding }), ...(origin ? { origin } : {}) };
}

/** What a share link carries: what is saved, but not where the text came from (the recipient's origin is the link). */
export function sharedStateOf(state: SavableState): SavedState {
  return savedStateOf({ ...state, origin: null });
}
