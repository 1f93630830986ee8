import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { type StepId, STEPS } from '../gateway/steps';
import { presetText } from '../gateway/presets';
import { DEFAULT_PRESET, PRESETS, type PresetId } from '../gateway/presetList';
import { restoreSavedState, type SavedState, SAVED_STATE_VERSION } from '../persist/saved';
import { DEFAULT_CLUSTER } from '../placement/cluster';
import { restoreEncoding } from '../yaml/decoding';
import { isPlainEncoding } from '../yaml/encoding';
import { applyHunks, diffLines, type Hunk } from '../yaml/lineDiff';
import { SHARE_PREFIX } from './prefix';

export { SHARE_PREFIX };

/**
 * Share links: the state in the URL's fragment (`#share=1.…`), which browsers never send to a
 * server. Only what differs from the defaults is written: the text as line changes to the preset
 * it is closest to (or whole, when it is close to none), and the preset, step and simulated cluster
 * only when they are not the defaults. The JSON is DEFLATE-compressed (fflate), preceded by a
 * 32-bit checksum of the compressed bytes, and written in base64url; the number before the dot is the format version.
 */
export const SHARE_VERSION = 1;
/** The longest fragment opened or made: chat tools and mail clients cut longer links. */
export const MAX_SHARE_LENGTH = 8192;
/** The most the payload may inflate to: a bounded answer to a compression bomb. */
const MAX_PAYLOAD_BYTES = 1024 * 1024;
/** Beyond this many changed lines a text is written whole: a diff would not be shorter, and costs O(N·D). */
const MAX_DIFF_EDITS = 400;

type HunkRecord = [number, number, ...string[]];

interface Payload {
  /** The preset the text is written against; absent: the empty text (the text is written whole). */
  b?: PresetId;
  /** The line changes from `b` to the text. */
  d?: HunkRecord[];
  /** The preset the Preset select shows, when not the default. */
  p?: PresetId;
  /** The wizard step, when not the first. */
  s?: StepId;
  /** The simulated cluster, when not the default. */
  c?: unknown;
  /** The file's line breaks and BOM, when not `\n` and none. */
  e?: unknown;
}

export type ShareEncoding = { readonly ok: true; readonly fragment: string } | { readonly ok: false; readonly message: string };

export type ShareProblem = 'too-long' | 'unknown-version' | 'damaged' | 'invalid';

export type ShareDecoding =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly state: SavedState }
  | { readonly kind: 'error'; readonly problem: ShareProblem; readonly message: string };

const NOTHING_CHANGED = 'Nothing was changed.';

function lines(text: string): string[] {
  return text.split('\n');
}

