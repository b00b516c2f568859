import { groundQuote } from "../extract/llm-grounding";
import type { Candidate } from "../model/candidate";
import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { blockAt, type BlockIdInsertion, type SourceBlock } from "./block-ids";
import { identify, type Assignment, type IdentityCandidate } from "./identity";
import type { ManagedValues } from "./item-fields";
import { serializeItemNote, type ItemNote } from "./item-note";
import { planItemUpdate } from "./item-note-update";
import { itemNotePath } from "./item-path";
import { desiredValues, partyTask, shortTitle, type ItemRef } from "./item-values";

/**
 * Reconciling one source note with the record: which items its candidates are, what to create,
 * what to update, which items lost their sentence. Pure; the plan is applied by `applyNotePlan`.
 * Two steps so a full scan can resolve links between notes (Tasks `⛔` → `🆔`) before planning:
 * {@link placeNote} gives every candidate its item id and path, {@link planNote} writes the plan.
 */

/** What reconcile needs from extraction (the shape of `NoteExtraction` in src/extract). */
export interface SourceExtraction {
  readonly path: string;
  /** The note's own date, YYYY-MM-DD, or null. */
  readonly date: string | null;
  readonly candidates: readonly Candidate[];
  readonly problems: readonly string[];
}

/** One source note and the record around it, for {@link placeNote}. */
export interface PlaceInput {
  /** Vault path of the source note. */
  readonly path: string;
  /** Its text, as extracted. */
  readonly text: string;
  readonly extraction: SourceExtraction;
  readonly blocks: readonly SourceBlock[];
  /** Item notes that may be this note's: their source is this note, or they are orphans with one of its block ids. */
  readonly existing: readonly ItemNote[];
  readonly settings: TeamSettings;
  readonly directory: Directory;
  /** Date (YYYY-MM-DD) recorded as `dateCreated` for an undated note's first items; null leaves it empty. */
  readonly today: string | null;
  /** True when an item id is used anywhere in the vault or was given out earlier in this scan. */
  readonly isTaken: (id: string) => boolean;
}

/** One candidate placed: its item, the item note's path and the title extraction gives it. */
export interface Placement {
  readonly assignment: Assignment;
  readonly existing: ItemNote | null;
  readonly itemPath: string;
  readonly title: string;
}

/** A note whose candidates all have their item id and path (the first step of reconciling). */
export interface PlacedNote {
  readonly input: PlaceInput;
  readonly insertions: readonly BlockIdInsertion[];
  readonly placements: readonly Placement[];
  /** Existing items whose sentence is gone. */
  readonly unmatched: readonly ItemNote[];
  /** `dateCreated` for this note's new items. */
  readonly dateCreated: string | null;
}

/** A new item note. */
export interface ItemCreate {
  readonly id: string;
  readonly path: string;
  readonly text: string;
}

/** A change to an existing item note; applied with `updateItemNoteText` inside `VaultPort.process`. */
export interface ItemUpdate {
  readonly id: string;
  readonly path: string;
  readonly desired: ManagedValues;
  readonly sourceMissing: boolean;
}

/** Everything reconciling one source note writes. Empty lists mean nothing to write. */
export interface NotePlan {
  readonly sourcePath: string;
  /** Block ids to append in the source note. */
  readonly insertions: readonly BlockIdInsertion[];
  readonly creates: readonly ItemCreate[];
  readonly updates: readonly ItemUpdate[];
  /** Item id → 1-based line of its block in the source note, for every item found in it. */
  readonly lines: ReadonlyMap<string, number>;
  /** Obsidian Tasks `🆔` → the item made from that task line. */
  readonly taskIds: ReadonlyMap<string, ItemRef>;
}

/** Places the note's tracked candidates (and the party tasks its dependencies imply). */
export function placeNote(input: PlaceInput): PlacedNote {
  const kinds = new Set<string>(input.settings.kinds);
  const entries: IdentityCandidate[] = [];
  for (const candidate of input.extraction.candidates) {
    if (candidate.kind === "fyi" || !kinds.has(candidate.kind)) continue;
    entries.push({ candidate, derived: false });
    const task = kinds.has("commitment") ? partyTask(candidate, input.directory, sameSentenceCommitment(input.extraction.candidates, candidate)) : null;
    if (task) entries.push({ candidate: task, derived: true });
  }
  const byItem = new Map<Item, ItemNote>(input.existing.map((note) => [note.item, note]));
  const result = identify({
    path: input.path,
    text: input.text,
    candidates: entries,
    blocks: input.blocks,
    existing: [...byItem.keys()],
    isTaken: input.isTaken,
    writeBlockIds: input.settings.blockIds,
  });
  const placements = result.assignments.map((assignment): Placement => {
    const existing = assignment.existing ? (byItem.get(assignment.existing) ?? null) : null;
    const title = shortTitle(assignment.candidate.title);
    const kind = assignment.candidate.kind as Item["kind"];
    return { assignment, existing, title, itemPath: existing ? existing.item.path : itemNotePath(input.settings.itemsFolder, kind, title, assignment.id) };
  });
  const created = input.existing.map((n) => n.item.created).filter((d): d is string => d !== null).sort();
  return {
    input,
    insertions: result.insertions,
    placements,
    unmatched: result.unmatched.map((item) => byItem.get(item) as ItemNote),
    dateCreated: input.extraction.date ?? created[0] ?? input.today,
  };
}

