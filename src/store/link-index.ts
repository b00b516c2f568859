import type { Blocker, Item } from "../model/item";
import { keysOfPath, type NoteFacts } from "./note-facts";
import { comparePaths, SetMap } from "./set-map";

/**
 * Every note's {@link NoteFacts}, keyed by path and replaced wholesale when the note changes,
 * with a reverse map from link target to the notes linking to it (DESIGN: index by key, never
 * filter the whole list per note). It answers "which notes link to this one" (answers to a
 * request, activity on an item) and computes each decision's `blockers`:
 *
 * - blocker lines in the decision's own item note;
 * - blocker lines anywhere in a source note that links to the decision's item note, or to its
 *   source note (a link to a `^block` anchor counts only for the decision anchored there);
 * - never the decision's own source note (the proposal's author does not object to it) and
 *   never another item note.
 */
export class LinkIndex {
  private readonly facts = new Map<string, NoteFacts>();
  private readonly linkers = new SetMap();
  /** Bumped whenever blockers may have changed; snapshots are re-filled only then. */
  private generation = 0;
  private lastFill: { readonly input: readonly Item[]; readonly generation: number; readonly output: readonly Item[] } | null = null;
  private readonly filled = new Map<string, { readonly input: Item; readonly output: Item }>();

  /** Replaces whatever the index held for `facts.path`. */
  update(facts: NoteFacts): void {
    const old = this.detach(facts.path);
    this.facts.set(facts.path, facts);
    for (const link of facts.links) this.linkers.add(link.key, facts.path);
    if ((old?.blockers.length ?? 0) > 0 || facts.blockers.length > 0) this.generation++;
  }

  /** Forgets a note (deleted, renamed away, or no longer a source or item note). */
  remove(path: string): void {
    this.detach(path);
  }

  private detach(path: string): NoteFacts | undefined {
    const old = this.facts.get(path);
    if (!old) return undefined;
    this.facts.delete(path);
    for (const link of old.links) this.linkers.delete(link.key, path);
    if (old.blockers.length > 0) this.generation++;
    return old;
  }

  /** The facts of one note, or null when it is not indexed. */
  get(path: string): NoteFacts | null {
    return this.facts.get(path) ?? null;
  }

  /** Source notes that link to the note at `path` (by its path or its name), sorted; never `path` itself. */
  linkersOf(path: string): string[] {
    const out = new Set<string>();
    for (const key of keysOfPath(path)) for (const linker of this.linkers.get(key)) if (linker !== path) out.add(linker);
    return [...out].sort(comparePaths);
  }

  /** The anchors `linker` uses when linking to the note at `path` (null for a plain link). */
  anchorsTo(linker: string, path: string): (string | null)[] {
    const keys = new Set<string>(keysOfPath(path));
    return (this.facts.get(linker)?.links ?? []).filter((l) => keys.has(l.key)).map((l) => l.anchor);
  }

  /**
   * Source notes about `item`: those linking to its item note, or to its source note with a plain
   * link, a heading link, or a link to the item's own `^block` (a link to another block of the same
   * note is about that block's items). Never the item's source note itself. Sorted by path.
   */
  notesAbout(item: Item): string[] {
    const notes = new Set<string>(this.linkersOf(item.path));
    if (item.sourcePath !== null) {
      for (const linker of this.linkersOf(item.sourcePath)) {
        const anchors = this.anchorsTo(linker, item.sourcePath);
        if (anchors.some((a) => a === null || !a.startsWith("^") || (item.sourceBlock !== null && a === `^${item.sourceBlock}`))) notes.add(linker);
      }
    }
    notes.delete(item.sourcePath ?? "");
    return [...notes].filter((path) => this.facts.get(path)?.role === "source").sort(comparePaths);
  }

  /** The blockers on a decision (see the class comment): its own note's first, then by note path and line; none for other kinds. */
  blockersFor(item: Item): readonly Blocker[] {
    if (item.kind !== "decision") return [];
    const out: Blocker[] = [...(this.facts.get(item.path)?.blockers ?? [])];
    for (const path of this.notesAbout(item)) out.push(...(this.facts.get(path)?.blockers ?? []));
    return out;
  }

  /**
   * `items` with every decision's `blockers` filled. Cached: the same input array gives the same
   * output array until a blocker line changes anywhere, and an item whose blockers did not change
   * keeps its object, so views comparing by identity redo nothing.
   */
  fill(items: readonly Item[]): readonly Item[] {
    const last = this.lastFill;
    if (last !== null && last.input === items && last.generation === this.generation) return last.output;
    const output = items.map((item) => {
      if (item.kind !== "decision") return item;
      const blockers = this.blockersFor(item);
      const cached = this.filled.get(item.path);
      if (cached && cached.input === item && sameBlockers(cached.output.blockers, blockers)) return cached.output;
      const out = blockers.length === 0 && item.blockers.length === 0 ? item : Object.freeze({ ...item, blockers: Object.freeze(blockers) });
      this.filled.set(item.path, { input: item, output: out });
      return out;
    });
    this.lastFill = { input: items, generation: this.generation, output };
    if (this.filled.size > output.length + 64) {
      const live = new Set(output.map((item) => item.path));
      for (const path of [...this.filled.keys()]) if (!live.has(path)) this.filled.delete(path);
    }
    return output;
  }

  /** Number of indexed notes. */
  get size(): number {
    return this.facts.size;
  }
}

function sameBlockers(a: readonly Blocker[], b: readonly Blocker[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
