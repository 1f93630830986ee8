import type { FieldKey } from '../../core';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

/** Focus handlers that tell the store which answer is being edited (the editor marks its lines). */
export function useFieldFocus(field: FieldKey | undefined): { onFocus: () => void; onBlur: () => void } {
  const { focusField } = useAppStore(selectActions);
  return {
    onFocus: () => {
      if (field) focusField(field);
    },
    onBlur: () => {
      if (field) focusField(null);
    },
  };
}
