import { type Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import {
  type AnswerChange,
  DEFAULT_ECI,
  DEFAULT_SPREAD,
  type EciSettings,
  type PortAnswer,
  type RuleStrength,
  type SpreadLevel,
  type SpreadSettings,
} from './answers';
import { ANTI_AFFINITY_PATH, allAntiAffinityTermPaths, findOwnedTerm, spreadLevelOf, topologyKeyOf } from './antiAffinity';
import { type CommentFamily, generatedComments, isGeneratedComment } from './comments';
import {
  commentHolderAbove,
  type DocPath,
  deletePath,
  ensureMap,
  ensureSeq,
  insertPair,
  nodeAt,
  pairAt,
  pruneEmptyMap,
  type ScalarStyle,
  setMapScalar,
  setScalar,
  UnwritableError,
  valueAt,
} from './docEdit';
import { SCALAR_FIELDS, type ScalarField } from './fieldTable';
import { clusterTypeOf, ECI_ANNOTATION_PATHS, GATEWAY_ANNOTATION_PATHS } from './readAnswers';
import { PREFERRED_KEY, REQUIRED_KEY, workloadName } from './types';

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * A quantity keeps the form it had: `cpu: 2` stays a number, `cpu: '2'` stays a string. A new
 * numeric-looking quantity is written quoted (`'2'`), as the seed does.
 */
function writeQuantity(doc: Document, path: DocPath, value: string): void {
  const existing = valueAt(doc, path);
  if (typeof existing === 'number' && DECIMAL.test(value)) {
    setScalar(doc, path, Number(value));
    return;
  }
  setScalar(doc, path, value, DECIMAL.test(value) ? 'QUOTE_SINGLE' : 'PLAIN');
}

/** Rewrites a comment the wizard wrote; a comment the user wrote stays as it is. */
function refreshComment(
  node: { comment?: string | null; commentBefore?: string | null } | undefined,
  which: 'comment' | 'commentBefore',
  family: CommentFamily,
  text: string,
): void {
  if (node && isGeneratedComment(node[which], family)) node[which] = text;
}

/** Updates every string item of a sequence in place; extra items are appended or dropped. */
function writeStringList(doc: Document, path: DocPath, values: readonly string[], style: ScalarStyle): void {
  if (values.length === 0) {
    deletePath(doc, path);
    return;
  }
  const seq = ensureSeq(doc, path);
  values.forEach((value, i) => {
    const item: unknown = seq.items[i];
    if (isScalar(item)) item.value = value;
    else {
      const scalar = new Scalar(value);
      scalar.type = style;
      seq.items[i] = scalar;
    }
  });
  seq.items.length = values.length;
}

/** Points every anti-affinity selector that selected the old gateway's pods at the new name. */
function retargetSelectors(doc: Document, from: string, to: string): void {
  for (const termPath of allAntiAffinityTermPaths(doc)) {
    const expressions = nodeAt(doc, [...termPath, 'labelSelector', 'matchExpressions']);
    if (isSeq(expressions)) {
      for (const expression of expressions.items) {
        if (!isMap(expression) || expression.get('key') !== 'app') continue;
        const values: unknown = expression.get('values', true);
        if (!isSeq(values)) continue;
        for (const value of values.items) if (isScalar(value) && value.value === from) value.value = to;
      }
    }
    const matchLabel = nodeAt(doc, [...termPath, 'labelSelector', 'matchLabels', 'app']);
    if (isScalar(matchLabel) && matchLabel.value === from) matchLabel.value = to;
  }
}

function writeName(doc: Document, name: string): void {
  const previous = valueAt(doc, SCALAR_FIELDS.name.path);
  setScalar(doc, SCALAR_FIELDS.name.path, name);
  // A selector written while the gateway had no name reads `istio-`; it follows the name too.
  const from = workloadName(typeof previous === 'string' ? previous : '');
  if (from !== workloadName(name)) retargetSelectors(doc, from, workloadName(name));
}

/** The map at `mapPath.key`, created with `header` as the comment above its key when it is new. */
function ensureMapWithHeader(doc: Document, mapPath: DocPath, key: string, header: string): YAMLMap {
  const isNew = !isMap(nodeAt(doc, [...mapPath, key]));
  const map = ensureMap(doc, [...mapPath, key]);
  const pair = pairAt(doc, mapPath, key);
  if (isNew && isScalar(pair?.key)) pair.key.commentBefore = header;
  return map;
}

/** The selector of this gateway's own pods: `app In [istio-<name>]`. */
function gatewaySelector(doc: Document): YAMLMap {
  const name = valueAt(doc, ['metadata', 'name']);
  return doc.createNode({
    matchExpressions: [{ key: 'app', operator: 'In', values: [workloadName(typeof name === 'string' ? name : '')] }],
  });
}

function buildTerm(doc: Document, level: SpreadLevel, rule: RuleStrength): YAMLMap {
  const term = new YAMLMap();
  term.items.push(new Pair(new Scalar('labelSelector'), gatewaySelector(doc)));
  term.items.push(new Pair(new Scalar('topologyKey'), new Scalar(topologyKeyOf(level))));
  const topologyKey: unknown = term.get('topologyKey', true);
  if (isScalar(topologyKey)) topologyKey.comment = generatedComments.topologyKey(level, rule);
  return term;
}

function weightedTerm(term: YAMLMap, weight: number): YAMLMap {
  const item = new YAMLMap();
  item.items.push(new Pair(new Scalar('podAffinityTerm'), term), new Pair(new Scalar('weight'), new Scalar(weight)));
  return item;
}

/** Writes a fresh anti-affinity block (used when the document has no owned term). */
function writeAntiAffinity(doc: Document, spread: SpreadSettings): void {
  ensureMapWithHeader(doc, ['spec'], 'affinity', generatedComments.antiAffinityHeader(spread.level));
  const anti = ensureMap(doc, ANTI_AFFINITY_PATH);
  anti.delete(REQUIRED_KEY);
  anti.delete(PREFERRED_KEY);
  const term = buildTerm(doc, spread.level, spread.rule);
  const list = new YAMLSeq();
  list.items.push(spread.rule === 'preferred' ? weightedTerm(term, spread.weight) : term);
  insertPair(anti, ANTI_AFFINITY_PATH, spread.rule === 'preferred' ? PREFERRED_KEY : REQUIRED_KEY, list);
}

function removeAntiAffinity(doc: Document): void {
  deletePath(doc, ANTI_AFFINITY_PATH);
  pruneEmptyMap(doc, ['spec', 'affinity']);
}

function writeEci(doc: Document, eci: EciSettings): void {
  ensureMapWithHeader(doc, ['spec'], 'podAnnotations', generatedComments.eciHeader);
  const hadVSwitches = nodeAt(doc, ECI_ANNOTATION_PATHS.vSwitches) !== undefined;
  const vSwitches = setScalar(doc, ECI_ANNOTATION_PATHS.vSwitches, eci.vSwitchIds.join(','), 'QUOTE_DOUBLE');
  if (!hadVSwitches) vSwitches.comment = generatedComments.vSwitches;
  writeStrategy(doc, eci.strategy);
}

function writeStrategy(doc: Document, strategy: EciSettings['strategy']): void {
  const hadStrategy = nodeAt(doc, ECI_ANNOTATION_PATHS.strategy) !== undefined;
  const node = setScalar(doc, ECI_ANNOTATION_PATHS.strategy, strategy, 'QUOTE_DOUBLE');
  if (!hadStrategy) node.comment = generatedComments.strategy(strategy);
  else refreshComment(node, 'comment', 'strategy', generatedComments.strategy(strategy));
}

function removeEci(doc: Document): void {
  deletePath(doc, ECI_ANNOTATION_PATHS.vSwitches);
  deletePath(doc, ECI_ANNOTATION_PATHS.strategy);
  pruneEmptyMap(doc, ['spec', 'podAnnotations']);
  const header = commentHolderAbove(doc, ['spec'], 'podAnnotations');
  if (header && isGeneratedComment(header.commentBefore, 'eciHeader')) header.commentBefore = null;
}

function writeSpreadLevel(doc: Document, level: SpreadLevel): void {
  const term = findOwnedTerm(doc);
  if (!term) {
    writeAntiAffinity(doc, { ...DEFAULT_SPREAD, level });
    return;
  }
  // A term without a selector selects no pods and spreads nothing: give it the gateway's own.
  if (!isMap(nodeAt(doc, [...term.termPath, 'labelSelector']))) {
    ensureMap(doc, term.termPath).set('labelSelector', gatewaySelector(doc));
  }
  const topologyKey = setScalar(doc, [...term.termPath, 'topologyKey'], topologyKeyOf(level));
  refreshComment(topologyKey, 'comment', 'topologyKey', generatedComments.topologyKey(level, term.rule));
  refreshComment(
    commentHolderAbove(doc, ['spec'], 'affinity'),
    'commentBefore',
    'antiAffinityHeader',
    generatedComments.antiAffinityHeader(level),
  );
}

/** Moves the owned term between the required list and the preferred list, keeping the term node. */
function writeRule(doc: Document, rule: RuleStrength, weight: number): void {
  const term = findOwnedTerm(doc);
  if (!term) {
    writeAntiAffinity(doc, { ...DEFAULT_SPREAD, rule, weight });
    return;
  }
  if (term.rule === rule) return;
  const termNode = nodeAt(doc, term.termPath);
  if (!isMap(termNode)) return;
  const anti = ensureMap(doc, ANTI_AFFINITY_PATH);
  const fromKey = rule === 'required' ? PREFERRED_KEY : REQUIRED_KEY;
  const toKey = rule === 'required' ? REQUIRED_KEY : PREFERRED_KEY;
  const from: unknown = anti.get(fromKey, true);
  if (isSeq(from)) {
    from.items.splice(0, 1);
    if (from.items.length === 0) anti.delete(fromKey);
  }
  const to = ensureSeq(doc, [...ANTI_AFFINITY_PATH, toKey]);
  to.items.unshift(rule === 'required' ? termNode : weightedTerm(termNode, weight));
  const topologyKey: unknown = termNode.get('topologyKey', true);
  const level = spreadLevelOf(isScalar(topologyKey) ? topologyKey.value : undefined);
  if (isScalar(topologyKey) && level) {
    refreshComment(topologyKey, 'comment', 'topologyKey', generatedComments.topologyKey(level, rule));
  }
}

function writeWeight(doc: Document, weight: number): void {
  const term = findOwnedTerm(doc);
  if (!term) writeAntiAffinity(doc, { ...DEFAULT_SPREAD, weight });
  else if (term.weightPath) setScalar(doc, term.weightPath, weight);
}

/** Rebuilds `spec.ports` from the answers, reusing each port's own node (see PortAnswer.origin). */
function writePorts(doc: Document, ports: readonly PortAnswer[]): void {
  const seq = ensureSeq(doc, ['spec', 'ports']);
  const previous = [...seq.items];
  const used = new Set<number>();
  seq.items = ports.map((port) => {
    const origin = port.origin;
    const reuse = origin !== undefined && !used.has(origin) ? previous[origin] : undefined;
    if (origin !== undefined) used.add(origin);
    const item = isMap(reuse) ? reuse : new YAMLMap();
    const itemPath: DocPath = ['spec', 'ports', 0];
    setMapScalar(item, itemPath, 'name', port.name);
    setMapScalar(item, itemPath, 'port', port.port);
    if (port.targetPort === undefined) item.delete('targetPort');
    else setMapScalar(item, itemPath, 'targetPort', port.targetPort);
    return item;
  });
}

/** Deletes an annotation of the IstioGateway object, and the annotations map when nothing is left in it. */
function deleteGatewayAnnotation(doc: Document, path: DocPath): void {
  deletePath(doc, path);
  pruneEmptyMap(doc, ['metadata', 'annotations']);
}

/**
 * An ASM Serverless gateway is the annotation `managed-by-asm: 'true'` and no cluster IDs (asm-beyond-the-seed.md §3.6):
 * ASM places its pods, so the anti-affinity and the ECI annotations go, to come back (as remembered) on the way out.
 */
function writeAsmServerless(doc: Document): void {
  removeAntiAffinity(doc);
  removeEci(doc);
  deletePath(doc, ['spec', 'clusterIds']);
  setScalar(doc, GATEWAY_ANNOTATION_PATHS.managedByAsm, 'true', 'QUOTE_SINGLE');
}

/**
 * ACK Serverless does not support pod anti-affinity (HA-doc): switching there swaps the anti-affinity
 * for the ECI annotations, and switching back swaps them again. Nothing else is touched, but for an ASM
 * Serverless gateway's own annotation and the cluster IDs it has none of.
 */
function writeClusterType(doc: Document, change: Extract<AnswerChange, { field: 'clusterType' }>): void {
  const current = clusterTypeOf(doc);
  if (change.value === 'ASMServerless') {
    // Also when the annotation reads true but is not the string 'true' (unquoted, YAML's boolean): it is written as one.
    if (current !== 'ASMServerless' || valueAt(doc, GATEWAY_ANNOTATION_PATHS.managedByAsm) !== 'true') writeAsmServerless(doc);
    return;
  }
  if (current === 'ASMServerless') {
    deleteGatewayAnnotation(doc, GATEWAY_ANNOTATION_PATHS.managedByAsm);
    if (change.clusterIds && change.clusterIds.length > 0) writeStringList(doc, ['spec', 'clusterIds'], change.clusterIds, 'QUOTE_DOUBLE');
  }
  if (change.value === 'ACKServerless') {
    if (current === 'ACKServerless') return;
    removeAntiAffinity(doc);
    writeEci(doc, change.eci ?? DEFAULT_ECI);
  } else {
    removeEci(doc);
    if (!findOwnedTerm(doc)) writeAntiAffinity(doc, change.spread ?? DEFAULT_SPREAD);
  }
}

/** `asm.alibabacloud.com/replicas-managed-by-asm: "false"` hands the replica count to the user's autoscaler; ASM's is no annotation. */
function writeReplicaOwner(doc: Document, owner: 'asm' | 'own'): void {
  if (owner === 'own') setScalar(doc, GATEWAY_ANNOTATION_PATHS.replicasManagedByAsm, 'false', 'QUOTE_DOUBLE');
  else deleteGatewayAnnotation(doc, GATEWAY_ANNOTATION_PATHS.replicasManagedByAsm);
}

/** Points the owned anti-affinity term's selector at this gateway's pods: app In [istio-<name>]. */
function writeGatewaySelector(doc: Document): void {
  const term = findOwnedTerm(doc);
  if (!term) return;
  ensureMap(doc, term.termPath).set('labelSelector', gatewaySelector(doc));
}

/** Removes every `k8s.aliyun.com/eci-*` pod annotation (they act only on ECI pods). */
function removeAllEci(doc: Document): void {
  const annotations = nodeAt(doc, ['spec', 'podAnnotations']);
  if (!isMap(annotations)) return;
  for (const pair of [...annotations.items]) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key === 'string' && key.startsWith('k8s.aliyun.com/eci-')) deletePath(doc, ['spec', 'podAnnotations', key]);
  }
  pruneEmptyMap(doc, ['spec', 'podAnnotations']);
  const header = commentHolderAbove(doc, ['spec'], 'podAnnotations');
  if (header && isGeneratedComment(header.commentBefore, 'eciHeader')) header.commentBefore = null;
}

