import type { ExtractedBy, TaskPriority } from "../model/candidate";
import type { Item } from "../model/item";
import { isItemKind } from "../model/kind";
import { isStatusOf, type ItemStatus } from "../model/status";
import { Fingerprint } from "./fingerprint";
import { ownString } from "./own-string";
import { frontmatterBounds, splitFrontmatter } from "./frontmatter";
import { CORE_KEYS, ITEM_KEYS, MANAGED_FIELDS, normalizeValue, type FieldValue, type ManagedField, type ManagedValues } from "./item-fields";
import { idFromPath } from "./item-path";
import { readCanonicalYaml, stringifyItemYaml } from "./item-yaml";
import { linkName, noteName, parseWikilink } from "./wikilink";

/** The kinds that have item notes. */
export type TrackedKind = Item["kind"];

/** Everything needed to write a new item note. */
export interface ItemNoteRecord {
  readonly kind: TrackedKind;
  readonly id: string;
  readonly extractedBy: ExtractedBy | "manual";
  /** The source note's date (YYYY-MM-DD), or null. */
  readonly dateCreated: string | null;
  readonly values: ManagedValues;
  readonly sourceMissing: boolean;
}

/** An item note as read: the `Item` views use, plus what the store needs to update it. */
export interface ItemNote {
  readonly item: Item;
  /** Managed fields as they are now in the file, in normal form. */
  readonly values: ManagedValues;
  /** What extraction last wrote: the `handoff_fp` text (read with `Fingerprint.parse` when needed), or null. */
  readonly fingerprint: string | null;
  /** Values that could not be used (bad status …), each naming the file; the file is still indexed. */
  readonly warnings: readonly string[];
}

/** An item note that cannot be used: reported, never rewritten. */
export interface ItemNoteProblem {
  readonly path: string;
  readonly problem: string;
}

const EXTRACTED_BY: ReadonlySet<string> = new Set(["rules", "llm", "tasks", "dataview", "manual"]);
const PRIORITIES: ReadonlySet<string> = new Set(["highest", "high", "medium", "low", "lowest"]);

/** The body line linking back to the source: `Source: [[…]]`. Group 1 the link. */
export const SOURCE_LINE = /^Source: (.*)$/;

/**
 * Writes a new item note, byte for byte the same for the same record on every machine: keys in
 * {@link ITEM_KEYS} order, empty non-core keys left out, `handoff_fp` computed from the values,
 * LF line ends. The body is the quote as a blockquote, then a `Source:` link line; everything a
 * person writes below that is theirs.
 */
export function serializeItemNote(record: ItemNoteRecord): string {
  const data: Record<string, unknown> = {};
  for (const key of ITEM_KEYS) {
    const value = frontmatterValue(record, key);
    if (value !== null || CORE_KEYS.has(key)) data[key] = value;
  }
  return `---\n${stringifyItemYaml(data)}---\n${itemBody(record.values.quote, record.values.source)}`;
}

/** The managed top of an item note's body: blank line, blockquote, blank line, `Source:` line. */
export function itemBody(quote: FieldValue, source: FieldValue): string {
  const parts = [""];
  if (typeof quote === "string") parts.push(formatQuote(quote), "");
  if (typeof source === "string") parts.push(`Source: ${source}`, "");
  return parts.length === 1 ? "\n" : parts.join("\n");
}

/** A quote as markdown blockquote lines (`> …`, `>` for an empty line), without a final newline. */
export function formatQuote(quote: string): string {
  return quote
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}

function frontmatterValue(record: ItemNoteRecord, key: string): unknown {
  switch (key) {
    case "type":
      return record.kind;
    case "id":
      return record.id;
    case "extracted_by":
      return record.extractedBy;
    case "dateCreated":
      return record.dateCreated;
    case "source_missing":
      return record.sourceMissing ? true : null;
    case "handoff_fp":
      return Fingerprint.of(record.values).toString();
    case "decided_at":
    case "decision_type":
    case "conflicts":
    case "handoff_edited":
      return null;
    default:
      return record.values[key as ManagedField];
  }
}

/**
 * Reads an item note. Invalid YAML, no frontmatter, a missing `id` or an unknown `type` give a
 * problem naming the file (the caller reports it and never rewrites the file); values that are
 * merely odd (an unknown status) are read as best we can and listed in `warnings`.
 */
export function readItemNote(path: string, text: string): ItemNote | ItemNoteProblem {
  const bounds = frontmatterBounds(text);
  if (!bounds) return { path, problem: `${path}: not an item note: it has no frontmatter (the --- block at the top). Handoff leaves it as it is.` };
  let data = readCanonicalYaml(bounds.yaml);
  if (data === undefined) {
    const split = splitFrontmatter(text);
    if (split.error) return { path, problem: `${path}: ${split.error}. Handoff will not change this item note until the YAML is fixed.` };
    data = split.data;
  }
  const type = data.type;
  if (!isItemKind(type) || type === "fyi") {
    return { path, problem: `${path}: \`type\` must be one of commitment, decision, request, dependency, got ${JSON.stringify(type ?? null)}. Handoff will not change this item note until it is fixed.` };
  }
  const id = normalizeValue("title", data.id);
  if (typeof id !== "string") return { path, problem: `${path}: the item note has no \`id\`. Handoff will not change it until an id is added (the one in the file name, e.g. ${idFromPath(path) ?? "ho-abc1234"}).` };
  const body = text.slice(bounds.bodyOffset);
  const values = {} as Record<ManagedField, FieldValue>;
  for (const field of MANAGED_FIELDS) values[field] = ownValue(field === "quote" ? readQuote(body) : normalizeValue(field, data[field]));
  const warnings: string[] = [];
  const item = toItem(path, type, id, data, values, warnings);
  return { item, values, fingerprint: typeof data.handoff_fp === "string" ? ownString(data.handoff_fp) : null, warnings };
}

