import { describe, expect, it } from 'vitest';
import { applyAnswers, type ClusterSpec, parseYaml, presetText, readWorkload, simulatePlacement } from '../../core';
import { DIAGRAM, layoutDiagram } from './diagramLayout';

function cluster(zones: number, nodes: number): ClusterSpec {
  return {
    zones: Array.from({ length: zones }, (_, z) => ({
      name: `zone-${z + 1}`,
      nodes: Array.from({ length: nodes }, () => ({ cpu: 4, memoryGiB: 16, usedCpu: 0, usedMemoryGiB: 0, zoneLabel: true })),
    })),
    vSwitchZones: {},
  };
}

const workload = (replicas: number) =>
  readWorkload(
    applyAnswers(parseYaml(presetText('ack-node')).doc, [
      { field: 'minReplicas', value: replicas },
      { field: 'maxReplicas', value: replicas },
    ]),
  );

describe('the placement diagram layout', () => {
  it('draws every node at 3 zones × 10 nodes, side by side', () => {
    const layout = layoutDiagram(simulatePlacement(workload(4), cluster(3, 10)));
    expect(layout.zones.map((zone) => zone.nodes.length)).toEqual([10, 10, 10]);
    expect(layout.zones.every((zone) => zone.summary === undefined)).toBe(true);
    expect(new Set(layout.zones.map((zone) => zone.y)).size).toBe(1);
    expect(layout.zones.flatMap((zone) => zone.nodes.flatMap((node) => node.chips)).length).toBe(4);
  });

  it('collapses 50 nodes a zone into the nodes that matter and one summary row, without overflowing', () => {
    const layout = layoutDiagram(simulatePlacement(workload(6), cluster(3, 50)));
    for (const zone of layout.zones) {
      expect(zone.nodes.length).toBeLessThanOrEqual(DIAGRAM.maxNodeRows);
      expect(zone.summary?.text).toMatch(/^\+ \d+ more nodes, no gateway pods: show all$/);
      for (const node of zone.nodes) {
        expect(node.x + node.width).toBeLessThanOrEqual(zone.x + zone.width);
        expect(node.y + node.height).toBeLessThanOrEqual(zone.y + zone.height);
      }
    }
    // Every placed pod is still drawn.
    expect(layout.zones.flatMap((zone) => zone.nodes.flatMap((node) => node.chips)).length).toBe(6);
    expect(layout.height).toBeLessThan(700);
  });

  it('puts Pending pods in their own lane', () => {
    const required = readWorkload(
      applyAnswers(parseYaml(presetText('ack-node')).doc, [
        { field: 'rule', value: 'required' },
        { field: 'minReplicas', value: 4 },
      ]),
    );
    const layout = layoutDiagram(simulatePlacement(required, cluster(1, 3)));
    expect(layout.pending.rows).toEqual([
      expect.objectContaining({
        chips: [expect.objectContaining({ pod: 'pod-4' })],
        lines: ['0/3 nodes are available:', "3 node(s) didn't match pod anti-affinity rules."],
      }),
    ]);
  });
});

describe('long zones and long reasons', () => {
  it('draws every node of a zone the user expanded', () => {
    const result = simulatePlacement(workload(2), cluster(1, 50));
    expect(layoutDiagram(result, new Set(['zone-1'])).zones[0]?.nodes).toHaveLength(50);
  });
});

describe('on a narrow screen', () => {
  /** Every drawn box, with what it must stay inside. */
  const inside = (box: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }): boolean =>
    box.x >= outer.x && box.y >= outer.y && box.x + box.width <= outer.x + outer.width && box.y + box.height <= outer.y + outer.height;

  it('stacks the zones in one column of the narrow width, each node inside its zone', () => {
    const layout = layoutDiagram(simulatePlacement(workload(4), cluster(3, 2)), new Set(), { narrow: true });
    expect(layout.width).toBe(DIAGRAM.narrowWidth);
    expect(new Set(layout.zones.map((zone) => zone.x)).size).toBe(1);
    const tops = layout.zones.map((zone) => zone.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    for (const [i, zone] of layout.zones.entries()) {
      expect(inside(zone, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(true);
      const next = layout.zones[i + 1];
      if (next) expect(zone.y + zone.height).toBeLessThanOrEqual(next.y);
      for (const node of zone.nodes) expect(inside(node, zone)).toBe(true);
    }
    expect(layout.zones.flatMap((zone) => zone.nodes.flatMap((node) => node.chips)).length).toBe(4);
  });

  it('puts the legend two entries to a row, inside the diagram, and wraps a Pending reason to the room left', () => {
    const required = readWorkload(
      applyAnswers(parseYaml(presetText('ack-node')).doc, [
        { field: 'rule', value: 'required' },
        { field: 'minReplicas', value: 4 },
      ]),
    );
    const layout = layoutDiagram(simulatePlacement(required, cluster(1, 3)), new Set(), { narrow: true });
    expect(new Set(layout.legend.entries.map((entry) => entry.y)).size).toBe(3);
    for (const entry of layout.legend.entries) expect(entry.x + 14 + 90).toBeLessThanOrEqual(layout.width);
    expect(layout.legend.note.y).toBeLessThan(layout.height);
    const [row] = layout.pending.rows;
    expect(row?.lines.join(' ')).toBe("0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules.");
    for (const line of row?.lines ?? []) expect(row ? row.textX + line.length * 5.5 : Infinity).toBeLessThanOrEqual(layout.width - DIAGRAM.gap);
  });
});
