import { isMap, isNode, isScalar, parseDocument, type Document, type Pair } from "yaml";
import { Fingerprint } from "./fingerprint";
import { frontmatterBounds } from "./frontmatter";
import { CORE_KEYS, KEY_RANK, MANAGED_FIELDS, sameValue, type FieldValue, type ItemKey, type ManagedField, type ManagedValues } from "./item-fields";
import { formatQuote, isItemNoteProblem, readItemNote, SOURCE_LINE, type ItemNote } from "./item-note";
import { ITEM_YAML_OPTIONS, quoteAmbiguousScalars } from "./item-yaml";
import type { Item } from "../model/item";
import { rollRecurring } from "../time/recurring-roll";
import type { WriterClock } from "../time/writer-clock";

/** One field to change in an existing item note. */
export interface FieldChange {
  readonly field: ManagedField | "source_missing";
  readonly from: FieldValue | boolean;
  readonly to: FieldValue | boolean;
}

/** What re-extraction changes in one item note: fields, and the new fingerprint. */
export interface ItemPatch {
  readonly changes: readonly FieldChange[];
  readonly fingerprint: Fingerprint;
}

/**
 * Updates are written with the item-note options, except that a person's single-quoted values
 * stay single-quoted (`singleQuote: null` keeps each scalar's own style).
 */
const UPDATE_YAML_OPTIONS = Object.freeze({ ...ITEM_YAML_OPTIONS, singleQuote: null });

/**
 * What re-extraction would change in `note` to bring it to `desired` (DESIGN principle 3):
 * a field a person edited (its value no longer matches `handoff_fp`) is kept, unless it now
 * equals what extraction found, in which case extraction owns it again; every other field takes
 * the extracted value. Returns null when nothing would change, so nothing is written.
 */
export function planItemUpdate(note: ItemNote, desired: ManagedValues, sourceMissing: boolean): ItemPatch | null {
  // Nearly every item on a re-scan already holds what extraction finds and its fingerprint
  // records exactly those values: compared first, hashed once, nothing else built.
  if (note.item.sourceMissing === sourceMissing && sameValues(note.values, desired) && Fingerprint.matches(note.fingerprint, note.values)) return null;
  const old = Fingerprint.parse(note.fingerprint);
  const changes: FieldChange[] = [];
  const adopted: ManagedField[] = [];
  for (const field of MANAGED_FIELDS) {
    const current = note.values[field];
    const wanted = desired[field];
    const same = sameValue(current, wanted);
    const edited = old.edited(field, current);
    if (!same && !edited) changes.push({ field, from: current, to: wanted });
    else if (same && edited) adopted.push(field);
  }
  if (note.item.sourceMissing !== sourceMissing) changes.push({ field: "source_missing", from: note.item.sourceMissing, to: sourceMissing });
  if (changes.length === 0 && adopted.length === 0) return null;
  const fingerprint = old.withValues([...changes.flatMap((c) => (c.field === "source_missing" ? [] : [[c.field, c.to as FieldValue] as const])), ...adopted.map((f) => [f, desired[f]] as const)]);
  return { changes, fingerprint };
}

/** True when every managed field of `a` equals the same field of `b`. */
function sameValues(a: ManagedValues, b: ManagedValues): boolean {
  for (const field of MANAGED_FIELDS) if (!sameValue(a[field], b[field])) return false;
  return true;
}

/**
 * Re-extraction's update of an item note's text: reads the note as it is now, plans against
 * `desired` and applies the plan. Returns `text` itself when the note is not a valid item note
 * (never rewritten) or nothing changes. Used inside `VaultPort.process`, so a person's edit made
 * since the scan read the note is seen and respected.
 */
export function updateItemNoteText(path: string, text: string, desired: ManagedValues, sourceMissing: boolean): string {
  const note = readItemNote(path, text);
  if (isItemNoteProblem(note)) return text;
  const patch = planItemUpdate(note, desired, sourceMissing);
  return patch ? applyItemPatch(text, patch) : text;
}

