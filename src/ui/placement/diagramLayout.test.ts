import { describe, expect, it } from 'vitest';
import { applyAnswers, type ClusterSpec, parseYaml, presetText, readWorkload, simulatePlacement } from '../../core';
import { DIAGRAM, LEGEND_NOTE, layoutDiagram, wrapReason, wrapWords } from './diagramLayout';

function cluster(zones: number, nodes: number): ClusterSpec {
  return {
    zones: Array.from({ length: zones }, (_, z) => ({
      name: `zone-${z + 1}`,
      nodes: Array.from({ length: nodes }, () => ({ cpu: 4, memoryGiB: 16, usedCpu: 0, usedMemoryGiB: 0, zoneLabel: true })),
    })),
    vSwitchZones: {},
    asmVersion: '1.26',
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

  it('keeps the legend note clear of the entries: beside them when it fits, else on a row of its own', () => {
    for (const narrow of [false, true]) {
      const layout = layoutDiagram(simulatePlacement(workload(2), cluster(3, 2)), new Set(), { narrow });
      const last = layout.legend.entries[layout.legend.entries.length - 1];
      if (!last) throw new Error('no legend');
      const noteStart = layout.legend.note.x - LEGEND_NOTE.length * DIAGRAM.charWidth11;
      if (layout.legend.note.y === last.y) expect(noteStart).toBeGreaterThanOrEqual(last.x + 14 + last.label.length * DIAGRAM.charWidth11 + 12);
      else expect(layout.legend.note.y).toBe(last.y + DIAGRAM.legendRow);
      expect(noteStart).toBeGreaterThanOrEqual(DIAGRAM.gap);
      expect(layout.legend.note.y + 6).toBeLessThanOrEqual(layout.height);
    }
  });

  it('wraps an ECI zone’s vSwitch IDs to the zone, and puts its pods below them', () => {
    const ids = ['vsw-bp1aaaaaaaaaaaaaaaaaaaa', 'vsw-bp1bbbbbbbbbbbbbbbbbbbb', 'vsw-bp1cccccccccccccccccccc'];
    const eci = readWorkload(
      applyAnswers(parseYaml(presetText('serverless-eci')).doc, [
        { field: 'vSwitchIds', value: ids },
        { field: 'minReplicas', value: 3 },
      ]),
    );
    const spec: ClusterSpec = { ...cluster(3, 0), vSwitchZones: Object.fromEntries(ids.map((id) => [id, 'zone-1'])) };
    const layout = layoutDiagram(simulatePlacement(eci, spec));
    const zone = layout.zones.find((candidate) => candidate.name === 'zone-1');
    expect(zone?.caption?.join(' ')).toBe(ids.join(', '));
    expect(zone?.caption?.length).toBeGreaterThan(1);
    for (const line of zone?.caption ?? []) expect(line.length * DIAGRAM.charWidth10).toBeLessThanOrEqual((zone?.width ?? 0) - 20);
    const captionBottom = (zone?.y ?? 0) + DIAGRAM.header + 20 + ((zone?.caption?.length ?? 1) - 1) * DIAGRAM.captionLine;
    expect(zone?.chips.length).toBeGreaterThan(0);
    for (const chip of zone?.chips ?? []) expect(chip.y - DIAGRAM.chip).toBeGreaterThan(captionBottom);
    for (const chip of zone?.chips ?? []) expect(chip.y + DIAGRAM.chip).toBeLessThanOrEqual((zone?.y ?? 0) + (zone?.height ?? 0));
  });

  it('never leaves a taint’s closing brace alone at the start of a line', () => {
    const reason =
      "0/6 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 3 node(s) didn't match pod anti-affinity rules.";
    for (let width = 30; width <= 90; width += 1) {
      const lines = wrapReason(reason, width);
      expect(lines.join(' ')).toBe(reason);
      for (const line of lines) expect(line.startsWith('}')).toBe(false);
    }
  });

  it('puts words on lines of a width, breaking only between them', () => {
    expect(wrapWords('a, b, c', 10)).toEqual(['a, b, c']);
    expect(wrapWords('aaaa, bbbb, cccc', 11)).toEqual(['aaaa, bbbb,', 'cccc']);
    expect(wrapWords('aaaa, bbbb, cccc', 10)).toEqual(['aaaa,', 'bbbb, cccc']);
    expect(wrapWords('a-very-long-item, b', 5)).toEqual(['a-very-long-item,', 'b']);
  });
});
