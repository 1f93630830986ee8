import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../core';
import { readSnapshotScript } from '../../testing/snapshot';
import { watchOtherTabs } from '../otherTabs';
import { createStartupStore } from '../persistence';
import { selectAnswers, selectEditorMarkers, selectFieldPaths, selectFocusedLines, selectPlacement, selectReport, selectWorkload } from '../selectors';
import { createAppStore } from '../store';
import type { ScreenState, ScreenStore } from '../types';
import { ENGINE_FAILED, type FirstVisitSnapshot, readSnapshot, snapshotOf, snapshotScript, startFirstVisit } from './store';

/** The engine has taken over: its state has the document (a first visit's snapshot has none). */
const engineHas = (state: ScreenState): boolean => 'doc' in state;

/** The snapshot as the page reads it back from index.html. */
const throughHtml = (snapshot: FirstVisitSnapshot): FirstVisitSnapshot => readSnapshotScript(snapshotScript(snapshot));

/** A first visit's store, with an engine that loads when released (and counts how often loading it was started). */
function firstVisit(): { store: ScreenStore; loads: () => number; release: () => void } {
  let started = 0;
  let release = (): void => undefined;
  const loaded = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { store } = startFirstVisit(throughHtml(snapshotOf(createStartupStore({}))), async () => {
    started += 1;
    await loaded;
    return { createAppStore };
  });
  return { store, loads: () => started, release: () => release() };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the first visit’s snapshot', () => {
  it.each(PRESETS.map((preset) => [preset.id]))('shows what the engine shows, read back from the HTML (%s)', (preset) => {
    const engine = createAppStore({ preset });
    const { store: snapshot } = startFirstVisit(throughHtml(snapshotOf(engine)), () => Promise.resolve({ createAppStore }));
    const [full, light] = [engine.getState(), snapshot.getState()];
    expect(light.text).toBe(full.text);
    expect(engineHas(light)).toBe(false);
    expect(selectAnswers(light, snapshot)).toEqual(selectAnswers(full, engine));
    expect(selectFieldPaths(light, snapshot)).toEqual(selectFieldPaths(full, engine));
    expect(selectWorkload(light, snapshot)).toEqual(selectWorkload(full, engine));
    expect(selectPlacement(light, snapshot)).toEqual(selectPlacement(full, engine));
    expect(selectReport(light, snapshot)).toEqual(selectReport(full, engine));
    expect(selectEditorMarkers(light, snapshot)).toEqual(selectEditorMarkers(full, engine));
  });

  it('cannot end its script element early', () => {
    const store = createAppStore('metadata:\n  name: "</script><script>alert(1)</script>"\n');
    const state = store.getState();
    const script = snapshotScript(snapshotOf(store));
    expect(script.indexOf('</script>')).toBe(script.length - '</script>'.length);
    expect(throughHtml(snapshotOf(store)).state.text).toBe(state.text);
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
    store.actions.goToStep('spread');
    store.actions.focusField('weight');
    store.actions.tell('Hello');
    expect(store.getState()).toMatchObject({ step: 'spread', focusedField: 'weight', notice: { message: 'Hello' } });
    // Which lines a field owns needs the document: none are marked until the engine is there.
    expect(selectFocusedLines(store.getState(), store)).toBeUndefined();
    expect(loads()).toBe(0);
  });

  it('runs edits once the engine has loaded, in the order they were made, keeping what was done before', async () => {
    const { store, loads, release } = firstVisit();
    const { actions } = store;
    actions.goToStep('replicas');
    actions.setTextField('minReplicas', '3');
    actions.choose({ field: 'rule', value: 'required' });
    actions.setTextField('minReplicas', '4');
    expect(loads()).toBeGreaterThan(0);
    expect(engineHas(store.getState())).toBe(false);
    expect(selectAnswers(store.getState(), store).minReplicas).toBe(2);
    release();
    await settle();
    const state = store.getState();
    expect(engineHas(state)).toBe(true);
    expect(state.step).toBe('replicas');
    expect(selectAnswers(state, store)).toMatchObject({ minReplicas: 4, rule: 'required' });
    // One history from the start: three edits, three undo steps, back to the preset.
    expect(state.past).toHaveLength(3);
    store.actions.undo();
    store.actions.undo();
    store.actions.undo();
    expect(store.getState().text).toBe(createAppStore().getState().text);
  });

  it('shows what is typed at once, and calls back after pending edits only once they are written', async () => {
    const { store, release } = firstVisit();
    const { actions } = store;
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
    const { actions } = store;
    actions.goToStep('service');
    actions.focusField('serviceType');
    actions.tell('Kept');
    actions.requestEditor();
    release();
    await settle();
    expect(engineHas(store.getState())).toBe(true);
    expect(store.getState()).toMatchObject({ step: 'service', focusedField: 'serviceType', notice: { message: 'Kept' }, editorRequested: true });
    // The engine's own derivations now: the focused field's lines are marked.
    expect(selectFocusedLines(store.getState(), store)).toBeDefined();
  });

  it('a step chosen after an action that waits for the engine stays chosen when that action lands', async () => {
    const { store, release } = firstVisit();
    const finding = selectReport(store.getState(), store).findings.find((each) => each.step && each.step !== 'export');
    if (!finding?.step) throw new Error('the default preset has no finding that a step owns');
    store.actions.showFinding(finding);
    store.actions.goToStep('export');
    expect(store.getState().step).toBe('export');
    release();
    await settle();
    expect(store.getState().step).toBe('export');
  });

  it('list rows build on the rows typed while the engine loads', async () => {
    const { store, release } = firstVisit();
    const shown = (): readonly { name: string }[] => store.getState().drafts.portRows?.raw ?? selectAnswers(store.getState(), store).ports;
    const ports = selectAnswers(store.getState(), store).ports.map((port) => ({
      name: port.name,
      port: String(port.port),
      targetPort: String(port.targetPort),
    }));
    store.actions.setPortRows([...ports, { name: 'extra', port: '', targetPort: '' }]);
    expect(shown()).toHaveLength(ports.length + 1);
    store.actions.setPortRows(
      shown().map((row, i) => (i === ports.length ? { name: 'extra', port: '9000', targetPort: '9000' } : { ...ports[i], ...row })) as typeof ports,
    );
    release();
    await settle();
    const written = selectAnswers(store.getState(), store).ports;
    expect(written).toHaveLength(ports.length + 1);
    expect(written[ports.length]).toMatchObject({ name: 'extra', port: 9000 });
  });

  it('when the engine takes over, what the screen shows is the same objects (nothing renders again) until something changes', async () => {
    const { store, release } = firstVisit();
    const before = store.getState();
    store.actions.setTextField('minReplicas', '2');
    release();
    await settle();
    const after = store.getState();
    expect(engineHas(after)).toBe(true);
    expect(selectAnswers(after, store)).toBe(selectAnswers(before, store));
    expect(selectReport(after, store)).toBe(selectReport(before, store));
    expect(selectPlacement(after, store)).toBe(selectPlacement(before, store));
    expect(selectEditorMarkers(after, store)).toBe(selectEditorMarkers(before, store));
    store.actions.setTextField('minReplicas', '3');
    expect(selectAnswers(store.getState(), store)).not.toBe(selectAnswers(before, store));
    expect(selectAnswers(store.getState(), store).minReplicas).toBe(3);
    store.actions.toggleZoneFailure(selectPlacement(before, store).zones[0]?.name ?? '');
    expect(selectPlacement(store.getState(), store)).not.toBe(selectPlacement(before, store));
  });

  it('rows typed before the engine arrived stay shown when it takes over, until its replay writes them', async () => {
    const { store, release } = firstVisit();
    const ports = selectAnswers(store.getState(), store).ports.map((port) => ({
      name: port.name,
      port: String(port.port),
      targetPort: String(port.targetPort),
    }));
    store.actions.setPortRows([...ports, { name: '', port: '', targetPort: '' }]);
    let atTakeOver: unknown = 'not taken over';
    store.subscribe((state, previous) => {
      if (!engineHas(previous) && engineHas(state)) atTakeOver = state.drafts.portRows?.raw.length;
    });
    release();
    await settle();
    expect(atTakeOver).toBe(ports.length + 1);
  });

  it('an engine that fails says so once per attempt, without looping, and the next action tries again', async () => {
    let attempts = 0;
    const { store } = startFirstVisit(snapshotOf(createAppStore()), () => {
      attempts += 1;
      return Promise.reject(new Error('offline'));
    });
    const before = store.getState().text;
    store.actions.setTextField('minReplicas', '3');
    // A screen action while an edit waits waits too: the failure must not set off another attempt.
    store.actions.tell('Waiting');
    for (let i = 0; i < 5; i += 1) await settle();
    expect(attempts).toBe(1);
    expect(store.getState().notice?.message).toBe(ENGINE_FAILED);
    expect(store.getState().text).toBe(before);
    store.actions.choose({ field: 'rule', value: 'required' });
    for (let i = 0; i < 5; i += 1) await settle();
    expect(attempts).toBe(2);
    expect(store.getState().text).toBe(before);
  });

  it('asks for the engine when the editor is asked for', () => {
    const { store, loads } = firstVisit();
    store.actions.requestEditor();
    expect(store.getState().editorRequested).toBe(true);
    expect(loads()).toBe(1);
  });

  it('an engine that cannot load leaves the screen as it was, and is asked for again by the next action', async () => {
    let asked = 0;
    const { store } = startFirstVisit(snapshotOf(createAppStore()), () => {
      asked += 1;
      return Promise.reject(new Error('offline'));
    });
    const before = store.getState().text;
    store.actions.setTextField('minReplicas', '3');
    await settle();
    expect(store.getState().text).toBe(before);
    store.actions.choose({ field: 'rule', value: 'required' });
    await settle();
    expect(asked).toBe(2);
    expect(store.getState().text).toBe(before);
  });

  it('an engine that did not take the store changes nothing, once (no loop)', async () => {
    let asked = 0;
    const { store } = startFirstVisit(snapshotOf(createAppStore()), () => {
      asked += 1;
      return Promise.resolve({
        createAppStore: () => {
          throw new Error('the engine could not take over');
        },
      });
    });
    store.actions.setTextField('minReplicas', '3');
    await settle();
    await settle();
    expect(asked).toBe(1);
    expect(engineHas(store.getState())).toBe(false);
  });

  it('an action a component kept from before the engine arrived acts on the engine’s state once it has', async () => {
    const { store, release } = firstVisit();
    const { goToStep, setTextField } = store.actions;
    store.actions.requestEditor();
    release();
    await settle();
    expect(engineHas(store.getState())).toBe(true);
    goToStep('export');
    expect(store.getState().step).toBe('export');
    setTextField('minReplicas', '3');
    expect(selectAnswers(store.getState(), store).minReplicas).toBe(3);
  });

  it('hears another tab saving', () => {
    const { store } = firstVisit();
    const page = new EventTarget();
    watchOtherTabs(store, page);
    page.dispatchEvent(Object.assign(new Event('storage'), { key: 'asm-gateway-ha-configurator/state', newValue: '{}' }));
    expect(store.getState().notice?.message).toMatch(/^This configurator is also open in another tab/);
  });
});
