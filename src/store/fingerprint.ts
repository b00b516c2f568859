import { digest } from "../model/hash";
import { MANAGED_FIELDS, type FieldValue, type ManagedField, type ManagedValues } from "./item-fields";

/** Length of each field's hash in `handoff_fp`: 6 base-36 chars, plenty to notice an edit. */
const FIELD_HASH_LENGTH = 6;

/** One `field=hash` entry of `handoff_fp`. Group 1 the field, group 2 the hash. */
const FP_ENTRY = /^([A-Za-z_]+)=([0-9a-z]+)$/;

/**
 * What extraction last wrote into an item note, as a short hash per field (`handoff_fp`). A
 * field whose current value no longer matches its hash was edited by a person, and
 * re-extraction leaves it alone (DESIGN principle 3). Fields extraction left empty have no
 * entry, which keeps the string short.
 */
export class Fingerprint {
  private constructor(private readonly hashes: ReadonlyMap<string, string>) {}

  /** No entries: every non-empty field counts as a person's. */
  static readonly EMPTY = new Fingerprint(new Map());

  /** The fingerprint of values as extraction writes them. */
  static of(values: ManagedValues): Fingerprint {
    const hashes = new Map<string, string>();
    for (const field of MANAGED_FIELDS) {
      const value = values[field];
      if (value !== null) hashes.set(field, hashValue(value));
    }
    return new Fingerprint(hashes);
  }

  /**
   * Reads `handoff_fp` (`"due=1x2y3z owner=k2j3h4 …"`). Unreadable entries are skipped, so a
   * mangled fingerprint only makes more fields count as edited: nothing is overwritten by mistake.
   */
  static parse(text: string | null): Fingerprint {
    if (text === null) return Fingerprint.EMPTY;
    const hashes = new Map<string, string>();
    for (const part of text.split(/\s+/)) {
      const match = FP_ENTRY.exec(part);
      if (match) hashes.set(match[1], match[2]);
    }
    return new Fingerprint(hashes);
  }

  /**
   * True when a person changed `field` since extraction wrote it: its value no longer matches its
   * hash, or it has a value extraction never wrote (no hash). An empty field without a hash is not
   * an edit, so extraction may fill it.
   */
  edited(field: ManagedField, current: FieldValue): boolean {
    const hash = this.hashes.get(field);
    if (hash === undefined) return current !== null;
    return current === null || hashValue(current) !== hash;
  }

  /** A copy with each field recorded as written with its value (no entry when null). */
  withValues(entries: Iterable<readonly [ManagedField, FieldValue]>): Fingerprint {
    const hashes = new Map(this.hashes);
    for (const [field, value] of entries) {
      if (value === null) hashes.delete(field);
      else hashes.set(field, hashValue(value));
    }
    return new Fingerprint(hashes);
  }

  /** `field=hash` entries sorted by field, space-separated: the `handoff_fp` value. */
  toString(): string {
    return [...this.hashes.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([field, hash]) => `${field}=${hash}`)
      .join(" ");
  }
}

/** The hash of one normal-form value. Lists hash as their JSON, so order matters. */
function hashValue(value: string | readonly string[]): string {
  return digest(typeof value === "string" ? value : JSON.stringify(value), FIELD_HASH_LENGTH);
}
