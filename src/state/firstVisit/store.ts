// A first visit starts without the engine (the core and the `yaml` library, about 70 KB of the first load): the
// build renders the first screen into index.html with a snapshot of the state and of what derives from it, and
// the page hydrates that screen from the snapshot. The engine loads when the user first reaches for the page (a
// tap, a key, a file dragged in) or when an action needs it; an action taken before then runs once it is there.
// All of it lives in this folder: the screen is given a store (src/start.tsx) and cannot tell it from the engine's.
import { createStore } from 'zustand/vanilla';
import { type ScreenOnlyAction, screenOnlyActions } from '../slices/screen';
import type { AppActions, AppStore, Derivations, InitialState, ScreenState, ScreenStore } from '../types';
import { keepingShown } from './keepingShown';
import type { FirstVisitSnapshot } from './snapshot';

export { type FirstVisitSnapshot, readSnapshot, SNAPSHOT_ELEMENT_ID, snapshotOf, snapshotScript } from './snapshot';

/** What a first visit needs of the engine: a store made from the state shown. */
export interface Engine {
  readonly createAppStore: (start: InitialState) => AppStore;
}

export interface FirstVisitOptions<E extends Engine> {
  /** Ends the current task between the pieces of the take-over, so that a tap meanwhile is answered. */
  readonly pause?: () => Promise<void>;
  /** Called with the engine's store as it takes over, before any action waiting for it runs (the page starts saving). */
  readonly tookOver?: (store: AppStore, engine: E) => void;
}

export interface FirstVisit {
  readonly store: ScreenStore;
  /** Loads the engine and gives it the screen (once; again after a failure). Resolves with the engine's store. */
  readonly engineReady: () => Promise<AppStore>;
}

/** What a first visit says when the engine cannot load: the page keeps what it shows, and the next action tries again. */
export const ENGINE_FAILED =
  'This page could not load the part that edits the gateway (the network may be down, or a newer version was published). Reload the page to try again. Nothing was changed.';

/** The snapshot's derived values, as derivations of the state shown before the engine. */
function snapshotDerivations({ derived }: FirstVisitSnapshot): Derivations {
  return {
    answers: () => derived.answers,
    fieldPaths: () => derived.fieldPaths,
    workload: () => derived.workload,
    placement: () => derived.placement,
    clusterIssues: () => derived.clusterIssues,
    report: () => derived.report,
    editorMarkers: () => derived.editorMarkers,
    // Which lines a field owns needs the document: the marks appear when the engine has loaded.
    focusedLines: () => undefined,
    basis: () => derived.basis,
    // A first visit shows a preset as it is: nothing differs from it.
    changes: () => [],
  };
}

const DERIVED_AT_TAKE_OVER = ['answers', 'fieldPaths', 'workload', 'placement', 'clusterIssues', 'report', 'editorMarkers'] as const;

/**
 * A first visit's store: it shows the snapshot, and `loadEngine` loads the engine when the user reaches for the page
 * or an action needs it. The engine's store then takes over with the same text, preset, step and cluster, keeping
 * what the user did meanwhile (focus, a notice, the editor asked for, the step); actions that needed it run then, in
 * the order they were called. The take-over comes in three pieces with `pause` between them (reading the
 * document; deriving what the screen shows; taking over), so that a tap while the engine starts is answered; values
 * equal to those shown are the objects shown, so nothing renders again. After a failure (loading, or taking over)
 * the page says so, changes nothing, and the next action or tap tries again.
 */
