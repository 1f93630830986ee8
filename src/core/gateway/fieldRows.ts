import type { FieldKey } from './answers';
import { type FieldRow, SCALAR_FIELDS, SHAPED_FIELDS } from './fieldTable';
import type { StepId } from './steps';

/**
 * Every field's row: the scalar fields and those with a shape of their own (a field missing here does not compile).
 * Without the help texts (fields.ts), so that the rules and findings that name a field do not carry them.
 */
export const FIELD_TABLE: Readonly<Record<FieldKey, FieldRow>> = { ...SCALAR_FIELDS, ...SHAPED_FIELDS };

type AnyFieldRow = typeof SCALAR_FIELDS & typeof SHAPED_FIELDS;

/** The fields a step shows (e.g. `FieldOnStep<'cluster'>`). */
export type FieldOnStep<S extends StepId> = { [F in FieldKey]: AnyFieldRow[F]['step'] extends S ? F : never }[FieldKey];
