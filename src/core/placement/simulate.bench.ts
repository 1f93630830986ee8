import { it } from 'vitest';
import { measure, printTable, type Timing } from '../../bench/measure';
import { applyAnswers } from '../gateway/applyAnswer';
import { presetText } from '../gateway/presets';
import { parseYaml } from '../yaml/parse';
import { type ClusterSpec, DEFAULT_NODE } from './cluster';
import { simulatePlacement } from './simulate';
import { readWorkload } from './workload';

function cluster(zones: number, nodesPerZone: number): ClusterSpec {
  return {
    zones: Array.from({ length: zones }, (_, z) => ({
      name: `zone-${String.fromCharCode(97 + z)}`,
      nodes: Array.from({ length: nodesPerZone }, () => DEFAULT_NODE),
    })),
    vSwitchZones: {},
    asmVersion: '1.26',
  };
}

it('placement simulation: zones × nodes per zone × replicas', () => {
  const cases = [
    [3, 2, 2],
    [3, 100, 20],
    [3, 1000, 100],
  ] as const;
  const rows: { timing: Timing; work: number }[] = cases.map(([zones, nodes, replicas]) => {
    const workload = readWorkload(
      applyAnswers(parseYaml(presetText('ack-zone')).doc, [
        { field: 'minReplicas', value: replicas },
        { field: 'maxReplicas', value: replicas },
      ]),
    );
    const spec = cluster(zones, nodes);
    return {
      timing: measure(`${zones} × ${nodes} × ${replicas}`, () => simulatePlacement(workload, spec), { minRuns: 15, budgetMs: 3000 }),
      work: zones * nodes * replicas,
    };
  });
  printTable(
    'Placement simulation (zones × nodes per zone × replicas, preferred zone spread)',
    rows.map((row) => row.timing),
    (timing) => {
      const row = rows.find((candidate) => candidate.timing === timing);
      return row ? `${((timing.median * 1e6) / row.work).toFixed(1)} ns per node·pod` : '';
    },
  );
});
