import { createContext, useContext } from 'react';
import { CLUSTER_FIELD_TEXTS, type FieldKey, type FieldTexts } from '../../core';

/**
 * The fields' help the screen has: the Cluster step's on the first load; the later steps, which load in a chunk of
 * their own, bring theirs and provide all of them (src/ui/wizard/laterSteps.tsx).
 */
export const FieldTextsContext = createContext<Readonly<Partial<Record<FieldKey, FieldTexts>>>>(CLUSTER_FIELD_TEXTS);

/** A field's help, from the texts the screen has. */
export function useFieldTexts(field: FieldKey): FieldTexts | undefined {
  return useContext(FieldTextsContext)[field];
}
