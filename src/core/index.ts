/** The public surface of the core: what the store and the UI may use. */
export type { Issue, IssuePath, Severity, TextSpan } from './issue';
export { isPathWithin, SEVERITY_ORDER } from './issue';
export type {
  AnswerChange,
  FieldChange,
  FixChange,
  Answers,
  ClusterType,
  EciSettings,
  FieldKey,
  PortAnswer,
  RuleStrength,
  SpreadLevel,
  SpreadSettings,
} from './gateway/answers';
export { DEFAULT_ECI, DEFAULT_SPREAD, type ReplicaOwner } from './gateway/answers';
export { ASM_VERSION_BOUNDARIES, NEWEST_DOCUMENTED_ASM_VERSION, parseAsmVersion, type AsmVersionParse } from './gateway/asmVersion';
export { isAtLeast } from './gateway/asmVersionOrder';
export { applyAnswer, applyAnswers, tryApplyAnswer, type ApplyResult } from './gateway/applyAnswer';
export { hasUnmodelledSpread, listIssues, ROW_LIMITS, rowIssues, summarize, type SummaryLine, weightApplies } from './gateway/view';
export { readAnswers } from './gateway/readAnswers';
export { CHOICES, type ChoiceField, type ChoiceOption } from './gateway/choices';
export { STEPS, type StepId } from './gateway/steps';
export { FIELD_TABLE, type FieldOnStep } from './gateway/fieldRows';
export type { FieldTexts } from './gateway/fieldSources';
export { CLUSTER_FIELD_TEXTS } from './gateway/fieldTexts';
export { LATER_FIELD_TEXTS } from './gateway/laterFieldTexts';
// `FIELDS` (every field's row and help at once) is for tests and tools: import it from './gateway/fields'.
export { fieldPaths, fieldForPath } from './gateway/fieldPaths';
export { PRESETS, DEFAULT_PRESET, presetById } from './gateway/presetList';
export { PRESET_NAMES, type PresetId, type PresetName } from './gateway/presetNames';
export { presetText } from './gateway/presets';
export { basisStatus, basisText, type BasisStatus, type ChangedLine, changesFrom, type TextOrigin } from './gateway/basis';
export { validateAnswers } from './gateway/validate';
export type { GatewayFix, GatewayIssue } from './gateway/gatewayIssue';
export { ANSWER_RULES, DOCUMENT_RULES, lintAnswers, lintDocument } from './lint/lintGateway';
export { answerFindings, isRefusal } from './findings/answerFindings';
export type { AnswerRule, DocumentRule } from './lint/rule';
export { editTextField, editVSwitchRows, editPortRows, type FieldEdit } from './findings/formEdit';
export {
  commitAnswers,
  type CommitResult,
  type CommitSource,
  type FieldDraft,
  type FieldDrafts,
  NOTHING_REMEMBERED,
  type Remembered,
  remember,
  withMemory,
} from './findings/commit';
export { type FieldLimits, type FieldRow, fieldsInGroup, type FormGroup, SCALAR_FIELDS, SHAPED_FIELDS, type ScalarField } from './gateway/fieldTable';
export { formatTextField, isIntegerField, portRows, type PortRow, type TextField } from './gateway/formValues';
export { diagramFileName, downloadFileName, fileBaseName } from './gateway/exportFile';
export type { DocPath } from './gateway/docEdit';
export {
  API_VERSIONS,
  type ApiVersion,
  MAX_VSWITCHES,
  SCHEDULE_STRATEGIES,
  type ScheduleStrategy,
  type ServiceType,
  type ExternalTrafficPolicy,
} from './gateway/types';
export { parseYaml, type ParsedYaml } from './yaml/parse';
export { printChanges, printJsonChanges, differingEdit, applyTextEdits, type TextEdit, type PrintResult, type PrintedText } from './yaml/print';
export type { Document as GatewayDocument } from 'yaml';
export {
  CLUSTER_LIMITS,
  type ClusterSpec,
  DEFAULT_CLUSTER,
  type NodeSpec,
  type ZoneSpec,
  validateCluster,
  vSwitchZonesOf,
  withAsmVersion,
  withNode,
  withNodeCount,
  withVSwitchZone,
  withVSwitchInZone,
  withPinnedVSwitchZones,
  vSwitchZoneProblem,
  zoneNameFormProblem,
  withUniqueZoneNames,
  withZoneCount,
  withZoneName,
  zoneNameProblem,
  MAX_SIMULATED_REPLICAS,
} from './placement/cluster';
export {
  type NodeView,
  type PlacementResult,
  type PodRole,
  type PodStatus,
  type SimPod,
  simulatePlacement,
  type Verdict,
  type VerdictBasis,
  type WhatIfInput,
  type ZoneView,
} from './placement/simulate';
export { DEFAULT_NODE } from './placement/cluster';
export type { NodeScore, ScoreBreakdown } from './placement/scheduler';
export { PLUGIN_WEIGHTS, SCORE_PLUGINS, type ScorePlugin } from './placement/plugins';
export { readWorkload, type GatewayWorkload } from './placement/workload';
export { rolloutStep } from './placement/rollout';
export { MAX_SAVED_TEXT, restoreSavedState, type RestoreResult, SAVED_STATE_VERSION, type SavedState, toSaved } from './persist/saved';
export { documentFindings, type FindingSources } from './findings/documentFindings';
export type { FindingCode } from './findings/codes';
export { buildReport, type Finding, type FindingReport } from './gateway/report';
export { ISTIO_GATEWAY_SCHEMA, ISTIO_GATEWAY_SCHEMA_URI, type JsonSchema } from './schema/istioGateway.schema';
export { validateSchema } from './schema/validateSchema';
export { readGatewaySource, type GatewaySource, yamlFromJson } from './yaml/source';
export { MAX_PARSED_TEXT, MAX_IMPORT_BYTES, MAX_LISTED_CHANGES } from './yaml/limits';
export { readAfterValueEdit } from './yaml/incremental';
export { clipboardText, encodeText, isPlainEncoding, PLAIN_ENCODING, type TextEncoding } from './yaml/encoding';
export { decodeText, sameBytes } from './yaml/decoding';
export { changedLines, LineIndex } from './yaml/lines';
export { linesOfPath, rangeOfPath, spanOfIssue } from './yaml/spans';
// The share-link codec (with its compression library) is loaded on demand: import './share/shareLink' dynamically.
export type { ShareDecoding, ShareEncoding, ShareProblem } from './share/shareLink';
export { isShareFragment, SHARE_PREFIX } from './share/prefix';
export { highlightLine, type Token, type TokenKind } from './yaml/highlight';
