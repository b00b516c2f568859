import { KEY_RANK } from "../store/item-fields";
import { compareInstants, EditTimes, utcSeconds } from "./edit-times";
import { canonical, describeValue, isPlainObject, sameValue } from "./field-value";

/** Who made one side of a merge and when: the side's commit author and commit time (ISO). */
export interface MergeSide {
  readonly time: string;
  readonly author: string;
}

/** The frontmatter key holding the per-field edit times (see {@link EditTimes}). */
export const EDITED_FIELD = "handoff_edited";
/** The visible list of values that lost a merge; the board shows it. */
export const CONFLICTS_FIELD = "conflicts";
/** What extraction last wrote, `field=hash` per field (src/store/fingerprint.ts): merged entry by entry. */
export const FINGERPRINT_FIELD = "handoff_fp";
/** Keys of Handoff's own bookkeeping (`handoff_fp` …): merged, but a loser there is not worth a conflict note. */
const BOOKKEEPING_PREFIX = "handoff_";

/** The merged frontmatter data. */
export interface FieldMerge {
  /** Merged mapping; keys absent from it were removed. */
  readonly data: Record<string, unknown>;
  /** Key order for writing: ours' order; a key ours lacks at its place in the item format, else after its predecessor in theirs. */
  readonly order: readonly string[];
  /** Conflict notes recorded by this merge (also appended to `data.conflicts`). */
  readonly conflicts: readonly string[];
}

/**
 * Merges frontmatter mappings field by field (DESIGN principle 3):
 * - a field changed on one side only takes that side's value;
 * - lists merge as sets: base items neither side removed, then the additions of the side that
 *   edited first, then the other's (so the result does not depend on which device merges);
 * - mappings merge key by key, recursively;
 * - a scalar (or a value whose type changed) changed differently on both sides goes to the
 *   later edit: a side's edit time for a field is its `handoff_edited` entry when that entry
 *   changed, else the side's commit time (a person edited the YAML by hand). On a tie the
 *   greater canonical value wins, so the result is symmetric. The loser is recorded as
 *   `"<field>: <loser> (lost to <winner> by <author>, <time>)"` in {@link CONFLICTS_FIELD};
 * - `handoff_edited` merges entry by entry keeping the later instant; `handoff_fp` entry by
 *   entry, each hash from the side whose value stands; other `handoff_*` keys merge like any
 *   field but their losers are not recorded.
 * `base` null means both sides created the note (add/add): every difference is a conflict.
 * `extraConflicts` (the body's losers) are appended to the conflicts field after the fields'.
 */
export function mergeFields(
  base: Readonly<Record<string, unknown>> | null,
  ours: Readonly<Record<string, unknown>>,
  theirs: Readonly<Record<string, unknown>>,
  times: EditClock,
  extraConflicts: readonly string[] = [],
): FieldMerge {
  const conflicts: string[] = [];
  const data: Record<string, unknown> = {};
  const order = keyOrder(ours, theirs);
  for (const key of order) {
    if (key === CONFLICTS_FIELD || key === FINGERPRINT_FIELD) continue;
    const value = key === EDITED_FIELD ? mergeEdited(base?.[key], ours[key], theirs[key]) : mergeValue(key, key, base?.[key], ours[key], theirs[key], times, conflicts);
    if (value !== undefined) data[key] = value;
  }
  const fingerprint = mergeFingerprint(base?.[FINGERPRINT_FIELD], ours, theirs, data, times);
  if (fingerprint !== undefined) data[FINGERPRINT_FIELD] = fingerprint;
  const kept = mergeValue(CONFLICTS_FIELD, CONFLICTS_FIELD, asList(base?.[CONFLICTS_FIELD]), asList(ours[CONFLICTS_FIELD]), asList(theirs[CONFLICTS_FIELD]), times, []);
  const recorded = [...conflicts, ...extraConflicts];
  const list = Array.isArray(kept) ? [...(kept as unknown[])] : [];
  for (const note of recorded) if (!list.includes(note)) list.push(note);
  if (list.length > 0) data[CONFLICTS_FIELD] = list;
  else if (kept !== undefined) {
    // Empty: written as the side that emptied it wrote it (`conflicts:`, `[]`), or left out.
    const emptied = [ours, theirs].find((side) => CONFLICTS_FIELD in side && asList(side[CONFLICTS_FIELD])?.length === 0);
    if (emptied) data[CONFLICTS_FIELD] = emptied[CONFLICTS_FIELD];
  }
  const finalOrder = order.filter((k) => k in data);
  if (CONFLICTS_FIELD in data && !finalOrder.includes(CONFLICTS_FIELD)) placeKey(finalOrder, CONFLICTS_FIELD, finalOrder.length);
  return { data, order: finalOrder, conflicts: recorded };
}

