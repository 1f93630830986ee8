import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type AnswerChange,
  applyAnswer,
  DEFAULT_ECI,
  DEFAULT_PRESET,
  DEFAULT_SPREAD,
  type EciSettings,
  editPortRows,
  editTextField,
  editVSwitchRows,
  type FieldEdit,
  type GatewayDocument,
  type GatewayIssue,
  type Issue,
  parseYaml,
  type PortRow,
  type PresetId,
  presetById,
  presetText,
  printChanges,
  readAnswers,
  type SpreadSettings,
  type StepId,
  type TextEdit,
  type TextField,
} from '../core';

/** What the user typed into a field that is not (yet) valid, and why. The YAML keeps its last valid value. */
export interface Draft<Raw> {
  readonly raw: Raw;
  readonly issues: readonly GatewayIssue[];
}

export interface Drafts {
  readonly text: Partial<Record<TextField, Draft<string>>>;
  readonly vSwitchRows?: Draft<readonly string[]>;
  readonly portRows?: Draft<readonly PortRow[]>;
}

export interface Notice {
  readonly message: string;
  /** Offers Undo for the change the notice reports. */
  readonly undoable: boolean;
}

/** The last text change, as minimal edits against the previous text, so an editor can apply it as an edit. */
export interface TextChange {
  readonly from: string;
  readonly edits: readonly TextEdit[];
}

export interface AppState {
  /** The YAML text: the source of truth. */
  readonly text: string;
  /** The last document that parsed without errors (the form shows its values). */
  readonly doc: GatewayDocument;
  /** Syntax errors of `text`; while there are any, the form is read-only. */
  readonly syntaxIssues: readonly Issue[];
  readonly preset: PresetId;
  readonly step: StepId;
  readonly drafts: Drafts;
  readonly past: readonly string[];
  readonly future: readonly string[];
  readonly notice: Notice | null;
  readonly lastChange: TextChange | null;
  /** What to write when the user switches cluster type back: the settings they had. */
  readonly remembered: { readonly spread: SpreadSettings; readonly eci: EciSettings };
  readonly actions: AppActions;
}

export interface AppActions {
  setTextField: (field: TextField, raw: string) => void;
  setVSwitchRows: (rows: readonly string[]) => void;
  setPortRows: (rows: readonly PortRow[]) => void;
  /** A choice (radio, select, checkbox): always a valid value, written at once. */
  choose: (change: AnswerChange) => void;
  choosePreset: (id: PresetId) => void;
  /** Text typed in the editor. */
  editYaml: (text: string) => void;
  undo: () => void;
  redo: () => void;
  goToStep: (step: StepId) => void;
  dismissNotice: () => void;
}

const HISTORY_LIMIT = 100;
const NO_DRAFTS: Drafts = { text: {} };

export type AppStore = StoreApi<AppState>;

/** Remembers the anti-affinity and ECI settings of a document, to restore them after a cluster-type round trip. */
function remember(doc: GatewayDocument, previous: AppState['remembered']): AppState['remembered'] {
  const answers = readAnswers(doc);
  const spread =
    answers.clusterType === 'ACK' && answers.spreadLevel && answers.rule
      ? {
          level: answers.spreadLevel,
          rule: answers.rule,
          weight: answers.rule === 'preferred' && answers.weight !== undefined ? answers.weight : previous.spread.weight,
        }
      : previous.spread;
  const eci =
    answers.clusterType === 'ACKServerless' && answers.vSwitchIds.length > 0
      ? { vSwitchIds: answers.vSwitchIds, strategy: answers.scheduleStrategy ?? previous.eci.strategy }
      : previous.eci;
  return { spread, eci };
}

/** Fills in what a change needs from memory: the settings to restore, the weight to use. */
function withMemory(change: AnswerChange, remembered: AppState['remembered']): AnswerChange {
  if (change.field === 'clusterType') return { ...change, spread: remembered.spread, eci: remembered.eci };
  if (change.field === 'rule' && change.weight === undefined) return { ...change, weight: remembered.spread.weight };
  return change;
}

