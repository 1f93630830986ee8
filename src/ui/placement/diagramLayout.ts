import type { PlacementResult, PodRole, PodStatus } from '../../core';

/** Geometry of the placement diagram, in SVG user units. Presentation only: no placement rules here. */
export const DIAGRAM = {
  width: 720,
  /** On a narrow screen (a phone) zones stack in one column this wide, so the text is not scaled down to a third. */
  narrowWidth: 360,
  gap: 12,
  header: 30,
  nodeHeight: 30,
  nodeGap: 6,
  chip: 9,
  chipStep: 22,
  maxColumns: 3,
  /** A zone shows at most this many node rows; the rest collapse into one summary row. */
  maxNodeRows: 10,
  /** A node shows at most two rows of pods; the rest are counted. */
  maxChipRows: 2,
  laneHeight: 44,
  legendHeight: 26,
  /** Legend entries: side by side (132 apart), or two to a row (170 apart, 18 down) when narrow. */
  legendStep: 132,
  narrowLegendStep: 170,
  legendRow: 18,
  /** Estimated advance of one character (generous), in units: at 11-unit type for the legend, 10 for captions. */
  charWidth11: 6.4,
  charWidth10: 5.8,
  captionLine: 12,
} as const;

/** The legend's note, after its entries. */
export const LEGEND_NOTE = 'dashed node: no zone label';

/** The legend's entries (then its note on dashed nodes): what each kind of pod chip means. */
export const LEGEND: readonly { readonly label: string; readonly role: PodRole; readonly status: PodStatus }[] = [
  { label: 'pod', role: 'replica', status: 'Running' },
  { label: 'replacement', role: 'replacement', status: 'Running' },
  { label: 'new (rollout)', role: 'surge', status: 'Running' },
  { label: 'lost / removed', role: 'replica', status: 'Lost' },
  { label: 'pending', role: 'replica', status: 'Pending' },
];

export interface ChipBox {
  readonly pod: string;
  readonly label: string;
  readonly role: PodRole;
  readonly status: PodStatus;
  readonly x: number;
  readonly y: number;
}

export interface NodeBox {
  readonly name: string;
  /** Pods not drawn (beyond two rows). */
  readonly more: number;
  readonly short: string;
  readonly failed: boolean;
  readonly zoneLabel: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly chips: readonly ChipBox[];
}

export interface ZoneBox {
  readonly name: string;
  readonly failed: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeBox[];
  /** "+ 38 more nodes, no gateway pods", when the zone is collapsed. */
  readonly summary?: { readonly text: string; readonly y: number; readonly expandable: boolean };
  /** ECI: the zone's vSwitch IDs, wrapped to the zone's width. */
  readonly caption?: readonly string[];
  readonly chips: readonly ChipBox[];
}

/** Pending pods that wait for the same reason share a row: their chips, then Kubernetes' words. */
export interface PendingRow {
  readonly chips: readonly ChipBox[];
  readonly lines: readonly string[];
  readonly textX: number;
  readonly y: number;
}

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  /** Each legend entry with where its chip goes, then where the note on dashed nodes ends (right-aligned). */
  readonly legend: {
    readonly entries: readonly ((typeof LEGEND)[number] & { readonly x: number; readonly y: number })[];
    readonly note: { readonly x: number; readonly y: number };
  };
  readonly zones: readonly ZoneBox[];
  readonly pending: { readonly y: number; readonly height: number; readonly rows: readonly PendingRow[] };
}

/** `pod-3` → "3", `new-2` → "+2": short enough for a chip, the full name is in its title. */
export function chipLabel(pod: string): string {
  const match = /^(pod|new)-(\d+)$/.exec(pod);
  if (!match) return pod.slice(0, 3);
  return match[1] === 'new' ? `+${match[2] ?? ''}` : (match[2] ?? '');
}

function chipsIn(names: readonly string[], pods: ReadonlyMap<string, { role: PodRole; status: PodStatus }>, x: number, y: number, perRow: number): ChipBox[] {
  return names.map((pod, i) => ({
    pod,
    label: chipLabel(pod),
    role: pods.get(pod)?.role ?? 'replica',
    status: pods.get(pod)?.status ?? 'Running',
    x: x + (i % perRow) * DIAGRAM.chipStep,
    y: y + Math.floor(i / perRow) * DIAGRAM.chipStep,
  }));
}

