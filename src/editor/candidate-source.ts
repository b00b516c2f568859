import type { Candidate } from "../model/candidate";
import type { ExtractContext } from "../extract/extract";

/**
 * Where the highlighter gets candidates from: the real extractor in production
 * (`extractorSource` in `./extractor-source`), a trivial source only in the test of the
 * decoration mechanism. Extraction is split the way `src/extract` is: note-level facts once
 * per note, then units and sentences on demand, so a keystroke extracts one unit.
 */
export interface CandidateSource {
  /** Reads the note-level facts (author, date, writer's clock, where the body starts) from the whole note. */
  prepare(text: string, ctx: ExtractContext): PreparedNote;
}

/**
 * One unit of prose the extractor reads as a whole (a list item, a paragraph line, a wrapped
 * sentence): `[from, to)` in the text given, and `context`, a string naming everything besides
 * the unit's text that decides its candidates (heading, section, list item, checkbox, block id).
 * Equal context and text extract to equal candidates: that pair is the highlighter's cache key.
 */
export interface SourceUnit {
  readonly from: number;
  readonly to: number;
  readonly context: string;
}

/**
 * A note whose preamble has been read. Its methods take a `text` that is either the note or the
 * note's frontmatter (`text.slice(0, bodyOffset)`) followed by a window of its body that starts
 * where the extractor's context resets (a heading; see `extraction-window.ts`). Offsets are in
 * that text.
 */
export interface PreparedNote {
  /** Where the body starts (after the frontmatter): offset, and its 1-based line. */
  readonly bodyOffset: number;
  readonly bodyLine: number;
  /**
   * A change starting at or before this offset makes the highlighter prepare the note again:
   * the end of the frontmatter, or of line 1 when there is none (typing `---` there starts
   * one); the whole note while an unclosed `---` on line 1 may yet become frontmatter.
   */
  readonly preambleEnd: number;
  /** The writer's IANA zone (the author's, else the team default), for the tooltip; null when unknown. */
  readonly writerZone: string | null;
  /**
   * Names what the preamble decided (author, date, zone, body start…): when an edit before
   * `preambleEnd` makes the highlighter prepare the note again and the key is unchanged (a tag was added to
   * the frontmatter), cached units are kept.
   */
  readonly key: string;
  /** The units overlapping `[from, to)`, in order. */
  units(text: string, from: number, to: number): readonly SourceUnit[];
  /** Candidates whose sentence starts in `[from, to)`, in order. */
  extract(text: string, from: number, to: number): readonly Candidate[];
}
