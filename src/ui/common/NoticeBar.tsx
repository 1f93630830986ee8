import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

/** Reports a whole-document change (a preset) and offers to undo it. */
export function NoticeBar() {
  const notice = useAppStore((state) => state.notice);
  const { undo, dismissNotice, convertJsonToYaml } = useAppStore(selectActions);
  return (
    <div role="status" className={notice ? 'notice' : 'notice notice-empty'}>
      {notice && (
        <>
          <span>{notice.message}</span>
          {notice.offer === 'convert-json' && (
            <button type="button" onClick={convertJsonToYaml}>
              Convert to YAML
            </button>
          )}
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
