import { createStore, type StateCreator } from 'zustand/vanilla';
import {
  type AnswerChange,
  DEFAULT_ECI,
  DEFAULT_PRESET,
  DEFAULT_SPREAD,
  editPortRows,
  editTextField,
  editVSwitchRows,
  type GatewayDocument,
  fieldPaths,
  type GatewayIssue,
  parseYaml,
  type PresetId,
  presetById,
  presetText,
  printChanges,
  printJsonChanges,
  readAnswers,
  readAfterValueEdit,
  readGatewaySource,
  decodeText,
  isPlainEncoding,
  PLAIN_ENCODING,
  sameBytes,
  type TextEncoding,
  type TextField,
  tryApplyAnswer,
  withPinnedVSwitchZones,
  yamlFromJson,
} from '../core';
import { savedStateOf } from '../core/persist/savedOf';
import { ENGINE_DERIVATIONS, keepingShown } from './derive';
import { INITIAL_PLACEMENT, placementActions } from './placementSlice';
import type { AppActions, AppState, AppStore, Draft, Drafts, HistoryEntry, InitialState, Notice } from './types';
import { docOf } from './view';

export type { AppActions, AppState, AppStore, Draft, Drafts, HistoryEntry, InitialState, Notice, TextChange } from './types';

const HISTORY_LIMIT = 200;
const TYPING_GROUP_MS = 1000;
const BURST_LIMIT_MS = 5000;
const NO_DRAFTS: Drafts = { text: {} };

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
  return { spread, eci, clusterIds: answers.clusterIds.length > 0 ? answers.clusterIds : previous.clusterIds };
}

/** Fills in what a change needs from memory: the settings to restore, the weight to use. */
function withMemory(change: AnswerChange, remembered: AppState['remembered']): AnswerChange {
  if (change.field === 'clusterType') return { ...change, spread: remembered.spread, eci: remembered.eci, clusterIds: remembered.clusterIds };
  if (change.field === 'rule' && change.weight === undefined) return { ...change, weight: remembered.spread.weight };
  return change;
}

/**
 * The state fields that follow from reading a text; the previous document stays when the new text is not one.
 * Typing within one plain value is read from the previous document (its nodes move over to the new one)
 * instead of parsing the whole text again.
 */
function readText(text: string, previous: Pick<AppState, 'text' | 'doc' | 'docStart' | 'docEnd' | 'status' | 'textIssues' | 'isJson' | 'remembered'> | undefined) {
  const source =
    (previous &&
      readAfterValueEdit(
        previous.text,
        { status: previous.status, doc: docOf(previous), start: previous.docStart, end: previous.docEnd, issues: previous.textIssues, json: previous.isJson },
        text,
      )) ??
    readGatewaySource(text);
  const doc = source.doc ?? previous?.doc ?? parseYaml(presetText(DEFAULT_PRESET)).doc;
  return {
    source,
    fields: {
      text,
      doc,
      docStart: source.doc ? source.start : (previous?.docStart ?? 0),
      docEnd: source.doc ? source.end : (previous?.docEnd ?? 0),
      status: source.status,
      textIssues: source.issues,
      isJson: source.json,
      remembered: source.doc
        ? remember(source.doc, previous?.remembered ?? { spread: DEFAULT_SPREAD, eci: DEFAULT_ECI, clusterIds: [] })
        : (previous?.remembered ?? { spread: DEFAULT_SPREAD, eci: DEFAULT_ECI, clusterIds: [] }),
    },
  };
}

/** Whether a text with its file's encoding is what the state already holds: the same bytes would be downloaded. */
function sameText(text: string, encoding: TextEncoding, state: Pick<AppState, 'text' | 'encoding'>): boolean {
  return sameBytes({ text, encoding }, state);
}

