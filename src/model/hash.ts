/**
 * Stable content hashes for ids and fingerprints. Pure and identical on every platform, so
 * two devices deriving an id from the same content get the same id (DESIGN principle 2).
 *
 * The function is cyrb53-style mixing of UTF-16 code units into 53 bits: not cryptographic,
 * chosen because it is fast, has good dispersion for short strings and needs no Node crypto.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A lowercase base-36 digest of `text`, exactly `length` characters (default 7, about 78
 * billion values: collisions stay negligible for a team's lifetime of items). Throws on a
 * length outside 1..10, which 53 bits cannot fill.
 */
export function digest(text: string, length = 7): string {
  if (!Number.isInteger(length) || length < 1 || length > 10) {
    throw new RangeError(`digest length must be an integer from 1 to 10, got ${length}`);
  }
  return hash53(text).toString(36).padStart(10, "0").slice(-length);
}
