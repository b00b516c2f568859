import type { Candidate } from "../model/candidate";
import { digest } from "../model/hash";
import type { Item } from "../model/item";
import { blockAt, HANDOFF_BLOCK_PREFIX, lineText, MAX_BLOCK_TEXT, newBlockId, type BlockIdInsertion, type SourceBlock } from "./block-ids";

/**
 * Which item each candidate of a note is: an existing item (matched) or a new one (with a new,
 * deterministic id), and which block ids must be added to the note. Matching, in order: the id
 * the candidate's block and position give; the same block id; the exact normalised text in the
 * same note; then the most similar text (same kind, token Jaccard ≥ {@link SIMILARITY_THRESHOLD}).
 */

/** Token overlap (Jaccard) at or above which a lightly edited sentence is still the same item. */
export const SIMILARITY_THRESHOLD = 0.6;

/** Words for similarity: runs of letters and digits, lowercased. */
const WORD = /[\p{L}\p{N}]+/gu;

/** A candidate to place, with whether it is a task made for a dependency's party. */
export interface IdentityCandidate {
  readonly candidate: Candidate;
  /** True for the task created for a dependency's party (matched only with such tasks). */
  readonly derived: boolean;
}

/** Everything {@link identify} needs about one note. */
export interface IdentityInput {
  /** Vault path of the source note. */
  readonly path: string;
  /** The note's text (for the lines block ids are appended to). */
  readonly text: string;
  /** Candidates of tracked kinds in document order, derived tasks right after their dependency. */
  readonly candidates: readonly IdentityCandidate[];
  /** The note's blocks ({@link segmentBlocks}). */
  readonly blocks: readonly SourceBlock[];
  /** Items that may be this note's: those whose source is this note, and orphans with one of its block ids. */
  readonly existing: readonly Item[];
  /** True when an id is already used by any item in the vault (or given out earlier in this scan). */
  readonly isTaken: (id: string) => boolean;
  /** Team setting `block_ids`: write new block ids into the note. */
  readonly writeBlockIds: boolean;
}

/** One candidate's place in the record. */
export interface Assignment {
  readonly candidate: Candidate;
  readonly derived: boolean;
  /** The item id: the existing item's, or a new one. */
  readonly id: string;
  /** The existing item, or null for a new one. */
  readonly existing: Item | null;
  /** The block id the item's source link points at, or null when the block has none. */
  readonly anchor: string | null;
  /** 1-based line of the block's last line (where its id is), or the candidate's line. */
  readonly line: number;
}

/** Where each candidate of a note belongs, and the block ids to add. */
export interface IdentityResult {
  /** One per candidate, in candidate order. */
  readonly assignments: readonly Assignment[];
  /** Block ids to append to the note (empty when `writeBlockIds` is off or every block has one). */
  readonly insertions: readonly BlockIdInsertion[];
  /** Existing items no candidate matched: their sentence is gone. */
  readonly unmatched: readonly Item[];
}

interface Slot {
  readonly index: number;
  readonly entry: IdentityCandidate;
  readonly block: SourceBlock | null;
  /** The block's id as it will be (existing, new, or virtual when ids are not written). */
  readonly base: string;
  readonly anchor: string | null;
  readonly expected: string;
  readonly kindKey: string;
  readonly text: string;
}

/** Places a note's candidates. Pure and deterministic: the same input gives the same ids. */
export function identify(input: IdentityInput): IdentityResult {
  const { slots, insertions } = planSlots(input);
  const matched = new Map<number, Item>();
  const free = new Set(input.existing);
  const existingKey = new Map(input.existing.map((item) => [item, itemKindKey(item)]));
  const claim = (slot: Slot, item: Item): void => {
    matched.set(slot.index, item);
    free.delete(item);
  };
  for (const slot of slots) {
    const item = [...free].find((e) => e.id === slot.expected && existingKey.get(e) === slot.kindKey);
    if (item) claim(slot, item);
  }
  for (const slot of slots) {
    if (matched.has(slot.index) || slot.anchor === null) continue;
    const item = sortById([...free]).find((e) => e.sourceBlock === slot.anchor && existingKey.get(e) === slot.kindKey);
    if (item) claim(slot, item);
  }
  for (const slot of slots) {
    if (matched.has(slot.index)) continue;
    const item = sortById([...free]).find((e) => existingKey.get(e) === slot.kindKey && normalizeText(e.quote) === slot.text);
    if (item) claim(slot, item);
  }
  matchBySimilarity(slots.filter((s) => !matched.has(s.index)), [...free], existingKey, claim);

  const given = new Set<string>();
  const assignments = slots.map((slot): Assignment => {
    const existing = matched.get(slot.index) ?? null;
    const id = existing ? existing.id : allocate(slot, input, given);
    given.add(id);
    return { candidate: slot.entry.candidate, derived: slot.entry.derived, id, existing, anchor: slot.anchor, line: slot.block?.endLine ?? slot.entry.candidate.line };
  });
  return { assignments, insertions, unmatched: sortById([...free]) };
}

