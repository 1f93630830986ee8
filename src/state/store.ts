import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  type AnswerChange,
  type ClusterSpec,
  DEFAULT_ECI,
  DEFAULT_PRESET,
  DEFAULT_SPREAD,
  type EciSettings,
  editPortRows,
  editTextField,
  editVSwitchRows,
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
  tryApplyAnswer,
} from '../core';
import { INITIAL_PLACEMENT, type PlacementActions, placementActions, type PlacementState } from './placementSlice';

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

/** One undo step: the text, and the preset the Preset select showed with it. */
export interface HistoryEntry {
  readonly text: string;
  readonly preset: PresetId;
}

export interface AppState extends PlacementState {
  /** The YAML text: the source of truth. */
  readonly text: string;
  /** The last document that parsed without errors (the form shows its values). */
  readonly doc: GatewayDocument;
  /** Syntax errors of `text`; while there are any, the form is read-only. */
  readonly syntaxIssues: readonly Issue[];
  readonly preset: PresetId;
  readonly step: StepId;
  readonly drafts: Drafts;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  readonly notice: Notice | null;
  readonly lastChange: TextChange | null;
  /** What to write when the user switches cluster type back: the settings they had. */
  readonly remembered: { readonly spread: SpreadSettings; readonly eci: EciSettings };
  readonly actions: AppActions;
}

