// The default write of the ECI pod annotations the wizard owns (ACK Serverless): the vSwitches and the schedule strategy.
import { type Document, isMap, isScalar } from 'yaml';
import type { EciSettings } from './answers';
import { generatedComments, isGeneratedComment } from './comments';
import { commentHolderAbove, deletePath, nodeAt, pruneEmptyMap, setScalar } from './docEdit';
import { ECI_ANNOTATION_PATHS } from './readAnswers';
import { ensureMapWithHeader, refreshComment } from './writeComments';

export function writeEci(doc: Document, eci: EciSettings): void {
  ensureMapWithHeader(doc, ['spec'], 'podAnnotations', generatedComments.eciHeader);
  const hadVSwitches = nodeAt(doc, ECI_ANNOTATION_PATHS.vSwitches) !== undefined;
  const vSwitches = setScalar(doc, ECI_ANNOTATION_PATHS.vSwitches, eci.vSwitchIds.join(','), 'QUOTE_DOUBLE');
  if (!hadVSwitches) vSwitches.comment = generatedComments.vSwitches;
  writeStrategy(doc, eci.strategy);
}

export function writeStrategy(doc: Document, strategy: EciSettings['strategy']): void {
  const hadStrategy = nodeAt(doc, ECI_ANNOTATION_PATHS.strategy) !== undefined;
  const node = setScalar(doc, ECI_ANNOTATION_PATHS.strategy, strategy, 'QUOTE_DOUBLE');
  if (!hadStrategy) node.comment = generatedComments.strategy(strategy);
  else refreshComment(node, 'comment', 'strategy', generatedComments.strategy(strategy));
}

export function removeEci(doc: Document): void {
  deletePath(doc, ECI_ANNOTATION_PATHS.vSwitches);
  deletePath(doc, ECI_ANNOTATION_PATHS.strategy);
  pruneEmptyMap(doc, ['spec', 'podAnnotations']);
  const header = commentHolderAbove(doc, ['spec'], 'podAnnotations');
  if (header && isGeneratedComment(header.commentBefore, 'eciHeader')) header.commentBefore = null;
}

/** Removes every `k8s.aliyun.com/eci-*` pod annotation (they act only on ECI pods). */
export function removeAllEci(doc: Document): void {
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
