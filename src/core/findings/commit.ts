// What happens when the form writes: the answers go into the document as minimal text edits, and the text typed
// into other fields that did not hold until now is judged again against the changed document. Pure: the store
// calls it and sets what it returns.
import type { Document } from 'yaml';
import { printChanges, printJsonChanges } from '../yaml/print';
import type { TextEdit } from '../yaml/textEdit';
import { type AnswerChange, DEFAULT_ECI, DEFAULT_SPREAD, type EciSettings, type SpreadSettings } from '../gateway/answers';
import { tryApplyAnswer } from '../gateway/applyAnswer';
import type { GatewayIssue } from '../gateway/gatewayIssue';
import type { TextField } from '../gateway/formValues';
import { readAnswers } from '../gateway/readAnswers';
import { editTextField } from './formEdit';

/** What to write when the user switches cluster type back: the settings they had (and the cluster IDs an ASM Serverless gateway drops). */
export interface Remembered {
  readonly spread: SpreadSettings;
  readonly eci: EciSettings;
  readonly clusterIds: readonly string[];
}

export const NOTHING_REMEMBERED: Remembered = { spread: DEFAULT_SPREAD, eci: DEFAULT_ECI, clusterIds: [] };

/** Text typed into a field that is not (yet) valid, and why. The document keeps the field's last valid value. */
export interface FieldDraft {
  readonly raw: string;
  readonly issues: readonly GatewayIssue[];
}

export type FieldDrafts = Partial<Record<TextField, FieldDraft>>;

/** Remembers the anti-affinity and ECI settings of a document, to restore them after a cluster-type round trip. */
export function remember(doc: Document, previous: Remembered): Remembered {
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
export function withMemory(change: AnswerChange, remembered: Remembered): AnswerChange {
  if (change.field === 'clusterType') return { ...change, spread: remembered.spread, eci: remembered.eci, clusterIds: remembered.clusterIds };
  if (change.field === 'rule' && change.weight === undefined) return { ...change, weight: remembered.spread.weight };
  return change;
}

/** The text a form change is written into: the whole text, and where the edited document lies in it. */
export interface CommitSource {
  readonly text: string;
  readonly doc: Document;
  readonly docStart: number;
  readonly docEnd: number;
  /** The document is JSON: it is printed as JSON again. */
  readonly isJson: boolean;
  readonly remembered: Remembered;
}

export type CommitResult =
  | { readonly ok: false; readonly message: string }
  | {
      readonly ok: true;
      /** The new text (the same text when nothing changed). */
      readonly text: string;
      /** The new document, when the text is that document alone and reads back without warnings; otherwise read the text again. */
      readonly doc: Document | undefined;
      /** The edits that turn the old text into the new one, in the whole text's offsets. */
      readonly edits: readonly TextEdit[];
      /** The drafts that still do not hold, each with its message. */
      readonly drafts: FieldDrafts;
    };

/**
 * Writes answers into the document as minimal text edits (one undo step, for the caller). Each draft of another
 * field is tried again on the changed document: one that holds now (say, a maximum that was below the old minimum)
 * is written too; the others keep their text, with fresh messages. Refuses, with the reason, a change that cannot
 * be written (shared YAML anchors, a document that cannot be printed).
 */
export function commitAnswers(source: CommitSource, changes: readonly AnswerChange[], drafts: FieldDrafts): CommitResult {
  try {
    let written = source.doc;
    for (const change of changes) {
      const applied = tryApplyAnswer(written, withMemory(change, source.remembered));
      if (!applied.ok) return { ok: false, message: applied.message };
      written = applied.doc;
    }
    const unsettled: FieldDrafts = {};
    for (const [field, draft] of Object.entries(drafts) as [TextField, FieldDraft][]) {
      const edit = editTextField(written, field, draft.raw);
      const applied = edit.ok ? tryApplyAnswer(written, withMemory(edit.change, source.remembered)) : undefined;
      if (applied?.ok) written = applied.doc;
      else unsettled[field] = { raw: draft.raw, issues: edit.ok ? draft.issues : edit.issues };
    }
    const { text, docStart: start, docEnd: end } = source;
    const part = text.slice(start, end);
    const printed = source.isJson ? printJsonChanges(part, written) : printChanges(part, source.doc, written);
    if (!printed.ok) return { ok: false, message: `This change cannot be written into the YAML: ${printed.message}` };
    const next = text.slice(0, start) + printed.text + text.slice(end);
    const whole = start === 0 && end === text.length && printed.parsed?.warnings.length === 0;
    return {
      ok: true,
      text: next,
      doc: whole ? printed.parsed : undefined,
      edits: printed.edits.map((edit) => ({ ...edit, start: edit.start + start, end: edit.end + start })),
      drafts: unsettled,
    };
  } catch (error) {
    // A defect, not bad input: keep the app and the user's text, and say what happened.
    return { ok: false, message: `This change could not be applied (${error instanceof Error ? error.message : String(error)}).` };
  }
}