export interface AppActions extends PlacementActions {
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

/** Where the app starts: a saved state, or just a text (tests), or the default preset. */
export interface InitialState {
  readonly text?: string;
  readonly preset?: PresetId;
  readonly step?: StepId;
  readonly cluster?: ClusterSpec;
  readonly notice?: Notice;
}

export function createAppStore(start: string | InitialState = {}): AppStore {
  const options: InitialState = typeof start === 'string' ? { text: start } : start;
  const initialText = options.text ?? presetText(options.preset ?? DEFAULT_PRESET);
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

    const entry = (state: AppState): HistoryEntry => ({ text: state.text, preset: state.preset });

    /**
     * Text drafts of other fields are judged again against the changed document: one that became
     * valid (say, a maximum that was below the old minimum) is written too; the others get fresh messages.
     */
    const settleDrafts = (doc: GatewayDocument, drafts: Drafts): { changes: AnswerChange[]; drafts: Drafts } => {
      const changes: AnswerChange[] = [];
      const text: Partial<Record<TextField, Draft<string>>> = {};
      let current = doc;
      for (const [field, draft] of Object.entries(drafts.text) as [TextField, Draft<string>][]) {
        const edit = editTextField(current, field, draft.raw);
        const applied = edit.ok ? tryApplyAnswer(current, withMemory(edit.change, get().remembered)) : undefined;
        if (edit.ok && applied?.ok) {
          changes.push(edit.change);
          current = applied.doc;
        } else {
          text[field] = { raw: draft.raw, issues: edit.ok ? draft.issues : edit.issues };
        }
      }
      return { changes, drafts: { ...drafts, text } };
    };

    /**
     * Writes answers into the document as minimal text edits, as one undo step. Returns why not,
     * when the change cannot be written (shared YAML anchors, a document that cannot be printed).
     */
    const commit = (change: AnswerChange, drafts: Drafts): string | undefined => {
      const state = get();
      if (state.syntaxIssues.length > 0) return 'The YAML does not parse; fix it first.';
      try {
        const first = tryApplyAnswer(state.doc, withMemory(change, state.remembered));
        if (!first.ok) return first.message;
        const settled = settleDrafts(first.doc, drafts);
        let after = first.doc;
        for (const next of settled.changes) {
          const applied = tryApplyAnswer(after, withMemory(next, state.remembered));
          if (applied.ok) after = applied.doc;
        }
        const printed = printChanges(state.text, state.doc, after);
        if (!printed.ok) return `This change cannot be written into the YAML: ${printed.message}`;
        if (printed.text === state.text) {
          set({ drafts: settled.drafts });
          return undefined;
        }
        const doc = printed.parsed ?? parseYaml(printed.text).doc;
        set({
          text: printed.text,
          doc,
          syntaxIssues: [],
          drafts: settled.drafts,
          past: [...state.past, entry(state)].slice(-HISTORY_LIMIT),
          future: [],
          lastChange: { from: state.text, edits: printed.edits },
          remembered: remember(doc, state.remembered),
          notice: null,
        });
        return undefined;
      } catch (error) {
        // A defect, not bad input: keep the app and the user's text, and say what happened.
        return `This change could not be applied (${error instanceof Error ? error.message : String(error)}).`;
      }
    };

    const refusal = (message: string, path: readonly (string | number)[]): GatewayIssue => ({
      code: 'field/unwritable',
      severity: 'error',
      message,
      path,
    });

    const actions: AppActions = {
      ...placementActions(get, set),
      setTextField(field, raw) {
        const state = get();
        if (state.syntaxIssues.length > 0) return;
        const edit = editTextField(state.doc, field, raw);
        const others: Drafts['text'] = Object.fromEntries(Object.entries(state.drafts.text).filter(([key]) => key !== field));
        if (!edit.ok) {
          set({ drafts: { ...state.drafts, text: { ...others, [field]: { raw, issues: edit.issues } } } });
          return;
        }
        const refused = commit(edit.change, { ...state.drafts, text: others });
        if (refused !== undefined) {
          const issues = [refusal(refused, [])];
          set({ drafts: { ...get().drafts, text: { ...get().drafts.text, [field]: { raw, issues } } } });
        }
      },
      setVSwitchRows(rows) {
        const state = get();
        if (state.syntaxIssues.length > 0) return;
        const edit = editVSwitchRows(state.doc, rows);
        if (!edit.ok) {
          set({ drafts: { ...state.drafts, vSwitchRows: { raw: rows, issues: edit.issues } } });
          return;
        }
        const refused = commit(edit.change, { text: state.drafts.text, ...(state.drafts.portRows ? { portRows: state.drafts.portRows } : {}) });
        if (refused !== undefined) set({ drafts: { ...get().drafts, vSwitchRows: { raw: rows, issues: [refusal(refused, [])] } } });
      },
      setPortRows(rows) {
        const state = get();
        if (state.syntaxIssues.length > 0) return;
        const edit = editPortRows(state.doc, rows);
        if (!edit.ok) {
          set({ drafts: { ...state.drafts, portRows: { raw: rows, issues: edit.issues } } });
          return;
        }
        const refused = commit(edit.change, { text: state.drafts.text, ...(state.drafts.vSwitchRows ? { vSwitchRows: state.drafts.vSwitchRows } : {}) });
        if (refused !== undefined) set({ drafts: { ...get().drafts, portRows: { raw: rows, issues: [refusal(refused, [])] } } });
      },
      choose(change) {
        // A cluster-type switch changes which spread fields exist: their drafts no longer apply.
        const refused = commit(change, change.field === 'clusterType' ? NO_DRAFTS : get().drafts);
        if (refused !== undefined) set({ notice: { message: refused, undoable: false } });
      },
      choosePreset(id) {
        const state = get();
        replaceText(presetText(id), {
          preset: id,
          past: [...state.past, entry(state)].slice(-HISTORY_LIMIT),
          future: [],
          notice: { message: `Loaded the preset “${presetById(id).label}”.`, undoable: true },
        });
      },
      editYaml(text) {
        const state = get();
        if (text === state.text) return;
        replaceText(text, { past: [...state.past, entry(state)].slice(-HISTORY_LIMIT), future: [], notice: null });
      },
      undo() {
        const state = get();
        const previous = state.past[state.past.length - 1];
        if (previous === undefined) return;
        replaceText(previous.text, {
          preset: previous.preset,
          past: state.past.slice(0, -1),
          future: [entry(state), ...state.future],
          notice: null,
        });
      },
      redo() {
        const state = get();
        const next = state.future[0];
        if (next === undefined) return;
        replaceText(next.text, { preset: next.preset, past: [...state.past, entry(state)], future: state.future.slice(1), notice: null });
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
      preset: options.preset ?? DEFAULT_PRESET,
      step: options.step ?? 'cluster',
      drafts: NO_DRAFTS,
      past: [],
      future: [],
      notice: options.notice ?? null,
      lastChange: null,
      remembered: remember(initial.doc, { spread: DEFAULT_SPREAD, eci: DEFAULT_ECI }),
      ...INITIAL_PLACEMENT,
      ...(options.cluster ? { cluster: options.cluster } : {}),
      actions,
    };
  });
}
