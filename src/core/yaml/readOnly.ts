import { type Document, isScalar, type Pair, type YAMLMap } from 'yaml';

/**
 * Documents that nothing changes any more: the ones read from the user's text. Every edit works on
 * a clone (`doc.clone()` is not read-only), so the readers (form, rules, placement) may index them.
 */
const readOnlyDocs = new WeakSet<Document>();

/** Declares that `doc` is never changed again; key lookups in its maps may then be indexed. */
export function markReadOnly(doc: Document): void {
  readOnlyDocs.add(doc);
}

/** A pair's key as a lookup compares it: a scalar key's value, else the key node itself. */
export function pairKey(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

const indexes = new WeakMap<YAMLMap, Map<unknown, Pair>>();

/** Below this many keys a scan is as fast as a lookup; an index costs memory for nothing. */
const INDEXED_FROM = 32;

/**
 * The pair of `map` whose key is `key`, as `map.get(key, true)` finds it (the first one, scalar
 * keys compared by value), in constant time for the large maps of a read-only document: a
 * gateway pasted with thousands of keys in `spec` is read by dozens of lookups per keystroke,
 * each of which would otherwise scan every key. A hit is checked against the map before use.
 */
export function pairIn(doc: Document, map: YAMLMap, key: string | number): Pair | undefined {
  if (map.items.length >= INDEXED_FROM && readOnlyDocs.has(doc)) {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const value = pairKey(pair);
        if (!index.has(value)) index.set(value, pair);
      }
      indexes.set(map, index);
    }
    const pair = index.get(key);
    if (!pair) return undefined;
    if (isScalar(pair.key) && pair.key.value === key) return pair;
  }
  return map.items.find((pair) => pair.key === key || (isScalar(pair.key) && pair.key.value === key));
}
