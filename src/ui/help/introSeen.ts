import { INTRO_SEEN_KEY as KEY } from '../../state/storageKey';

/** Whether this browser has seen the introduction (shown once, then from the Help button). */
export function introSeen(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    // Storage refused: showing the introduction on every visit is better than never.
    return false;
  }
}

export function markIntroSeen(): void {
  try {
    window.localStorage.setItem(KEY, '1');
  } catch {
    // Nothing to keep it in; it shows again next time.
  }
}
