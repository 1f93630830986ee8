import type { Document } from 'yaml';
import type { IssuePath, Severity } from '../issue';
import type { AnswerChange, Answers, FieldKey } from '../gateway/answers';
import type { DocPath } from '../gateway/docEdit';
import type { GatewayFix, GatewayIssue } from '../gateway/gatewayIssue';
import type { ClusterSpec } from '../placement/cluster';
import type { PlacementCode } from '../placement/result';
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

/** What one code of a rule means beyond its findings. */
export interface CodeTraits {
  /**
   * The value is one Kubernetes or ECI refuses (the form does not write it), not one that is
   * accepted but unsafe.
   */
  readonly refused?: true;
  /** Placement findings that say again what this code says, less precisely and without fixes: left out when it is found. */
  readonly supersedes?: readonly PlacementCode[];
}

/**
 * An HA rule: a stable id (`ha/…`), the codes its findings carry (a finding with any other code
 * does not compile) and a check returning findings. Answer rules need only the answers, so the
 * form runs them on what is typed before it reaches the YAML.
 */
export interface LintRule<Context, Code extends string = string> {
  readonly id: string;
  readonly codes: Readonly<Record<Code, CodeTraits>>;
  readonly check: (context: Context) => GatewayIssue<NoInfer<Code>>[];
}

export type AnswerRule<Code extends string = string> = LintRule<AnswerContext, Code>;
export type DocumentRule<Code extends string = string> = LintRule<DocumentContext, Code>;

/** The codes of a rule, or of each rule of a union. */
export type CodeOf<Rule extends LintRule<never>> = Rule extends unknown ? keyof Rule['codes'] & string : never;

/** An answer rule, its codes taken from its declaration. */
export function answerRule<Code extends string>(rule: AnswerRule<Code>): AnswerRule<Code> {
  return rule;
}

/** A document rule, its codes taken from its declaration. */
export function documentRule<Code extends string>(rule: DocumentRule<Code>): DocumentRule<Code> {
  return rule;
}

export function finding<const Code extends string>(
  code: Code,
  severity: Severity,
  message: string,
  path: IssuePath,
  fixes?: readonly GatewayFix[],
): GatewayIssue<Code> {
  return fixes && fixes.length > 0 ? { code, severity, message, path, fixes } : { code, severity, message, path };
}

export function fix(label: string, ...changes: AnswerChange[]): GatewayFix {
  return { label, changes };
}
