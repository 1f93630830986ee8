// The default write of the pod anti-affinity the wizard owns (ACK): its term, rule, weight and selector.
import { type Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { DEFAULT_SPREAD, type RuleStrength, type SpreadLevel, type SpreadSettings } from './answers';
import { ANTI_AFFINITY_PATH, allAntiAffinityTermPaths, findOwnedTerm, spreadLevelOf, topologyKeyOf } from './antiAffinity';
import { generatedComments } from './comments';
import { commentHolderAbove, deletePath, ensureMap, ensureSeq, insertPair, nodeAt, pruneEmptyMap, setScalar, valueAt } from './docEdit';
import { ensureMapWithHeader, refreshComment } from './writeComments';
import { PREFERRED_KEY, REQUIRED_KEY, workloadName } from './types';

/** Points every anti-affinity selector that selected the old gateway's pods at the new name. */
export function retargetSelectors(doc: Document, from: string, to: string): void {
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
export function writeAntiAffinity(doc: Document, spread: SpreadSettings): void {
  ensureMapWithHeader(doc, ['spec'], 'affinity', generatedComments.antiAffinityHeader(spread.level));
  const anti = ensureMap(doc, ANTI_AFFINITY_PATH);
  anti.delete(REQUIRED_KEY);
  anti.delete(PREFERRED_KEY);
  const term = buildTerm(doc, spread.level, spread.rule);
  const list = new YAMLSeq();
  list.items.push(spread.rule === 'preferred' ? weightedTerm(term, spread.weight) : term);
  insertPair(anti, ANTI_AFFINITY_PATH, spread.rule === 'preferred' ? PREFERRED_KEY : REQUIRED_KEY, list);
}

export function removeAntiAffinity(doc: Document): void {
  deletePath(doc, ANTI_AFFINITY_PATH);
  pruneEmptyMap(doc, ['spec', 'affinity']);
}

export function writeSpreadLevel(doc: Document, level: SpreadLevel): void {
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
  refreshComment(commentHolderAbove(doc, ['spec'], 'affinity'), 'commentBefore', 'antiAffinityHeader', generatedComments.antiAffinityHeader(level));
}

/** Moves the owned term between the required list and the preferred list, keeping the term node. */
export function writeRule(doc: Document, rule: RuleStrength, weight: number): void {
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

export function writeWeight(doc: Document, weight: number): void {
  const term = findOwnedTerm(doc);
  if (!term) writeAntiAffinity(doc, { ...DEFAULT_SPREAD, weight });
  else if (term.weightPath) setScalar(doc, term.weightPath, weight);
}

/** Points the owned anti-affinity term's selector at this gateway's pods: app In [istio-<name>]. */
export function writeGatewaySelector(doc: Document): void {
  const term = findOwnedTerm(doc);
  if (!term) return;
  ensureMap(doc, term.termPath).set('labelSelector', gatewaySelector(doc));
}
