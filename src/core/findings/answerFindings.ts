import type { Answers, FieldKey } from '../gateway/answers';
import type { DocPath } from '../gateway/docEdit';
import type { GatewayIssue } from '../gateway/gatewayIssue';
import { validateAnswers } from '../gateway/validate';
import { lintAnswers, REFUSED_CODES } from '../lint/lintGateway';

/** Everything the answers alone reveal: malformed values (validateAnswers) and the HA rules on answers. */
export function answerFindings(answers: Answers, paths: Readonly<Record<FieldKey, DocPath>>): GatewayIssue[] {
  return [...validateAnswers(answers, paths), ...lintAnswers(answers, paths)];
}

/**
 * Findings of values that Kubernetes or ECI refuse (the form does not write them), as opposed to
 * values that are accepted but unsafe: the errors among the malformed values (`field/…`) and the
 * rules' codes declared `refused`.
 */
export function isRefusal(issue: GatewayIssue): boolean {
  return issue.severity === 'error' && (issue.code.startsWith('field/') || REFUSED_CODES.has(issue.code));
}
