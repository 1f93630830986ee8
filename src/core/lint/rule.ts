import type { Document } from 'yaml';
import type { IssuePath, Severity } from '../issue';
import type { AnswerChange, Answers, FieldKey } from '../gateway/answers';
import type { DocPath } from '../gateway/docEdit';
import type { GatewayFix, GatewayIssue } from '../gateway/validate';
import type { ClusterSpec } from '../placement/cluster';
import type { GatewayWorkload } from '../placement/workload';

/** What a rule on the answers sees: the wizard's answers and where each lives in the document. */
export interface AnswerContext {
  readonly answers: Answers;
  readonly paths: Readonly<Record<FieldKey, DocPath>>;
}

/** What a rule on the document sees: also the document, the pods it makes, and the simulated cluster. */
export interface DocumentContext extends AnswerContext {
  readonly doc: Document;
  readonly workload: GatewayWorkload;
  readonly cluster: ClusterSpec | undefined;
}

/**
 * An HA rule: a stable id (`ha/…`) and a check returning findings. Answer rules need only the
 * answers, so the form runs them on what is typed before it reaches the YAML.
 */
export interface LintRule<Context> {
  readonly id: string;
  readonly check: (context: Context) => GatewayIssue[];
}

export type AnswerRule = LintRule<AnswerContext>;
export type DocumentRule = LintRule<DocumentContext>;

export function finding(code: string, severity: Severity, message: string, path: IssuePath, fixes?: readonly GatewayFix[]): GatewayIssue {
  return fixes && fixes.length > 0 ? { code, severity, message, path, fixes } : { code, severity, message, path };
}

export function fix(label: string, ...changes: AnswerChange[]): GatewayFix {
  return { label, changes };
}