/** FNV-1a, 32 bits, of the compressed bytes: catches a changed or dropped character, which DEFLATE alone may not (it ignores the bits after its end). */
function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Map(Array.from({ length: ALPHABET.length }, (_, i) => [ALPHABET.charAt(i), i]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const count = Math.min(3, bytes.length - i) + 1;
    for (let j = 0; j < count; j += 1) out += ALPHABET.charAt((chunk >> (18 - 6 * j)) & 63);
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    const value = VALUE_OF.get(char);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  // Only the canonical spelling: bits left over after the last byte must be zero, so every character counts.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return bytes;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The text as line changes to the preset it is closest to, or whole. */
function textPayload(text: string): Pick<Payload, 'b' | 'd'> {
  const target = lines(text);
  let best: Pick<Payload, 'b' | 'd'> = { d: [[0, 1, ...target]] };
  let bestSize = JSON.stringify(best).length;
  for (const preset of PRESETS) {
    const hunks = diffLines(lines(presetText(preset.id)), target, MAX_DIFF_EDITS);
    if (!hunks) continue;
    const candidate: Pick<Payload, 'b' | 'd'> =
      hunks.length === 0 ? { b: preset.id } : { b: preset.id, d: hunks.map((hunk): HunkRecord => [hunk.at, hunk.remove, ...hunk.insert]) };
    const size = JSON.stringify(candidate).length;
    if (size < bestSize) {
      best = candidate;
      bestSize = size;
    }
  }
  return best;
}

/** A JSON text packed as a fragment of the current version: checksum, DEFLATE, base64url. Exported for tests of hostile payloads. */
export function packShareJson(text: string, version = SHARE_VERSION): string {
  const json = strToU8(text);
  const packed = deflateSync(json, { level: 9, mem: 8 });
  const bytes = new Uint8Array(4 + packed.length);
  new DataView(bytes.buffer).setUint32(0, checksum(packed));
  bytes.set(packed, 4);
  return `${SHARE_PREFIX}${version}.${toBase64Url(bytes)}`;
}

/** The fragment (without `#`) that holds `state`, or why it cannot be shared as a link. */
export function encodeShareState(state: SavedState): ShareEncoding {
  const payload: Payload = {
    ...textPayload(state.text),
    ...(state.preset === DEFAULT_PRESET ? {} : { p: state.preset }),
    ...(state.step === 'cluster' ? {} : { s: state.step }),
    ...(sameJson(state.cluster, DEFAULT_CLUSTER) ? {} : { c: state.cluster }),
    ...(state.encoding && !isPlainEncoding(state.encoding) ? { e: state.encoding } : {}),
  };
  const fragment = packShareJson(JSON.stringify(payload));
  if (fragment.length > MAX_SHARE_LENGTH) {
    return {
      ok: false,
      message: `This gateway is too large to share as a link (${fragment.length.toLocaleString('en')} characters; links hold up to ${MAX_SHARE_LENGTH.toLocaleString('en')}). Download the YAML and send the file instead.`,
    };
  }
  return { ok: true, fragment };
}

const problem = (kind: ShareProblem, message: string): ShareDecoding => ({ kind: 'error', problem: kind, message: `${message} ${NOTHING_CHANGED}` });
const DAMAGED = 'This share link is damaged: it may have been cut short or changed on its way to you. Ask for the link again.';

function isHunkRecord(value: unknown): value is HunkRecord {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    Number.isInteger(value[0]) &&
    Number.isInteger(value[1]) &&
    value.slice(2).every((line) => typeof line === 'string')
  );
}

function isPresetId(value: unknown): value is PresetId {
  return PRESETS.some((preset) => preset.id === value);
}

/** Reads a payload that passed the checksum: every field is still checked, nothing is trusted. */
function readPayload(data: unknown): ShareDecoding {
  const invalid = (what: string) => problem('invalid', `This share link cannot be opened: ${what}.`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return invalid('it holds no configurator state');
  const payload = data as Record<string, unknown>;
  const known = new Set(['b', 'd', 'p', 's', 'c', 'e']);
  const unknown = Object.keys(payload).filter((key) => !known.has(key));
  if (unknown.length > 0) return invalid(`it holds fields this version does not know (${unknown.join(', ')})`);
  if (payload.b !== undefined && !isPresetId(payload.b)) return invalid('it is based on a preset this version does not have');
  if (payload.p !== undefined && !isPresetId(payload.p)) return invalid('it names a preset this version does not have');
  if (payload.s !== undefined && !STEPS.some((step) => step.id === payload.s)) return invalid('it names a wizard step this version does not have');
  if (payload.d !== undefined && !(Array.isArray(payload.d) && payload.d.every(isHunkRecord))) return invalid('its text changes are malformed');
  const hunks: Hunk[] = (payload.d ?? []).map(([at, remove, ...insert]) => ({ at, remove, insert }));
  const base = payload.b === undefined ? [''] : lines(presetText(payload.b));
  const text = applyHunks(base, hunks);
  if (!text) return invalid('its text changes do not fit the preset they are based on');
  const restored = restoreSavedState({
    version: SAVED_STATE_VERSION,
    text: text.join('\n'),
    preset: payload.p ?? DEFAULT_PRESET,
    step: payload.s ?? 'cluster',
    cluster: payload.c ?? DEFAULT_CLUSTER,
    ...(payload.e === undefined ? {} : { encoding: restoreEncoding(payload.e) }),
  });
  if (!restored.ok) return invalid(restored.reason);
  if (restored.repaired.length > 0) return invalid(`its simulated cluster is not valid (${restored.repaired.join('; ')})`);
  return { kind: 'ok', state: restored.state };
}

/**
 * Reads a URL fragment (with or without `#`). `none` when it is not a share link; otherwise the
 * state, or one message saying why the link cannot be opened (too long, from an unknown format
 * version, damaged, or holding something invalid). Never throws.
 */
export function decodeShareFragment(hash: string): ShareDecoding {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(SHARE_PREFIX)) return { kind: 'none' };
  if (fragment.length > MAX_SHARE_LENGTH) {
    return problem(
      'too-long',
      `This share link is too long to open (${fragment.length.toLocaleString('en')} characters; links hold up to ${MAX_SHARE_LENGTH.toLocaleString('en')}).`,
    );
  }
  const body = fragment.slice(SHARE_PREFIX.length);
  const dot = body.indexOf('.');
  const version = dot > 0 ? body.slice(0, dot) : '';
  if (!/^\d{1,6}$/.test(version)) return problem('damaged', DAMAGED);
  if (Number(version) !== SHARE_VERSION) {
    return problem(
      'unknown-version',
      Number(version) > SHARE_VERSION
        ? `This share link was made by a newer version of the configurator (link format ${version}; this page reads format ${SHARE_VERSION}). Open it with the newer version.`
        : `This share link uses a link format this version does not read (format ${version}).`,
    );
  }
  const bytes = fromBase64Url(body.slice(dot + 1));
  if (!bytes || bytes.length < 5) return problem('damaged', DAMAGED);
  if (new DataView(bytes.buffer, bytes.byteOffset).getUint32(0) !== checksum(bytes.subarray(4))) return problem('damaged', DAMAGED);
  let json: Uint8Array;
  try {
    const out = new Uint8Array(MAX_PAYLOAD_BYTES + 1);
    json = inflateSync(bytes.subarray(4), { out });
  } catch {
    return problem('damaged', DAMAGED);
  }
  if (json.length > MAX_PAYLOAD_BYTES) return problem('too-long', 'This share link holds more than the configurator opens (over a megabyte of state).');

  let data: unknown;
  try {
    data = JSON.parse(strFromU8(json));
  } catch {
    return problem('damaged', DAMAGED);
  }
  return readPayload(data);
}
