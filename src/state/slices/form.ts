// The form: what it writes into the document (through the core's commitAnswers), and what it keeps as drafts
// while a field's text is not (yet) valid.
import {
  type AnswerChange,
  commitAnswers,
  editPortRows,
  editTextField,
  editVSwitchRows,
  type FieldEdit,
  type GatewayIssue,
  readAnswers,
  remember,
  withPinnedVSwitchZones,
} from '../../core';
import type { AppState, Drafts, FormActions, Notice } from '../types';
import { type GetState, pushed, readText, type SetState } from './document';

const NO_DRAFTS: Drafts = { text: {} };

/** The form's lists, each with a draft of its own rows. */
type RowList = 'vSwitchRows' | 'portRows';
type RowsOf<K extends RowList> = NonNullable<Drafts[K]>['raw'];

const refusal = (message: string): GatewayIssue => ({ code: 'field/unwritable', severity: 'error', message, path: [] });

export function formActions(get: GetState, set: SetState): FormActions {
  /**
   * Writes answers into the document as minimal text edits, as one undo step, with the drafts that still do not
   * hold. Returns why not, when the change cannot be written.
   */
  const commit = (changes: readonly AnswerChange[], drafts: Drafts, notice: Notice | null = null): string | undefined => {
    const state = get();
    if (state.status !== 'gateway') return 'The YAML is not an IstioGateway the form can edit; fix it in the editor first.';
    const result = commitAnswers(state, changes, drafts.text);
    if (!result.ok) return result.message;
    const settled: Drafts = { ...drafts, text: result.drafts };
    if (result.text === state.text) {
      set({ drafts: settled });
      return undefined;
    }
    const { text, doc } = result;
    const fields = doc
      ? { text, doc, docStart: 0, docEnd: text.length, status: 'gateway' as const, textIssues: [], isJson: state.isJson }
      : readText(text, state).fields;
    set({
      ...fields,
      drafts: settled,
      past: pushed(state),
      future: [],
      typingAt: null,
      lastChange: { from: state.text, edits: result.edits, source: 'form' },
      remembered: remember(fields.doc, state.remembered),
      notice,
    });
    return undefined;
  };

  /**
   * A list's rows (the vSwitches, the ports): written when they make a valid list, else kept as the list's draft with
   * why; the other drafts are tried again on the changed document.
   */
  const commitRows = <K extends RowList>(list: K, rows: RowsOf<K>, edit: (doc: AppState['doc'], rows: RowsOf<K>) => FieldEdit): void => {
    const state = get();
    if (state.status !== 'gateway') return;
    const result = edit(state.doc, rows);
    const draft = (issues: readonly GatewayIssue[]): Drafts => ({ ...get().drafts, [list]: { raw: rows, issues } });
    if (!result.ok) {
      set({ drafts: draft(result.issues) });
      return;
    }
    // The other list's draft stays, to be tried again on the changed document.
    const other = list === 'vSwitchRows' ? 'portRows' : 'vSwitchRows';
    const kept = state.drafts[other];
    const refused = commit([result.change], { text: state.drafts.text, ...(kept ? { [other]: kept } : {}) });
    if (refused !== undefined) set({ drafts: draft([refusal(refused)]) });
  };

  return {
    setTextField(field, raw) {
      const state = get();
      if (state.status !== 'gateway') return;
      const edit = editTextField(state.doc, field, raw);
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
      const cluster = withPinnedVSwitchZones(before.cluster, readAnswers(before.doc).vSwitchIds);
      if (cluster !== before.cluster) set({ cluster });
      commitRows('vSwitchRows', rows, editVSwitchRows);
    },
    setPortRows(rows) {
      commitRows('portRows', rows, editPortRows);
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
  };
}
