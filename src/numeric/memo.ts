/**
 * A small least-recently-used memo: expensive per-shape results (mmse tables, thresholds) are kept
 * while a user moves the other parameters, and old ones are dropped.
 */
export function lruMemo<K, V>(size: number, compute: (key: K) => V): ((key: K) => V) & { peek(key: K): V | undefined } {
  const cache = new Map<K, V>();
  const get = (key: K) => {
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const v = compute(key);
    cache.set(key, v);
    if (cache.size > size) cache.delete(cache.keys().next().value as K);
    return v;
  };
  /** The cached value, if any, without computing or reordering. */
  return Object.assign(get, { peek: (key: K) => cache.get(key) });
}