/** A `conflicts` value as a list (a person may have typed one string); absent stays absent. */
function asList(value: unknown): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value as unknown[];
  return value === null || value === "" ? [] : [value];
}

/**
 * Inserts `key` into `order`: a key of the item format before the first key the format puts
 * after it (so `conflicts` lands before `tags`, as the store writes it); any other key at `fallback`.
 * Returns where it went.
 */
function placeKey(order: string[], key: string, fallback: number): number {
  const rank = KEY_RANK.get(key);
  let at = fallback;
  if (rank !== undefined) {
    const later = order.findIndex((k) => (KEY_RANK.get(k) ?? -1) > rank);
    at = later < 0 ? order.length : later;
  }
  order.splice(at, 0, key);
  return at;
}

/** Ours' keys in ours' order; a key only theirs has goes to its place (see {@link placeKey}), else after its predecessor in theirs. */
function keyOrder(ours: Readonly<Record<string, unknown>>, theirs: Readonly<Record<string, unknown>>): string[] {
  const order = Object.keys(ours);
  let after = -1;
  for (const key of Object.keys(theirs)) {
    const at = order.indexOf(key);
    after = at >= 0 ? at : placeKey(order, key, after + 1);
  }
  return order;
}

/**
 * Edit times of one merge: per side and top-level field, its `handoff_edited` entry when that
 * entry changed since the base, else the side's commit time. Decides who wins a field.
 */
export class EditClock {
  private readonly baseEdited: EditTimes;
  private readonly oursEdited: EditTimes;
  private readonly theirsEdited: EditTimes;

  /** Reads the three versions' `handoff_edited`; `base` null when both sides created the note. */
  constructor(
    base: Readonly<Record<string, unknown>> | null,
    ours: Readonly<Record<string, unknown>>,
    theirs: Readonly<Record<string, unknown>>,
    readonly oursSide: MergeSide,
    readonly theirsSide: MergeSide,
  ) {
    this.baseEdited = EditTimes.parse(base?.[EDITED_FIELD]);
    this.oursEdited = EditTimes.parse(ours[EDITED_FIELD]);
    this.theirsEdited = EditTimes.parse(theirs[EDITED_FIELD]);
  }

  /** A side's edit time of `field`: its changed `handoff_edited` entry, else its commit time. */
  editTime(side: "ours" | "theirs", field: string): string {
    const entry = (side === "ours" ? this.oursEdited : this.theirsEdited).get(field);
    if (entry !== null && entry !== this.baseEdited.get(field)) return entry;
    return side === "ours" ? this.oursSide.time : this.theirsSide.time;
  }

  /** Which side's value of `field` wins: the later edit; on a tie the greater canonical value. */
  winner(field: string, oursValue: unknown, theirsValue: unknown): "ours" | "theirs" {
    const order = compareInstants(this.editTime("ours", field), this.editTime("theirs", field));
    if (order !== 0 && !Number.isNaN(order)) return order > 0 ? "ours" : "theirs";
    return canonical(oursValue) >= canonical(theirsValue) ? "ours" : "theirs";
  }

  /**
   * The conflict note for a value that lost: `"<path>: <loser> (lost to <winner> by <author>,
   * <time>)"`, the winner's author and edit time of `field`, the time in UTC to the second.
   */
  lostNote(path: string, field: string, winnerSide: "ours" | "theirs", winner: unknown, loser: unknown): string {
    const by = winnerSide === "ours" ? this.oursSide : this.theirsSide;
    return `${path}: ${describeValue(loser)} (lost to ${describeValue(winner)} by ${by.author}, ${utcSeconds(this.editTime(winnerSide, field))})`;
  }

  /** True when ours edited `field` first (its additions are listed first); ties by value. */
  oursFirst(field: string, oursValue: unknown, theirsValue: unknown): boolean {
    return this.winner(field, oursValue, theirsValue) === "theirs";
  }
}

