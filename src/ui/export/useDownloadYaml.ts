import { downloadFileName, encodeText } from '../../core';
import { selectAnswers } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { downloadText } from './exportText';

/**
 * The YAML's file name, and a function that saves the YAML as it stands when it is called (with the imported file's
 * line breaks and BOM): the Export step and the introduction's quick start both download through it.
 */
export function useDownloadYaml(): { readonly fileName: string; readonly download: () => string } {
  const fileName = useAppStore((state) => downloadFileName(selectAnswers(state), state.status !== 'gateway'));
  const store = useAppStoreApi();
  return {
    fileName,
    download: () => {
      const state = store.getState();
      const name = downloadFileName(selectAnswers(state), state.status !== 'gateway');
      downloadText(name, encodeText(state.text, state.encoding));
      return name;
    },
  };
}
