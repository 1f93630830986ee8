import type { GatewayFix } from '../../core';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { useFormLocked } from '../common/formLock';

/** One button per fix a finding offers; each applies its changes as one undoable edit. */
export function FixButtons({ fixes }: { fixes: readonly GatewayFix[] }) {
  const { applyFix } = useAppStore(selectActions);
  const locked = useFormLocked();
  if (fixes.length === 0) return null;
  return (
    <span className="fix-buttons">
      {fixes.map((fix) => (
        <button key={fix.label} type="button" className="fix" disabled={locked} onClick={() => applyFix(fix)}>
          Fix: {fix.label}
        </button>
      ))}
    </span>
  );
}
