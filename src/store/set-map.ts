/**
 * A map from a key to a set of strings (item paths by id, by source note, by block id), for the
 * indexes' secondary lookups. Empty sets are dropped, so `has` means "at least one value".
 */
export class SetMap {
  /** One value is stored as itself (most keys have one: a Set each would double the index's memory). */
  private readonly map = new Map<string, string | Set<string>>();

  add(key: string, value: string): void {
    const current = this.map.get(key);
    if (current === undefined) this.map.set(key, value);
    else if (typeof current === "string") {
      if (current !== value) this.map.set(key, new Set([current, value]));
    } else current.add(value);
  }

  delete(key: string, value: string): void {
    const current = this.map.get(key);
    if (current === undefined) return;
    if (typeof current === "string") {
      if (current === value) this.map.delete(key);
      return;
    }
    current.delete(value);
    if (current.size === 1) this.map.set(key, current.values().next().value as string);
  }

  /** The values under `key` (possibly none). */
  get(key: string): ReadonlySet<string> {
    const current = this.map.get(key);
    if (current === undefined) return EMPTY;
    return typeof current === "string" ? new Set([current]) : current;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** Keys with more than one value, with their values. */
  *shared(): IterableIterator<[string, ReadonlySet<string>]> {
    for (const [key, value] of this.map) if (typeof value !== "string") yield [key, value];
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