/** Gives each candidate its block, the block's id (new ones planned), and its expected item id. */
function planSlots(input: IdentityInput): { slots: Slot[]; insertions: BlockIdInsertion[] } {
  const takenInNote = new Set<string>(input.blocks.flatMap((b) => (b.blockId ? [b.blockId] : [])));
  const newIds = new Map<SourceBlock, string>();
  const insertions: BlockIdInsertion[] = [];
  const perBase = new Map<string, { count: number; perInitial: Map<string, number> }>();
  return {
    insertions,
    slots: input.candidates.map((entry, index) => {
      const candidate = entry.candidate;
      const block = blockAt(input.blocks, candidate.line);
      let anchor: string | null = block?.blockId ?? null;
      let base: string;
      if (block && anchor === null && block.linkable) {
        let id = newIds.get(block);
        if (id === undefined) {
          id = newBlockId(input.path, block.text, takenInNote);
          takenInNote.add(id);
          newIds.set(block, id);
          if (input.writeBlockIds) insertions.push({ line: block.endLine, expected: lineText(input.text, block.endLine), blockId: id });
        }
        base = id;
        if (input.writeBlockIds) anchor = id;
      } else if (anchor !== null) {
        base = anchor.startsWith(HANDOFF_BLOCK_PREFIX) ? anchor : HANDOFF_BLOCK_PREFIX + digest(`${input.path}#^${anchor}`);
      } else {
        base = HANDOFF_BLOCK_PREFIX + digest(`${input.path}\n${normalizeText(candidate.text)}`);
      }
      const placed = perBase.get(base) ?? { count: 0, perInitial: new Map<string, number>() };
      perBase.set(base, placed);
      const initial = candidate.kind[0];
      let expected = base;
      if (placed.count > 0) {
        const n = (placed.perInitial.get(initial) ?? 0) + 1;
        placed.perInitial.set(initial, n);
        expected = `${base}-${initial}${n}`;
      }
      placed.count++;
      const kindKey = candidateKindKey(entry);
      return { index, entry, block, base, anchor, expected, kindKey, text: normalizeText(candidate.text) };
    }),
  };
}

function allocate(slot: Slot, input: IdentityInput, given: ReadonlySet<string>): string {
  const isFree = (id: string): boolean => !given.has(id) && !input.isTaken(id) && !input.existing.some((e) => e.id === id);
  if (isFree(slot.expected)) return slot.expected;
  const initial = slot.entry.candidate.kind[0];
  for (let n = 1; ; n++) {
    const id = `${slot.base}-${initial}${n}`;
    if (isFree(id)) return id;
  }
}

function matchBySimilarity(slots: readonly Slot[], free: readonly Item[], keys: ReadonlyMap<Item, string>, claim: (slot: Slot, item: Item) => void): void {
  const pairs: { slot: Slot; item: Item; score: number }[] = [];
  for (const slot of slots) {
    const words = wordSet(slot.text);
    for (const item of free) {
      if (keys.get(item) !== slot.kindKey) continue;
      const score = jaccard(words, wordSet(normalizeText(item.quote)));
      if (score >= SIMILARITY_THRESHOLD) pairs.push({ slot, item, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.slot.index - b.slot.index || compareIds(a.item.id, b.item.id));
  const usedSlots = new Set<number>();
  const usedItems = new Set<Item>();
  for (const { slot, item } of pairs) {
    if (usedSlots.has(slot.index) || usedItems.has(item)) continue;
    usedSlots.add(slot.index);
    usedItems.add(item);
    claim(slot, item);
  }
}

/** Text compared for identity: whitespace collapsed, trimmed, lowercased, at most {@link MAX_BLOCK_TEXT} characters. */
export function normalizeText(text: string): string {
  return text.slice(0, MAX_BLOCK_TEXT * 2).replace(/\s+/g, " ").trim().toLowerCase().slice(0, MAX_BLOCK_TEXT);
}

/** Token Jaccard similarity of two texts' word sets, 0..1 (1 for two empty texts). */
export function similarity(a: string, b: string): number {
  return jaccard(wordSet(normalizeText(a)), wordSet(normalizeText(b)));
}

function wordSet(text: string): Set<string> {
  return new Set(text.match(WORD) ?? []);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Kind for matching: a dependency's party task only ever matches another such task. */
function candidateKindKey(entry: IdentityCandidate): string {
  return entry.derived ? `${entry.candidate.kind}/task` : entry.candidate.kind;
}

function itemKindKey(item: Item): string {
  return item.kind === "commitment" && item.action !== null ? "commitment/task" : item.kind;
}

function sortById(items: Item[]): Item[] {
  return items.sort((a, b) => compareIds(a.id, b.id));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
