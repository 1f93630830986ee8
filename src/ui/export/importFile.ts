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
    // Not file.text(): UTF-8 decoding drops a byte order mark, and the download is to give it back as it came.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
    actions.importText(text, file.name);
  } catch {
    actions.tell(`${file.name} could not be read.`);
  }
}
