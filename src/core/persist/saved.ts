import { parseAsmVersion } from '../gateway/asmVersion';
import { type ClusterSpec, CLUSTER_LIMITS, DEFAULT_CLUSTER, DEFAULT_NODE, type NodeSpec, withUniqueZoneNames, type ZoneSpec } from '../placement/cluster';
import { type StepId, STEPS } from '../gateway/steps';
import { PRESETS, type PresetId } from '../gateway/presetList';
import type { TextOrigin } from '../gateway/basis';
import { restoreEncoding } from '../yaml/decoding';
import { isPlainEncoding, type TextEncoding } from '../yaml/encoding';

/** What survives a reload: the YAML text, the simulated cluster, the wizard step, the preset shown. */
export interface SavedState {
  readonly text: string;
  readonly preset: PresetId;
  readonly step: StepId;
  readonly cluster: ClusterSpec;
  /** How the imported file wrote the text (CRLF, a BOM), for the download; absent: `\n`, no BOM. */
  readonly encoding?: TextEncoding;
  /** The imported file or shared gateway the text came from, to show what was changed since; absent: a preset. Not shared. */
  readonly origin?: TextOrigin;
}

/** A file name longer than this is not a name the Preset control can show: the origin is not restored. */
const MAX_ORIGIN_NAME = 255;

/** A stored origin, or undefined when there is none or it cannot be read (the text is then shown against its preset). */
function restoreOrigin(value: unknown): TextOrigin | undefined {
  if (!isPlain(value) || typeof value.name !== 'string' || typeof value.text !== 'string') return undefined;
  if (value.name === '' || value.name.length > MAX_ORIGIN_NAME || value.text.length > MAX_SAVED_TEXT) return undefined;
  return { name: value.name, text: value.text };
}

/**
 * The stored format. 1: text, preset, step, cluster. 2: and `kept`, the user's own work that a
 * share link replaced, or (`kept.shared`) the shared gateway the user went back from (so it survives a reload too).
 */
export const SAVED_STATE_VERSION = 2;
/** A stored text beyond this is not restored (the editor would not be usable with it anyway). */
export const MAX_SAVED_TEXT = 1_000_000;

export type RestoreResult =
  | { readonly ok: true; readonly state: SavedState; readonly kept?: SavedState; readonly keptIsShared?: boolean; readonly repaired: readonly string[] }
  | { readonly ok: false; readonly reason: string };

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number kept within bounds; a value that had to change is reported. */
function finiteIn(value: unknown, min: number, max: number, fallback: number, repaired: Set<string>): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    if (value !== undefined) repaired.add('some node sizes were not numbers and were reset');
    return fallback;
  }
  if (value < min || value > max) repaired.add('some node sizes were out of range and were adjusted');
  return Math.min(max, Math.max(min, value));
}

function restoreNode(value: unknown, repaired: Set<string>): NodeSpec {
  if (!isPlain(value)) {
    repaired.add('some nodes could not be read and were reset to 4 CPU / 16 GiB');
    return DEFAULT_NODE;
  }
  const cpu = finiteIn(value.cpu, 0.001, 1024, DEFAULT_NODE.cpu, repaired);
  const memoryGiB = finiteIn(value.memoryGiB, 0.001, 65536, DEFAULT_NODE.memoryGiB, repaired);
  return {
    cpu,
    memoryGiB,
    usedCpu: finiteIn(value.usedCpu, 0, cpu, 0, repaired),
    usedMemoryGiB: finiteIn(value.usedMemoryGiB, 0, memoryGiB, 0, repaired),
    zoneLabel: typeof value.zoneLabel === 'boolean' ? value.zoneLabel : true,
  };
}

