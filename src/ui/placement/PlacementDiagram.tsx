import { type KeyboardEvent, type ReactNode, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import type { PlacementResult } from '../../core';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { type ChipBox, DIAGRAM, type DiagramLayout, LEGEND_NOTE, layoutDiagram, type NodeBox, type ZoneBox } from './diagramLayout';

export const DIAGRAM_ID = 'placement-diagram';

const INK = '#1b1f24';
const MUTED = '#57606a';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
const CHIP_FILL: Record<ChipBox['role'], string> = { replica: '#0b5cad', replacement: '#137333', surge: '#8e24aa' };

function onActivate(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };
}

function Chip({ chip }: { chip: ChipBox }) {
  const lost = chip.status === 'Lost' || chip.status === 'Removed';
  const pending = chip.status === 'Pending';
  return (
    <g>
      <title>{`${chip.pod}: ${chip.status}`}</title>
      <circle
        cx={chip.x}
        cy={chip.y}
        r={DIAGRAM.chip}
        fill={lost ? '#ffffff' : pending ? '#f9ab00' : CHIP_FILL[chip.role]}
        stroke={lost ? '#b3261e' : 'none'}
        strokeWidth={lost ? 2 : 0}
        strokeDasharray={lost ? '3 2' : undefined}
      />
      <text x={chip.x} y={chip.y + 4} textAnchor="middle" fontSize={10} fontFamily={FONT} fontWeight={700} fill={lost ? '#b3261e' : pending ? INK : '#ffffff'}>
        {chip.label}
      </text>
    </g>
  );
}

function Toggle({ label, pressed, onToggle, children }: { label: string; pressed: boolean; onToggle: () => void; children: ReactNode }) {
  return (
    <g role="button" tabIndex={0} aria-label={label} aria-pressed={pressed} className="diagram-button" onClick={onToggle} onKeyDown={onActivate(onToggle)}>
      {children}
    </g>
  );
}

function NodeRow({ node, onToggle }: { node: NodeBox; onToggle: () => void }) {
  return (
    <g>
      <Toggle label={`Fail node ${node.name}`} pressed={node.failed} onToggle={onToggle}>
        <rect
          x={node.x}
          y={node.y}
          width={node.width}
          height={node.height}
          rx={5}
          fill={node.failed ? '#f1f3f4' : '#ffffff'}
          stroke={node.failed ? '#b3261e' : '#8c959f'}
          strokeDasharray={node.zoneLabel ? undefined : '4 3'}
        />
        <text x={node.x + 8} y={node.y + DIAGRAM.nodeHeight / 2 + 4} fontSize={11} fontFamily={FONT} fill={node.failed ? '#b3261e' : INK}>
          {node.failed ? `✕ ${node.short}` : node.short}
        </text>
      </Toggle>
      {node.chips.map((chip) => (
        <Chip key={chip.pod} chip={chip} />
      ))}
      {node.more > 0 && (
        <text x={node.x + node.width - 8} y={node.y + node.height - 8} fontSize={11} fontFamily={FONT} fill={INK} textAnchor="end">
          +{node.more}
        </text>
      )}
    </g>
  );
}

function Zone({ zone, mode, expanded }: { zone: ZoneBox; mode: PlacementResult['mode']; expanded: boolean }) {
  const { toggleZoneFailure, toggleNodeFailure, toggleZoneExpanded } = useAppStore(selectActions);
  return (
    <g>
      <rect x={zone.x} y={zone.y} width={zone.width} height={zone.height} rx={8} fill={zone.failed ? '#fdecea' : '#f4f6f8'} stroke="#d0d7de" />
      <Toggle label={`Fail zone ${zone.name}`} pressed={zone.failed} onToggle={() => toggleZoneFailure(zone.name)}>
        <rect x={zone.x} y={zone.y} width={zone.width} height={DIAGRAM.header} rx={8} fill={zone.failed ? '#b3261e' : '#dbe7f5'} />
        <text x={zone.x + 10} y={zone.y + 20} fontSize={12} fontWeight={700} fontFamily={FONT} fill={zone.failed ? '#ffffff' : INK}>
          {zone.failed ? `✕ ${zone.name} (failed)` : zone.name}
        </text>
      </Toggle>
      {mode === 'eci' && zone.caption && (
        <text x={zone.x + 10} y={zone.y + DIAGRAM.header + 20} fontSize={10} fontFamily={FONT} fill={MUTED}>
          {zone.caption.map((line, i) => (
            <tspan key={i} x={zone.x + 10} dy={i === 0 ? 0 : DIAGRAM.captionLine}>
              {line}
            </tspan>
          ))}
        </text>
      )}
      {zone.nodes.map((node) => (
        <NodeRow key={node.name} node={node} onToggle={() => toggleNodeFailure(node.name)} />
      ))}
      {zone.chips.map((chip) => (
        <Chip key={chip.pod} chip={chip} />
      ))}
      {zone.summary &&
        (zone.summary.expandable ? (
          <Toggle label={`${zone.summary.text} (${zone.name})`} pressed={expanded} onToggle={() => toggleZoneExpanded(zone.name)}>
            <text x={zone.x + 14} y={zone.summary.y} fontSize={11} fontFamily={FONT} fill="#0b5cad" textDecoration="underline">
              {zone.summary.text}
            </text>
          </Toggle>
        ) : (
          <text x={zone.x + 14} y={zone.summary.y} fontSize={11} fontFamily={FONT} fill={MUTED}>
            {zone.summary.text}
          </text>
        ))}
    </g>
  );
}

