import { EVENT_RULE_EXAMPLE, readEventRule, ruleIntervals, type EventRule, type Interval } from "./event-rule";

/**
 * Deep-work blocks from a People note's `deep_work` list: each entry an RFC 5545 fragment
 * (`DTSTART` in the person's local time, `RRULE`, `DURATION`; see `event-rule.ts`). During deep
 * work a person is working but takes no meetings: the slot finder never proposes one there.
 */

/** Blocks read from a note, and a message naming the file for each block that could not be read. */
export interface DeepWork {
  readonly blocks: readonly EventRule[];
  readonly problems: readonly string[];
}

/**
 * Reads `deep_work` entries. A block that cannot be read is reported naming `path` with what to
 * fix, and left out (the person then looks free at that time; the team time view shows it).
 */
export function readDeepWork(entries: readonly string[], path: string): DeepWork {
  const blocks: EventRule[] = [];
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    const block = readEventRule(entry);
    if (typeof block === "string") problems.push(`${path}: deep_work block ${i + 1} is ignored: ${block}. Write it like ${EVENT_RULE_EXAMPLE}.`);
    else blocks.push(block);
  });
  return { blocks: Object.freeze(blocks), problems: Object.freeze(problems) };
}

/** Every block's occurrences overlapping `[from, to)` (epoch ms) in the person's zone, sorted by start. */
export function deepWorkIntervals(blocks: readonly EventRule[], personZone: string, from: number, to: number): Interval[] {
  return blocks.flatMap((b) => ruleIntervals(b, personZone, from, to)).sort((a, b) => a.start - b.start || a.end - b.end);
}