function ownValue(value: FieldValue): FieldValue {
  return value === null || typeof value === "string" ? ownString(value) : value.map(ownString);
}

/** Reads an item note into the `Item` views use, or a problem naming the file. */
export function parseItemNote(path: string, text: string): Item | ItemNoteProblem {
  const note = readItemNote(path, text);
  return "problem" in note ? note : note.item;
}

/** True when a read result is a problem. */
export function isItemNoteProblem(note: ItemNote | ItemNoteProblem): note is ItemNoteProblem {
  return "problem" in note;
}

/** The blockquote at the top of an item note's body (after blank lines), or null when there is none. */
export function readQuote(body: string): string | null {
  const lines = body.split("\n");
  let i = 0;
  while (i < lines.length && lines[i].trim() === "") i++;
  const quote: string[] = [];
  for (; i < lines.length && lines[i].startsWith(">"); i++) {
    const line = lines[i].replace(/\r$/, "");
    quote.push(line.startsWith("> ") ? line.slice(2) : line.slice(1));
  }
  const text = quote.join("\n").trim();
  return text === "" ? null : text;
}

function toItem(path: string, kind: TrackedKind, id: string, data: Record<string, unknown>, values: ManagedValues, warnings: string[]): Item {
  const text = (field: ManagedField): string | null => {
    const value = values[field];
    return Array.isArray(value) ? value.join(", ") : (value as string | null);
  };
  const list = (field: ManagedField): readonly string[] => {
    const value = values[field];
    return value === null ? [] : typeof value === "string" ? [value] : value;
  };
  const other = (key: string): string | null => {
    const value = normalizeValue("title", data[key]);
    return typeof value === "string" ? ownString(value) : null;
  };
  let status: ItemStatus = "open";
  if (isStatusOf(kind, values.status)) status = values.status;
  else if (values.status !== null) warnings.push(`${path}: status ${JSON.stringify(values.status)} is not one for a ${kind}; shown as open.`);
  const priority = text("priority");
  if (priority !== null && !PRIORITIES.has(priority)) warnings.push(`${path}: priority ${JSON.stringify(priority)} is not one of highest, high, medium, low, lowest; ignored.`);
  const extractedBy = other("extracted_by") ?? "manual";
  const source = readSource(text("source"));
  const owner = text("owner");
  return Object.freeze({
    id: ownString(id),
    kind,
    path,
    title: text("title") ?? noteName(path),
    status,
    owner: owner === null ? null : linkName(owner),
    due: text("due"),
    dueText: text("due_text"),
    recurrence: text("recurrence"),
    priority: priority !== null && PRIORITIES.has(priority) ? (priority as TaskPriority) : null,
    sourcePath: source.path,
    sourceBlock: source.block,
    sourceLine: null,
    sourceMissing: data.source_missing === true,
    quote: text("quote") ?? "",
    blockedBy: Object.freeze(list("blocked_by").map(blockerId)),
    parties: Object.freeze(list("parties").map(linkName)),
    action: text("action"),
    waitingFor: text("waiting_for"),
    choice: text("choice"),
    rationale: text("rationale"),
    windowCloses: text("window_closes"),
    decidedAt: other("decided_at"),
    decisionType: other("decision_type"),
    extractedBy: EXTRACTED_BY.has(extractedBy) ? (extractedBy as Item["extractedBy"]) : "manual",
    created: other("dateCreated"),
    completed: text("completedDate"),
    channel: text("channel"),
    tags: Object.freeze([...list("tags")]),
    conflicts: Object.freeze(((normalizeValue("tags", data.conflicts) ?? []) as string[]).map(ownString)),
    blockers: Object.freeze([]),
  } satisfies Item);
}

/** Source path and block from `[[path#^block]]` (or a plain path). */
function readSource(value: string | null): { path: string | null; block: string | null } {
  if (value === null) return { path: null, block: null };
  const link = parseWikilink(value);
  const target = link ? link.target : value;
  if (target === "") return { path: null, block: null };
  const block = link?.anchor?.startsWith("^") ? link.anchor.slice(1) : null;
  return { path: target.endsWith(".md") ? target : `${target}.md`, block: ownString(block) };
}

/** The id an entry of `blocked_by` points at: the id in the linked note's name, else its name. */
function blockerId(entry: string): string {
  const link = parseWikilink(entry);
  const target = link ? link.target : entry;
  return idFromPath(target) ?? noteName(target);
}
