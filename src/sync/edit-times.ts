/**
 * `handoff_edited`: the per-field edit times the store keeps for edits made through Handoff
 * (board, commands), so sync can tell which of two concurrent edits of one field came later.
 *
 * Format (one YAML string, shared with src/store): space-separated `field=ISO` entries sorted by
 * field name, e.g. `"owner=2026-11-24T10:00:00Z status=2026-11-24T09:12:00Z"`. A field has at
 * most one entry: its latest Handoff edit. The ISO instant carries `Z` or an offset, so the
 * string sorts and compares the same on every machine whatever its zone.
 */

/**
 * One entry: a field name (letters, digits, `_`, `.`, `-`; starts with a letter or `_`), `=`,
 * and an ISO 8601 instant with seconds optional, fraction optional and a `Z` or `±HH:MM` offset.
 * Matches `status=2026-11-24T09:12:00Z`, `due_text=2026-11-24T09:12:00.5+08:00`;
 * not `status=2026-11-24` (no time), `status=2026-11-24T09:12` (no zone), `=2026-…` (no name).
 */
const EDIT_ENTRY = /^([A-Za-z_][A-Za-z0-9_.-]*)=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))$/;

/** A field name as {@link EDIT_ENTRY} accepts it. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * The parsed `handoff_edited` value: field → ISO instant. Immutable; build with
 * {@link EditTimes.parse} or {@link EditTimes.empty} and derive with {@link EditTimes.with} and
 * {@link EditTimes.merge}. `toString()` gives the canonical (sorted) form.
 */
export class EditTimes {
  private constructor(
    private readonly times: ReadonlyMap<string, string>,
    /** Entries that did not parse, verbatim (kept out of the map, reported by callers). */
    readonly invalid: readonly string[],
  ) {}

  /** No entries. */
  static empty(): EditTimes {
    return new EditTimes(new Map(), []);
  }

  /**
   * Parses a `handoff_edited` value. `null`, `undefined` and `""` give no entries; a non-string
   * (a person typed a list or a number) gives no entries and the value, as text, in `invalid`.
   * A malformed entry is skipped and listed in `invalid`; when a field repeats, the later
   * instant wins. Never throws: the value comes from a file a person may have edited.
   */
  static parse(value: unknown): EditTimes {
    if (value === null || value === undefined || value === "") return EditTimes.empty();
    if (typeof value !== "string") return new EditTimes(new Map(), [JSON.stringify(value)]);
    const times = new Map<string, string>();
    const invalid: string[] = [];
    for (const token of value.split(/\s+/)) {
      if (token === "") continue;
      const match = EDIT_ENTRY.exec(token);
      const at = match ? Date.parse(match[2]) : NaN;
      if (!match || Number.isNaN(at)) {
        invalid.push(token);
        continue;
      }
      const previous = times.get(match[1]);
      if (previous === undefined || Date.parse(previous) < at) times.set(match[1], match[2]);
    }
    return new EditTimes(times, invalid);
  }

  /** The ISO instant of `field`'s last Handoff edit, or null when it has none. */
  get(field: string): string | null {
    return this.times.get(field) ?? null;
  }

  /** Field names with an entry, sorted. */
  fields(): string[] {
    return [...this.times.keys()].sort();
  }

  /**
   * A copy with `field` edited at `iso`. Throws `Invalid edit-time field "<field>"` or
   * `Invalid edit time "<iso>" for <field>: expected ISO 8601 with Z or an offset` on misuse.
   */
  with(field: string, iso: string): EditTimes {
    if (!FIELD_NAME.test(field)) throw new Error(`Invalid edit-time field "${field}"`);
    if (!EDIT_ENTRY.test(`${field}=${iso}`) || Number.isNaN(Date.parse(iso))) {
      throw new Error(`Invalid edit time "${iso}" for ${field}: expected ISO 8601 with Z or an offset`);
    }
    const times = new Map(this.times);
    times.set(field, iso);
    return new EditTimes(times, this.invalid);
  }

  /**
   * Both sides' entries, keeping the later instant per field (the earlier string on a tie of
   * instants written differently, so the result does not depend on argument order).
   * Invalid entries of both are dropped: they are not edit times.
   */
  merge(other: EditTimes): EditTimes {
    const times = new Map(this.times);
    for (const [field, iso] of other.times) {
      const mine = times.get(field);
      if (mine === undefined || compareInstants(iso, mine) > 0 || (compareInstants(iso, mine) === 0 && iso < mine)) {
        times.set(field, iso);
      }
    }
    return new EditTimes(times, []);
  }

  /** The canonical `handoff_edited` string: entries sorted by field, space-separated. */
  toString(): string {
    return this.fields().map((f) => `${f}=${this.times.get(f) ?? ""}`).join(" ");
  }
}

/** Orders two ISO instants by the moment they denote (not as text): negative, 0 or positive. */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/**
 * An ISO instant shown in UTC to the second, `2026-11-24T09:12:00Z`, for messages that must
 * read the same on every machine. Returns the input unchanged when it is not a valid instant.
 */
export function utcSeconds(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
