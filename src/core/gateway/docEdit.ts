import { type Document, isAlias, isMap, isNode, isScalar, isSeq, Pair, Scalar, visit, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { pairIn, pairKey } from '../yaml/readOnly';
import { ECI_STRATEGY_ANNOTATION, ECI_VSWITCH_ANNOTATION, PREFERRED_KEY, REQUIRED_KEY } from './types';

/** A key path in the document; numbers index sequences. */
export type DocPath = readonly (string | number)[];

/**
 * Where new keys go: the seed's order for each map the wizard writes into. A key the wizard adds is
 * placed before the first existing key that comes after it here, so a generated document reads like
 * the ASM examples, and a user's document keeps its own order for everything else.
 */
const CANONICAL_ORDER: Readonly<Record<string, readonly string[]>> = {
  '': ['apiVersion', 'kind', 'metadata', 'spec'],
  metadata: ['name', 'namespace', 'labels', 'annotations'],
  spec: [
    'gatewayType',
    'clusterIds',
    'autoscaleEnabled',
    'cpu',
    'memory',
    'env',
    'externalTrafficPolicy',
    'maxReplicas',
    'minReplicas',
    'ports',
    'replicaCount',
    'resources',
    'sds',
    'serviceType',
    'serviceAnnotations',
    'serviceLabels',
    'nodeSelector',
    'tolerations',
    'affinity',
    'podAnnotations',
    'podLabels',
    'rollingMaxSurge',
    'rollingMaxUnavailable',
  ],
  'spec.cpu': ['targetAverageUtilization'],
  'spec.resources': ['limits', 'requests'],
  'spec.resources.limits': ['cpu', 'memory'],
  'spec.resources.requests': ['cpu', 'memory'],
  'spec.sds': ['enabled', 'image', 'resources'],
  'spec.sds.resources': ['requests', 'limits'],
  'spec.sds.resources.requests': ['cpu', 'memory'],
  'spec.sds.resources.limits': ['cpu', 'memory'],
  'spec.affinity': ['nodeAffinity', 'podAffinity', 'podAntiAffinity'],
  'spec.affinity.podAntiAffinity': [REQUIRED_KEY, PREFERRED_KEY],
  'spec.podAnnotations': [ECI_VSWITCH_ANNOTATION, ECI_STRATEGY_ANNOTATION],
  'spec.ports.*': ['name', 'port', 'targetPort', 'protocol'],
};

function orderKey(path: DocPath): string {
  return path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');
}

/**
 * A change the wizard cannot make without changing other places too: the path runs through a YAML
 * alias (`*name`) or an anchored node (`&name`), whose value is shared. The user edits it in the YAML.
 */
export class UnwritableError extends Error {
  override readonly name = 'UnwritableError';
}

function resolved(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** The node at `path`, or undefined. Scalars come back as nodes, not values; aliases are followed. */
export function nodeAt(doc: Document, path: DocPath): unknown {
  let node: unknown = doc.contents;
  for (const segment of path) {
    node = resolved(doc, node);
    if (isMap(node)) node = pairIn(doc, node, segment)?.value ?? undefined;
    else if (isSeq(node)) node = node.get(segment, true);
    else return undefined;
  }
  return resolved(doc, node);
}

function pathText(path: DocPath): string {
  return path.join('.');
}

/** Refuses a write along `path` that would go through an alias or change an anchored (shared) node. */
export function assertWritable(doc: Document, path: DocPath): void {
  let node: unknown = doc.contents;
  const check = (at: DocPath): void => {
    if (isAlias(node)) {
      throw new UnwritableError(`${pathText(at) || 'The document'} is a YAML alias (*${node.source}); edit it in the YAML.`);
    }
    if (isNode(node) && node.anchor) {
      throw new UnwritableError(`${pathText(at) || 'The document'} is shared through the YAML anchor &${node.anchor}; edit it in the YAML.`);
    }
  };
  check([]);
  for (const [depth, segment] of path.entries()) {
    if (!isMap(node) && !isSeq(node)) return;
    node = node.get(segment, true);
    check(path.slice(0, depth + 1));
  }
}

/** Refuses to remove a subtree that holds an anchor: aliases elsewhere may still point at it. */
function assertRemovable(node: unknown, path: DocPath): void {
  if (!isNode(node)) return;
  let anchor: string | undefined;
  visit(node, {
    Node(_, inner) {
      if (isNode(inner) && inner.anchor) {
        anchor = inner.anchor;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (anchor !== undefined) {
    throw new UnwritableError(`${pathText(path)} holds the YAML anchor &${anchor}; remove it in the YAML.`);
  }
}

/** The plain value at `path` (scalars unwrapped), or undefined. */
export function valueAt(doc: Document, path: DocPath): unknown {
  const node = nodeAt(doc, path);
  return isScalar(node) ? node.value : node;
}

/** Adds `key: value` to `map` at its canonical position (see CANONICAL_ORDER). */
export function insertPair(map: YAMLMap, mapPath: DocPath, key: string, value: Node): Pair<Scalar, Node> {
  const pair = new Pair(new Scalar(key), value);
  const order = CANONICAL_ORDER[orderKey(mapPath)];
  const rank = order?.indexOf(key) ?? -1;
  if (order && rank >= 0) {
    const before = map.items.findIndex((item) => {
      const itemKey = pairKey(item);
      const itemRank = typeof itemKey === 'string' ? order.indexOf(itemKey) : -1;
      return itemRank > rank;
    });
    if (before >= 0) {
      map.items.splice(before, 0, pair);
      return pair;
    }
  }
  map.items.push(pair);
  return pair;
}

/**
 * The block map at `path`, created (at its canonical position) if missing. A `null` or non-map value
 * there is replaced; an empty flow map (`{}`) becomes a block map so new keys read naturally.
 * Numeric segments walk into existing sequences; they never create one.
 */
export function ensureMap(doc: Document, path: DocPath): YAMLMap {
  assertWritable(doc, path);
  let parent: YAMLMap | YAMLSeq;
  if (isMap(doc.contents)) parent = doc.contents;
  else {
    parent = new YAMLMap();
    doc.contents = parent;
  }
  path.forEach((segment, depth) => {
    const child: unknown = parent.get(segment, true);
    if (isMap(child)) {
      if (child.flow && child.items.length === 0) child.flow = false;
      parent = child;
      return;
    }
    if (isSeq(child) && typeof path[depth + 1] === 'number') {
      parent = child;
      return;
    }
    const created = new YAMLMap();
    if (isSeq(parent)) {
      if (typeof segment !== 'number' || segment > parent.items.length) {
        throw new Error(`no sequence item at ${path.slice(0, depth + 1).join('.')}`);
      }
      parent.items[segment] = created;
    } else {
      const existing = parent.items.find((pair) => pairKey(pair) === segment);
      if (existing) existing.value = created;
      else insertPair(parent, path.slice(0, depth), String(segment), created);
    }
    parent = created;
  });
  if (!isMap(parent)) throw new Error(`no map at ${path.join('.')}`);
  return parent;
}

export type ScalarStyle = NonNullable<Scalar['type']>;

/**
 * Strings that YAML 1.1 readers (Kubernetes' among them) take for booleans or null, although
 * YAML 1.2 prints them plain: `name: no` would reach the API server as `false`.
 */
const YAML11_SPECIAL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL)$/;

function readAsOtherType(value: unknown): boolean {
  return typeof value === 'string' && YAML11_SPECIAL.test(value);
}

/**
 * Writes `key: value` into `map` (whose own path is `mapPath`). An existing scalar node keeps its
 * identity, quote style and comments; only its value changes. `style` applies only to a new scalar.
 */
export function setMapScalar(map: YAMLMap, mapPath: DocPath, key: string, value: string | number | boolean, style?: ScalarStyle): Scalar {
  const existing: unknown = map.get(key, true);
  if (isScalar(existing)) {
    existing.value = value;
    if (readAsOtherType(value) && (existing.type === undefined || existing.type === 'PLAIN')) existing.type = 'QUOTE_DOUBLE';
    return existing;
  }
  const scalar = new Scalar(value);
  if (style) scalar.type = style;
  if (readAsOtherType(value) && (scalar.type === undefined || scalar.type === 'PLAIN')) scalar.type = 'QUOTE_DOUBLE';
  const pair = map.items.find((item) => pairKey(item) === key);
  if (pair) pair.value = scalar;
  else insertPair(map, mapPath, key, scalar);
  return scalar;
}

/** Writes a scalar at `path` (a map key path), creating parent maps as needed; see `setMapScalar`. */
export function setScalar(doc: Document, path: DocPath, value: string | number | boolean, style?: ScalarStyle): Scalar {
  const key = path[path.length - 1];
  if (typeof key !== 'string') throw new Error(`setScalar needs a map key path, got ${String(key)}`);
  assertWritable(doc, path);
  const parentPath = path.slice(0, -1);
  return setMapScalar(ensureMap(doc, parentPath), parentPath, key, value, style);
}

/** The pair holding `key` in the map at `mapPath`, if any (to reach the key's comments). */
export function pairAt(doc: Document, mapPath: DocPath, key: string): Pair | undefined {
  const map = nodeAt(doc, mapPath);
  return isMap(map) ? map.items.find((item) => pairKey(item) === key) : undefined;
}

/**
 * The node holding the comment lines above `key` in the map at `mapPath`: the key itself, or — for
 * the first key of a block map, where the parser puts them — the map.
 */
export function commentHolderAbove(doc: Document, mapPath: DocPath, key: string): Scalar | YAMLMap | undefined {
  const map = nodeAt(doc, mapPath);
  if (!isMap(map)) return undefined;
  const index = map.items.findIndex((pair) => pairKey(pair) === key);
  const keyNode = map.items[index]?.key;
  if (!isScalar(keyNode)) return undefined;
  if (index === 0 && !keyNode.commentBefore && map.commentBefore) return map;
  return keyNode;
}

/** The sequence at `path`, created empty (at its canonical position) if missing or not a sequence. */
export function ensureSeq(doc: Document, path: DocPath): YAMLSeq {
  assertWritable(doc, path);
  const existing = nodeAt(doc, path);
  if (isSeq(existing)) return existing;
  const key = path[path.length - 1];
  if (typeof key !== 'string') throw new Error(`ensureSeq needs a map key path, got ${String(key)}`);
  const parentPath = path.slice(0, -1);
  const parent = ensureMap(doc, parentPath);
  const seq = new YAMLSeq();
  const pair = parent.items.find((item) => pairKey(item) === key);
  if (pair) pair.value = seq;
  else insertPair(parent, parentPath, key, seq);
  return seq;
}

function joinComments(...comments: (string | null | undefined)[]): string | null {
  const present = comments.filter((comment): comment is string => typeof comment === 'string' && comment !== '');
  return present.length > 0 ? present.join('\n') : null;
}

/**
 * Removes the key or item at `path` if it is there. Comment lines after a removed block (which the
 * parser attaches to the block) move to the next key, so no comment is lost with the block.
 */
export function deletePath(doc: Document, path: DocPath): void {
  const node: unknown = path.length === 0 ? undefined : doc.getIn(path, true);
  if (node === undefined && !doc.hasIn(path)) return;
  assertWritable(doc, path.slice(0, -1));
  assertRemovable(node, path);
  const parent = nodeAt(doc, path.slice(0, -1));
  const key = path[path.length - 1];
  if (isMap(parent) && (isMap(node) || isSeq(node)) && node.comment) {
    const index = parent.items.findIndex((pair) => pairKey(pair) === key);
    const next = parent.items[index + 1]?.key;
    if (isScalar(next)) next.commentBefore = joinComments(node.comment, next.commentBefore);
    else parent.comment = joinComments(parent.comment, node.comment);
  }
  doc.deleteIn(path);
}

/** Removes the map at `path` if it exists and is empty. */
export function pruneEmptyMap(doc: Document, path: DocPath): void {
  const node = nodeAt(doc, path);
  if (isMap(node) && node.items.length === 0) deletePath(doc, path);
}

/** The string items of the sequence at `path` (others skipped). */
export function stringItems(doc: Document, path: DocPath): string[] {
  const node = nodeAt(doc, path);
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [item.value] : []));
}
