import { useRef } from 'react';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { readImportFile } from './importFile';

/** Opens a .yaml, .yml or .json file and loads it into the editor (undoable). */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const actions = useAppStore(selectActions);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import YAML
      </button>
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml"
        hidden
        aria-label="YAML file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void readImportFile(file, actions);
        }}
      />
    </>
  );
}
