// A first visit starts without the engine (the core and the `yaml` library, about 70 KB of the first load): the
// build renders the first screen into index.html with a snapshot of the state and of what derives from it, and
// the page hydrates that screen from the snapshot. The engine loads when the user first reaches for the page (a
// tap, a key, a file dragged in) or when an action needs it; an action taken before then runs once it is there.
import type { AppActions, AppState, AppStore } from './types';
import type { Derivations, EditorMarker } from './types';
import { createStore } from 'zustand/vanilla';

/** The id of the <script type="application/json"> in index.html that holds the snapshot. */
export const SNAPSHOT_ELEMENT_ID = 'first-visit-state';

type Derived = { readonly [K in keyof Derivations]: ReturnType<Derivations[K]> };

/** The state's plain data: everything but the document, the derivations and the actions. */
export type SnapshotData = Omit<AppState, 'doc' | 'derive' | 'actions'>;

export interface FirstVisitSnapshot {
  readonly state: SnapshotData;
  readonly derived: Omit<Derived, 'focusedLines' | 'changes'>;
}

/** The snapshot of a state (the build takes it of the first visit's store). */
export function snapshotOf(state: AppState): FirstVisitSnapshot {
  const { doc, derive, actions, ...data } = state;
  return {
    state: data,
    derived: {
      answers: derive.answers(state),
      fieldPaths: derive.fieldPaths(state),
      workload: derive.workload(state),
      placement: derive.placement(state),
      clusterIssues: derive.clusterIssues(state),
      report: derive.report(state),
      editorMarkers: derive.editorMarkers(state),
      basis: derive.basis(state),
    },
  };
}

/** The snapshot as the text of a <script type="application/json">: no `<` can end the element early. */
export function snapshotScript(snapshot: FirstVisitSnapshot): string {
  return `<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${JSON.stringify(snapshot).replace(/</g, '\\u003c')}</script>`;
}

/** Reads the snapshot index.html carries; undefined without one (the dev server) or when it cannot be read. */
export function readSnapshot(page: Pick<Document, 'getElementById'>): FirstVisitSnapshot | undefined {
  const text = page.getElementById(SNAPSHOT_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'state' in value && 'derived' in value ? (value as FirstVisitSnapshot) : undefined;
  } catch {
    return undefined;
  }
}

/** The actions that only set the screen's own state: they run at once, and what they set is kept when the engine arrives. */
type ScreenAction = 'goToStep' | 'dismissNotice' | 'tell' | 'focusField' | 'requestEditor';

/** The actions that read or write the document (or the simulated cluster): before the engine has loaded, they wait for it. Every action is one or the other. */
const ENGINE_ACTIONS: Record<Exclude<keyof AppActions, ScreenAction>, true> = {
  setTextField: true,
  setVSwitchRows: true,
  setPortRows: true,
  choose: true,
  applyFix: true,
  choosePreset: true,
  resetToPreset: true,
  openShared: true,
  returnToWork: true,
  editYaml: true,
  importText: true,
  convertJsonToYaml: true,
  undo: true,
  redo: true,
  revealInEditor: true,
  showFinding: true,
  replaceCluster: true,
  setZoneCount: true,
  setNodesPerZone: true,
  setZoneNodeCount: true,
  renameZone: true,
  updateNode: true,
  setAsmVersion: true,
  placeVSwitch: true,
  setReplicasToPlace: true,
  toggleNodeFailure: true,
  toggleZoneFailure: true,
  restoreFailures: true,
  showRollingUpdate: true,
  showEciWorstCase: true,
  showScoresFor: true,
  toggleZoneExpanded: true,
  afterPendingEdits: true,
};

/**
 * A store that shows the snapshot. `engine` loads the engine and gives it this store (it replaces the state, the
 * derivations and the actions with its own); actions that need it wait for it, in the order they were called.
 */