export function startFirstVisit<E extends Engine>(snapshot: FirstVisitSnapshot, loadEngine: () => Promise<E>, options: FirstVisitOptions<E> = {}): FirstVisit {
  const pause = options.pause ?? (() => Promise.resolve());
  const shown = createStore<ScreenState>()(() => snapshot.state);
  const shownDerive = snapshotDerivations(snapshot);
  let engine: { store: AppStore; derive: Derivations } | undefined;

  const listeners = new Set<(state: ScreenState, previous: ScreenState) => void>();
  const forward = (state: ScreenState, previous: ScreenState): void => listeners.forEach((listener) => listener(state, previous));
  let unsubscribe = shown.subscribe(forward);

  const takeOver = async (): Promise<AppStore> => {
    const loaded = await loadEngine();
    await pause();
    const before = shown.getState();
    const store = loaded.createAppStore({ text: before.text, preset: before.preset, step: before.step, cluster: before.cluster });
    store.setState({ whatIf: before.whatIf, diagram: before.diagram });
    const taken = store.getState();
    const derive = keepingShown({ state: before, derive: shownDerive }, store.derive, taken);
    // Derived now, each cached for the state that follows: the render after the take-over finds them computed.
    for (const name of DERIVED_AT_TAKE_OVER) derive[name](taken);
    await pause();
    const now = shown.getState();
    store.setState({
      step: now.step,
      // Rows typed before the engine arrived stay shown until the engine's replay of them replaces them. A field's text
      // typed meanwhile is not a draft of the engine's: replayed, each keystroke is its own edit (kept as a draft, it
      // would be written with whatever edit came first).
      drafts: { ...now.drafts, text: {} },
      notice: now.notice,
      focusedField: now.focusedField,
      editorRequested: now.editorRequested,
      whatIf: now.whatIf,
      diagram: now.diagram,
    });
    engine = { store, derive };
    unsubscribe();
    unsubscribe = store.subscribe(forward);
    options.tookOver?.(store, loaded);
    forward(store.getState(), now);
    return store;
  };

  let loading: Promise<AppStore> | undefined;
  const engineReady = (): Promise<AppStore> => {
    loading ??= takeOver().catch((error: unknown) => {
      loading = undefined;
      shown.setState({ notice: { message: ENGINE_FAILED, undoable: false } });
      throw error;
    });
    return loading;
  };

  /** Calls waiting for the engine. While there are any, a screen action runs at once and again after them, so that the state ends as the order of the user's actions leaves it. */
  let waiting = 0;
  /** Runs the engine's own action once it has loaded; an engine that cannot load changes nothing (ENGINE_FAILED says so). */
  const afterEngine = <K extends keyof AppActions>(name: K, args: Parameters<AppActions[K]>): void => {
    waiting += 1;
    engineReady().then(
      (store) => {
        waiting -= 1;
        (store.actions[name] as (...args: Parameters<AppActions[K]>) => void)(...args);
      },
      () => {
        waiting -= 1;
      },
    );
  };
  const screenOnly = screenOnlyActions(shown.getState, shown.setState);
  const now = <K extends ScreenOnlyAction>(name: K): AppActions[K] =>
    ((...args: Parameters<AppActions[K]>) => {
      (screenOnly[name] as (...args: Parameters<AppActions[K]>) => void)(...args);
      // The editor edits the document: the engine is wanted too.
      if (name === 'requestEditor') engineReady().catch(() => undefined);
      if (waiting > 0) afterEngine(name, args);
    }) as AppActions[K];
  const setDrafts = (drafts: Partial<ScreenState['drafts']>): void => shown.setState({ drafts: { ...shown.getState().drafts, ...drafts } });
  /**
   * What is typed shows at once: until the engine writes it, a field's text and the list rows are shown as drafts,
   * so that the next keystroke or Add builds on them (the engine replaces the drafts when it replays).
   */
  const beforeEngine: Partial<AppActions> = {
    goToStep: now('goToStep'),
    dismissNotice: now('dismissNotice'),
    tell: now('tell'),
    focusField: now('focusField'),
    requestEditor: now('requestEditor'),
    setTextField: (field, raw) => {
      setDrafts({ text: { ...shown.getState().drafts.text, [field]: { raw, issues: [] } } });
      afterEngine('setTextField', [field, raw]);
    },
    setPortRows: (rows) => {
      setDrafts({ portRows: { raw: rows, issues: [] } });
      afterEngine('setPortRows', [rows]);
    },
    setVSwitchRows: (rows) => {
      setDrafts({ vSwitchRows: { raw: rows, issues: [] } });
      afterEngine('setVSwitchRows', [rows]);
    },
  };
  /**
   * Each action is one function from the first render on (a component may keep it): before the engine, a screen action
   * runs at once and any other waits for the engine (it reads or writes the document, or the simulated cluster);
   * after, it is the engine's own.
   */
  const stable = new Map<keyof AppActions, (...args: never[]) => void>();
  const actionNamed = (name: keyof AppActions): ((...args: never[]) => void) => {
    let action = stable.get(name);
    if (!action) {
      const before = beforeEngine[name] ?? ((...args: never[]) => afterEngine(name, args as never));
      action = (...args: never[]) => (engine ? engine.store.actions[name] : before)(...args);
      stable.set(name, action);
    }
    return action;
  };
  const actions = new Proxy({} as AppActions, {
    get: (_, name) => (typeof name === 'string' ? actionNamed(name as keyof AppActions) : undefined),
  });

  /** The snapshot's values for the snapshot's states, the engine's for the engine's. */
  const derive = Object.fromEntries(
    (Object.keys(shownDerive) as (keyof Derivations)[]).map((name) => [
      name,
      (state: ScreenState) => ('doc' in state && engine ? engine.derive : shownDerive)[name](state),
    ]),
  ) as unknown as Derivations;

  const store: ScreenStore = {
    getState: () => (engine ? engine.store.getState() : shown.getState()),
    getInitialState: () => shown.getInitialState(),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
    derive,
  };
  return { store, engineReady };
}