function Legend({ layout }: { layout: DiagramLayout['legend'] }) {
  return (
    <g aria-hidden="true">
      {layout.entries.map((entry) => (
        <g key={entry.label}>
          <Chip chip={{ pod: entry.label, label: '', role: entry.role, status: entry.status, x: entry.x, y: entry.y }} />
          <text x={entry.x + 14} y={entry.y + 4} fontSize={11} fontFamily={FONT} fill={MUTED}>
            {entry.label}
          </text>
        </g>
      ))}
      <text x={layout.note.x} y={layout.note.y + 4} fontSize={11} fontFamily={FONT} fill={MUTED} textAnchor="end">
        {LEGEND_NOTE}
      </text>
    </g>
  );
}

/** Below this width (CSS pixels) the three-column diagram would scale its text below 60%: zones stack instead. */
const NARROW_BELOW = 520;

/**
 * Whether the element's parent is narrow (a phone): measured before the first paint (the wide diagram, several times
 * shorter, would show for a frame and then push what follows down), and again on resize.
 */
function useNarrow(element: RefObject<Element | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const parent = element.current?.parentElement;
    if (!parent) return;
    const measure = (): void => setNarrow(parent.clientWidth < NARROW_BELOW);
    // Measuring the layout before the browser paints, as React's documentation shows for useLayoutEffect.
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    return () => observer.disconnect();
  }, [element]);
  return narrow;
}

/** Zones as columns (stacked on a phone), nodes inside their zone, pods inside their node, Pending pods in their own lane. */
export function PlacementDiagram({ result }: { result: PlacementResult }) {
  const expandedZones = useAppStore((state) => state.diagram.expandedZones);
  const expanded = new Set(expandedZones);
  const svg = useRef<SVGSVGElement>(null);
  const layout = layoutDiagram(result, expanded, { narrow: useNarrow(svg) });
  return (
    <svg
      ref={svg}
      id={DIAGRAM_ID}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
      role="group"
      aria-label="Placement diagram: zones, nodes and gateway pods. Activate a zone or a node to fail it; again to restore it."
      className="placement-diagram"
    >
      <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />
      {layout.zones.map((zone) => (
        <Zone key={zone.name} zone={zone} mode={result.mode} expanded={expanded.has(zone.name)} />
      ))}
      <g>
        {/* Amber only when a pod waits: an empty lane is not a warning. */}
        <rect
          className={layout.pending.rows.length === 0 ? 'pending-lane pending-lane-empty' : 'pending-lane pending-lane-waiting'}
          x={DIAGRAM.gap}
          y={layout.pending.y}
          width={layout.width - 2 * DIAGRAM.gap}
          height={layout.pending.height}
          rx={8}
          fill={layout.pending.rows.length === 0 ? '#f8f9fa' : '#fff8e1'}
          stroke={layout.pending.rows.length === 0 ? '#dadce0' : '#f9ab00'}
        />
        <text x={DIAGRAM.gap + 10} y={layout.pending.y + DIAGRAM.laneHeight / 2 + 4} fontSize={12} fontWeight={700} fontFamily={FONT} fill={INK}>
          Pending
        </text>
        {layout.pending.rows.length === 0 && (
          <text x={100} y={layout.pending.y + DIAGRAM.laneHeight / 2 + 4} fontSize={11} fontFamily={FONT} fill={MUTED}>
            none
          </text>
        )}
        {layout.pending.rows.map((row) => (
          <g key={row.lines.join(' ')}>
            {row.chips.map((chip) => (
              <Chip key={chip.pod} chip={chip} />
            ))}
            <text x={row.textX} y={row.y + 4} fontSize={10} fontFamily={FONT} fill={INK}>
              {row.lines.map((line, i) => (
                <tspan key={line} x={row.textX} dy={i === 0 ? 0 : 13}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </g>
      <Legend layout={layout.legend} />
    </svg>
  );
}