/** A stored cluster, repaired where it can be; every repair is reported. */
function restoreCluster(value: unknown, repaired: Set<string>): ClusterSpec {
  // Saved before the ASM version was a setting: the default, the newest documented (not a repair).
  let asmVersion = DEFAULT_CLUSTER.asmVersion;
  if (isPlain(value) && value.asmVersion !== undefined) {
    const parsed = typeof value.asmVersion === 'string' ? parseAsmVersion(value.asmVersion) : undefined;
    if (parsed?.ok) asmVersion = parsed.text;
    else repaired.add(`the ASM version could not be read, so ${DEFAULT_CLUSTER.asmVersion} is assumed`);
  }
  if (!isPlain(value) || !Array.isArray(value.zones)) {
    repaired.add('the simulated cluster could not be read, so the default cluster is shown');
    return { ...DEFAULT_CLUSTER, asmVersion };
  }
  const stored: unknown[] = value.zones;
  const zones: ZoneSpec[] = stored
    .filter(isPlain)
    .slice(0, CLUSTER_LIMITS.zones.max)
    .map((zone, i) => {
      const nodes: unknown[] = Array.isArray(zone.nodes) ? zone.nodes : [];
      if (nodes.length > CLUSTER_LIMITS.nodesPerZone.max) repaired.add(`zones keep at most ${CLUSTER_LIMITS.nodesPerZone.max} nodes`);
      return {
        name: typeof zone.name === 'string' && zone.name !== '' ? zone.name.slice(0, 63) : `zone-${i + 1}`,
        nodes: nodes.slice(0, CLUSTER_LIMITS.nodesPerZone.max).map((node) => restoreNode(node, repaired)),
      };
    });
  if (zones.length === 0) {
    repaired.add('the simulated cluster had no zones, so the default cluster is shown');
    return { ...DEFAULT_CLUSTER, asmVersion };
  }
  if (zones.length !== stored.length) repaired.add('some zones could not be read');
  const vSwitchZones = isPlain(value.vSwitchZones)
    ? Object.fromEntries(Object.entries(value.vSwitchZones).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : {};
  const unique = withUniqueZoneNames({ zones, vSwitchZones, asmVersion });
  if (unique.zones.some((zone, i) => zone.name !== zones[i]?.name)) repaired.add('zones with the same name were renamed');
  return unique;
}

/** Earlier formats, upgraded one version at a time: `MIGRATIONS[n]` turns format n into n + 1. */
const MIGRATIONS: Readonly<Record<number, (old: Plain) => Plain>> = {
  // Format 1 had no kept work; everything else reads as it was.
  1: (old) => ({ ...old, version: 2 }),
};

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
  const repaired = new Set<string>();
  const cluster = restoreCluster(current.cluster, repaired);
  const preset = PRESETS.find((candidate) => candidate.id === current.preset)?.id ?? 'ack-node';
  const step = STEPS.find((candidate) => candidate.id === current.step)?.id ?? 'cluster';
  let kept: SavedState | undefined;
  if (current.kept !== undefined) {
    const restored = isPlain(current.kept) ? restoreSavedState({ ...current.kept, version: SAVED_STATE_VERSION }) : undefined;
    if (restored?.ok && restored.kept === undefined) kept = restored.state;
    else repaired.add('the work kept from before a share link was opened could not be read');
  }
  const keptIsShared = kept !== undefined && isPlain(current.kept) && current.kept.shared === true;
  const encoding = restoreEncoding(current.encoding);
  const origin = restoreOrigin(current.origin);
  return {
    ok: true,
    state: { text, preset, step, cluster, ...(isPlainEncoding(encoding) ? {} : { encoding }), ...(origin ? { origin } : {}) },
    ...(kept ? { kept } : {}),
    ...(keptIsShared ? { keptIsShared } : {}),
    repaired: [...repaired],
  };
}

function stored(state: SavedState): Plain {
  return {
    text: state.text,
    preset: state.preset,
    step: state.step,
    cluster: state.cluster,
    ...(state.encoding && !isPlainEncoding(state.encoding) ? { encoding: state.encoding } : {}),
    ...(state.origin ? { origin: state.origin } : {}),
  };
}

/** The stored form of a state, with the kept copy (the work a share link replaced, or the shared gateway), if any. */
export function toSaved(state: SavedState, kept?: SavedState | null, keptIsShared = false): Plain {
  return { version: SAVED_STATE_VERSION, ...stored(state), ...(kept ? { kept: { ...stored(kept), ...(keptIsShared ? { shared: true } : {}) } } : {}) };
}
