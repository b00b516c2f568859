/**
 * A map from a key to a set of values (item paths by id, by source note, by block id), for the
 * indexes' secondary lookups. Empty sets are dropped, so `has` means "at least one value".
 */
export class SetMap<V> {
  private readonly map = new Map<string, Set<V>>();

  add(key: string, value: V): void {
    const set = this.map.get(key);
    if (set) set.add(value);
    else this.map.set(key, new Set([value]));
  }

  delete(key: string, value: V): void {
    const set = this.map.get(key);
    if (!set) return;
    set.delete(value);
    if (set.size === 0) this.map.delete(key);
  }

  /** The values under `key` (possibly none). */
  get(key: string): ReadonlySet<V> {
    return this.map.get(key) ?? EMPTY;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** Every key with its values, in insertion order. */
  entries(): IterableIterator<[string, ReadonlySet<V>]> {
    return this.map.entries();
  }
}

const EMPTY: ReadonlySet<never> = new Set();

/** The smallest string in a set (code-unit order), or null when empty: the deterministic pick. */
export function firstPath(paths: ReadonlySet<string>): string | null {
  let first: string | null = null;
  for (const p of paths) if (first === null || p < first) first = p;
  return first;
}

/** Code-unit order of strings, independent of locale: how every list in the record is sorted. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
