// The document and its history: the text, what was read from it, and the undo steps.
import {
  DEFAULT_PRESET,
  decodeText,
  isPlainEncoding,
  NOTHING_REMEMBERED,
  PLAIN_ENCODING,
  parseYaml,
  presetById,
  presetText,
  readAfterValueEdit,
  readGatewaySource,
  remember,
  sameBytes,
  type GatewaySource,
  type PresetId,
  type TextEncoding,
  yamlFromJson,
} from '../../core';
import type { AppState, DocumentActions, DocumentState, HistoryEntry, Notice } from '../types';

export type GetState = () => AppState;
export type SetState = (partial: Partial<AppState>) => void;

const HISTORY_LIMIT = 200;
const TYPING_GROUP_MS = 1000;
const BURST_LIMIT_MS = 5000;

/** The fields of the document state that follow from reading a text. */
export type ReadFields = Pick<DocumentState, 'text' | 'doc' | 'docStart' | 'docEnd' | 'status' | 'textIssues' | 'isJson' | 'remembered'>;

/**
 * The state fields that follow from reading a text; the previous document stays when the new text is not one.
 * Typing within one plain value is read from the previous document (its nodes move over to the new one)
 * instead of parsing the whole text again.
 */
export function readText(text: string, previous: ReadFields | undefined): { source: GatewaySource; fields: ReadFields } {
  const source =
    (previous &&
      readAfterValueEdit(
        previous.text,
        { status: previous.status, doc: previous.doc, start: previous.docStart, end: previous.docEnd, issues: previous.textIssues, json: previous.isJson },
        text,
      )) ??
    readGatewaySource(text);
  const doc = source.doc ?? previous?.doc ?? parseYaml(presetText(DEFAULT_PRESET)).doc;
  const remembered = previous?.remembered ?? NOTHING_REMEMBERED;
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
      remembered: source.doc ? remember(source.doc, remembered) : remembered,
    },
  };
}

/** Line endings as the editor keeps them (Monaco normalises to LF): the store and the editor hold the same text. */
export function normalised(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Whether a text with its file's encoding is what the state already holds: the same bytes would be downloaded. */
export function sameText(text: string, encoding: TextEncoding, state: Pick<AppState, 'text' | 'encoding'>): boolean {
  return sameBytes({ text, encoding }, state);
}

export const JSON_OFFER: Notice = {
  message: 'This is JSON. It works as it is (JSON is valid YAML), but comments and the minimal edits need YAML.',
  undoable: false,
  offer: 'convert-json',
};

const entry = (state: AppState): HistoryEntry => ({ text: state.text, preset: state.preset, encoding: state.encoding, origin: state.origin });

/** The history with the current state as its last undo step. */
export const pushed = (state: AppState): readonly HistoryEntry[] => [...state.past, entry(state)].slice(-HISTORY_LIMIT);

/**
 * Replaces the whole text (preset, import, undo, redo, editor typing). Another document altogether (`another`: a
 * preset, an import, a share link, the kept work) brings no cluster IDs of the last one to restore after an ASM
 * Serverless round trip: they belong to the other gateway.
 */
export function replaceText(get: GetState, set: SetState, incoming: string, extra: Partial<AppState> = {}, another = false): void {
  const text = normalised(incoming);
  const state = get();
  const { source, fields } = readText(text, another ? { ...state, remembered: { ...state.remembered, clusterIds: [] } } : state);
  const offerJson = source.json && !state.isJson;
  set({
    ...fields,
    drafts: { text: {} },
    lastChange: null,
    typingAt: null,
    // The form locks (its fieldset is disabled), and a browser may not report the blur.
    ...(source.status === 'gateway' ? {} : { focusedField: null }),
    ...(offerJson ? { notice: JSON_OFFER } : {}),
    ...extra,
  });
}

/** The document state of a text as the app starts with it. */
export function initialDocument(text: string, preset: PresetId = DEFAULT_PRESET): { state: DocumentState; json: boolean } {
  const { source, fields } = readText(normalised(text), undefined);
  return {
    state: { ...fields, preset, encoding: PLAIN_ENCODING, origin: null, past: [], future: [], typingAt: null, burstAt: null, lastChange: null },
    json: source.json,
  };
}

export function documentActions(get: GetState, set: SetState): DocumentActions {
  /** A preset's text as one undo step; the same text again is no edit, and says so. */
  const loadPreset = (id: PresetId, message: string): void => {
    const state = get();
    const text = presetText(id);
    if (text === state.text && isPlainEncoding(state.encoding)) {
      set({ preset: id, notice: { message: `The YAML already is the preset “${presetById(id).label}”.`, undoable: false } });
      return;
    }
    replaceText(
      get,
      set,
      text,
      { preset: id, encoding: PLAIN_ENCODING, origin: null, past: pushed(state), future: [], notice: { message, undoable: true } },
      true,
    );
  };
  return {
    choosePreset(id) {
      loadPreset(id, `Loaded the preset “${presetById(id).label}”.`);
    },
    resetToPreset() {
      loadPreset(get().preset, `Reset to the preset “${presetById(get().preset).label}”.`);
    },
    editYaml(incoming) {
      const text = normalised(incoming);
      const state = get();
      if (text === state.text) return;
      const now = Date.now();
      // Typing is one undo step until a pause of a second, or until the burst is 5 s long.
      const sameBurst = state.typingAt !== null && state.burstAt !== null && now - state.typingAt < TYPING_GROUP_MS && now - state.burstAt < BURST_LIMIT_MS;
      replaceText(get, set, text, {
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
      const notice = { message: `Imported ${fileName}.`, undoable: true };
      replaceText(get, set, text, { encoding, origin: { name: fileName, text }, past: pushed(state), future: [], editorRequested: true, notice }, true);
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
      replaceText(get, set, yaml, { past: pushed(state), future: [], notice: { message: 'Converted the JSON to YAML.', undoable: true } });
    },
    undo() {
      const state = get();
      const previous = state.past[state.past.length - 1];
      if (previous === undefined) return;
      const { text, preset, encoding, origin } = previous;
      replaceText(get, set, text, { preset, encoding, origin, past: state.past.slice(0, -1), future: [entry(state), ...state.future], notice: null });
    },
    redo() {
      const state = get();
      const next = state.future[0];
      if (next === undefined) return;
      const { text, preset, encoding, origin } = next;
      replaceText(get, set, text, { preset, encoding, origin, past: pushed(state), future: state.future.slice(1), notice: null });
    },
  };
}
