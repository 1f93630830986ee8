import type { GatewayFix, Issue } from '../../core';
import { FieldMessages } from './FieldMessages';

/** A list's own problems (not any one row's), announced politely. */
export function ListMessages({ id, issues }: { id: string; issues: readonly Issue<GatewayFix>[] }) {
  return <div aria-live="polite">{issues.length > 0 && <FieldMessages id={id} issues={issues} />}</div>;
}
