import { MAX_IMPORT_BYTES } from '../../core';
import type { AppActions } from '../../state/store';

const ACCEPTED = /\.(ya?ml|json)$/i;

/** Reads a dropped or picked file and loads it, or says why not. */
export async function readImportFile(file: File, actions: Pick<AppActions, 'importText' | 'tell'>): Promise<void> {
  if (!ACCEPTED.test(file.name)) {
    actions.tell(`${file.name} was not imported: only .yaml, .yml and .json files can be.`);
    return;
  }
  if (file.size > MAX_IMPORT_BYTES) {
    actions.tell(
      `${file.name} was not imported: it is ${Math.round(file.size / 1024).toLocaleString('en')} kB, and an IstioGateway is a few kilobytes (files up to ${(MAX_IMPORT_BYTES / 1024).toLocaleString('en')} kB are opened). Your YAML is unchanged.`,
    );
    return;
  }
  try {
    actions.importText(await file.text(), file.name);
  } catch {
    actions.tell(`${file.name} could not be read.`);
  }
}
