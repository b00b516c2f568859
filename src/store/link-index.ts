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
  /**
   * Link keys (see `keysOfPath`) whose decisions' blockers may have changed since the last
   * {@link fill}: those of notes with blocker lines that changed, and of decision notes whose own
   * blocker lines changed. Only decisions reached through these are recomputed.
   */
  private readonly dirty = new Set<string>();
  private lastFill: { readonly input: readonly Item[]; readonly output: readonly Item[] } | null = null;
  /** Per input decision: the link keys it is reached by, and its filled output (weak: items a snapshot dropped go with it). */
  private readonly filled = new WeakMap<Item, { readonly keys: readonly string[]; readonly output: Item }>();

  /**
   * Replaces whatever the index held for `facts.path`. A note with no links, no blocker lines and
   * no decision type is not kept (most item notes, many source notes): nothing asks about it.
   */
  update(facts: NoteFacts): void {
    this.detach(facts.path);
    if (facts.links.length === 0 && facts.blockers.length === 0 && facts.decisionType === null) return;
    this.facts.set(facts.path, facts);
    for (const link of facts.links) this.linkers.add(link.key, facts.path);
    this.touch(facts);
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
    this.touch(old);
    return old;
  }

  /** Marks what a note with blocker lines reaches as dirty: its links' targets, and itself (a decision note's own lines). */
  private touch(facts: NoteFacts): void {
    if (facts.blockers.length === 0) return;
    for (const link of facts.links) this.dirty.add(link.key);
    for (const key of keysOfPath(facts.path)) this.dirty.add(key);
  }

  /** The facts of one note, or null when it is not indexed (or holds nothing worth keeping). */
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
   * `items` with every decision's `blockers` filled. Incremental: the same input array gives the
   * same output array until a blocker line changes; an input of the same length is compared entry
   * by entry and only replaced entries are filled (one note edited costs a pass of identity
   * checks, not a rebuild); an item whose blockers did not change keeps its object, so views
   * comparing by identity redo nothing.
   */
  fill(items: readonly Item[]): readonly Item[] {
    const last = this.lastFill;
    let output: readonly Item[];
    if (last !== null && last.input.length === items.length && this.dirty.size === 0) {
      // The usual case after one note changed: same length, a few entries replaced.
      let copy: Item[] | null = null;
      for (let i = 0; i < items.length; i++) {
        if (items[i] === last.input[i]) continue;
        copy ??= last.output.slice();
        copy[i] = this.one(items[i]);
      }
      output = copy ?? last.output;
    } else {
      output = items.map((item) => this.one(item));
    }
    this.dirty.clear();
    this.lastFill = { input: items, output };
    return output;
  }

  /** One item with its blockers filled (decisions only), from the cache unless a dirty key reaches it. */
  private one(item: Item): Item {
    if (item.kind !== "decision") return item;
    const cached = this.filled.get(item);
    if (cached && (this.dirty.size === 0 || !cached.keys.some((k) => this.dirty.has(k)))) return cached.output;
    const blockers = this.blockersFor(item);
    const keys = cached?.keys ?? [...keysOfPath(item.path), ...(item.sourcePath === null ? [] : keysOfPath(item.sourcePath))];
    const out = cached && sameBlockers(cached.output.blockers, blockers) ? cached.output : blockers.length === 0 && item.blockers.length === 0 ? item : Object.freeze({ ...item, blockers: Object.freeze(blockers) });
    this.filled.set(item, { keys, output: out });
    return out;
  }

  /** Number of indexed notes. */
  get size(): number {
    return this.facts.size;
  }
}

function sameBlockers(a: readonly Blocker[], b: readonly Blocker[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
