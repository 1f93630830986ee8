import type { Document } from 'yaml';
import type { Issue } from '../issue';
import { fieldPaths } from '../gateway/fieldPaths';
import type { GatewayIssue } from '../gateway/gatewayIssue';
import { readAnswers } from '../gateway/readAnswers';
import { lintDocument, SUPERSEDED_BY } from '../lint/lintGateway';
import type { ClusterSpec } from '../placement/cluster';
import { type GatewayWorkload, readWorkload } from '../placement/workload';
import { validateSchema } from '../schema/validateSchema';
import { plainOf } from '../yaml/parse';
import { answerFindings } from './answerFindings';

const key = (path: readonly (string | number)[]): string => path.join('\u0000');

export interface FindingSources {
  /** The simulated cluster the document rules read (Required caps, rollout deadlocks). */
  readonly cluster?: ClusterSpec;
  /** The pods the document makes (`readWorkload(doc)`), when the caller already has them. */
  readonly workload?: GatewayWorkload;
  /** What the placement simulation of this document in `cluster` found. */
  readonly placement?: readonly Issue[];
}

/**
 * Every problem of an IstioGateway document: its shape against the schema, malformed answers,
 * the HA rules (on the answers, and on the document with the simulated cluster) and the
 * placement's findings. Each problem appears once: the schema does not repeat an error a field
 * check or rule reports at the same path, a rule does not warn about a value the schema says is
 * of the wrong type, a placement finding an HA rule restates is left out, and the same code at
 * the same path is kept once.
 */
export function documentFindings(doc: Document, sources: FindingSources = {}): GatewayIssue[] {
  const plain = plainOf(doc);
  if (!plain.ok) return [];
  const answers = readAnswers(doc);
  const paths = fieldPaths(doc);
  const rules = [...answerFindings(answers, paths)];
  rules.push(...lintDocument(doc, answers, paths, sources.workload ?? readWorkload(doc), sources.cluster));
  const codes = new Set(rules.map((issue) => issue.code));
  // An ASM Serverless gateway runs on infrastructure ASM manages: no simulated cluster of the user's places its pods.
  const placement = (answers.clusterType === 'ASMServerless' ? [] : (sources.placement ?? []))
    .filter((issue) => {
      const by = SUPERSEDED_BY.get(issue.code);
      return by === undefined || !codes.has(by);
    })
    .map((issue): GatewayIssue => ({ code: issue.code, severity: issue.severity, message: issue.message, path: issue.path }));
  // One problem, one finding: an error on a value (field check or rule) says more than the
  // schema's error on the same path; a schema error (a value of the wrong type) makes the rules'
  // warnings there moot, as they read the value as unset.
  const ruleErrors = new Set(rules.filter((issue) => issue.severity === 'error').map((issue) => key(issue.path)));
  const schema = validateSchema(plain.value).filter((issue) => !ruleErrors.has(key(issue.path)));
  const schemaErrors = new Set(schema.filter((issue) => issue.severity === 'error').map((issue) => key(issue.path)));
  const kept = rules.filter((issue) => issue.severity === 'error' || !schemaErrors.has(key(issue.path)));
  const seen = new Set<string>();
  return [...schema, ...kept, ...placement].filter((issue) => {
    const id = `${issue.code}\u0001${key(issue.path)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
