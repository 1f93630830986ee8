import { bench, describe } from 'vitest';
import { applyAnswer } from './applyAnswer';
import { fieldPaths } from './fields';
import { editTextField } from './formEdit';
import { presetText } from './presets';
import { readAnswers } from './readAnswers';
import { validateAnswers } from './validate';
import { printChanges } from '../yaml/print';
import { parseYaml } from '../yaml/parse';

const text = presetText('ack-node');
const doc = parseYaml(text).doc;

describe('one form edit on the default document', () => {
  bench('parse the YAML text', () => {
    parseYaml(text);
  });
  bench('read the answers', () => {
    readAnswers(doc);
  });
  bench('validate the answers', () => {
    validateAnswers(readAnswers(doc), fieldPaths(doc));
  });
  bench('whole edit: parse input, validate, apply, print only the changed line (verified by re-parsing)', () => {
    const edit = editTextField(doc, 'minReplicas', '3');
    if (!edit.ok) throw new Error('edit refused');
    const printed = printChanges(text, doc, applyAnswer(doc, edit.change));
    if (!printed.ok || !printed.parsed) throw new Error('the edit was not exact');
  });
  bench('cluster-type switch (block swap)', () => {
    printChanges(text, doc, applyAnswer(doc, { field: 'clusterType', value: 'ACKServerless' }));
  });
});
