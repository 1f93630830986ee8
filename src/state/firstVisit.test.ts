import { describe, expect, it } from 'vitest';
import { PRESETS } from '../core';
import { readSnapshotScript } from '../testing/snapshot';
import { ENGINE_FAILED, type FirstVisitSnapshot, readSnapshot, snapshotOf, snapshotScript, snapshotStore, startFirstVisit } from './firstVisit';
import { watchOtherTabs } from './otherTabs';
import { createStartupStore } from './persistence';
import { selectAnswers, selectEditorMarkers, selectFieldPaths, selectFocusedLines, selectPlacement, selectReport, selectWorkload } from './selectors';
import { type AppStore, createAppStore, upgradeStore } from './store';

/** The snapshot as the page reads it back from index.html. */
const throughHtml = (snapshot: FirstVisitSnapshot): FirstVisitSnapshot => readSnapshotScript(snapshotScript(snapshot));

/** A first visit's store, with an engine that loads when released (and counts how often loading it was started). */
function firstVisit(): { store: AppStore; loads: () => number; release: () => void } {
  let started = 0;
  let release = (): void => undefined;
  const loaded = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { store } = startFirstVisit(throughHtml(snapshotOf(createStartupStore({}).getState())), async (taken) => {
    started += 1;
    await loaded;
    await upgradeStore(taken);
  });
  return { store, loads: () => started, release: () => release() };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the first visit’s snapshot', () => {
  it.each(PRESETS.map((preset) => [preset.id]))('shows what the engine shows, read back from the HTML (%s)', (preset) => {
    const full = createAppStore({ preset }).getState();
    const light = snapshotStore(throughHtml(snapshotOf(full)), () => Promise.resolve()).getState();
    expect(light.text).toBe(full.text);
    expect(light.doc).toBeNull();
    expect(selectAnswers(light)).toEqual(selectAnswers(full));
    expect(selectFieldPaths(light)).toEqual(selectFieldPaths(full));
    expect(selectWorkload(light)).toEqual(selectWorkload(full));
    expect(selectPlacement(light)).toEqual(selectPlacement(full));
    expect(selectReport(light)).toEqual(selectReport(full));
    expect(selectEditorMarkers(light)).toEqual(selectEditorMarkers(full));
  });

  it('cannot end its script element early', () => {
    const state = createAppStore('metadata:\n  name: "</script><script>alert(1)</script>"\n').getState();
    const script = snapshotScript(snapshotOf(state));
    expect(script.indexOf('</script>')).toBe(script.length - '</script>'.length);
    expect(throughHtml(snapshotOf(state)).state.text).toBe(state.text);
  });

  it('is not read when missing or unreadable', () => {
    expect(readSnapshot({ getElementById: () => null })).toBeUndefined();
    expect(readSnapshot({ getElementById: () => ({ textContent: '{not json' }) as HTMLElement })).toBeUndefined();
    expect(readSnapshot({ getElementById: () => ({ textContent: '[1,2]' }) as HTMLElement })).toBeUndefined();
  });
});

