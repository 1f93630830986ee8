import { Document } from 'yaml';
import { applyAnswers } from './applyAnswer';
import { type PresetId, presetById } from './presetList';
import { API_VERSION, KIND } from './types';
import { PRINT_OPTIONS } from '../yaml/print';

/** A document with only what every IstioGateway has; presets are answers applied to it. */
export function skeletonDocument(): Document {
  return new Document({ apiVersion: API_VERSION, kind: KIND, metadata: {}, spec: {} });
}

const textCache = new Map<PresetId, string>();

/** The YAML text of a preset: the seed example, with its explaining comments. */
export function presetText(id: PresetId): string {
  let text = textCache.get(id);
  if (text === undefined) {
    text = applyAnswers(skeletonDocument(), presetById(id).changes).toString(PRINT_OPTIONS);
    textCache.set(id, text);
  }
  return text;
}
