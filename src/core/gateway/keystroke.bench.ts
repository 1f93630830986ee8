import { it } from 'vitest';
import { measure, printTable } from '../../bench/measure';
import { DEFAULT_CLUSTER } from '../placement/cluster';
import { simulatePlacement } from '../placement/simulate';
import { readWorkload } from '../placement/workload';
import { LineIndex } from '../yaml/lines';
import { readGatewaySource } from '../yaml/source';
import { spanOfIssue } from '../yaml/spans';
import { fieldPaths } from './fields';
import { documentFindings } from './findings';
import { presetText } from './presets';
import { readAnswers } from './readAnswers';
import { buildReport } from './report';

/** What one keystroke in the editor costs the core, as the store and its selectors do it. */
function keystroke(text: string): number {
  const source = readGatewaySource(text);
  const doc = source.doc;
  if (!doc) throw new Error('not a gateway');
  const answers = readAnswers(doc);
  const workload = readWorkload(doc);
  const placement = simulatePlacement(workload, DEFAULT_CLUSTER);
  const lines = new LineIndex(text);
  const findings = documentFindings(doc, { cluster: DEFAULT_CLUSTER, workload, placement: placement.findings });
  const report = buildReport(source.issues, findings, fieldPaths(doc), (issue) => spanOfIssue(issue, doc, source.start, lines));
  return report.findings.length + answers.ports.length;
}

/** A gateway of 2,000 lines: 300 ports and 1,090 pod labels on top of the zone preset. */
function longGateway(): string {
  const ports = Array.from({ length: 300 }, (_, i) => `  - name: p${i}\n    port: ${2000 + i}\n    targetPort: ${2000 + i}`).join('\n');
  const base = presetText('ack-zone').replace(/ {2}ports:\n[\s\S]*?\n {2}replicaCount/, `  ports:\n${ports}\n  replicaCount`);
  const labels = Array.from({ length: 2000 - base.split('\n').length }, (_, i) => `    l${i}: v`).join('\n');
  return base.replace('spec:\n', `spec:\n  podLabels:\n${labels}\n`);
}

it('one keystroke in the editor', () => {
  const long = longGateway();
  printTable(`Core work per keystroke: parse, read answers, findings, placement (default document ${presetText('ack-node').split('\n').length} lines; long document ${long.split('\n').length} lines, ${Math.round(long.length / 1024)} kB)`, [
    measure('default document', () => keystroke(presetText('ack-node'))),
    measure('2,000-line document', () => keystroke(long), { minRuns: 20, maxRuns: 400, budgetMs: 3000 }),
  ]);
});
