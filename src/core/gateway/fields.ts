import type { FieldKey } from './answers';
import { FIELD_TABLE } from './fieldRows';
import type { FieldTexts } from './fieldSources';
import type { FieldRow } from './fieldTable';
import { CLUSTER_FIELD_TEXTS } from './fieldTexts';
import { LATER_FIELD_TEXTS } from './laterFieldTexts';

/** What a field is: its row (name, step, limits) and its help. */
export type FieldInfo = FieldRow & FieldTexts;

/** Every field's help, under the field's key. */
export const FIELD_TEXTS: Readonly<Record<FieldKey, FieldTexts>> = { ...CLUSTER_FIELD_TEXTS, ...LATER_FIELD_TEXTS };

/**
 * Every field with its row and its help, for tests and tools. The app does not import it: the first screen carries the
 * Cluster step's texts only (the later steps bring theirs).
 */
export const FIELDS: Readonly<Record<FieldKey, FieldInfo>> = /* @__PURE__ */ Object.fromEntries(
  (Object.keys(FIELD_TABLE) as FieldKey[]).map((field): [FieldKey, FieldInfo] => [field, { ...FIELD_TABLE[field], ...FIELD_TEXTS[field] }]),
) as Readonly<Record<FieldKey, FieldInfo>>;
