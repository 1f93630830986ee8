import { it } from 'vitest';
import { measure, printTable } from '../../bench/measure';
import { DEFAULT_CLUSTER } from '../placement/cluster';
import { simulatePlacement } from '../placement/simulate';
import { readWorkload } from '../placement/workload';
import { LineIndex } from '../yaml/lines';
import { readAfterValueEdit } from '../yaml/incremental';
import { type GatewaySource, readGatewaySource } from '../yaml/source';
import { spanOfIssue } from '../yaml/spans';
import { fieldPaths } from './fieldPaths';
import { documentFindings } from '../findings/documentFindings';
import { presetText } from './presets';
import { readAnswers } from './readAnswers';
import { buildReport } from './report';

/** What one keystroke in the editor costs the core, as the store and its selectors do it. */
function keystroke(text: string, read: (text: string) => GatewaySource = readGatewaySource): number {
  const source = read(text);
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

/**
 * Typing into one value, one keystroke per call: a character added, then taken away again, each read
 * from the previous keystroke's document as the store does (`readAfterValueEdit`, else a full parse).
 */
function typing(text: string, line: RegExp): () => number {
  const typedLine = (match: string): string => `${match}x`;
  const withCharacter = text.replace(line, typedLine);
  if (withCharacter === text) throw new Error(`no line ${String(line)}`);
  let current = text;
  let source = readGatewaySource(text);
  return () => {
    const next = current === text ? withCharacter : text;
    const previous = source;
    const before = current;
    const count = keystroke(next, (after) => {
      source = readAfterValueEdit(before, previous, after) ?? readGatewaySource(after);
      return source;
    });
    current = next;
    return count;
  };
}

it('one keystroke in the editor', () => {
  const long = longGateway();
  const base = presetText('ack-node');
  printTable(
    `Core work per keystroke: parse, read answers, findings, placement (default document ${base.split('\n').length} lines; long document ${long.split('\n').length} lines, ${Math.round(long.length / 1024)} kB)`,
    [
      measure('default document, typing in a value', typing(base, /(?<= {2}name: )[\w-]+/)),
      measure('default document, whole text parsed', () => keystroke(base)),
      measure('2,000-line document, typing in a value', typing(long, /(?<= {4}l900: )v/), { minRuns: 20, maxRuns: 2000, budgetMs: 3000 }),
      measure('2,000-line document, whole text parsed', () => keystroke(long), { minRuns: 20, maxRuns: 400, budgetMs: 3000 }),
    ],
  );
});
