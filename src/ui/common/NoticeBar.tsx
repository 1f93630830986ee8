import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

/** Reports a whole-document change (a preset) and offers to undo it. */
export function NoticeBar() {
  const notice = useAppStore((state) => state.notice);
  const { undo, dismissNotice } = useAppStore(selectActions);
  return (
    <div role="status" className={notice ? 'notice' : 'notice notice-empty'}>
      {notice && (
        <>
          <span>{notice.message}</span>
          {notice.undoable && (
            <button type="button" onClick={undo}>
              Undo
            </button>
          )}
          <button type="button" className="dismiss" aria-label="Dismiss message" onClick={dismissNotice}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