/**
 * Applies a patch through `yaml`'s Document API on the note's own frontmatter, so a person's
 * comments, key order, quoting and extra keys stay; new keys go in at their place in the fixed
 * order. In the body only the quote block and the `Source:` line change, and only when they still
 * read what extraction wrote; everything below is never touched. Returns `text` unchanged when
 * its frontmatter does not parse.
 */
export function applyItemPatch(text: string, patch: ItemPatch): string {
  const bounds = frontmatterBounds(text);
  if (!bounds) return text;
  const doc = parseDocument(bounds.yaml, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return text;
  let body = text.slice(bounds.bodyOffset);
  for (const change of patch.changes) {
    if (change.field === "quote") body = replaceQuote(body, change.from as FieldValue, change.to as FieldValue);
    else setKey(doc, change.field, change.field === "source_missing" ? (change.to === true ? true : null) : change.to);
    if (change.field === "source") body = replaceSourceLine(body, change.from as FieldValue, change.to as FieldValue);
  }
  setKey(doc, "handoff_fp", patch.fingerprint.toString());
  return `---\n${doc.toString(UPDATE_YAML_OPTIONS)}---\n${body}`;
}

/**
 * Sets `key` in the document's top mapping: an existing scalar keeps its node (comments, style);
 * an empty non-core key is removed; a new key is inserted before the first key that comes after
 * it in the fixed order (else after the last known key, so a person's own keys stay last).
 */
export function setKey(doc: Document, key: ItemKey, value: unknown): void {
  const map = doc.contents;
  if (!isMap(map)) throw new TypeError("item note frontmatter is not a mapping");
  const items = map.items;
  const index = items.findIndex((pair) => keyOf(pair) === key);
  const empty = value === null || (Array.isArray(value) && value.length === 0);
  if (empty && !CORE_KEYS.has(key)) {
    if (index >= 0) items.splice(index, 1);
    return;
  }
  const node = doc.createNode(empty ? null : value);
  if (!isScalar(node)) node.flow = false;
  if (index >= 0) {
    const pair = items[index];
    if (isScalar(pair.value) && isScalar(node)) pair.value.value = node.value;
    else pair.value = node;
  } else {
    items.splice(insertionIndex(items, key), 0, doc.createPair(key, node));
  }
  const written = index >= 0 ? items[index].value : node;
  if (isNode(written)) quoteAmbiguousScalars(written);
}

function insertionIndex(items: readonly Pair[], key: ItemKey): number {
  const rank = KEY_RANK.get(key) ?? Number.MAX_SAFE_INTEGER;
  let lastKnown = -1;
  for (let i = 0; i < items.length; i++) {
    const other = KEY_RANK.get(keyOf(items[i]) ?? "");
    if (other === undefined) continue;
    if (other > rank) return i;
    lastKnown = i;
  }
  return lastKnown + 1;
}

function keyOf(pair: Pair): string | null {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === "string" ? key : null;
}

/** Replaces the blockquote at the top of the body when it still reads `from`. */
function replaceQuote(body: string, from: FieldValue, to: FieldValue): string {
  const lines = body.split("\n");
  let start = 0;
  while (start < lines.length && lines[start].trim() === "") start++;
  let end = start;
  while (end < lines.length && lines[end].startsWith(">")) end++;
  const current = end > start ? lines.slice(start, end).join("\n") : null;
  if (current === null || typeof to !== "string") return body;
  if (typeof from !== "string" || current.replace(/\r/g, "") !== formatQuote(from)) return body;
  return [...lines.slice(0, start), formatQuote(to), ...lines.slice(end)].join("\n");
}

/** Replaces the `Source:` line when it still reads `Source: <from>`. */
function replaceSourceLine(body: string, from: FieldValue, to: FieldValue): string {
  if (typeof from !== "string" || typeof to !== "string") return body;
  const lines = body.split("\n");
  const index = lines.findIndex((line) => SOURCE_LINE.exec(line.replace(/\r$/, ""))?.[1] === from);
  if (index < 0) return body;
  lines[index] = `Source: ${to}`;
  return lines.join("\n");
}

/** A field a person may set through Handoff (board, palette commands): a managed field or a person's own. */
export type EditableField = Exclude<ManagedField, "quote"> | "decided_at" | "decision_type" | "conflicts" | "complete_instances";

/** One `field=instant` entry of `handoff_edited`. Group 1 the field, group 2 the instant. */
const EDIT_ENTRY = /^([A-Za-z_][A-Za-z0-9_.-]*)=(\S+)$/;

/**
 * An edit made through Handoff (a card dragged to done, "set status", "raise a blocker"): sets the
 * fields as a person would, records each field's edit time in `handoff_edited` (for sync to pick
 * the later of two concurrent edits), and leaves `handoff_fp` alone, so re-extraction sees a
 * person's edit and never overwrites it. `editedAt` is an ISO instant with `Z` or an offset,
 * given by the caller (the core reads no clock). Returns `text` unchanged for a note that is not
 * a valid item note, or when every field already has its value.
 *
 * Recurring items: setting `status: done` on a note with a `recurrence`, with `rollClock` given
 * (the owner's clock: `rollClockFor` in `src/time/recurring-roll.ts`), rolls it instead: the
 * status stays open, the done occurrence's date joins `complete_instances` and `due` moves to the
 * next occurrence. Without `rollClock`, or when the rule has no further occurrence, it is done.
 */
export function editItemNoteText(path: string, text: string, edits: Partial<Record<EditableField, FieldValue>>, editedAt: string, rollClock?: (item: Item) => WriterClock | null): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(editedAt)) {
    throw new RangeError(`editedAt must be an ISO instant with a zone, got "${editedAt}"`);
  }
  const note = readItemNote(path, text);
  const bounds = frontmatterBounds(text);
  if (isItemNoteProblem(note) || !bounds) return text;
  const doc = parseDocument(bounds.yaml, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return text;
  const current = doc.toJS() as Record<string, unknown>;
  const fields = recurringEdits(note.item, current, edits, editedAt, rollClock);
  const times = new Map<string, string>();
  for (const token of (typeof current.handoff_edited === "string" ? current.handoff_edited : "").split(/\s+/)) {
    const match = EDIT_ENTRY.exec(token);
    if (match) times.set(match[1], match[2]);
  }
  let changed = false;
  for (const [field, value] of Object.entries(fields) as [EditableField, FieldValue][]) {
    const before = field === "decided_at" || field === "decision_type" || field === "conflicts" || field === "complete_instances" ? current[field] ?? null : note.values[field];
    if (JSON.stringify(before) === JSON.stringify(value)) continue;
    setKey(doc, field, value);
    times.set(field, editedAt);
    changed = true;
  }
  if (!changed) return text;
  setKey(doc, "handoff_edited", [...times].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([f, at]) => `${f}=${at}`).join(" "));
  return `---\n${doc.toString(UPDATE_YAML_OPTIONS)}---\n${text.slice(bounds.bodyOffset)}`;
}

/** `edits`, with `status: done` on a recurring item replaced by its roll to the next occurrence (see {@link editItemNoteText}). */
function recurringEdits(item: Item, current: Record<string, unknown>, edits: Partial<Record<EditableField, FieldValue>>, editedAt: string, rollClock?: (item: Item) => WriterClock | null): Partial<Record<EditableField, FieldValue>> {
  const clock = edits.status === "done" && item.recurrence !== null && rollClock ? rollClock(item) : null;
  if (clock === null || item.recurrence === null) return edits;
  const history = Array.isArray(current.complete_instances) ? current.complete_instances.map(String) : [];
  const rolled = rollRecurring({ recurrence: item.recurrence, due: item.due, completeInstances: history }, clock, editedAt);
  if (rolled === null) return edits;
  const { completedDate: _completed, ...rest } = edits;
  return { ...rest, status: rolled.status, due: rolled.due, complete_instances: rolled.completeInstances };
}
