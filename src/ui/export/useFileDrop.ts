import { useEffect, useState } from 'react';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { readImportFile } from './importFile';

/** Dropping a file anywhere on the page imports it; returns whether a file is being dragged over the page. */
export function useFileDrop(): boolean {
  const actions = useAppStore(selectActions);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent): void => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void readImportFile(file, actions);
    };
    // Capture, so a drop on the editor imports the file instead of Monaco inserting its name.
    window.addEventListener('dragover', over, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [actions]);
  return dragging;
}
