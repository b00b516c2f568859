/**
 * A bounded least-recently-used map from a string key to what the highlighter built for it:
 * a unit's marks by unit context + text, a section's units by section text. Typing misses only
 * on the unit and section it changed; every other visible one is a hit, and scrolling back
 * finds the ones it left.
 *
 * The bound keeps memory flat on long editing sessions: a unit edited a hundred times leaves a
 * hundred stale keys, which fall off the old end.
 */
export class LruCache<V> {
  private readonly map = new Map<string, V>();
  hits = 0;
  misses = 0;

  /**
   * @param capacity entries kept (default 2,000: several screens of a dense note, a few hundred
   *   kilobytes of keys at most). Must be a positive integer.
   */
  constructor(readonly capacity = 2_000) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`LruCache capacity must be a positive integer, got ${capacity}`);
  }

  /** The value for `key`, marking it recently used; or `undefined`. */
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  /** Stores `value` under `key` as the most recently used, evicting the least recent beyond capacity. */
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }

  /** Drops everything (another note, a new preamble, the tracked items changed). */
  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
