import type { Text } from "@codemirror/state";
import type { Candidate } from "../model/candidate";
import type { Item } from "../model/item";
import { BlockCache } from "./block-cache";
import type { PreparedNote, SourceUnit } from "./candidate-source";
import { extractionWindows } from "./extraction-window";
import { ScanCheckpoints } from "./scan-checkpoint";
import { blockMarks, type BlockMark } from "./span-marks";

/** The marks of one unit, placed: `from` is the unit's start in the note now. */
export interface PlacedMarks {
  readonly from: number;
  readonly to: number;
  readonly marks: readonly BlockMark[];
}

/** Counters for tests and the benchmark (what was extracted, what the cache served). */
export interface CollectorCounters {
  /** Units extracted (cache misses) and their characters. */
  extractedUnits: number;
  extractedChars: number;
  /** Characters handed to the extractor's segmenter (window sizes summed). */
  windowChars: number;
}

/**
 * Turns ranges of a note into placed marks, extracting only units it has not seen: each
 * visible range becomes an extraction window (`extraction-window.ts`), the window's units are
 * looked up by context + text in a {@link BlockCache}, and runs of missing units are extracted
 * in one call each. A keystroke therefore extracts the one unit it changed; a scroll, the
 * units it reveals.
 */
export class MarkCollector {
  readonly cache = new BlockCache<BlockMark[]>();
  readonly checkpoints = new ScanCheckpoints();
  readonly counters: CollectorCounters = { extractedUnits: 0, extractedChars: 0, windowChars: 0 };

  /**
   * The marks of every unit overlapping `ranges` (sorted, inside `doc`), in document order.
   * `lookup` finds a candidate's tracked item; it is called only for newly extracted units.
   */
  collect(doc: Text, ranges: readonly { from: number; to: number }[], note: PreparedNote, lookup: (c: Candidate) => Item | null): PlacedMarks[] {
    this.checkpoints.setBody(note.bodyOffset, note.bodyLine);
    const body = { offset: note.bodyOffset, line: note.bodyLine };
    const head = doc.sliceString(0, note.bodyOffset);
    const placed: PlacedMarks[] = [];
    for (const window of extractionWindows(doc, ranges, body, this.checkpoints)) {
      const text = head + doc.sliceString(window.start, window.end);
      const delta = window.start - note.bodyOffset;
      this.counters.windowChars += window.end - window.start;
      const shownTo = window.shownTo - delta;
      const units = note.units(text, window.shownFrom - delta, window.end - delta).filter((u) => u.from <= shownTo);
      const keys = units.map((u) => `${u.context}\u0002${text.slice(u.from, u.to)}`);
      const found = keys.map((key) => this.cache.get(key));
      for (let i = 0; i < units.length; ) {
        if (found[i] !== undefined) {
          i++;
          continue;
        }
        let j = i;
        while (j + 1 < units.length && found[j + 1] === undefined) j++;
        const run = units.slice(i, j + 1);
        const perUnit = this.extractRun(text, run, note, (c) => placeCandidate(c, delta, doc));
        run.forEach((u, k) => {
          const marks = blockMarks(perUnit[k], u.from + delta, u.to + delta, lookup);
          found[i + k] = marks;
          this.cache.set(keys[i + k], marks);
        });
        i = j + 1;
      }
      units.forEach((u, k) => placed.push({ from: u.from + delta, to: u.to + delta, marks: found[k] ?? [] }));
    }
    return placed;
  }

  /** Extracts a run of consecutive units in one call and hands each unit its candidates (in note offsets). */
  private extractRun(text: string, run: readonly SourceUnit[], note: PreparedNote, place: (c: Candidate) => Candidate): Candidate[][] {
    const perUnit: Candidate[][] = run.map(() => []);
    for (const c of note.extract(text, run[0].from, run[run.length - 1].to)) {
      let k = run.length - 1;
      while (k > 0 && run[k].from > c.from) k--;
      perUnit[k].push(place(c));
    }
    for (const u of run) {
      this.counters.extractedUnits++;
      this.counters.extractedChars += u.to - u.from;
    }
    return perUnit;
  }
}

/** A candidate from a window moved to note offsets, with its real line. */
function placeCandidate(c: Candidate, delta: number, doc: Text): Candidate {
  if (!Number.isInteger(c.from) || !Number.isInteger(c.to)) {
    throw new TypeError(`Extractor returned a candidate with a bad span ${String(c.from)}..${String(c.to)}`);
  }
  const from = Math.min(doc.length, Math.max(0, c.from + delta));
  return { ...c, from, to: Math.min(doc.length, Math.max(from, c.to + delta)), line: doc.lineAt(from).number };
}
