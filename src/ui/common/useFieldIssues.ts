import type { FieldKey, GatewayIssue } from '../../core';
import { selectReport } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

const NONE: readonly GatewayIssue[] = [];

/** The document's findings that belong to one field (stable between renders of the same document). */
export function useFieldIssues(field: FieldKey): readonly GatewayIssue[] {
  return useAppStore((state, store) => selectReport(state, store).byField[field]) ?? NONE;
}
