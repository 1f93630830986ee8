import { diffLines } from '../yaml/lineDiff';
import { isPlainEncoding, type TextEncoding } from '../yaml/encoding';
import { MAX_LISTED_CHANGES } from '../yaml/limits';
import { presetById, type PresetId } from './presetList';
import { presetText } from './presets';

/** A document the text came from that is not a preset: an imported file, or a shared gateway. */
export interface TextOrigin {
  /** How the Preset control names it: a file's name, or "the shared gateway". */
  readonly name: string;
  readonly text: string;
}

/** What the Preset control says of the text: a preset as it is, a document as it came, or an edit of one of them. */
export interface BasisStatus {
  /** The text is a preset's, or the origin's, unchanged. */
  readonly unchanged: boolean;
  /** The text is the preset as it is: the Preset control names the preset, not the text's own basis. */
  readonly isPreset: boolean;
  /** The control's words: the preset's label, `Imported: <file>`, or `Custom (edited from …)`. */
  readonly label: string;
  /** What an edit departs from, as the words after "edited from". */
  readonly from: string;
}

/** Where the text stands against the preset it came from (or the file or link it came from). */
export function basisStatus(text: string, encoding: TextEncoding, preset: PresetId, origin: TextOrigin | null): BasisStatus {
  if (origin) {
    const unchanged = text === origin.text;
    return { unchanged, isPreset: false, label: unchanged ? `Imported: ${origin.name}` : `Custom (edited from ${origin.name})`, from: origin.name };
  }
  const label = presetById(preset).label;
  const unchanged = text === presetText(preset) && isPlainEncoding(encoding);
  return { unchanged, isPreset: unchanged, label: unchanged ? label : `Custom (edited from ${label})`, from: label };
}

/** One line of the changes from the basis: kept around a change, removed from the basis, or added. */
export interface ChangedLine {
  readonly kind: 'removed' | 'added' | 'context';
  /** Its line number: in the basis for removed lines, in the text for added and context lines. */
  readonly line: number;
  readonly text: string;
}

/**
 * What differs between the basis and the text, line by line, with one line of context around each change; undefined
 * when more than MAX_LISTED_CHANGES lines differ. Line endings do not count (the text is edited with `\n`).
 */
export function changesFrom(base: string, text: string): ChangedLine[] | undefined {
  const before = base.split('\n');
  const after = text.split('\n');
  const hunks = diffLines(before, after, MAX_LISTED_CHANGES);
  if (!hunks) return undefined;
  const lines: ChangedLine[] = [];
  let shift = 0;
  for (const hunk of hunks) {
    const at = hunk.at + shift;
    const context = before[hunk.at - 1];
    if (hunk.at > 0 && context !== undefined && lines[lines.length - 1]?.line !== at) lines.push({ kind: 'context', line: at, text: context });
    for (let i = 0; i < hunk.remove; i += 1) lines.push({ kind: 'removed', line: hunk.at + i + 1, text: before[hunk.at + i] ?? '' });
    hunk.insert.forEach((inserted, i) => lines.push({ kind: 'added', line: at + i + 1, text: inserted }));
    shift += hunk.insert.length - hunk.remove;
    const following = after[at + hunk.insert.length];
    if (following !== undefined) lines.push({ kind: 'context', line: at + hunk.insert.length + 1, text: following });
  }
  return lines;
}

/** The text an edit departs from: the origin's, or the preset's. */
export function basisText(preset: PresetId, origin: TextOrigin | null): string {
  return origin ? origin.text : presetText(preset);
}
