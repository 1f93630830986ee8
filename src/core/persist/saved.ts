import { type ClusterSpec, CLUSTER_LIMITS, DEFAULT_NODE, type NodeSpec, type ZoneSpec } from '../placement/cluster';
import { type StepId, STEPS } from '../gateway/fields';
import { PRESETS, type PresetId } from '../gateway/presets';

/** What survives a reload: the YAML text, the simulated cluster, the wizard step, the preset shown. */
export interface SavedState {
  readonly text: string;
  readonly preset: PresetId;
  readonly step: StepId;
  readonly cluster: ClusterSpec;
}

export const SAVED_STATE_VERSION = 1;
/** A stored text beyond this is not restored (the editor would not be usable with it anyway). */
export const MAX_SAVED_TEXT = 1_000_000;

export type RestoreResult =
  | { readonly ok: true; readonly state: SavedState; readonly repaired: readonly string[] }
  | { readonly ok: false; readonly reason: string };

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function restoreNode(value: unknown): NodeSpec {
  if (!isPlain(value)) return DEFAULT_NODE;
  const cpu = finiteIn(value.cpu, 0.001, 1024, DEFAULT_NODE.cpu);
  const memoryGiB = finiteIn(value.memoryGiB, 0.001, 65536, DEFAULT_NODE.memoryGiB);
  return {
    cpu,
    memoryGiB,
    usedCpu: finiteIn(value.usedCpu, 0, cpu, 0),
    usedMemoryGiB: finiteIn(value.usedMemoryGiB, 0, memoryGiB, 0),
    zoneLabel: typeof value.zoneLabel === 'boolean' ? value.zoneLabel : true,
  };
}

/** A stored cluster, repaired where it can be: sizes clamped, missing fields defaulted. */
function restoreCluster(value: unknown, repaired: string[]): ClusterSpec | undefined {
  if (!isPlain(value) || !Array.isArray(value.zones)) return undefined;
  const zones: ZoneSpec[] = value.zones
    .filter(isPlain)
    .slice(0, CLUSTER_LIMITS.zones.max)
    .map((zone, i) => ({
      name: typeof zone.name === 'string' && zone.name !== '' ? zone.name.slice(0, 63) : `zone-${i + 1}`,
      nodes: (Array.isArray(zone.nodes) ? zone.nodes : []).slice(0, CLUSTER_LIMITS.nodesPerZone.max).map(restoreNode),
    }));
  if (zones.length === 0) return undefined;
  if (zones.length !== value.zones.length) repaired.push('some zones could not be read');
  const vSwitchZones = isPlain(value.vSwitchZones)
    ? Object.fromEntries(Object.entries(value.vSwitchZones).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : {};
  return { zones, vSwitchZones };
}

/** Earlier formats, upgraded one version at a time. (Version 1 is the first; nothing to migrate yet.) */
const MIGRATIONS: Readonly<Record<number, (old: Plain) => Plain>> = {};

/**
 * Turns untrusted stored data (already JSON-parsed) into a valid SavedState, or says why it can't.
 * Never throws. A state from a newer version of the app is refused, so it is not overwritten blindly.
 */
export function restoreSavedState(data: unknown): RestoreResult {
  if (!isPlain(data)) return { ok: false, reason: 'it is not a saved state' };
  let version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'it has no valid format version' };
  if (version > SAVED_STATE_VERSION) return { ok: false, reason: `it was saved by a newer version of this app (format ${version})` };
  let current: Plain = data;
  while (version < SAVED_STATE_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, reason: `format ${version} can no longer be read` };
    current = migrate(current);
    version += 1;
  }
  const text = current.text;
  if (typeof text !== 'string') return { ok: false, reason: 'it holds no YAML text' };
  if (text.length > MAX_SAVED_TEXT) return { ok: false, reason: 'its YAML text is too large' };
  const repaired: string[] = [];
  const cluster = restoreCluster(current.cluster, repaired);
  if (!cluster) return { ok: false, reason: 'its cluster could not be read' };
  const preset = PRESETS.find((candidate) => candidate.id === current.preset)?.id ?? 'ack-node';
  const step = STEPS.find((candidate) => candidate.id === current.step)?.id ?? 'cluster';
  return { ok: true, state: { text, preset, step, cluster }, repaired };
}

/** The stored form of a state. */
export function toSaved(state: SavedState): Plain {
  return { version: SAVED_STATE_VERSION, text: state.text, preset: state.preset, step: state.step, cluster: state.cluster };
}
