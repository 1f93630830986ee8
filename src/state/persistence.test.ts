import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { presetText, toSaved } from '../core';
import { type KeyValueStorage, loadSavedState, persistStore, STORAGE_KEY } from './persistence';
import { createAppStore } from './store';
import { watchOtherTabs } from './otherTabs';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

describe('saving and restoring the app state', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves text, cluster, step and preset after a change, and restores them', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    const stop = persistStore(store, storage);
    store.actions.setTextField('maxReplicas', '6');
    store.actions.setZoneCount(4);
    store.actions.goToStep('spread');
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    vi.advanceTimersByTime(300);
    stop();
    const loaded = loadSavedState(storage);
    expect(loaded.notice).toBeUndefined();
    const restored = createAppStore(loaded.saved);
    expect(restored.getState().text).toBe(store.getState().text);
    expect(restored.getState().text).toContain('maxReplicas: 6');
    expect(restored.getState().cluster.zones).toHaveLength(4);
    expect(restored.getState().step).toBe('spread');
  });

  it('an imported file, edited, is still shown as edited from that file after a reload (its origin is saved; a share link does not carry it)', async () => {
    const storage = memoryStorage();
    const store = createAppStore();
    const stop = persistStore(store, storage);
    store.actions.importText(presetText('ack-zone'), 'prod.yaml');
    store.actions.setTextField('maxReplicas', '7');
    vi.advanceTimersByTime(300);
    stop();
    const restored = createAppStore(loadSavedState(storage).saved);
    const { derive } = restored;
    expect(derive.basis(restored.getState()).label).toBe('Custom (edited from prod.yaml)');
    expect((derive.changes(restored.getState()) ?? []).filter((line) => line.kind !== 'context').map((line) => line.text.trim())).toEqual([
      'maxReplicas: 4',
      'maxReplicas: 7',
    ]);
    const { sharedStateOf } = await import('../core/persist/savedOf');
    expect(sharedStateOf(restored.getState())).not.toHaveProperty('origin');
  });

  it('sets aside what it cannot read, says so, and starts from the default', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":1,"text":' });
    const loaded = loadSavedState(storage, new Date('2026-11-26T10:00:00Z'));
    expect(loaded.saved).toBeUndefined();
    expect(loaded.notice?.message).toBe(
      `Your saved work could not be restored: it is not valid JSON. It was set aside in this browser’s storage as “${STORAGE_KEY}/set-aside/2026-11-26T10:00:00.000Z”, and the default preset is shown.`,
    );
    expect(storage.data.get(`${STORAGE_KEY}/set-aside/2026-11-26T10:00:00.000Z`)).toBe('{"version":1,"text":');
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    expect(createAppStore({ ...loaded.saved, ...(loaded.notice ? { notice: loaded.notice } : {}) }).getState().text).toBe(presetText('ack-node'));
  });

  it('restores what it can read, sets aside a copy of what a repair drops (an unreadable kept copy), and stores the repaired state', () => {
    const text = presetText('ack-zone');
    const saved = toSaved({ text, preset: 'ack-zone', step: 'spread', cluster: createAppStore().getState().cluster });
    const raw = JSON.stringify({ ...saved, kept: { text: 42 } });
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const loaded = loadSavedState(storage, new Date('2026-11-26T10:00:00Z'));
    expect(loaded.saved?.text).toBe(text);
    expect(loaded.kept).toBeUndefined();
    const key = `${STORAGE_KEY}/set-aside/2026-11-26T10:00:00.000Z`;
    expect(loaded.notice?.message).toBe(
      `Your saved work was restored, with repairs: the work kept from before a share link was opened could not be read. What was stored is kept, as it was, in this browser’s storage as “${key}”.`,
    );
    expect(storage.data.get(key)).toBe(raw);
    // The repaired state is stored: the next load restores it as it is, without another copy.
    const again = loadSavedState(storage, new Date('2026-11-26T10:05:00Z'));
    expect(again.notice).toBeUndefined();
    expect(again.saved).toEqual(loaded.saved);
    expect([...storage.data.keys()].filter((name) => name.includes('/set-aside/'))).toEqual([key]);
    expect(storage.data.get(key)).toBe(raw);
  });

  it('never overwrites a state saved by a newer version of the app', () => {
    const newer = JSON.stringify({ version: 99, text: 'x' });
    const storage = memoryStorage({ [STORAGE_KEY]: newer });
    const loaded = loadSavedState(storage, new Date('2026-11-26T10:00:00Z'));
    expect(loaded.notice?.message).toContain('it was saved by a newer version of this app (format 99)');
    expect([...storage.data.values()]).toContain(newer);
  });

  it('says once when the browser refuses to store', () => {
    const store = createAppStore();
    const refusing: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    persistStore(store, refusing);
    store.actions.setZoneCount(2);
    vi.advanceTimersByTime(300);
    expect(store.getState().notice?.message).toBe('Your work could not be saved in this browser (The quota has been exceeded.). Download the YAML to keep it.');
  });

  it('says so each time another tab of the app saves over the same key, also after the notice was dismissed', () => {
    const store = createAppStore();
    const page = new EventTarget();
    watchOtherTabs(store, page);
    const storageEvent = (key: string, newValue: string | null): Event => Object.assign(new Event('storage'), { key, newValue });
    page.dispatchEvent(storageEvent('something-else', '1'));
    expect(store.getState().notice).toBeNull();
    page.dispatchEvent(storageEvent(STORAGE_KEY, '{"version":2}'));
    expect(store.getState().notice?.message).toMatch(/^This configurator is also open in another tab, which just saved its work\./);
    store.actions.dismissNotice();
    page.dispatchEvent(storageEvent(STORAGE_KEY, '{"version":2,"text":"later"}'));
    expect(store.getState().notice?.message).toMatch(/^This configurator is also open in another tab, which just saved its work\./);
  });

  it('never saves over another tab’s newer work silently: it is set aside first, and the page says where', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    persistStore(store, storage);
    store.actions.setTextField('maxReplicas', '6');
    vi.advanceTimersByTime(300);
    const ours = storage.data.get(STORAGE_KEY);
    expect(store.getState().notice).toBeNull();
    // Another tab saves, twice; this tab's next edit is saved only after the other tab's latest work is set aside.
    storage.setItem(STORAGE_KEY, '{"version":2,"text":"the other tab, first"}');
    storage.setItem(STORAGE_KEY, '{"version":2,"text":"the other tab, later"}');
    vi.setSystemTime(new Date('2026-12-03T09:59:59.750Z'));
    store.actions.setTextField('maxReplicas', '7');
    vi.advanceTimersByTime(300);
    const key = `${STORAGE_KEY}/set-aside/2026-12-03T10:00:00.000Z`;
    expect(storage.data.get(key)).toBe('{"version":2,"text":"the other tab, later"}');
    expect(store.getState().notice?.message).toBe(
      `Another tab of this configurator had saved its work after this tab did. It is kept in this browser’s storage as “${key}”, and this tab’s work is the saved one now.`,
    );
    expect(storage.data.get(STORAGE_KEY)).not.toBe(ours);
    expect(storage.data.get(STORAGE_KEY)).toContain('maxReplicas: 7');
    // This tab's own saves after that set nothing aside.
    store.actions.dismissNotice();
    store.actions.setTextField('maxReplicas', '8');
    vi.advanceTimersByTime(300);
    expect(store.getState().notice).toBeNull();
    expect([...storage.data.keys()].filter((name) => name.includes('/set-aside/'))).toEqual([key]);
  });

  it('does not save over another tab’s work when it cannot set it aside, and says so', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":2,"text":"the other tab"}' });
    // Full for anything new: the state's own key could still be written over.
    const full: KeyValueStorage = {
      ...storage,
      setItem: (key, value) => {
        if (key !== STORAGE_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        storage.setItem(key, value);
      },
    };
    const store = createAppStore();
    persistStore(store, full, { stored: null });
    store.actions.setTextField('maxReplicas', '6');
    vi.advanceTimersByTime(300);
    expect(storage.data.get(STORAGE_KEY)).toBe('{"version":2,"text":"the other tab"}');
    expect(store.getState().notice?.message).toMatch(
      /^Another tab of this configurator saved its work after this tab did, and the browser’s storage is too full to set it aside: this tab did not save over it\./,
    );
  });

  it('sets another tab’s work aside once, and claims nothing when its own save then fails', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":2,"text":"the other tab"}' });
    const refusingState: KeyValueStorage = {
      ...storage,
      setItem: (key, value) => {
        if (key === STORAGE_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        storage.setItem(key, value);
      },
    };
    const store = createAppStore();
    persistStore(store, refusingState, { stored: null });
    store.actions.setTextField('maxReplicas', '6');
    vi.advanceTimersByTime(300);
    expect(store.getState().notice?.message).toMatch(/^Your work could not be saved in this browser/);
    store.actions.setTextField('maxReplicas', '7');
    vi.advanceTimersByTime(300);
    expect([...storage.data.keys()].filter((name) => name.includes('/set-aside/'))).toHaveLength(1);
    expect(store.getState().notice?.message ?? '').not.toMatch(/is the saved one now/);
  });
});
