/**
 * The fields of an item note (see `docs/item-format.md`): their fixed order in the frontmatter,
 * which are always written, which extraction manages, and how a value read from YAML is
 * normalised so that a value compares equal however a person or Obsidian wrote it.
 */

/** Every frontmatter key Handoff writes, in the order it writes them. Other keys are kept after these. */
export const ITEM_KEYS = [
  "type",
  "id",
  "title",
  "status",
  "owner",
  "due",
  "due_text",
  "recurrence",
  "priority",
  "source",
  "blocked_by",
  "parties",
  "action",
  "waiting_for",
  "choice",
  "rationale",
  "window_closes",
  "decided_at",
  "decision_type",
  "channel",
  "extracted_by",
  "dateCreated",
  "completedDate",
  "complete_instances",
  "source_missing",
  "conflicts",
  "tags",
  "handoff_fp",
  "handoff_edited",
] as const;

/** One of {@link ITEM_KEYS}. */
export type ItemKey = (typeof ITEM_KEYS)[number];

/** Position of each key in {@link ITEM_KEYS}, for inserting a new key at its place. */
export const KEY_RANK: ReadonlyMap<string, number> = new Map(ITEM_KEYS.map((k, i) => [k, i]));

/**
 * Keys written even when empty (`owner:`), so every item note shows the same core properties in
 * Obsidian and Bases can filter on them. The rest are left out when empty.
 */
export const CORE_KEYS: ReadonlySet<ItemKey> = new Set(["type", "id", "title", "status", "owner", "due", "source", "extracted_by", "dateCreated", "tags", "handoff_fp"]);

/** Keys extraction never rewrites: set once at creation, or owned by people, sync and commands. */
const UNMANAGED_KEYS = ["type", "id", "decided_at", "decision_type", "extracted_by", "dateCreated", "source_missing", "conflicts", "handoff_fp", "handoff_edited", "complete_instances"] as const;

/**
 * Fields extraction writes and re-writes, each fingerprinted in `handoff_fp`: every key of
 * {@link ITEM_KEYS} except the {@link UNMANAGED_KEYS} (`type`, `id`, `extracted_by` and
 * `dateCreated` are written once; `decided_at` (the decision-window tick), `decision_type`, `conflicts` and `handoff_edited` belong to
 * people, sync and commands), plus `quote`, the blockquote at the top of the body.
 */
export type ManagedField = Exclude<ItemKey, (typeof UNMANAGED_KEYS)[number]> | "quote";

/** The {@link ManagedField}s in their fixed order. */
export const MANAGED_FIELDS: readonly ManagedField[] = [
  ...ITEM_KEYS.filter((key): key is Exclude<ManagedField, "quote"> => !(UNMANAGED_KEYS as readonly string[]).includes(key)),
  "quote",
];

/** Managed fields that hold lists (block sequences in YAML). */
export const LIST_FIELDS: ReadonlySet<ManagedField> = new Set(["blocked_by", "parties", "tags"]);

/** A field's value in normal form: a trimmed non-empty string, a non-empty list of them, or null. */
export type FieldValue = string | readonly string[] | null;

/** Values of every managed field. */
export type ManagedValues = Readonly<Record<ManagedField, FieldValue>>;

/**
 * Normal form of a value read from YAML (or built by extraction): strings trimmed with LF line
 * ends, numbers and booleans as text, lists of those, and empty strings and empty lists as null.
 * A list field given one scalar is a one-element list; a scalar field given a list keeps its
 * text form joined by ", " (a person's edit, kept as they wrote it when compared).
 */
export function normalizeValue(field: ManagedField, raw: unknown): FieldValue {
  if (LIST_FIELDS.has(field)) {
    const list = (Array.isArray(raw) ? raw : [raw]).map(scalarText).filter((v): v is string => v !== null);
    return list.length === 0 ? null : list;
  }
  if (Array.isArray(raw)) {
    const parts = raw.map(scalarText).filter((v): v is string => v !== null);
    return parts.length === 0 ? null : parts.join(", ");
  }
  return scalarText(raw);
}

/** True when two normal-form values are the same. */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (a === null || b === null || typeof a === "string" || typeof b === "string") return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function scalarText(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n").trim() : raw.trim();
    return text === "" ? null : text;
  }
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "bigint") return String(raw);
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString();
  return JSON.stringify(raw);
}