describe('a first visit before the engine has loaded', () => {
  it('moves between steps, focuses fields and shows messages at once, without loading the engine', () => {
    const { store, loads } = firstVisit();
    store.getState().actions.goToStep('spread');
    store.getState().actions.focusField('weight');
    store.getState().actions.tell('Hello');
    expect(store.getState()).toMatchObject({ step: 'spread', focusedField: 'weight', notice: { message: 'Hello' } });
    // Which lines a field owns needs the document: none are marked until the engine is there.
    expect(selectFocusedLines(store.getState())).toBeUndefined();
    expect(loads()).toBe(0);
  });

  it('runs edits once the engine has loaded, in the order they were made, keeping what was done before', async () => {
    const { store, loads, release } = firstVisit();
    const { actions } = store.getState();
    actions.goToStep('replicas');
    actions.setTextField('minReplicas', '3');
    actions.choose({ field: 'rule', value: 'required' });
    actions.setTextField('minReplicas', '4');
    expect(loads()).toBeGreaterThan(0);
    expect(store.getState().doc).toBeNull();
    expect(selectAnswers(store.getState()).minReplicas).toBe(2);
    release();
    await settle();
    const state = store.getState();
    expect(state.doc).not.toBeNull();
    expect(state.step).toBe('replicas');
    expect(selectAnswers(state)).toMatchObject({ minReplicas: 4, rule: 'required' });
    // One history from the start: three edits, three undo steps, back to the preset.
    expect(state.past).toHaveLength(3);
    state.actions.undo();
    state.actions.undo();
    state.actions.undo();
    expect(store.getState().text).toBe(createAppStore().getState().text);
  });

  it('shows what is typed at once, and calls back after pending edits only once they are written', async () => {
    const { store, release } = firstVisit();
    const { actions } = store.getState();
    actions.setTextField('minReplicas', '3');
    actions.setTextField('minReplicas', '4');
    expect(store.getState().drafts.text.minReplicas?.raw).toBe('4');
    const texts: string[] = [];
    actions.afterPendingEdits(() => texts.push(store.getState().text));
    expect(texts).toEqual([]);
    release();
    await settle();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('minReplicas: 4');
    expect(store.getState().drafts.text.minReplicas).toBeUndefined();
  });

  it('keeps what the screen did before the engine arrived: step, focus, message, editor', async () => {
    const { store, release } = firstVisit();
    const { actions } = store.getState();
    actions.goToStep('service');
    actions.focusField('serviceType');
    actions.tell('Kept');
    actions.requestEditor();
    release();
    await settle();
    expect(store.getState().doc).not.toBeNull();
    expect(store.getState()).toMatchObject({ step: 'service', focusedField: 'serviceType', notice: { message: 'Kept' }, editorRequested: true });
    // The engine's own derivations now: the focused field's lines are marked.
    expect(selectFocusedLines(store.getState())).toBeDefined();
  });

  it('a step chosen after an action that waits for the engine stays chosen when that action lands', async () => {
    const { store, release } = firstVisit();
    const finding = selectReport(store.getState()).findings.find((each) => each.step && each.step !== 'export');
    if (!finding?.step) throw new Error('the default preset has no finding that a step owns');
    store.getState().actions.showFinding(finding);
    store.getState().actions.goToStep('export');
    expect(store.getState().step).toBe('export');
    release();
    await settle();
    expect(store.getState().step).toBe('export');
  });

  it('list rows build on the rows typed while the engine loads', async () => {
    const { store, release } = firstVisit();
    const shown = (): readonly { name: string }[] => store.getState().drafts.portRows?.raw ?? selectAnswers(store.getState()).ports;
    const ports = selectAnswers(store.getState()).ports.map((port) => ({ name: port.name, port: String(port.port), targetPort: String(port.targetPort) }));
    store.getState().actions.setPortRows([...ports, { name: 'extra', port: '', targetPort: '' }]);
    expect(shown()).toHaveLength(ports.length + 1);
    store.getState().actions.setPortRows(shown().map((row, i) => (i === ports.length ? { name: 'extra', port: '9000', targetPort: '9000' } : { ...ports[i], ...row })) as typeof ports);
    release();
    await settle();
    const written = selectAnswers(store.getState()).ports;
    expect(written).toHaveLength(ports.length + 1);
    expect(written[ports.length]).toMatchObject({ name: 'extra', port: 9000 });
  });

  it('when the engine takes over, what the screen shows is the same objects (nothing renders again) until something changes', async () => {
    const { store, release } = firstVisit();
    const before = store.getState();
    store.getState().actions.setTextField('minReplicas', '2');
    release();
    await settle();
    const after = store.getState();
    expect(after.doc).not.toBeNull();
    expect(selectAnswers(after)).toBe(selectAnswers(before));
    expect(selectReport(after)).toBe(selectReport(before));
    expect(selectPlacement(after)).toBe(selectPlacement(before));
    expect(selectEditorMarkers(after)).toBe(selectEditorMarkers(before));
    after.actions.setTextField('minReplicas', '3');
    expect(selectAnswers(store.getState())).not.toBe(selectAnswers(before));
    expect(selectAnswers(store.getState()).minReplicas).toBe(3);
    after.actions.toggleZoneFailure(selectPlacement(before).zones[0]?.name ?? '');
    expect(selectPlacement(store.getState())).not.toBe(selectPlacement(before));
  });

  it('rows typed before the engine arrived stay shown when it takes over, until its replay writes them', async () => {
    const { store, release } = firstVisit();
    const ports = selectAnswers(store.getState()).ports.map((port) => ({ name: port.name, port: String(port.port), targetPort: String(port.targetPort) }));
    store.getState().actions.setPortRows([...ports, { name: '', port: '', targetPort: '' }]);
    let atTakeOver: unknown = 'not taken over';
    store.subscribe((state, previous) => {
      if (previous.doc === null && state.doc !== null) atTakeOver = state.drafts.portRows?.raw.length;
    });
    release();
    await settle();
    expect(atTakeOver).toBe(ports.length + 1);
  });

  it('an engine that fails says so once per attempt, without looping, and the next action tries again', async () => {
    let attempts = 0;
    const { store } = startFirstVisit(snapshotOf(createAppStore().getState()), () => {
      attempts += 1;
      return Promise.reject(new Error('offline'));
    });
    const before = store.getState().text;
    store.getState().actions.setTextField('minReplicas', '3');
    // A screen action while an edit waits waits too: the failure must not set off another attempt.
    store.getState().actions.tell('Waiting');
    for (let i = 0; i < 5; i += 1) await settle();
    expect(attempts).toBe(1);
    expect(store.getState().notice?.message).toBe(ENGINE_FAILED);
    expect(store.getState().text).toBe(before);
    store.getState().actions.choose({ field: 'rule', value: 'required' });
    for (let i = 0; i < 5; i += 1) await settle();
    expect(attempts).toBe(2);
    expect(store.getState().text).toBe(before);
  });

  it('asks for the engine when the editor is asked for', () => {
    const { store, loads } = firstVisit();
    store.getState().actions.requestEditor();
    expect(store.getState().editorRequested).toBe(true);
    expect(loads()).toBe(1);
  });

  it('an engine that cannot load leaves the screen as it was, and is asked for again by the next action', async () => {
    let asked = 0;
    const store = snapshotStore(snapshotOf(createAppStore().getState()), () => {
      asked += 1;
      return Promise.reject(new Error('offline'));
    });
    const before = store.getState().text;
    store.getState().actions.setTextField('minReplicas', '3');
    await settle();
    expect(store.getState().text).toBe(before);
    store.getState().actions.choose({ field: 'rule', value: 'required' });
    await settle();
    expect(asked).toBe(2);
    expect(store.getState().text).toBe(before);
  });

  it('an engine that did not take the store changes nothing, once (no loop)', async () => {
    let asked = 0;
    const store = snapshotStore(snapshotOf(createAppStore().getState()), () => {
      asked += 1;
      return Promise.resolve();
    });
    store.getState().actions.setTextField('minReplicas', '3');
    await settle();
    await settle();
    expect(asked).toBe(1);
    expect(store.getState().doc).toBeNull();
  });

  it('hears another tab saving', () => {
    const { store } = firstVisit();
    const page = new EventTarget();
    watchOtherTabs(store, page);
    page.dispatchEvent(Object.assign(new Event('storage'), { key: 'asm-gateway-ha-configurator/state', newValue: '{}' }));
    expect(store.getState().notice?.message).toMatch(/^This configurator is also open in another tab/);
  });
});