export function createAppStore(initialText: string = presetText(DEFAULT_PRESET)): AppStore {
  const initial = parseYaml(initialText);
  return createStore<AppState>()((set, get) => {
    /** Replaces the whole text (preset, undo, redo, editor typing). */
    const replaceText = (text: string, extra: Partial<AppState> = {}): void => {
      const parsed = parseYaml(text);
      const state = get();
      set({
        text,
        doc: parsed.ok ? parsed.doc : state.doc,
        syntaxIssues: parsed.ok ? [] : parsed.issues.filter((issue) => issue.severity === 'error'),
        drafts: NO_DRAFTS,
        lastChange: null,
        remembered: parsed.ok ? remember(parsed.doc, state.remembered) : state.remembered,
        ...extra,
      });
    };

    /** Writes one answer into the document as minimal text edits, as one undo step. */
    const commit = (change: AnswerChange, drafts: Drafts): void => {
      const state = get();
      if (state.syntaxIssues.length > 0) return;
      const after = applyAnswer(state.doc, withMemory(change, state.remembered));
      const printed = printChanges(state.text, state.doc, after);
      if (printed.text === state.text) {
        set({ drafts });
        return;
      }
      const doc = printed.parsed ?? parseYaml(printed.text).doc;
      set({
        text: printed.text,
        doc,
        syntaxIssues: [],
        drafts,
        past: [...state.past, state.text].slice(-HISTORY_LIMIT),
        future: [],
        lastChange: { from: state.text, edits: printed.edits },
        remembered: remember(doc, state.remembered),
        notice: null,
      });
    };

    const settle = <K extends keyof Drafts>(key: K, draft: Drafts[K] | undefined, edit: FieldEdit): void => {
      const { drafts } = get();
      const next: Drafts = { ...drafts, [key]: draft };
      if (edit.ok) commit(edit.change, next);
      else set({ drafts: next });
    };

    const actions: AppActions = {
      setTextField(field, raw) {
        const state = get();
        if (state.syntaxIssues.length > 0) return;
        const edit = editTextField(state.doc, field, raw);
        const text: Drafts['text'] = edit.ok
          ? Object.fromEntries(Object.entries(state.drafts.text).filter(([key]) => key !== field))
          : { ...state.drafts.text, [field]: { raw, issues: edit.issues } };
        const drafts: Drafts = { ...state.drafts, text };
        if (edit.ok) commit(edit.change, drafts);
        else set({ drafts });
      },
      setVSwitchRows(rows) {
        const state = get();
        if (state.syntaxIssues.length > 0) return;
        const edit = editVSwitchRows(state.doc, rows);
        settle('vSwitchRows', edit.ok ? undefined : { raw: rows, issues: edit.issues }, edit);
      },
      setPortRows(rows) {
        const state = get();
        if (state.syntaxIssues.length > 0) return;
        const edit = editPortRows(state.doc, rows);
        settle('portRows', edit.ok ? undefined : { raw: rows, issues: edit.issues }, edit);
      },
      choose(change) {
        const drafts = get().drafts;
        // A cluster-type switch changes which spread fields exist: their drafts no longer apply.
        commit(change, change.field === 'clusterType' ? NO_DRAFTS : drafts);
      },
      choosePreset(id) {
        const state = get();
        replaceText(presetText(id), {
          preset: id,
          past: [...state.past, state.text].slice(-HISTORY_LIMIT),
          future: [],
          notice: { message: `Loaded the preset “${presetById(id).label}”.`, undoable: true },
        });
      },
      editYaml(text) {
        const state = get();
        if (text === state.text) return;
        replaceText(text, { past: [...state.past, state.text].slice(-HISTORY_LIMIT), future: [], notice: null });
      },
      undo() {
        const { past, future, text } = get();
        const previous = past[past.length - 1];
        if (previous === undefined) return;
        replaceText(previous, { past: past.slice(0, -1), future: [text, ...future], notice: null });
      },
      redo() {
        const { past, future, text } = get();
        const next = future[0];
        if (next === undefined) return;
        replaceText(next, { past: [...past, text], future: future.slice(1), notice: null });
      },
      goToStep(step) {
        set({ step });
      },
      dismissNotice() {
        set({ notice: null });
      },
    };

    return {
      text: initialText,
      doc: initial.doc,
      syntaxIssues: initial.ok ? [] : initial.issues.filter((issue) => issue.severity === 'error'),
      preset: DEFAULT_PRESET,
      step: 'cluster',
      drafts: NO_DRAFTS,
      past: [],
      future: [],
      notice: null,
      lastChange: null,
      remembered: remember(initial.doc, { spread: DEFAULT_SPREAD, eci: DEFAULT_ECI }),
      actions,
    };
  });
}
