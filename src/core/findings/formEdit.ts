import type { Document } from 'yaml';
import { isPathWithin } from '../issue';
import type { AnswerChange, Answers, AnswerValue, FieldKey, PortAnswer } from '../gateway/answers';
import type { DocPath } from '../gateway/docEdit';
import { fieldPaths } from '../gateway/fieldPaths';
import { isIntegerField, type PortRow, type TextField } from '../gateway/formValues';
import type { GatewayIssue } from '../gateway/gatewayIssue';
import { readAnswers } from '../gateway/readAnswers';
import type { FieldCode } from '../gateway/validate';
import { answerFindings, isRefusal } from './answerFindings';

export type FieldEdit = { readonly ok: true; readonly change: AnswerChange } | { readonly ok: false; readonly issues: readonly GatewayIssue[] };

function parseIssue(message: string, path: DocPath): GatewayIssue<FieldCode> {
  return { code: 'field/parse', severity: 'error', message, path };
}

/** Splits a list typed with commas or newlines. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const WHOLE = /^\d+$/;

/**
 * Writes `change` unless it would add an error: any error on the edited field itself, or a new
 * error elsewhere that makes the document one Kubernetes refuses (e.g. minimum above maximum).
 * An HA error elsewhere (a CPU target without a CPU request) is written and shown, not refused:
 * the user fixes it next.
 */
function judge(doc: Document, patch: Partial<Answers>, owned: DocPath, change: AnswerChange): FieldEdit {
  const answers = readAnswers(doc);
  const paths = fieldPaths(doc);
  const key = (issue: GatewayIssue): string => `${issue.code} ${issue.path.join('.')}`;
  const existing = new Set(
    answerFindings(answers, paths)
      .filter((issue) => issue.severity === 'error')
      .map(key),
  );
  const blocking = answerFindings({ ...answers, ...patch }, paths).filter(
    (issue) => issue.severity === 'error' && (isPathWithin(issue.path, owned) || (!existing.has(key(issue)) && isRefusal(issue))),
  );
  return blocking.length > 0 ? { ok: false, issues: blocking } : { ok: true, change };
}

function changeOf<K extends Exclude<FieldKey, 'clusterType' | 'rule'>>(field: K, value: AnswerValue<K>): AnswerChange {
  // TypeScript cannot correlate K with the union member; the pair is well-formed by construction.
  return { field, value } as AnswerChange;
}

/** A free-text field edit: parse the text, then validate the answer it makes. */
export function editTextField(doc: Document, field: TextField, raw: string): FieldEdit {
  const path = fieldPaths(doc)[field];
  const text = raw.trim();
  if (field === 'clusterIds') {
    const ids = splitList(raw);
    return judge(doc, { clusterIds: ids }, path, changeOf('clusterIds', ids));
  }
  if (isIntegerField(field)) {
    if (!WHOLE.test(text)) {
      return { ok: false, issues: [parseIssue(text === '' ? 'Enter a whole number.' : `${text} is not a whole number.`, path)] };
    }
    const value = Number(text);
    return judge(doc, { [field]: value }, path, changeOf(field as 'minReplicas', value));
  }
  if (text === '' && field !== 'name') {
    return { ok: false, issues: [parseIssue('Enter a value.', path)] };
  }
  return judge(doc, { [field]: text }, path, changeOf(field as 'namespace', text));
}

/** The vSwitch rows as typed; an empty row is a draft until it is filled or removed. */
export function editVSwitchRows(doc: Document, rows: readonly string[]): FieldEdit {
  const path = fieldPaths(doc).vSwitchIds;
  const ids = rows.map((row) => row.trim());
  const empty = ids.flatMap((id, i) => (id === '' ? [parseIssue('Enter a vSwitch ID (vsw-…), or remove this row.', [...path, i])] : []));
  if (empty.length > 0) return { ok: false, issues: empty };
  return judge(doc, { vSwitchIds: ids }, path, changeOf('vSwitchIds', ids));
}

/** The port rows as typed. */
export function editPortRows(doc: Document, rows: readonly PortRow[]): FieldEdit {
  const path = fieldPaths(doc).ports;
  const issues: GatewayIssue[] = [];
  const ports = rows.map((row, i): PortAnswer => {
    const port = row.port.trim();
    const target = row.targetPort.trim();
    if (!WHOLE.test(port)) issues.push(parseIssue('A port is a whole number from 1 to 65535.', [...path, i, 'port']));
    // An empty target port is no targetPort: Kubernetes then sends traffic to the port itself.
    return {
      name: row.name.trim(),
      port: Number(port),
      targetPort: target === '' ? undefined : WHOLE.test(target) ? Number(target) : target,
      ...(row.protocol === undefined ? {} : { protocol: row.protocol }),
      ...(row.origin === undefined ? {} : { origin: row.origin }),
    };
  });
  if (issues.length > 0) return { ok: false, issues };
  return judge(doc, { ports }, path, changeOf('ports', ports));
}
