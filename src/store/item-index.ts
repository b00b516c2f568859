import type { Item } from "../model/item";
import { readItemNote, type ItemNote, type ItemNoteProblem } from "./item-note";
import { comparePaths, firstPath, SetMap } from "./set-map";

/** Where an item's source sentence is now: 1-based line, or null when unknown. */
export type LineLookup = (item: Item) => number | null;

/**
 * The item notes, keyed by path (DESIGN: index by key, replace a note's entries wholesale on
 * change). Lookups by id, by source note and by source block are maps too, so nothing filters
 * the whole list per note. Snapshots for views are cached and rebuilt only after a change.
 */
export class ItemIndex {
  private readonly notes = new Map<string, ItemNote>();
  private readonly broken = new Map<string, string>();
  private readonly ids = new SetMap();
  private readonly sources = new SetMap();
  private readonly blocks = new SetMap();
  /** Paths whose item has its current `sourceLine`. */
  private readonly fresh = new Set<string>();
  /** Paths in sorted order and each one's position, rebuilt only when a path is added or removed. */
  private order: string[] | null = null;
  private snapshotOrder: string[] | null = null;
  private positions = new Map<string, number>();
  private snapshot: readonly Item[] | null = null;
  /** Paths whose snapshot entry is out of date (content or line changed). */
  private readonly changed = new Set<string>();

  /** `lineOf` fills each snapshot item's `sourceLine` (from the source-note index). */
  constructor(private readonly lineOf: LineLookup = () => null) {}

  /** Reads an item note's text and replaces whatever the index held for `path`. */
  update(path: string, text: string): ItemNote | ItemNoteProblem {
    const note = readItemNote(path, text);
    this.set(path, note);
    return note;
  }

  /** Replaces the index's entry for `path` with a read note or a problem. */
  set(path: string, note: ItemNote | ItemNoteProblem): void {
    const existed = this.detach(path);
    if ("problem" in note) {
      this.broken.set(path, note.problem);
      if (existed) this.order = null;
      return;
    }
    this.notes.set(path, note);
    this.ids.add(note.item.id, path);
    if (note.item.sourcePath) this.sources.add(note.item.sourcePath, path);
    if (note.item.sourceBlock) this.blocks.add(note.item.sourceBlock, path);
    if (!existed) this.order = null;
  }

  /** Forgets `path` (a deleted note). */
  remove(path: string): void {
    if (this.detach(path)) this.order = null;
  }

  /** Removes `path` from every map; true when it was a readable item note. */
  private detach(path: string): boolean {
    this.broken.delete(path);
    const old = this.notes.get(path);
    if (!old) return false;
    this.notes.delete(path);
    this.fresh.delete(path);
    this.changed.add(path);
    this.ids.delete(old.item.id, path);
    if (old.item.sourcePath) this.sources.delete(old.item.sourcePath, path);
    if (old.item.sourceBlock) this.blocks.delete(old.item.sourceBlock, path);
    this.snapshot = null;
    return true;
  }

  /** An item note moved: same content under a new path. */
  rename(from: string, to: string): void {
    const note = this.notes.get(from);
    const problem = this.broken.get(from);
    this.remove(from);
    if (note) this.set(to, { ...note, item: Object.freeze({ ...note.item, path: to }) });
    else if (problem !== undefined) this.broken.set(to, problem.split(from).join(to));
  }

  get(path: string): ItemNote | null {
    return this.notes.get(path) ?? null;
  }

  /** The item note with this id (the first path in sorted order if a copy shares it), or null. */
  byId(id: string): ItemNote | null {
    const first = firstPath(this.ids.get(id));
    return first === null ? null : (this.notes.get(first) ?? null);
  }

  /** True when some item note has this id. */
  hasId(id: string): boolean {
    return this.ids.has(id);
  }

  /** Item notes whose `source` is this note, sorted by path. */
  bySource(sourcePath: string): ItemNote[] {
    return this.collect(this.sources.get(sourcePath));
  }

  /** Item notes anchored to this block id, sorted by path. */
  byBlock(blockId: string): ItemNote[] {
    return this.collect(this.blocks.get(blockId));
  }

  /** Every item note, sorted by path. */
  all(): ItemNote[] {
    return this.paths().map((p) => this.notes.get(p) as ItemNote);
  }

  /**
   * Snapshot of every item for views, sorted by item-note path, with `sourceLine` filled. Cached;
   * after a change only the changed entries are replaced (in a copy, so an earlier snapshot a
   * view holds never changes under it). A new or removed note rebuilds it.
   */
  items(): readonly Item[] {
    const order = this.paths();
    if (this.snapshot === null || this.snapshotOrder !== order) {
      this.snapshotOrder = order;
      this.positions = new Map(order.map((path, i) => [path, i]));
      this.snapshot = order.map((path) => this.view(path));
    } else if (this.changed.size > 0) {
      const next = this.snapshot.slice();
      for (const path of this.changed) {
        const at = this.positions.get(path);
        if (at !== undefined && this.notes.has(path)) next[at] = this.view(path);
      }
      this.snapshot = next;
    }
    this.changed.clear();
    return this.snapshot;
  }

  /** The snapshot item for an id, or null. */
  item(id: string): Item | null {
    const note = this.byId(id);
    return note ? this.view(note.item.path) : null;
  }

  /** Drops cached snapshot items of notes whose source is `sourcePath` (their line may have moved). */
  invalidateLines(sourcePath: string): void {
    const paths = this.sources.get(sourcePath);
    if (paths.size === 0) return;
    for (const path of paths) {
      this.fresh.delete(path);
      this.changed.add(path);
    }
  }

  /** Problems with item notes (unreadable, invalid YAML, missing id, duplicate ids, odd values), sorted by path. */
  problems(): string[] {
    const out = [...this.broken.entries()].sort(([a], [b]) => comparePaths(a, b)).map(([, problem]) => problem);
    for (const note of this.all()) out.push(...note.warnings);
    for (const [id, paths] of this.ids.shared()) {
      out.push(`Several item notes have the id ${id}: ${[...paths].sort(comparePaths).join(", ")}. Give all but one a new id (or delete the copy); ${firstPath(paths)} is used.`);
    }
    return out;
  }

  /** Number of readable item notes. */
  get size(): number {
    return this.notes.size;
  }

  /**
   * The note's item with `sourceLine` current. When the line changed, the note's item is replaced
   * (not copied beside it), so the index holds one `Item` per note.
   */
  private view(path: string): Item {
    if (this.fresh.has(path)) return (this.notes.get(path) as ItemNote).item;
    const note = this.notes.get(path) as ItemNote;
    const line = this.lineOf(note.item);
    const item = line === note.item.sourceLine ? note.item : Object.freeze({ ...note.item, sourceLine: line });
    if (item !== note.item) this.notes.set(path, { ...note, item });
    this.fresh.add(path);
    return item;
  }

  private paths(): string[] {
    if (this.order === null) this.order = [...this.notes.keys()].sort(comparePaths);
    return this.order;
  }

  private collect(paths: ReadonlySet<string>): ItemNote[] {
    return [...paths].sort(comparePaths).map((p) => this.notes.get(p) as ItemNote);
  }
}
