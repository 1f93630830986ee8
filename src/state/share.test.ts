import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER, presetText, withZoneCount } from '../core';
import { encodeShareState } from '../core/share/shareLink';
import { loadSavedState, persistStore, STORAGE_KEY } from './persistence';
import { openShareLink } from './share';
import { shareFragment } from './shareFragment';
import { createAppStore } from './store';

const shared = {
  text: presetText('serverless-eci').replace('minReplicas: 2', 'minReplicas: 3'),
  preset: 'serverless-eci',
  step: 'spread',
  cluster: withZoneCount(DEFAULT_CLUSTER, 3),
} as const;

function linkOf(state: typeof shared): string {
  const encoded = encodeShareState(state);
  if (!encoded.ok) throw new Error(encoded.message);
  return `#${encoded.fragment}`;
}

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => data.set(key, value),
    removeItem: (key) => data.delete(key),
  };
}

describe('opening a share link', () => {
  it('ignores a fragment that is not a share link', async () => {
    const store = createAppStore();
    expect(await openShareLink(store, '#yaml')).toBe(false);
    expect(store.getState().text).toBe(presetText('ack-node'));
  });

  it('shows the shared state over an untouched preset, undoably, without keeping anything', async () => {
    const store = createAppStore();
    expect(await openShareLink(store, linkOf(shared))).toBe(true);
    const state = store.getState();
    expect({ text: state.text, preset: state.preset, step: state.step, cluster: state.cluster }).toEqual(shared);
    expect(state.keptWork).toBeNull();
    expect(state.notice).toEqual({ message: 'Opened the shared gateway.', undoable: true });
    store.actions.undo();
    expect(store.getState().text).toBe(presetText('ack-node'));
  });

  it('keeps the recipient’s own work, and one action returns to it', async () => {
    const store = createAppStore();
    store.actions.setTextField('name', 'mine');
    store.actions.goToStep('export');
    const mine = store.getState().text;
    await openShareLink(store, linkOf(shared));
    expect(store.getState().text).toBe(shared.text);
    expect(store.getState().keptWork).toMatchObject({ text: mine, step: 'export', cluster: DEFAULT_CLUSTER });
    expect(store.getState().notice?.message).toBe('Opened the shared gateway. Your own work is kept: “Back to my work” at the top returns to it.');
    // Edits to the shared gateway are not lost either: going back swaps, it does not discard.
    store.actions.setTextField('name', 'theirs-edited');
    store.actions.returnToWork();
    expect(store.getState()).toMatchObject({ text: mine, step: 'export', cluster: DEFAULT_CLUSTER, keptIsShared: true });
    expect(store.getState().keptWork?.text).toContain('name: theirs-edited');
    store.actions.returnToWork();
    expect(store.getState().text).toContain('name: theirs-edited');
    expect(store.getState()).toMatchObject({ keptIsShared: false, keptWork: { text: mine } });
  });

  it('never replaces kept work with a second link’s state', async () => {
    const store = createAppStore();
    store.actions.setTextField('name', 'mine');
    const mine = store.getState().text;
    await openShareLink(store, linkOf(shared));
    await openShareLink(store, linkOf({ ...shared, text: presetText('ack-zone').replace('minReplicas: 2', 'minReplicas: 4') }));
    expect(store.getState().text).toContain('minReplicas: 4');
    expect(store.getState().keptWork?.text).toBe(mine);
  });

  it('keeps a message from loading (saved work set aside) beside the link’s', async () => {
    const store = createAppStore({ notice: { message: 'Your saved work could not be restored: it is not valid JSON.', undoable: false } });
    await openShareLink(store, linkOf(shared));
    expect(store.getState().notice?.message).toBe('Your saved work could not be restored: it is not valid JSON. Opened the shared gateway.');
  });

  it('changes nothing for a damaged link, and says so', async () => {
    const store = createAppStore();
    store.actions.setTextField('name', 'mine');
    const before = store.getState().text;
    const link = linkOf(shared);
    expect(await openShareLink(store, link.slice(0, -6))).toBe(true);
    expect(store.getState().text).toBe(before);
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().notice?.message).toMatch(/^This share link is damaged.*Nothing was changed\.$/);
  });

  it('says so when the link holds what is already open', async () => {
    const store = createAppStore({ ...shared });
    await openShareLink(store, linkOf(shared));
    expect(store.getState().notice?.message).toBe('This share link holds the gateway and cluster you already have open.');
  });

  it('round-trips the current state through its own link', async () => {
    const store = createAppStore({ ...shared });
    const encoded = await shareFragment(store.getState());
    expect(encoded.ok).toBe(true);
    const other = createAppStore();
    if (encoded.ok) await openShareLink(other, `#${encoded.fragment}`);
    expect(other.getState()).toMatchObject(shared);
  });

  it('keeps the kept work across a reload', async () => {
    const storage = memoryStorage();
    const store = createAppStore();
    store.actions.setTextField('name', 'mine');
    const stop = persistStore(store, storage, { delayMs: 0 });
    await openShareLink(store, linkOf(shared));
    stop();
    const loaded = loadSavedState(storage);
    expect(loaded.saved?.text).toBe(shared.text);
    expect(loaded.kept?.text).toContain('name: mine');
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ version: 2 });
  });
});

describe('reset to preset', () => {
  it('restores the chosen preset’s text as one undo step', () => {
    const store = createAppStore({ preset: 'ack-zone' });
    store.actions.setTextField('minReplicas', '3');
    store.actions.resetToPreset();
    expect(store.getState().text).toBe(presetText('ack-zone'));
    expect(store.getState().notice).toEqual({ message: 'Reset to the preset “ACK: spread across zones”.', undoable: true });
    store.actions.undo();
    expect(store.getState().text).toContain('minReplicas: 3');
  });
});
