import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, CLIENT_RENDER_CLASS, INTRO_FIRST_CLASS, INTRO_SEEN_KEY, STORAGE_KEY } from './storageKey';

/** Runs the boot script (as index.html does, before the first paint) and returns the classes it put on <html>. */
function boot(storage: Record<string, string> | 'refused', hash = ''): string[] {
  const classes: string[] = [];
  const document = { documentElement: { classList: { add: (name: string) => classes.push(name) } } };
  const localStorage = {
    getItem: (key: string) => {
      if (storage === 'refused') throw new Error('SecurityError');
      return storage[key] ?? null;
    },
  };
  // The page's own inline text, run as the page runs it, with these two globals.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('localStorage', 'document', 'location', BOOT_SCRIPT) as (
    storage: typeof localStorage,
    page: typeof document,
    at: { hash: string },
  ) => void;
  run(localStorage, document, { hash });
  return classes;
}

describe('the boot script in index.html', () => {
  it('hides the first visit’s screen for saved work', () => {
    expect(boot({ [STORAGE_KEY]: '{}' })).toEqual([CLIENT_RENDER_CLASS]);
    expect(boot({ [STORAGE_KEY]: '{}', [INTRO_SEEN_KEY]: '1' })).toEqual([CLIENT_RENDER_CLASS]);
  });

  it('shows the introduction from the HTML on a first visit, and where storage is refused (the app shows it then too)', () => {
    expect(boot({})).toEqual([INTRO_FIRST_CLASS]);
    expect(boot('refused')).toEqual([INTRO_FIRST_CLASS]);
  });

  it('does not show the introduction over a share link, whatever the storage holds', () => {
    expect(boot({}, '#share=1.abc')).toEqual([]);
    expect(boot('refused', '#share=1.abc')).toEqual([]);
    expect(boot({}, '#other')).toEqual([INTRO_FIRST_CLASS]);
  });

  it('shows neither to a visitor who has seen the introduction and has no saved work', () => {
    expect(boot({ [INTRO_SEEN_KEY]: '1' })).toEqual([]);
  });
});
