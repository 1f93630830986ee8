import { describe, expect, it } from 'vitest';
import { readAnswers } from '../gateway/readAnswers';
import { presetText } from '../gateway/presets';
import { applyTextEdits } from '../yaml/textEdit';
import { readGatewaySource } from '../yaml/source';
import { type CommitSource, commitAnswers, type FieldDrafts, NOTHING_REMEMBERED, remember } from './commit';

/** A text as the store holds it: the document read from it, where it lies, what it remembers. */
function sourceOf(text: string): CommitSource {
  const read = readGatewaySource(text);
  if (!read.doc) throw new Error('not a gateway');
  return { text, doc: read.doc, docStart: read.start, docEnd: read.end, isJson: read.json, remembered: remember(read.doc, NOTHING_REMEMBERED) };
}

describe('commitAnswers: the form writing into the document, as one pure step', () => {
  it('writes a change as minimal edits, with the document it reads back as', () => {
    const source = sourceOf(presetText('ack-node'));
    const result = commitAnswers(source, [{ field: 'maxReplicas', value: 6 }], {});
    if (!result.ok) throw new Error(result.message);
    expect(result.edits).toHaveLength(1);
    expect(applyTextEdits(source.text, result.edits)).toBe(result.text);
    expect(result.doc && readAnswers(result.doc).maxReplicas).toBe(6);
    expect(result.drafts).toEqual({});
  });

  it('writes a draft of another field that holds once the change is written, and keeps one that still does not', () => {
    const source = sourceOf(presetText('ack-node'));
    const drafts: FieldDrafts = {
      minReplicas: { raw: '6', issues: [] },
      name: { raw: 'Bad_Name', issues: [] },
    };
    const result = commitAnswers(source, [{ field: 'maxReplicas', value: 8 }], drafts);
    if (!result.ok) throw new Error(result.message);
    const answers = readAnswers(readGatewaySource(result.text).doc ?? source.doc);
    expect(answers).toMatchObject({ minReplicas: 6, maxReplicas: 8 });
    expect(Object.keys(result.drafts)).toEqual(['name']);
    expect(result.drafts.name?.raw).toBe('Bad_Name');
    expect(result.drafts.name?.issues.length).toBeGreaterThan(0);
    expect(applyTextEdits(source.text, result.edits)).toBe(result.text);
  });

  it('writes nothing but says why when the document cannot take the change (shared anchors)', () => {
    const source = sourceOf('metadata:\n  name: gw\nspec:\n  minReplicas: &n 2\n  maxReplicas: *n\n');
    const result = commitAnswers(source, [{ field: 'minReplicas', value: 1 }], {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('anchor &n');
  });

  it('writes into the document where it lies in a longer text, and reads nothing back of it', () => {
    const own = presetText('ack-node');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n---\n${own}`;
    const source = sourceOf(text);
    expect(source.docStart).toBeGreaterThan(0);
    const result = commitAnswers(source, [{ field: 'maxReplicas', value: 6 }], {});
    if (!result.ok) throw new Error(result.message);
    expect(result.doc).toBeUndefined();
    expect(result.text.startsWith('apiVersion: v1\nkind: ConfigMap')).toBe(true);
    expect(applyTextEdits(text, result.edits)).toBe(result.text);
    expect(readAnswers(readGatewaySource(result.text).doc ?? source.doc).maxReplicas).toBe(6);
  });
});