function mergeValue(path: string, field: string, base: unknown, ours: unknown, theirs: unknown, times: EditClock, conflicts: string[]): unknown {
  if (sameValue(ours, theirs)) return ours;
  if (sameValue(ours, base)) return theirs;
  if (sameValue(theirs, base)) return ours;
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    return mergeList(Array.isArray(base) ? base : [], ours, theirs, times.oursFirst(field, ours, theirs));
  }
  if (isPlainObject(ours) && isPlainObject(theirs)) {
    const b = isPlainObject(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of keyOrder(ours, theirs)) {
      const value = mergeValue(`${path}.${key}`, field, b[key], ours[key], theirs[key], times, conflicts);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  const side = times.winner(field, ours, theirs);
  const [winner, loser] = side === "ours" ? [ours, theirs] : [theirs, ours];
  if (!field.startsWith(BOOKKEEPING_PREFIX)) {
    conflicts.push(times.lostNote(path, field, side, winner, loser));
  }
  return winner;
}

/** Lists as sets (by canonical value): base items both kept, then `first`'s additions, then the other's. */
function mergeList(base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[], oursFirst: boolean): unknown[] {
  const inOurs = new Set(ours.map(canonical));
  const inTheirs = new Set(theirs.map(canonical));
  const inBase = new Set(base.map(canonical));
  const seen = new Set<string>();
  const out: unknown[] = [];
  const add = (item: unknown): void => {
    const key = canonical(item);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(item);
  };
  for (const item of base) if (inOurs.has(canonical(item)) && inTheirs.has(canonical(item))) add(item);
  const [first, second] = oursFirst ? [ours, theirs] : [theirs, ours];
  for (const item of first) if (!inBase.has(canonical(item))) add(item);
  for (const item of second) if (!inBase.has(canonical(item))) add(item);
  return out;
}

/** `field=value` entries of a bookkeeping string, by field. */
function entries(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value !== "string") return out;
  for (const token of value.split(/\s+/)) {
    const eq = token.indexOf("=");
    if (eq > 0) out.set(token.slice(0, eq), token.slice(eq + 1));
  }
  return out;
}

/**
 * `handoff_fp` entry by entry: each field's hash from the side that changed it; when both did,
 * from the side whose value of that field is in the merged `data` (the later side's when that
 * cannot tell, e.g. the quote in the body), so the hash still describes the value in place.
 */
function mergeFingerprint(
  base: unknown,
  ours: Readonly<Record<string, unknown>>,
  theirs: Readonly<Record<string, unknown>>,
  data: Readonly<Record<string, unknown>>,
  times: EditClock,
): unknown {
  const [o, t] = [ours[FINGERPRINT_FIELD], theirs[FINGERPRINT_FIELD]];
  if (sameValue(o, t)) return o;
  if (sameValue(o, base)) return t;
  if (sameValue(t, base)) return o;
  const [b, oe, te] = [entries(base), entries(o), entries(t)];
  const out = new Map<string, string>();
  for (const field of new Set([...oe.keys(), ...te.keys()])) {
    const [bv, ov, tv] = [b.get(field), oe.get(field), te.get(field)];
    if (ov === tv || tv === bv || ov === bv) {
      const pick = ov === bv ? tv : ov;
      if (pick !== undefined) out.set(field, pick);
      continue;
    }
    const isOurs = sameValue(data[field], ours[field]);
    const isTheirs = sameValue(data[field], theirs[field]);
    const side = isOurs !== isTheirs ? (isOurs ? "ours" : "theirs") : times.winner(field, ours[field], theirs[field]);
    const pick = side === "ours" ? ov : tv;
    if (pick !== undefined) out.set(field, pick);
  }
  return [...out.keys()].sort().map((k) => `${k}=${out.get(k) ?? ""}`).join(" ");
}

/** `handoff_edited` entry by entry, the later instant per field; a side that left it alone yields. */
function mergeEdited(base: unknown, ours: unknown, theirs: unknown): unknown {
  if (sameValue(ours, theirs)) return ours;
  if (sameValue(ours, base)) return theirs;
  if (sameValue(theirs, base)) return ours;
  return EditTimes.parse(ours).merge(EditTimes.parse(theirs)).toString();
}