function write(doc: Document, change: AnswerChange): void {
  const type = clusterTypeOf(doc);
  const serverless = type === 'ACKServerless';
  const ack = type === 'ACK';
  switch (change.field) {
    case 'gatewaySelector':
      writeGatewaySelector(doc);
      return;
    case 'removeAntiAffinity':
      removeAntiAffinity(doc);
      return;
    case 'removeEciAnnotations':
      removeAllEci(doc);
      return;
    case 'name':
      writeName(doc, change.value);
      return;
    case 'clusterIds':
      writeStringList(doc, ['spec', 'clusterIds'], change.value, 'QUOTE_DOUBLE');
      return;
    case 'clusterType':
      writeClusterType(doc, change);
      return;
    case 'spreadLevel':
      if (ack) writeSpreadLevel(doc, change.value);
      return;
    case 'rule':
      if (ack) writeRule(doc, change.value, change.weight ?? DEFAULT_SPREAD.weight);
      return;
    case 'weight':
      if (ack) writeWeight(doc, change.value);
      return;
    case 'vSwitchIds':
      if (serverless) setScalar(doc, ECI_ANNOTATION_PATHS.vSwitches, change.value.join(','), 'QUOTE_DOUBLE');
      return;
    case 'scheduleStrategy':
      if (serverless) writeStrategy(doc, change.value);
      return;
    case 'ports':
      writePorts(doc, change.value);
      return;
    case 'replicaOwner':
      writeReplicaOwner(doc, change.value);
      return;
    case 'minReplicas':
      writeMinReplicas(doc, change.value);
      return;
    default:
      writeScalar(doc, change.field, change.value);
  }
}