/** The items made from Obsidian Tasks lines with a `🆔`, by that id. */
export function taskRefsOf(placed: PlacedNote): Map<string, ItemRef> {
  const refs = new Map<string, ItemRef>();
  for (const p of placed.placements) {
    const taskId = p.assignment.derived ? null : p.assignment.candidate.task?.id;
    if (taskId && !refs.has(taskId)) refs.set(taskId, { id: p.assignment.id, path: p.itemPath, title: p.title });
  }
  return refs;
}

/**
 * The writes for a placed note. `taskRef` resolves a Tasks `⛔` id to the item with that `🆔`
 * (anywhere in the vault); a dependency's party task is linked from the dependency's `blocked_by`.
 */
export function planNote(placed: PlacedNote, taskRef: (taskId: string) => ItemRef | null): NotePlan {
  const { input } = placed;
  const creates: ItemCreate[] = [];
  const updates: ItemUpdate[] = [];
  const lines = new Map<string, number>();
  placed.placements.forEach((placement, index) => {
    const { assignment } = placement;
    lines.set(assignment.id, assignment.line);
    const blockedBy = blockersOf(placed.placements, index, taskRef);
    const desired = desiredValues(assignment.candidate, assignment.derived, {
      sourcePath: input.path,
      anchor: assignment.anchor,
      settings: input.settings,
      directory: input.directory,
      blockedBy,
    });
    if (placement.existing) {
      if (planItemUpdate(placement.existing, desired, false)) updates.push({ id: assignment.id, path: placement.itemPath, desired, sourceMissing: false });
      return;
    }
    const text = serializeItemNote({
      kind: assignment.candidate.kind as Item["kind"],
      id: assignment.id,
      extractedBy: assignment.candidate.extractedBy,
      dateCreated: placed.dateCreated,
      values: desired,
      sourceMissing: false,
    });
    creates.push({ id: assignment.id, path: placement.itemPath, text });
  });
  for (const note of placed.unmatched) {
    const kept = llmItemLine(note, input);
    if (kept !== null) {
      lines.set(note.item.id, kept);
      continue;
    }
    const update = missingUpdate(note);
    if (update) updates.push(update);
  }
  return { sourcePath: input.path, insertions: placed.insertions, creates, updates, lines, taskIds: taskRefsOf(placed) };
}

/**
 * The line of an LLM item no candidate matched whose quote is still in its source note, or
 * null. Such an item is present, not missing, and nothing in it changes: the optional LLM runs
 * only on devices with an endpoint (and in a CLI scan with `--llm`), so a scan without it finds
 * no candidate for the item. Marking it `source_missing` there, and clearing the mark on the
 * next device with the LLM, would make writes differ per device (DESIGN principle 2). The quote
 * is looked up as grounding found it (`groundQuote`: whitespace, a wrapped blockquote's `>` and
 * typographic quotes normalised); once it is gone the item is missing as any other. The line is
 * the end of the block holding the quote, as a matched item's is.
 */
function llmItemLine(note: ItemNote, input: PlaceInput): number | null {
  if (note.item.extractedBy !== "llm") return null;
  const span = groundQuote(input.text, note.item.quote);
  if (span === null) return null;
  let line = 1;
  for (let i = input.text.indexOf("\n"); i !== -1 && i < span.from; i = input.text.indexOf("\n", i + 1)) line++;
  return blockAt(input.blocks, line)?.endLine ?? line;
}

/** Marks an item whose sentence is gone `source_missing: true`, changing nothing else; null when it already is. */
export function missingUpdate(note: ItemNote): ItemUpdate | null {
  if (note.item.sourceMissing) return null;
  return { id: note.item.id, path: note.item.path, desired: note.values, sourceMissing: true };
}

/** Places and plans one note on its own, resolving `⛔` through `taskRef` and the note's own `🆔`s. */
export function reconcileNote(input: PlaceInput, taskRef: (taskId: string) => ItemRef | null = () => null): NotePlan {
  const placed = placeNote(input);
  const local = taskRefsOf(placed);
  return planNote(placed, (id) => local.get(id) ?? taskRef(id));
}

/** A commitment made in the same sentence as `candidate` (overlapping span), or null. */
function sameSentenceCommitment(candidates: readonly Candidate[], candidate: Candidate): Candidate | null {
  return candidates.find((c) => c.kind === "commitment" && c.from < candidate.to && candidate.from < c.to) ?? null;
}

function blockersOf(placements: readonly Placement[], index: number, taskRef: (taskId: string) => ItemRef | null): ItemRef[] {
  const { assignment } = placements[index];
  const refs: ItemRef[] = [];
  const next = placements[index + 1];
  if (assignment.candidate.kind === "dependency" && next?.assignment.derived) {
    refs.push({ id: next.assignment.id, path: next.itemPath, title: next.title });
  }
  if (!assignment.derived) {
    for (const taskId of assignment.candidate.task?.dependsOn ?? []) {
      const ref = taskRef(taskId);
      if (ref && ref.id !== assignment.id && !refs.some((r) => r.id === ref.id)) refs.push(ref);
    }
  }
  return refs;
}
