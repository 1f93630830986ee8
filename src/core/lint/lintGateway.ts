import type { Document } from 'yaml';
import type { Answers, FieldKey } from '../gateway/answers';
import type { DocPath } from '../gateway/docEdit';
import type { GatewayIssue } from '../gateway/gatewayIssue';
import type { ClusterSpec } from '../placement/cluster';
import type { GatewayWorkload } from '../placement/workload';
import type { AnswerRule, CodeOf, DocumentRule } from './rule';
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
export const ANSWER_RULES = [
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
] as const satisfies readonly AnswerRule[];

/** Rules that read the document, the pods it makes, or the simulated cluster. */
export const DOCUMENT_RULES = [
  selectorMismatch,
  antiAffinityOnServerless,
  eciAnnotationsOnAck,
  requiredCap,
  requiredRolloutDeadlock,
  asmVersionRules,
  gatewayAnnotations,
] as const satisfies readonly DocumentRule[];

/** Every code an HA rule can report. */
export type LintCode = CodeOf<(typeof ANSWER_RULES)[number] | (typeof DOCUMENT_RULES)[number]>;

export function lintAnswers(answers: Answers, paths: Readonly<Record<FieldKey, DocPath>>): GatewayIssue<LintCode>[] {
  return ANSWER_RULES.flatMap<GatewayIssue<LintCode>>((rule) => rule.check({ answers, paths }));
}

export function lintDocument(
  doc: Document,
  answers: Answers,
  paths: Readonly<Record<FieldKey, DocPath>>,
  workload: GatewayWorkload,
  cluster: ClusterSpec | undefined,
): GatewayIssue<LintCode>[] {
  return DOCUMENT_RULES.flatMap<GatewayIssue<LintCode>>((rule) => rule.check({ doc, answers, paths, workload, cluster }));
}

const RULES: readonly (AnswerRule | DocumentRule)[] = [...ANSWER_RULES, ...DOCUMENT_RULES];

/** The codes of values Kubernetes or ECI refuse, as the rules declare them (the rest are accepted but unsafe). */
export const REFUSED_CODES: ReadonlySet<string> = new Set(
  RULES.flatMap((rule) => Object.entries(rule.codes).flatMap(([code, traits]) => (traits.refused ? [code] : []))),
);

/** Each placement code a rule's code supersedes, and that code, as the rules declare them. */
export const SUPERSEDED_BY: ReadonlyMap<string, string> = new Map(
  RULES.flatMap((rule) => Object.entries(rule.codes).flatMap(([code, traits]) => (traits.supersedes ?? []).map((placement) => [placement, code] as const))),
);
