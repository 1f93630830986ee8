import type { FieldCode } from '../gateway/validate';
import type { LintCode } from '../lint/lintGateway';
import type { PlacementCode } from '../placement/result';
import type { SchemaCode } from '../schema/validateSchema';

/**
 * Every code a finding of the document can carry, as the checks declare them: the field checks,
 * the HA rules, the schema and the placement. A table keyed by it (texts per language) that
 * misses or misspells a code does not compile.
 */
export type FindingCode = FieldCode | LintCode | SchemaCode | PlacementCode;