/** A text in lines of at most `width` characters, broken between words (a word longer than a line has its own). */
export function wrapWords(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const out: string[] = [];
  let line = '';
  // A taint's braces hold a space ("{node.kubernetes.io/unreachable: }"): never break before its closing brace.
  for (const word of text.split(/ (?!\})/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return line === '' ? out : [...out, line];
}

/** Splits Kubernetes' FitError after its colon and between reasons, so it fits the lane. */
export function wrapReason(reason: string, width = 86): string[] {
  // A reason longer than the line (on a phone) wraps between words too.
  const parts = reason
    .replace(/: /, ':\n')
    .split(/\n|(?<=,) /)
    .flatMap((part) => wrapWords(part, width));
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && !last.endsWith(':') && last.length + part.length + 1 <= width) lines[lines.length - 1] = `${last} ${part}`;
    else lines.push(part);
  }
  return lines;
}

export function layoutDiagram(result: PlacementResult, expanded: ReadonlySet<string> = new Set(), { narrow = false } = {}): DiagramLayout {
  const { gap, header, nodeHeight, nodeGap, chipStep, maxNodeRows, laneHeight } = DIAGRAM;
  const width = narrow ? DIAGRAM.narrowWidth : DIAGRAM.width;
  const columns = narrow ? 1 : Math.max(1, Math.min(DIAGRAM.maxColumns, result.zones.length));
  const zoneWidth = (width - gap * (columns + 1)) / columns;
  const pods = new Map(result.pods.map((pod) => [pod.name, { role: pod.role, status: pod.status }]));
  const perRow = Math.max(1, Math.floor((zoneWidth - 86) / chipStep));

  const boxes: ZoneBox[] = [];
  let rowTop = gap;
  let rowHeight = 0;
  result.zones.forEach((zone, index) => {
    const column = index % columns;
    if (column === 0 && index > 0) {
      rowTop += rowHeight + gap;
      rowHeight = 0;
    }
    const x = gap + column * (zoneWidth + gap);
    let y = rowTop + header + nodeGap;
    const nodes: NodeBox[] = [];
    let summary: ZoneBox['summary'];
    let chips: ChipBox[] = [];
    let caption: string[] | undefined;
    if (result.mode === 'eci') {
      caption = zone.vSwitches.length > 0 ? wrapWords(zone.vSwitches.join(', '), Math.floor((zoneWidth - 20) / DIAGRAM.charWidth10)) : ['no vSwitch listed'];
      const below = (caption.length - 1) * DIAGRAM.captionLine;
      const eciPerRow = Math.max(1, Math.floor((zoneWidth - 24) / chipStep));
      const eciDrawn = zone.eciPods.slice(0, eciPerRow * 4);
      chips = chipsIn(eciDrawn, pods, x + 16, y + 30 + below, eciPerRow);
      y += 30 + below + Math.max(1, Math.ceil(eciDrawn.length / eciPerRow)) * chipStep + nodeGap;
      if (eciDrawn.length < zone.eciPods.length) {
        summary = { text: `+ ${zone.eciPods.length - eciDrawn.length} more pods`, y: y + 10, expandable: false };
        y += 20;
      }
    } else {
      // Long zones collapse: nodes with pods or failures first, in order, then the summary row.
      const notable = zone.nodes.filter((node) => node.pods.length > 0 || node.failed || !node.zoneLabel);
      const quiet = zone.nodes.filter((node) => !notable.includes(node));
      const picked = new Set([...notable, ...quiet].slice(0, maxNodeRows - 1));
      const shown = zone.nodes.length <= maxNodeRows || expanded.has(zone.name) ? zone.nodes : zone.nodes.filter((node) => picked.has(node));
      for (const node of shown) {
        const capacity = perRow * DIAGRAM.maxChipRows;
        const drawn = node.pods.length > capacity ? node.pods.slice(0, capacity - 1) : node.pods;
        const lines = Math.max(1, Math.ceil((drawn.length + (drawn.length < node.pods.length ? 1 : 0)) / perRow));
        const height = nodeHeight + (lines - 1) * chipStep;
        nodes.push({
          name: node.name,
          more: node.pods.length - drawn.length,
          short: node.name.startsWith(`${zone.name}-`) ? node.name.slice(zone.name.length + 1) : node.name,
          failed: node.failed,
          zoneLabel: node.zoneLabel,
          x: x + 8,
          y,
          width: zoneWidth - 16,
          height,
          chips: chipsIn(drawn, pods, x + 66, y + nodeHeight / 2, perRow),
        });
        y += height + nodeGap;
      }
      const hidden = zone.nodes.filter((node) => !shown.includes(node));
      if (hidden.length > 0) {
        const hiddenPods = hidden.reduce((sum, node) => sum + node.pods.length, 0);
        summary = {
          text: `+ ${hidden.length} more node${hidden.length === 1 ? '' : 's'}${hiddenPods > 0 ? ` with ${hiddenPods} pod${hiddenPods === 1 ? '' : 's'}` : ', no gateway pods'}: show all`,
          y: y + 14,
          expandable: true,
        };
        y += 24;
      } else if (expanded.has(zone.name) && zone.nodes.length > maxNodeRows) {
        summary = { text: 'Show fewer nodes', y: y + 14, expandable: true };
        y += 24;
      }
      if (zone.nodes.length === 0) {
        summary = { text: 'no nodes', y: y + 14, expandable: false };
        y += 24;
      }
    }
    const height = y - rowTop + 2;
    rowHeight = Math.max(rowHeight, height);
    boxes.push({
      name: zone.name,
      failed: zone.failed,
      x,
      y: rowTop,
      width: zoneWidth,
      height,
      nodes,
      chips,
      ...(summary ? { summary } : {}),
      ...(caption ? { caption } : {}),
    });
  });
  // Zones in one row share a height, so the columns line up.
  const rowHeights = new Map<number, number>();
  for (const box of boxes) rowHeights.set(box.y, Math.max(rowHeights.get(box.y) ?? 0, box.height));
  const zones = boxes.map((box) => ({ ...box, height: rowHeights.get(box.y) ?? box.height }));
  const laneTop = rowTop + rowHeight + gap;
  const byReason = new Map<string, string[]>();
  for (const pod of result.pods) {
    if (pod.status === 'Pending') byReason.set(pod.reason ?? '', [...(byReason.get(pod.reason ?? '') ?? []), pod.name]);
  }
  const lineHeight = 13;
  let rowY = laneTop + laneHeight / 2;
  const rows: PendingRow[] = [...byReason].map(([reason, names]) => {
    const shown = names.slice(0, narrow ? 3 : 6);
    const more = names.length - shown.length;
    const textX = 100 + shown.length * chipStep;
    // Narrow, the text wraps to the room left of the chips (about 5.5 units a character at the lane's 10-unit type).
    const lines = wrapReason(`${more > 0 ? `(+${more} more) ` : ''}${reason}`, narrow ? Math.floor((width - gap - textX - 10) / 5.5) : undefined);
    const row = { chips: chipsIn(shown, pods, 100, rowY, shown.length), lines, textX, y: rowY };
    rowY += Math.max(chipStep + 4, lines.length * lineHeight + 8);
    return row;
  });
  const laneBottom = Math.max(laneTop + laneHeight, rowY - laneHeight / 2 + 14);
  // The legend: in one row, or two entries to a row with the note on the last row when narrow.
  const legendY = laneBottom + gap + DIAGRAM.legendHeight / 2;
  const perLegendRow = narrow ? 2 : LEGEND.length;
  const entries = LEGEND.map((entry, i) => ({
    ...entry,
    x: gap + 14 + (i % perLegendRow) * (narrow ? DIAGRAM.narrowLegendStep : DIAGRAM.legendStep),
    y: legendY + Math.floor(i / perLegendRow) * DIAGRAM.legendRow,
  }));
  // The note goes right-aligned on the last entries' row when it clears them, else on a row of its own.
  const last = entries[entries.length - 1];
  const entriesEnd = last ? last.x + 14 + last.label.length * DIAGRAM.charWidth11 : 0;
  const lastRow = last ? last.y : legendY;
  const noteFits = width - gap - LEGEND_NOTE.length * DIAGRAM.charWidth11 - entriesEnd >= 12;
  const note = { x: width - gap, y: noteFits ? lastRow : lastRow + DIAGRAM.legendRow };
  const legendRows = Math.round((note.y - legendY) / DIAGRAM.legendRow) + 1;
  return {
    width,
    height: laneBottom + gap + DIAGRAM.legendHeight + (legendRows - 1) * DIAGRAM.legendRow,
    legend: { entries, note },
    zones,
    pending: { y: laneTop, height: laneBottom - laneTop, rows },
  };
}
