import { isPlainEncoding } from '../yaml/encoding';
import type { SavedState } from './saved';

/** What is saved or shared of the app's state: the text, preset, step and cluster, and the file's encoding unless plain. Light (no parser). */
export function savedStateOf(state: Required<SavedState>): SavedState {
  const { text, preset, step, cluster, encoding } = state;
  return { text, preset, step, cluster, ...(isPlainEncoding(encoding) ? {} : { encoding }) };
}
