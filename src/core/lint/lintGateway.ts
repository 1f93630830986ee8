import type { Document } from 'yaml';
import type { Answers, FieldKey } from '../gateway/answers';
import type { DocPath } from '../gateway/docEdit';
import { type GatewayIssue, validateAnswers } from '../gateway/validate';
import type { ClusterSpec } from '../placement/cluster';
import type { GatewayWorkload } from '../placement/workload';
import type { AnswerRule, DocumentRule } from './rule';
import { antiAffinityOnServerless } from './rules/antiAffinityOnServerless';
import { asmVersionRules } from './rules/asmVersionRules';
import { gatewayAnnotations } from './rules/gatewayAnnotations';
import { portProtocols } from './rules/portProtocols';
import { clusterIdPlaceholder } from './rules/clusterIdPlaceholder';
import { cpuTarget } from './rules/cpuTarget';
import { eciAnnotationsOnAck } from './rules/eciAnnotationsOnAck';
import { externalTrafficLocal } from './rules/externalTrafficLocal';
import { minAboveMax } from './rules/minAboveMax';
import { nameTooLong } from './rules/nameTooLong';
import { namespaceRule } from './rules/namespace';
import { noAntiAffinity } from './rules/noAntiAffinity';
import { noCpuRequest } from './rules/noCpuRequest';
import { replicaCountBelowMin } from './rules/replicaCountBelowMin';
import { requiredCap } from './rules/requiredCap';
import { requiredRolloutDeadlock } from './rules/requiredRolloutDeadlock';
import { selectorMismatch } from './rules/selectorMismatch';
import { serverlessZones } from './rules/serverlessZones';
import { singleReplica } from './rules/singleReplica';
import { vSwitchIds } from './rules/vSwitchIds';
import { weightRange } from './rules/weightRange';

/** Rules on the answers alone: the form runs them on typed values before they reach the YAML. */
export const ANSWER_RULES: readonly AnswerRule[] = [
  nameTooLong,
  namespaceRule,
  clusterIdPlaceholder,
  singleReplica,
  minAboveMax,
  replicaCountBelowMin,
  cpuTarget,
  noCpuRequest,
  noAntiAffinity,
  weightRange,
  vSwitchIds,
  serverlessZones,
  externalTrafficLocal,
  portProtocols,
];

/** Rules that read the document, the pods it makes, or the simulated cluster. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [
  selectorMismatch,
  antiAffinityOnServerless,
  eciAnnotationsOnAck,
  requiredCap,
  requiredRolloutDeadlock,
  asmVersionRules,
  gatewayAnnotations,
];

export function lintAnswers(answers: Answers, paths: Readonly<Record<FieldKey, DocPath>>): GatewayIssue[] {
  return ANSWER_RULES.flatMap((rule) => rule.check({ answers, paths }));
}

export function lintDocument(
  doc: Document,
  answers: Answers,
  paths: Readonly<Record<FieldKey, DocPath>>,
  workload: GatewayWorkload,
  cluster: ClusterSpec | undefined,
): GatewayIssue[] {
  return DOCUMENT_RULES.flatMap((rule) => rule.check({ doc, answers, paths, workload, cluster }));
}

/** Everything the answers alone reveal: malformed values (validateAnswers) and the HA rules on answers. */
export function answerFindings(answers: Answers, paths: Readonly<Record<FieldKey, DocPath>>): GatewayIssue[] {
  return [...validateAnswers(answers, paths), ...lintAnswers(answers, paths)];
}

/**
 * Findings of values that Kubernetes or ECI refuse (the form does not write them), as opposed to
 * values that are accepted but unsafe: the errors among the malformed values (`field/…`) and these rules.
 */
const REFUSED = new Set(['ha/min-above-max', 'ha/weight-range', 'ha/cpu-target-range', 'ha/name-too-long', 'ha/vswitch-format', 'ha/vswitch-too-many']);

export function isRefusal(issue: GatewayIssue): boolean {
  return issue.severity === 'error' && (issue.code.startsWith('field/') || REFUSED.has(issue.code));
}
