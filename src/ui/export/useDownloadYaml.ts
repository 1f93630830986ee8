import { downloadFileName, encodeText } from '../../core';
import { selectAnswers } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { downloadText } from './exportText';

/**
 * The YAML's file name, and a function that saves the YAML with every edit asked for so far (on a first visit, an answer
 * typed while the engine loads is written first), with the imported file's line breaks and BOM, and calls `saved` with
 * the file's name: the Export step and the introduction's quick start both download through it.
 */
export function useDownloadYaml(): { readonly fileName: string; readonly download: (saved?: (name: string) => void) => void } {
  const fileName = useAppStore((state, store) => downloadFileName(selectAnswers(state, store), state.status !== 'gateway'));
  const store = useAppStoreApi();
  return {
    fileName,
    download: (saved) => {
      store.actions.afterPendingEdits(() => {
        const state = store.getState();
        const name = downloadFileName(selectAnswers(state, store), state.status !== 'gateway');
        downloadText(name, encodeText(state.text, state.encoding));
        saved?.(name);
      });
    },
  };
}
