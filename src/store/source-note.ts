import type { Candidate } from "../model/candidate";
import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { blockAt, segmentBlocks, type BlockIdInsertion, type SourceBlock } from "./block-ids";
import type { ItemIndex } from "./item-index";
import type { ItemNote } from "./item-note";
import type { SourceNoteEntry } from "./note-index";
import { ownString } from "./own-string";
import type { NotePlan, SourceExtraction } from "./reconcile";

/** What extraction is given besides the text (the `ExtractContext` of src/extract). */
export interface ExtractorContext {
  readonly path: string;
  readonly directory: Directory;
  readonly settings: TeamSettings;
  /** ISO date or instant: the reference only when the note has no date of its own. */
  readonly now?: string;
  /** IANA zone overriding the writer's (CLI `--tz`). */
  readonly zone?: string;
}

/** The extractor: `extractNote` from src/extract, or a stand-in in tests. Must be pure. */
export type Extractor = (text: string, ctx: ExtractorContext) => SourceExtraction;

/** A source note read and extracted, ready to reconcile. */
export interface SourceRead {
  readonly path: string;
  readonly text: string;
  readonly extraction: SourceExtraction;
  readonly blocks: readonly SourceBlock[];
}

/**
 * Extracts a source note. The reference date for a note without a date of its own is the
 * earliest `dateCreated` of the items already made from it (so re-extraction resolves "tomorrow"
 * exactly as the first time did), else `now`. An extractor that throws gives a problem naming the
 * file and no candidates: one bad note never stops a scan.
 */
export function extractSource(path: string, text: string, extract: Extractor, ctx: Omit<ExtractorContext, "path" | "now">, now: string | undefined, existing: readonly ItemNote[]): SourceRead {
  const reference = existing.map((n) => n.item.created).filter((d): d is string => d !== null).sort()[0];
  let extraction: SourceExtraction;
  try {
    extraction = extract(text, { ...ctx, path, now: reference ?? now });
  } catch (error) {
    extraction = { path, date: null, candidates: [], problems: [`${path}: extraction failed (${error instanceof Error ? error.message : String(error)}); no items were read from it. Please report this note.`] };
  }
  return { path, text, extraction, blocks: segmentBlocks(text) };
}

/**
 * Orphans the notes in `reads` take over, by block id: item path → the note that claims it. An
 * orphan is an item whose source note is gone or no longer holds the item's block (the note was
 * renamed or moved, or the line was cut and pasted elsewhere); the first note in path order
 * holding the block claims it. `holdsBlock` says whether a note (by path) still holds a block id.
 */
export function claimOrphans(reads: readonly SourceRead[], items: ItemIndex, holdsBlock: (path: string, blockId: string) => boolean): Map<string, string> {
  const claims = new Map<string, string>();
  for (const read of reads) {
    for (const block of read.blocks) {
      if (block.blockId === null) continue;
      for (const note of items.byBlock(block.blockId)) {
        const source = note.item.sourcePath;
        if (source === read.path || claims.has(note.item.path)) continue;
        if (source === null || !holdsBlock(source, block.blockId)) claims.set(note.item.path, read.path);
      }
    }
  }
  return claims;
}

/** Items that are this note's: those whose source it is (unless another note claimed them), and the orphans it claimed. */
export function itemsFor(read: SourceRead, items: ItemIndex, claims: ReadonlyMap<string, string>): ItemNote[] {
  const out = items.bySource(read.path).filter((n) => (claims.get(n.item.path) ?? read.path) === read.path);
  for (const [itemPath, claimant] of claims) {
    const note = claimant === read.path ? items.get(itemPath) : null;
    if (note && !out.includes(note)) out.push(note);
  }
  return out;
}

/** The index entry for a reconciled note (block ids it holds after `inserted`, candidates shifted to match). */
export function sourceEntry(read: SourceRead, plan: NotePlan | null, inserted: readonly BlockIdInsertion[], problems: readonly string[]): SourceNoteEntry {
  const blockIds = new Set(read.blocks.flatMap((b) => (b.blockId ? [b.blockId] : [])));
  for (const insertion of inserted) blockIds.add(insertion.blockId);
  const candidates = shiftCandidates(read, inserted).map(ownCandidate);
  return {
    path: read.path,
    extraction: { ...read.extraction, candidates },
    fyi: candidates.filter((c) => c.kind === "fyi"),
    problems: [...read.extraction.problems, ...problems],
    lines: plan?.lines ?? new Map(),
    taskIds: plan?.taskIds ?? new Map(),
    blockIds,
  };
}

/** A candidate whose strings do not keep the note's text alive in the index (see {@link ownString}). */
function ownCandidate(c: Candidate): Candidate {
  return Object.freeze({
    ...c,
    text: ownString(c.text),
    title: ownString(c.title),
    heading: ownString(c.heading),
    owner: ownString(c.owner),
    due: ownString(c.due),
    dueText: ownString(c.dueText),
    choice: ownString(c.choice),
    rationale: ownString(c.rationale),
    action: ownString(c.action),
    waitingFor: ownString(c.waitingFor),
    windowText: ownString(c.windowText),
    parties: c.parties.map(ownString),
  });
}

/** Candidates with offsets moved past block ids appended to lines before them, and their block ids set. */
function shiftCandidates(read: SourceRead, inserted: readonly BlockIdInsertion[]): readonly Candidate[] {
  const { text, extraction } = read;
  if (inserted.length === 0) return extraction.candidates;
  const lineEnds: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineEnds.push(i > 0 && text[i - 1] === "\r" ? i - 1 : i);
  lineEnds.push(text.length);
  const shifts = inserted.map((ins) => {
    const at = lineEnds[ins.line - 1] ?? text.length;
    const spaced = at > 0 && /\s/.test(text[at - 1]);
    return { at, length: ins.blockId.length + (spaced ? 1 : 2) };
  });
  const idAtLine = new Map(inserted.map((ins) => [ins.line, ins.blockId]));
  const shift = (offset: number): number => offset + shifts.reduce((n, s) => (s.at < offset ? n + s.length : n), 0);
  return extraction.candidates.map((c) => {
    const block = blockAt(read.blocks, c.line);
    const blockId = c.blockId ?? (block ? (idAtLine.get(block.endLine) ?? null) : null);
    return Object.freeze({ ...c, from: shift(c.from), to: shift(c.to), blockId });
  });
}
