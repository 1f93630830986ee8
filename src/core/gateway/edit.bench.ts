import { it } from 'vitest';
import { measure, printTable } from '../../bench/measure';
import { applyAnswer } from './applyAnswer';
import { fieldPaths } from './fieldPaths';
import { editTextField } from '../findings/formEdit';
import { presetText } from './presets';
import { readAnswers } from './readAnswers';
import { validateAnswers } from './validate';
import { printChanges } from '../yaml/print';
import { parseYaml } from '../yaml/parse';

it('one form edit on the default document', () => {
  const text = presetText('ack-node');
  const doc = parseYaml(text).doc;
  printTable('Core work per form edit (default document)', [
    measure('parse the YAML text', () => parseYaml(text)),
    measure('read the answers', () => readAnswers(doc)),
    measure('validate the answers', () => validateAnswers(readAnswers(doc), fieldPaths(doc))),
    measure('whole edit: input → validate → apply → minimal print (verified)', () => {
      const edit = editTextField(doc, 'minReplicas', '3');
      if (!edit.ok) throw new Error('edit refused');
      const printed = printChanges(text, doc, applyAnswer(doc, edit.change));
      if (!printed.ok || !printed.parsed) throw new Error('the edit was not exact');
    }),
    measure('cluster-type switch (block swap)', () => printChanges(text, doc, applyAnswer(doc, { field: 'clusterType', value: 'ACKServerless' }))),
  ]);
});
