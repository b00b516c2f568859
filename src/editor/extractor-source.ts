import { extractRange, prepareNote, type NotePreamble } from "../extract/extract";
import { segment, type Unit } from "../extract/segment";
import type { CandidateSource, PreparedNote, SourceUnit } from "./candidate-source";

/** A first line `---` that is not closed yet may still become frontmatter. */
const OPEN_FRONTMATTER = /^---[ \t]*(?:\r?\n|$)/;

/**
 * The real extractor (`src/extract`) as the highlighter's candidate source: `prepareNote` once
 * per note (frontmatter, path, directory, settings), then `segment` for the units of a window
 * and `extractRange` for the units the cache does not hold.
 */
export const extractorSource: CandidateSource = {
  prepare(text, ctx): PreparedNote {
    const pre = prepareNote(text, ctx);
    return {
      bodyOffset: pre.bodyOffset,
      bodyLine: pre.bodyLine,
      preambleEnd: preambleEnd(text, pre),
      writerZone: (pre.clock ?? pre.phraseClock).zone,
      key: preambleKey(pre),
      units(windowText, from, to): SourceUnit[] {
        const units: SourceUnit[] = [];
        segment(windowText, { bodyOffset: pre.bodyOffset, bodyLine: pre.bodyLine, from, to }, (u) => units.push({ from: u.from, to: u.to, context: unitContext(u) }));
        return units;
      },
      extract: (windowText, from, to) => extractRange(windowText, from, to, pre),
    };
  },
};

/**
 * Everything about a unit besides its text that `extractRange` reads: the heading (copied into
 * candidates), the section it opens, list item and checkbox, and the block id.
 */
export function unitContext(u: Unit): string {
  return `${u.heading ?? "\u0000"}\u0001${u.section ?? ""}\u0001${u.listItem ? "L" : ""}${u.checkbox ?? ""}\u0001${u.blockId ?? ""}`;
}

/** What the preamble decided, as a key: equal keys extract every unit alike. */
export function preambleKey(pre: NotePreamble): string {
  const clock = pre.clock ?? pre.phraseClock;
  return JSON.stringify([
    pre.author,
    pre.authorPerson?.path ?? null,
    pre.date,
    pre.clock === null,
    clock.reference,
    clock.zone,
    clock.dayStart,
    clock.dayEnd,
    clock.workdays,
    pre.windowHours,
    [...pre.kinds],
  ]);
}

/** See `PreparedNote.preambleEnd`: the frontmatter's end, line 1's end, or the whole note while `---` is open. */
function preambleEnd(text: string, pre: NotePreamble): number {
  if (pre.bodyOffset > 0) return pre.bodyOffset;
  if (OPEN_FRONTMATTER.test(text)) return text.length;
  const nl = text.indexOf("\n");
  return nl === -1 ? text.length : nl;
}
