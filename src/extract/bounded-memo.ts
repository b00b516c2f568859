/**
 * A map that remembers computed values up to a limit, then starts over (clears all). Used for
 * pure functions of their key only (deadline phrases per clock, sentence readings, titles,
 * headings), so a hit returns exactly what computing again would. Starting over is the simplest
 * bound that keeps memory flat on any vault; a scan that fills the memo pays a cold pass again.
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();

  /** `limit`: most entries kept. Throws on a limit below 1 (a programmer error). */
  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`BoundedMemo limit must be a positive integer, got ${limit}`);
  }

  /** The value remembered for `key`, else `compute()` remembered. */
  get(key: K, compute: (key: K) => V): V {
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as V;
    const value = compute(key);
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  /** How many values are remembered. */
  get size(): number {
    return this.values.size;
  }
}