/** The default write of a table field, by its kind. */
function writeScalar(doc: Document, field: ScalarField, value: string | number | boolean): void {
  const row = SCALAR_FIELDS[field];
  if (row.kind === 'quantity') writeQuantity(doc, row.path, String(value));
  // `rollingMaxSurge`/`rollingMaxUnavailable` are `*string` in the CRD: always written as strings.
  else if (row.kind === 'intOrPercent') setScalar(doc, row.path, String(value), 'QUOTE_DOUBLE');
  else setScalar(doc, row.path, value);
}

/**
 * The autoscaler's minimum; when it changes, a replica count below it keeps up with it. Which of the two ASM follows
 * is not documented (ha/replica-count-below-min), so a raised minimum must not leave a lower count beside it for the
 * user to fix. A minimum written again as it was changes nothing.
 */
function writeMinReplicas(doc: Document, minimum: number): void {
  const previous = valueAt(doc, SCALAR_FIELDS.minReplicas.path);
  setScalar(doc, SCALAR_FIELDS.minReplicas.path, minimum);
  const count = valueAt(doc, SCALAR_FIELDS.replicaCount.path);
  if (previous !== minimum && typeof count === 'number' && count < minimum) setScalar(doc, SCALAR_FIELDS.replicaCount.path, minimum);
}

/**
 * Applies one wizard answer to a copy of the document, editing only the nodes that answer owns:
 * comments, key order and every field the wizard does not model stay as they were.
 * Returns the new document; `doc` is not modified. Throws `UnwritableError` when the answer's
 * nodes are shared through a YAML anchor or alias (see `tryApplyAnswer`).
 */
export function applyAnswer(doc: Document, change: AnswerChange): Document {
  const next = doc.clone();
  write(next, change);
  return next;
}

export type ApplyResult = { readonly ok: true; readonly doc: Document } | { readonly ok: false; readonly message: string };

/** `applyAnswer` as a result: a change the wizard cannot make safely comes back with the reason. */
export function tryApplyAnswer(doc: Document, change: AnswerChange): ApplyResult {
  try {
    return { ok: true, doc: applyAnswer(doc, change) };
  } catch (error) {
    if (error instanceof UnwritableError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Applies several answers in order. */
export function applyAnswers(doc: Document, changes: readonly AnswerChange[]): Document {
  const next = doc.clone();
  for (const change of changes) write(next, change);
  return next;
}