export function snapshotStore(snapshot: FirstVisitSnapshot, engine: () => Promise<void>): AppStore {
  const { derived } = snapshot;
  const derive: Derivations = {
    answers: () => derived.answers,
    fieldPaths: () => derived.fieldPaths,
    workload: () => derived.workload,
    placement: () => derived.placement,
    clusterIssues: () => derived.clusterIssues,
    report: () => derived.report,
    editorMarkers: (): readonly EditorMarker[] => derived.editorMarkers,
    // Which lines a field owns needs the document: the marks appear when the engine has loaded.
    focusedLines: () => undefined,
    basis: () => derived.basis,
    // A first visit shows a preset as it is: nothing differs from it.
    changes: () => [],
  };
  return createStore<AppState>()((set, get, store) => {
    /** Calls waiting for the engine. While there are any, a screen action runs at once and again after them, so that the state ends as the order of the user's actions leaves it. */
    let waiting = 0;
    /** Runs the engine's own action once it has loaded. An engine that cannot load (or did not take the store) changes nothing; the loader says so (src/start.tsx). */
    const afterEngine = <K extends keyof AppActions>(name: K, args: Parameters<AppActions[K]>): void => {
      waiting += 1;
      engine().then(
        () => {
          waiting -= 1;
          const state = store.getState();
          if (state.doc === null) return;
          (state.actions[name] as (...args: Parameters<AppActions[K]>) => void)(...args);
        },
        () => {
          waiting -= 1;
        },
      );
    };
    const deferred = <K extends keyof AppActions>(name: K): AppActions[K] =>
      ((...args: Parameters<AppActions[K]>) => afterEngine(name, args)) as AppActions[K];
    const screen = <K extends ScreenAction>(name: K, run: (...args: Parameters<AppActions[K]>) => void): AppActions[K] =>
      ((...args: Parameters<AppActions[K]>) => {
        run(...args);
        if (waiting > 0) afterEngine(name, args);
      }) as AppActions[K];
    const now: Pick<AppActions, ScreenAction> = {
      goToStep: screen('goToStep', (step) => set({ step })),
      dismissNotice: screen('dismissNotice', () => set({ notice: null })),
      tell: screen('tell', (message) => set({ notice: { message, undoable: false } })),
      focusField: screen('focusField', (field) => set({ focusedField: field })),
      requestEditor: screen('requestEditor', () => {
        if (!get().editorRequested) set({ editorRequested: true });
        // The editor edits the document: the engine is wanted too.
        engine().catch(() => undefined);
      }),
    };
    /**
     * What is typed shows at once: until the engine writes it, a field's text and the list rows are shown as drafts,
     * so that the next keystroke or Add builds on them (the engine replaces the drafts when it replays).
     */
    const rows: Pick<AppActions, 'setTextField' | 'setPortRows' | 'setVSwitchRows'> = {
      setTextField: (field, raw) => {
        const { drafts } = get();
        set({ drafts: { ...drafts, text: { ...drafts.text, [field]: { raw, issues: [] } } } });
        afterEngine('setTextField', [field, raw]);
      },
      setPortRows: (portRows) => {
        set({ drafts: { ...get().drafts, portRows: { raw: portRows, issues: [] } } });
        afterEngine('setPortRows', [portRows]);
      },
      setVSwitchRows: (vSwitchRows) => {
        set({ drafts: { ...get().drafts, vSwitchRows: { raw: vSwitchRows, issues: [] } } });
        afterEngine('setVSwitchRows', [vSwitchRows]);
      },
    };
    const later = Object.fromEntries((Object.keys(ENGINE_ACTIONS) as (keyof AppActions)[]).map((name) => [name, deferred(name)]));
    const actions = { ...later, ...rows, ...now } as AppActions;
    return { ...snapshot.state, doc: null, derive, actions };
  });
}

/** What a first visit says when the engine cannot load: the page keeps what it shows, and the next action tries again. */
export const ENGINE_FAILED =
  'This page could not load the part that edits the gateway (the network may be down, or a newer version was published). Reload the page to try again. Nothing was changed.';

/**
 * A first visit's store, and how its engine is started: `takeOver` loads the engine and gives it the store. It runs
 * once; after a failure (loading, or taking over) the page says so, changes nothing, and the next action or tap
 * tries again — the message is set directly, never by an action that would wait for the engine itself.
 */
export function startFirstVisit(snapshot: FirstVisitSnapshot, takeOver: (store: AppStore) => Promise<void>): { store: AppStore; engineReady: () => Promise<void> } {
  let engine: Promise<void> | undefined;
  const engineReady = (): Promise<void> => {
    engine ??= takeOver(store).catch((error: unknown) => {
      engine = undefined;
      store.setState({ notice: { message: ENGINE_FAILED, undoable: false } });
      throw error;
    });
    return engine;
  };
  const store = snapshotStore(snapshot, engineReady);
  return { store, engineReady };
}
