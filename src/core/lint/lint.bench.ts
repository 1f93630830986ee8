import { it } from 'vitest';
import { measure, printTable } from '../../bench/measure';
import { fieldPaths } from '../gateway/fieldPaths';
import { documentFindings } from '../findings/documentFindings';
import { presetText } from '../gateway/presets';
import { readAnswers } from '../gateway/readAnswers';
import { DEFAULT_CLUSTER } from '../placement/cluster';
import { simulatePlacement } from '../placement/simulate';
import { readWorkload } from '../placement/workload';
import { parseYaml } from '../yaml/parse';
import { lintAnswers, lintDocument } from './lintGateway';

it('linting the default document', () => {
  const text = presetText('ack-node');
  const doc = parseYaml(text).doc;
  const answers = readAnswers(doc);
  const paths = fieldPaths(doc);
  const workload = readWorkload(doc);
  const zoneRequired = parseYaml(presetText('ack-zone').replace('preferredDuringScheduling', 'requiredDuringScheduling')).doc;
  const parse = measure('parse the YAML text (for reference)', () => parseYaml(text));
  const whole = measure('parse + every finding (schema, fields, HA rules, placement)', () => {
    const fresh = parseYaml(text).doc;
    const placement = simulatePlacement(readWorkload(fresh), DEFAULT_CLUSTER).findings;
    documentFindings(fresh, { cluster: DEFAULT_CLUSTER, placement });
  });
  printTable('HA lint per edit (default document, default 3-zone cluster)', [
    measure('HA rules on the answers (13 rules)', () => lintAnswers(answers, paths)),
    measure('HA rules on the document and cluster (5 rules)', () => lintDocument(doc, answers, paths, workload, DEFAULT_CLUSTER)),
    (() => {
      // Each run gets a document it has not seen (nothing cached), as after an edit.
      const pool = Array.from({ length: 2100 }, () => parseYaml(text).doc);
      let next = 0;
      return measure('all HA rules on a fresh document (incl. reading answers, paths, workload)', () => {
        const fresh = pool[next++ % pool.length] ?? doc;
        const a = readAnswers(fresh);
        const p = fieldPaths(fresh);
        lintAnswers(a, p);
        return lintDocument(fresh, a, p, readWorkload(fresh), DEFAULT_CLUSTER);
      });
    })(),
    measure('HA rules on a document with Required zone spread', () => {
      const a = readAnswers(zoneRequired);
      const p = fieldPaths(zoneRequired);
      return lintDocument(zoneRequired, a, p, readWorkload(zoneRequired), DEFAULT_CLUSTER);
    }),
    parse,
    whole,
  ]);
  console.log(`every finding beyond the parse: ~${(whole.median - parse.median).toFixed(3)} ms (median difference)`);
});
