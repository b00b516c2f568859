import type { Text } from "@codemirror/state";
import type { Candidate } from "../model/candidate";
import type { Item } from "../model/item";
import { LruCache } from "./lru-cache";
import type { PreparedNote, SourceUnit } from "./candidate-source";
import { extractionWindows, windowSections } from "./extraction-window";
import { ScanCheckpoints } from "./scan-checkpoint";
import { unitMarks, type UnitMark } from "./span-marks";

/**
 * The marks of one unit, placed: `from` is the unit's start in the note now. `marks` is null
 * for a unit left unextracted because the caller deferred misses (see {@link MarkCollector.collect}).
 */
export interface PlacedMarks {
  readonly from: number;
  readonly to: number;
  readonly marks: readonly UnitMark[] | null;
}

/** Counters for tests and the benchmark (what was extracted, what the cache served). */
export interface CollectorCounters {
  /** Units extracted (cache misses) and their characters. */
  extractedUnits: number;
  extractedChars: number;
  /** Characters of sections segmented (cache misses of the section cache). */
  windowChars: number;
}

/**
 * Turns ranges of a note into placed marks, extracting only units it has not seen. Each visible
 * range becomes an extraction window (`extraction-window.ts`) cut into sections at clean
 * headings; a section's units come from a cache keyed by the section's text (so only the
 * section being typed in is segmented again), and each unit's marks from a cache keyed by its
 * context and text (so only the unit being typed in is extracted again). Runs of missing units
 * are extracted in one call each; a scroll extracts the units it reveals.
 */
export class MarkCollector {
  /** Marks per unit, keyed by unit context + text. */
  readonly cache = new LruCache<UnitMark[]>();
  /** Units per section, keyed by section text; offsets relative to the section's start. */
  readonly sections = new LruCache<SourceUnit[]>(200);
  readonly checkpoints = new ScanCheckpoints();
  readonly counters: CollectorCounters = { extractedUnits: 0, extractedChars: 0, windowChars: 0 };

  /**
   * The marks of every unit overlapping `ranges` (sorted, inside `doc`), in document order.
   * `lookup` finds a candidate's tracked item; it is called only for newly extracted units.
   * With `deferMisses`, units not in the cache are not extracted: their `marks` are null (the
   * keystroke path, which must never wait on the extractor).
   */
  collect(doc: Text, ranges: readonly { from: number; to: number }[], note: PreparedNote, lookup: (c: Candidate) => Item | null, deferMisses = false): PlacedMarks[] {
    this.checkpoints.setBody(note.bodyOffset, note.bodyLine);
    const body = { offset: note.bodyOffset, line: note.bodyLine };
    const placed: PlacedMarks[] = [];
    let head: string | null = null;
    for (const window of extractionWindows(doc, ranges, body, this.checkpoints)) {
      for (const section of windowSections(doc, window, body, this.checkpoints)) {
        if (section.end < window.shownFrom || section.start > window.shownTo) continue;
        head ??= doc.sliceString(0, note.bodyOffset);
        const shown = { from: window.shownFrom, to: window.shownTo };
        this.collectSection(head, doc.sliceString(section.start, section.end), section.start - note.bodyOffset, shown, note, doc, deferMisses ? null : lookup, placed);
      }
    }
    return placed;
  }

  /** Drops every cached unit and section (a new note, a new preamble, tracked items changed). */
  clear(): void {
    this.cache.clear();
    this.sections.clear();
  }

  /**
   * Places the units of one section overlapping `shown`. The extractor reads `head + section`
   * (the note's frontmatter, then the section); `delta` maps offsets in that text to the note.
   * A null `lookup` leaves units missing from the cache unextracted (marks null).
   */
  private collectSection(head: string, section: string, delta: number, shown: { from: number; to: number }, note: PreparedNote, doc: Text, lookup: ((c: Candidate) => Item | null) | null, placed: PlacedMarks[]): void {
    const bo = note.bodyOffset;
    let text: string | null = null;
    const joined = (): string => (text ??= head + section);
    let all = this.sections.get(section);
    if (all === undefined) {
      all = [...note.units(joined(), bo, bo + section.length)];
      this.sections.set(section, all);
      this.counters.windowChars += section.length;
    }
    const units = all.filter((u) => u.to + delta >= shown.from && u.from + delta <= shown.to);
    const keys = units.map((u) => `${u.context}\u0002${section.slice(u.from - bo, u.to - bo)}`);
    const found = keys.map((key) => this.cache.get(key));
    for (let i = 0; lookup !== null && i < units.length; ) {
      if (found[i] !== undefined) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < units.length && found[j + 1] === undefined) j++;
      const run = units.slice(i, j + 1);
      const perUnit = this.extractRun(joined(), run, note, (c) => placeCandidate(c, delta, doc));
      run.forEach((u, k) => {
        const marks = unitMarks(perUnit[k], u.from + delta, u.to + delta, lookup);
        found[i + k] = marks;
        this.cache.set(keys[i + k], marks);
      });
      i = j + 1;
    }
    units.forEach((u, k) => placed.push({ from: u.from + delta, to: u.to + delta, marks: found[k] ?? null }));
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