/** Line endings as the editor keeps them (Monaco normalises to LF): the store and the editor hold the same text. */
function normalised(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

const JSON_OFFER: Notice = {
  message: 'This is JSON. It works as it is (JSON is valid YAML), but comments and the minimal edits need YAML.',
  undoable: false,
  offer: 'convert-json',
};

export function createAppStore(start: string | InitialState = {}): AppStore {
  return createStore<AppState>()(appState(typeof start === 'string' ? { text: start } : start));
}

/**
 * Gives a store the engine: a first visit's store, made from the build's snapshot, becomes a full one with the
 * same text, preset, step and cluster, keeping what the user did before the engine loaded (focus, a notice, the
 * editor asked for, the step). Its actions are the engine's from then on. The work comes in three pieces with
 * `pause` between them (reading the document; deriving what the screen shows; taking over), so that a tap while
 * the engine starts is answered; values equal to those shown are the objects shown, so nothing renders again.
 */
export async function upgradeStore(store: AppStore, pause: () => Promise<void> = () => Promise.resolve()): Promise<void> {
  const shown = store.getState();
  if (shown.doc !== null) return;
  const state = appState({ text: shown.text, preset: shown.preset, step: shown.step, cluster: shown.cluster })(store.setState, store.getState, store);
  await pause();
  const taken: AppState = { ...state, whatIf: shown.whatIf };
  // Derived now, each cached for the state that follows: the render after the take-over finds them computed.
  const next: AppState = { ...taken, derive: keepingShown(shown, taken) };
  next.derive.answers(next);
  next.derive.fieldPaths(next);
  next.derive.workload(next);
  next.derive.placement(next);
  next.derive.clusterIssues(next);
  next.derive.report(next);
  next.derive.editorMarkers(next);
  await pause();
  const now = store.getState();
  if (now.doc !== null) return;
  store.setState(
    {
      ...next,
      step: now.step,
      // Rows typed before the engine arrived stay shown until the engine's replay of them replaces them. A field's text
      // typed meanwhile is not a draft of the engine's: replayed, each keystroke is its own edit (kept as a draft, it
      // would be written with whatever edit came first).
      drafts: { ...now.drafts, text: {} },
      notice: now.notice,
      focusedField: now.focusedField,
      editorRequested: now.editorRequested,
      whatIf: now.whatIf,
    },
    true,
  );
}

function appState(options: InitialState): StateCreator<AppState> {
  const initialText = normalised(options.text ?? presetText(options.preset ?? DEFAULT_PRESET));
  const initial = readText(initialText, undefined);
  return (set, get) => {
    const entry = (state: AppState): HistoryEntry => ({ text: state.text, preset: state.preset, encoding: state.encoding, origin: state.origin });
    const pushed = (state: AppState): readonly HistoryEntry[] => [...state.past, entry(state)].slice(-HISTORY_LIMIT);

    /**
     * Replaces the whole text (preset, import, undo, redo, editor typing). Another document altogether (`another`: a
     * preset, an import, a share link, the kept work) brings no cluster IDs of the last one to restore after an ASM
     * Serverless round trip: they belong to the other gateway.
     */
    const replaceText = (incoming: string, extra: Partial<AppState> = {}, another = false): void => {
      const text = normalised(incoming);
      const state = get();
      const { source, fields } = readText(text, another ? { ...state, remembered: { ...state.remembered, clusterIds: [] } } : state);
      const offerJson = source.json && !state.isJson;
      set({
        ...fields,
        drafts: NO_DRAFTS,
        lastChange: null,
        typingAt: null,
        // The form locks (its fieldset is disabled), and a browser may not report the blur.
        ...(source.status === 'gateway' ? {} : { focusedField: null }),
        ...(offerJson ? { notice: JSON_OFFER } : {}),
        ...extra,
      });
    };

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
    const commit = (changes: readonly AnswerChange[], drafts: Drafts, notice: Notice | null = null): string | undefined => {
      const state = get();
      if (state.status !== 'gateway') return 'The YAML is not an IstioGateway the form can edit; fix it in the editor first.';
      try {
        let written = docOf(state);
        for (const each of changes) {
          const applied = tryApplyAnswer(written, withMemory(each, state.remembered));
          if (!applied.ok) return applied.message;
          written = applied.doc;
        }
        const settled = settleDrafts(written, drafts);
        let after = written;
        for (const next of settled.changes) {
          const applied = tryApplyAnswer(after, withMemory(next, state.remembered));
          if (applied.ok) after = applied.doc;
        }
        const { docStart: start, docEnd: end } = state;
        const source = state.text.slice(start, end);
        const printed = state.isJson ? printJsonChanges(source, after) : printChanges(source, docOf(state), after);
        if (!printed.ok) return `This change cannot be written into the YAML: ${printed.message}`;
        const text = state.text.slice(0, start) + printed.text + state.text.slice(end);
        if (text === state.text) {
          set({ drafts: settled.drafts });
          return undefined;
        }
        const parsed = start === 0 && end === state.text.length && printed.parsed?.warnings.length === 0 ? printed.parsed : undefined;
        const fields = parsed
          ? { text, doc: parsed, docStart: 0, docEnd: text.length, status: 'gateway' as const, textIssues: [], isJson: state.isJson }
          : readText(text, state).fields;
        set({
          ...fields,
          drafts: settled.drafts,
          past: pushed(state),
          future: [],
          typingAt: null,
          lastChange: { from: state.text, edits: printed.edits.map((edit) => ({ ...edit, start: edit.start + start, end: edit.end + start })), source: 'form' },
          remembered: remember(fields.doc, state.remembered),
          notice,
        });
        return undefined;
      } catch (error) {
        // A defect, not bad input: keep the app and the user's text, and say what happened.
        return `This change could not be applied (${error instanceof Error ? error.message : String(error)}).`;
      }
    };

    /** A preset's text as one undo step; the same text again is no edit, and says so. */
    const loadPreset = (id: PresetId, message: string): void => {
      const state = get();
      const text = presetText(id);
      if (text === state.text && isPlainEncoding(state.encoding)) {
        set({ preset: id, notice: { message: `The YAML already is the preset “${presetById(id).label}”.`, undoable: false } });
        return;
      }
      replaceText(text, { preset: id, encoding: PLAIN_ENCODING, origin: null, past: pushed(state), future: [], notice: { message, undoable: true } }, true);
    };

    const refusal = (message: string): GatewayIssue => ({ code: 'field/unwritable', severity: 'error', message, path: [] });

    const actions: AppActions = {
      ...placementActions(get, set),
      setTextField(field, raw) {
        const state = get();
        if (state.status !== 'gateway') return;
        const edit = editTextField(docOf(state), field, raw);
        const others: Drafts['text'] = Object.fromEntries(Object.entries(state.drafts.text).filter(([key]) => key !== field));
        if (!edit.ok) {
          set({ drafts: { ...state.drafts, text: { ...others, [field]: { raw, issues: edit.issues } } } });
          return;
        }
        const refused = commit([edit.change], { ...state.drafts, text: others });
        if (refused !== undefined) set({ drafts: { ...get().drafts, text: { ...get().drafts.text, [field]: { raw, issues: [refusal(refused)] } } } });
      },
      setVSwitchRows(rows) {
        const before = get();
        if (before.status !== 'gateway') return;
        // The zones the diagram shows for the listed vSwitches stay with them when rows move.
        const cluster = withPinnedVSwitchZones(before.cluster, readAnswers(docOf(before)).vSwitchIds);
        if (cluster !== before.cluster) set({ cluster });
        const state = get();
        const edit = editVSwitchRows(docOf(state), rows);
        if (!edit.ok) {
          set({ drafts: { ...state.drafts, vSwitchRows: { raw: rows, issues: edit.issues } } });
          return;
        }
        const refused = commit([edit.change], { text: state.drafts.text, ...(state.drafts.portRows ? { portRows: state.drafts.portRows } : {}) });
        if (refused !== undefined) set({ drafts: { ...get().drafts, vSwitchRows: { raw: rows, issues: [refusal(refused)] } } });
      },
      setPortRows(rows) {
        const state = get();
        if (state.status !== 'gateway') return;
        const edit = editPortRows(docOf(state), rows);
        if (!edit.ok) {
          set({ drafts: { ...state.drafts, portRows: { raw: rows, issues: edit.issues } } });
          return;
        }
        const refused = commit([edit.change], { text: state.drafts.text, ...(state.drafts.vSwitchRows ? { vSwitchRows: state.drafts.vSwitchRows } : {}) });
        if (refused !== undefined) set({ drafts: { ...get().drafts, portRows: { raw: rows, issues: [refusal(refused)] } } });
      },
      choose(change) {
        // A cluster-type switch changes which spread fields exist: their drafts no longer apply.
        const refused = commit([change], change.field === 'clusterType' ? NO_DRAFTS : get().drafts);
        if (refused !== undefined) set({ notice: { message: refused, undoable: false } });
      },
      applyFix(fix) {
        // The fix writes these fields: whatever was half-typed in them gives way.
        const touched = new Set<string>(fix.changes.map((change) => change.field));
        const drafts = get().drafts;
        const kept: Drafts = {
          text: Object.fromEntries(Object.entries(drafts.text).filter(([field]) => !touched.has(field))),
          ...(drafts.vSwitchRows && !touched.has('vSwitchIds') ? { vSwitchRows: drafts.vSwitchRows } : {}),
          ...(drafts.portRows && !touched.has('ports') ? { portRows: drafts.portRows } : {}),
        };
        const refused = commit(fix.changes, kept, { message: `Fixed: ${fix.label}.`, undoable: true });
        if (refused !== undefined) set({ notice: { message: refused, undoable: false } });
      },
      choosePreset(id) {
        loadPreset(id, `Loaded the preset “${presetById(id).label}”.`);
      },
      resetToPreset() {
        loadPreset(get().preset, `Reset to the preset “${presetById(get().preset).label}”.`);
      },
      openShared(shared, kept) {
        const state = get();
        // Own work already kept (from an earlier link) is never replaced: the first copy is the user's.
        const keepsOwn = state.keptWork !== null && !state.keptIsShared;
        const keptWork = keepsOwn ? state.keptWork : (kept ?? state.keptWork);
        const keptIsShared = keepsOwn || kept ? false : state.keptIsShared;
        const message =
          keptWork && !keptIsShared
            ? 'Opened the shared gateway. Your own work is kept: “Back to my work” at the top returns to it.'
            : 'Opened the shared gateway.';
        const prior = state.notice && !state.notice.undoable ? `${state.notice.message} ` : '';
        const encoding = shared.encoding ?? PLAIN_ENCODING;
        replaceText(shared.text, {
          preset: shared.preset,
          encoding,
          origin: { name: 'the shared gateway', text: shared.text },
          step: shared.step,
          past: sameText(shared.text, encoding, state) ? state.past : pushed(state),
          future: [],
          keptWork,
          keptIsShared,
          notice: { message: `${prior}${message}`, undoable: !kept && !sameText(shared.text, encoding, state) },
        }, true);
        placementActions(get, set).replaceCluster(shared.cluster);
      },
      returnToWork() {
        const state = get();
        const kept = state.keptWork;
        if (!kept) return;
        // A swap, not a discard: what is shown now (say, the shared gateway with edits) becomes the kept copy.
        const current = savedStateOf(state);
        const message = state.keptIsShared
          ? 'Back to the shared gateway. Your own work is kept: “Back to my work” returns to it.'
          : 'Back to your own work. The shared gateway is kept: “Back to the shared gateway” returns to it.';
        const encoding = kept.encoding ?? PLAIN_ENCODING;
        replaceText(kept.text, {
          preset: kept.preset,
          encoding,
          origin: kept.origin ?? (state.keptIsShared ? { name: 'the shared gateway', text: kept.text } : null),
          step: kept.step,
          past: sameText(kept.text, encoding, state) ? state.past : pushed(state),
          future: [],
          keptWork: current,
          keptIsShared: !state.keptIsShared,
          notice: { message, undoable: false },
        }, true);
        placementActions(get, set).replaceCluster(kept.cluster);
      },
      editYaml(incoming) {
        const text = normalised(incoming);
        const state = get();
        if (text === state.text) return;
        const now = Date.now();
        // Typing is one undo step until a pause of a second, or until the burst is 5 s long.
        const sameBurst = state.typingAt !== null && state.burstAt !== null && now - state.typingAt < TYPING_GROUP_MS && now - state.burstAt < BURST_LIMIT_MS;
        replaceText(text, {
          past: sameBurst ? state.past : pushed(state),
          future: [],
          typingAt: now,
          burstAt: sameBurst ? state.burstAt : now,
          ...(state.notice?.undoable ? { notice: null } : {}),
        });
      },
      importText(raw, fileName) {
        const state = get();
        // The file's CRLF line breaks and BOM are kept aside, to be written back on download.
        const { text, encoding } = decodeText(raw);
        if (sameText(text, encoding, state)) {
          set({ notice: { message: `${fileName} holds the same text as the editor; nothing changed.`, undoable: false } });
          return;
        }
        replaceText(
          text,
          { encoding, origin: { name: fileName, text }, past: pushed(state), future: [], editorRequested: true, notice: { message: `Imported ${fileName}.`, undoable: true } },
          true,
        );
        // A JSON file: offer the conversion too, and keep the Undo of the import.
        if (get().isJson) set({ notice: { ...JSON_OFFER, message: `Imported ${fileName}. ${JSON_OFFER.message}`, undoable: true } });
      },
      convertJsonToYaml() {
        const state = get();
        const yaml = yamlFromJson(state.text);
        if (yaml === undefined) {
          set({ notice: { message: 'The text is no longer valid JSON, so it was not converted.', undoable: false } });
          return;
        }
        replaceText(yaml, { past: pushed(state), future: [], notice: { message: 'Converted the JSON to YAML.', undoable: true } });
      },
      undo() {
        const state = get();
        const previous = state.past[state.past.length - 1];
        if (previous === undefined) return;
        replaceText(previous.text, { preset: previous.preset, encoding: previous.encoding, origin: previous.origin, past: state.past.slice(0, -1), future: [entry(state), ...state.future], notice: null });
      },
      redo() {
        const state = get();
        const next = state.future[0];
        if (next === undefined) return;
        replaceText(next.text, { preset: next.preset, encoding: next.encoding, origin: next.origin, past: pushed(state), future: state.future.slice(1), notice: null });
      },
      goToStep(step) {
        set({ step });
      },
      dismissNotice() {
        set({ notice: null });
      },
      tell(message) {
        set({ notice: { message, undoable: false } });
      },
      revealInEditor(span) {
        set({ reveal: { span, seq: (get().reveal?.seq ?? 0) + 1, focus: true }, editorRequested: true });
      },
      showFinding(finding) {
        const state = get();
        const seq = (state.reveal?.seq ?? 0) + 1;
        const reveal = finding.span ? { span: finding.span, seq, focus: !finding.field } : state.reveal;
        if (!finding.field || !finding.step) {
          // Only the editor can show it: the editor is loaded for it.
          set({ reveal, editorRequested: true });
          return;
        }
        const owned = fieldPaths(docOf(state))[finding.field];
        const below = finding.issue.path[owned.length];
        set({
          reveal,
          step: finding.step,
          fieldFocus: { field: finding.field, row: typeof below === 'number' ? below : undefined, seq: (state.fieldFocus?.seq ?? 0) + 1 },
        });
      },
      focusField(field) {
        set({ focusedField: field });
      },
      requestEditor() {
        if (!get().editorRequested) set({ editorRequested: true });
      },
      afterPendingEdits(run) {
        run();
      },
    };

    return {
      ...initial.fields,
      preset: options.preset ?? DEFAULT_PRESET,
      encoding: options.encoding ?? PLAIN_ENCODING,
      origin: options.origin ?? null,
      step: options.step ?? 'cluster',
      drafts: NO_DRAFTS,
      past: [],
      future: [],
      typingAt: null,
      burstAt: null,
      notice: options.notice ?? (initial.source.json ? JSON_OFFER : null),
      lastChange: null,
      reveal: null,
      fieldFocus: null,
      focusedField: null,
      keptWork: options.keptWork ?? null,
      keptIsShared: options.keptIsShared ?? false,
      editorRequested: false,
      ...INITIAL_PLACEMENT,
      ...(options.cluster ? { cluster: options.cluster } : {}),
      derive: ENGINE_DERIVATIONS,
      actions,
    };
  };
}
