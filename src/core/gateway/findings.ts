import type { Document } from 'yaml';
import { validateSchema } from '../schema/validateSchema';
import { plainOf } from '../yaml/parse';
import { fieldPaths } from './fields';
import { readAnswers } from './readAnswers';
import { type GatewayIssue, validateAnswers } from './validate';

const key = (path: readonly (string | number)[]): string => path.join('\u0000');

/**
 * Every problem of an IstioGateway document that the configurator checks: its shape against the
 * schema, and the field rules. A path the field rules speak about is not reported again by the
 * schema, so each problem appears once.
 */
export function documentFindings(doc: Document): GatewayIssue[] {
  const plain = plainOf(doc);
  if (!plain.ok) return [];
  const data = plain.value;
  const fields = validateAnswers(readAnswers(doc), fieldPaths(doc));
  const taken = new Set(fields.map((issue) => key(issue.path)));
  return [...validateSchema(data).filter((issue) => !taken.has(key(issue.path))), ...fields];
}
