import type { Candidate } from "../model/candidate";
import type { ItemRef } from "./item-values";
import type { SourceExtraction } from "./reconcile";
import { comparePaths, firstPath, SetMap } from "./set-map";

/** What the index keeps for one source note. */
export interface SourceNoteEntry {
  readonly path: string;
  /** Extraction as of the last index (candidates carry lines and offsets for the editor). */
  readonly extraction: SourceExtraction;
  /** The note's FYI sentences: marked so nobody answers them, never items. */
  readonly fyi: readonly Candidate[];
  /** Problems with this note (unreadable, extraction warnings), each naming the file. */
  readonly problems: readonly string[];
  /** Item id → 1-based line of its block, for every item found in the note. */
  readonly lines: ReadonlyMap<string, number>;
  /** Obsidian Tasks `🆔` on the note's task lines → the item made from that line. */
  readonly taskIds: ReadonlyMap<string, ItemRef>;
  /** Block ids present in the note. */
  readonly blockIds: ReadonlySet<string>;
}

/**
 * The source notes, keyed by path; an entry is replaced wholesale when its note changes. Item
 * lines and Tasks ids are looked up through maps, never by scanning every note.
 */
export class NoteIndex {
  private readonly entries = new Map<string, SourceNoteEntry>();
  private readonly tasks = new SetMap();
  private readonly blockOwners = new SetMap();

  /** Replaces the entry for `entry.path`. */
  update(entry: SourceNoteEntry): void {
    this.remove(entry.path);
    this.entries.set(entry.path, entry);
    for (const id of entry.taskIds.keys()) this.tasks.add(id, entry.path);
    for (const id of entry.blockIds) this.blockOwners.add(id, entry.path);
  }

  /** Forgets a note (deleted, or no longer a source). */
  remove(path: string): void {
    const old = this.entries.get(path);
    if (!old) return;
    this.entries.delete(path);
    for (const id of old.taskIds.keys()) this.tasks.delete(id, path);
    for (const id of old.blockIds) this.blockOwners.delete(id, path);
  }

  /** A note moved: its entry is kept under the new path until it is re-indexed. */
  rename(from: string, to: string): void {
    const old = this.entries.get(from);
    if (!old) return;
    this.remove(from);
    this.update({ ...old, path: to, extraction: { ...old.extraction, path: to } });
  }

  get(path: string): SourceNoteEntry | null {
    return this.entries.get(path) ?? null;
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** Every indexed source note path, sorted. */
  paths(): string[] {
    return [...this.entries.keys()].sort(comparePaths);
  }

  /** 1-based line of an item's block in its source note, or null when the note does not have it. */
  lineOf(sourcePath: string, itemId: string): number | null {
    return this.entries.get(sourcePath)?.lines.get(itemId) ?? null;
  }

  /** The item made from the Tasks line with this `🆔` (first note in path order), or null. */
  taskRef(taskId: string): ItemRef | null {
    const first = firstPath(this.tasks.get(taskId));
    return first === null ? null : (this.entries.get(first)?.taskIds.get(taskId) ?? null);
  }

  /** True when some indexed note other than `except` holds this block id. */
  blockHeldElsewhere(blockId: string, except: string): boolean {
    for (const p of this.blockOwners.get(blockId)) if (p !== except) return true;
    return false;
  }

  /** Number of indexed source notes. */
  get size(): number {
    return this.entries.size;
  }
}
