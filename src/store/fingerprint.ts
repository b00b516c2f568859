import { hash53 } from "../model/hash";
import { MANAGED_FIELDS, type FieldValue, type ManagedField, type ManagedValues } from "./item-fields";

/** Length of each field's hash in `handoff_fp`: 6 base-36 chars, plenty to notice an edit. */
export const FIELD_HASH_LENGTH = 6;

/** The managed fields in code-unit order: the order of `handoff_fp` entries. */
const FIELDS_BY_NAME: readonly ManagedField[] = [...MANAGED_FIELDS].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

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

  /**
   * True when `text` (a note's `handoff_fp`) is exactly the fingerprint {@link of} `values`
   * writes: then no field of `values` counts as edited. Builds the string without a map or a
   * sort, so checking an unchanged item note on every scan costs one hash per value. False for
   * any other text (null, another order, an extra entry), which the caller then reads with
   * {@link parse}.
   */
  static matches(text: string | null, values: ManagedValues): boolean {
    if (text === null) return false;
    let at = 0;
    for (const field of FIELDS_BY_NAME) {
      const value = values[field];
      if (value === null) continue;
      if (at > 0 && text.charCodeAt(at++) !== SPACE) return false;
      if (!text.startsWith(field, at) || text.charCodeAt(at + field.length) !== EQUALS) return false;
      at += field.length + 1;
      if (!hashWrittenAt(text, at, value)) return false;
      at += FIELD_HASH_LENGTH;
    }
    return at === text.length;
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

/** Base-36 digits, as `Number.prototype.toString(36)` writes them. */
const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/** 36 ** FIELD_HASH_LENGTH: the last six base-36 digits of a number are its remainder by this. */
const HASH_MODULUS = 36 ** FIELD_HASH_LENGTH;

const SPACE = 32;
const EQUALS = 61;

/**
 * The hash of one normal-form value as a number below {@link HASH_MODULUS}: `digest(text, 6)` of
 * src/model/hash.ts is its six base-36 digits (the last six of `hash53`). Lists hash as their
 * JSON, so order matters.
 */
function hashNumber(value: string | readonly string[]): number {
  return hash53(typeof value === "string" ? value : JSON.stringify(value)) % HASH_MODULUS;
}

/**
 * The hash of one normal-form value as written in `handoff_fp`: `digest(text, 6)`, with the
 * digits written by hand, since `toString(36)` of a 53-bit number is most of its cost.
 */
export function hashValue(value: string | readonly string[]): string {
  let rest = hashNumber(value);
  let out = "";
  for (let i = 0; i < FIELD_HASH_LENGTH; i++, rest = Math.floor(rest / 36)) out = BASE36[rest % 36] + out;
  return out;
}

/** True when `text` holds the hash of `value` at `at` (compared digit by digit, no string built). */
function hashWrittenAt(text: string, at: number, value: string | readonly string[]): boolean {
  let rest = hashNumber(value);
  for (let i = FIELD_HASH_LENGTH - 1; i >= 0; i--, rest = Math.floor(rest / 36)) {
    if (text.charCodeAt(at + i) !== BASE36.charCodeAt(rest % 36)) return false;
  }
  return true;
}
