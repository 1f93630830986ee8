import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

/** The one history of form and editor edits (Ctrl+Z / Ctrl+Y in the editor do the same). */
export function UndoRedo() {
  const canUndo = useAppStore((state) => state.past.length > 0);
  const canRedo = useAppStore((state) => state.future.length > 0);
  const { undo, redo } = useAppStore(selectActions);
  return (
    <>
      <button type="button" disabled={!canUndo} onClick={undo}>
        Undo edit
      </button>
      <button type="button" disabled={!canRedo} onClick={redo}>
        Redo edit
      </button>
    </>
  );
}
