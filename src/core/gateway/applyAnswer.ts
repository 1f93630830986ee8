import { type Document, isMap, isScalar, Scalar, YAMLMap } from 'yaml';
import { type AnswerChange, DEFAULT_ECI, DEFAULT_SPREAD, type PortAnswer } from './answers';
import { findOwnedTerm } from './antiAffinity';
import { type DocPath, deletePath, ensureSeq, pruneEmptyMap, type ScalarStyle, setMapScalar, setScalar, UnwritableError, valueAt } from './docEdit';
import { SCALAR_FIELDS, type ScalarField } from './fieldTable';
import { clusterTypeOf, ECI_ANNOTATION_PATHS, GATEWAY_ANNOTATION_PATHS } from './readAnswers';
import { workloadName } from './types';
import { removeAllEci, removeEci, writeEci, writeStrategy } from './writeEci';
import { removeAntiAffinity, retargetSelectors, writeAntiAffinity, writeGatewaySelector, writeRule, writeSpreadLevel, writeWeight } from './writeSpread';

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

function writeName(doc: Document, name: string): void {
  const previous = valueAt(doc, SCALAR_FIELDS.name.path);
  setScalar(doc, SCALAR_FIELDS.name.path, name);
  // A selector written while the gateway had no name reads `istio-`; it follows the name too.
  const from = workloadName(typeof previous === 'string' ? previous : '');
  if (from !== workloadName(name)) retargetSelectors(doc, from, workloadName(name));
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
