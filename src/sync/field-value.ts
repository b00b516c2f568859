/**
 * Frontmatter values as the merge sees them: plain JSON-like data from `yaml`'s `toJS`
 * (strings, numbers, booleans, null, arrays, plain objects). `undefined` stands for "the key
 * is absent".
 */

/**
 * A canonical text for a value: JSON with object keys sorted, so two values that mean the same
 * compare equal whatever their key order. `undefined` (absent) gives `"<absent>"`, which no
 * JSON text equals.
 */
export function canonical(value: unknown): string {
  if (value === undefined) return "<absent>";
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

/** True when `a` and `b` mean the same value ({@link canonical} texts equal). */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** True for a plain object (a YAML mapping), false for arrays, null and scalars. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A value as a person reads it in a conflict note: strings as they are, `null` / `""` as
 * `(empty)`, an absent key as `(removed)`, lists as `[a, b]`, mappings as JSON.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "(removed)";
  if (value === null || value === "") return "(empty)";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return `[${value.map((v) => (typeof v === "string" ? v : canonical(v))).join(", ")}]`;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return canonical(value);
}
