import type { Zone } from "luxon";
import { TAG } from "./chrono-parsers";
import { readClock } from "./clock-facts";
import { findPhrases, type Phrase } from "./deadline-phrases";
import { maskNoise } from "./noise-mask";
import { nextOccurrence, RECURRENCE, ruleFromText, type TimeOfDay } from "./recurrence";
import { formatInstant, wallClock } from "./wall-clock";
import { makeWriterClock, type WriterClock } from "./writer-clock";

/** A recurring deadline found in text. */
export interface Recurrence {
  /** RFC 5545 RRULE body, no `RRULE:` prefix and no DTSTART ("FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0"). */
  readonly rrule: string;
  /** The first occurrence after the reference, ISO 8601 with offset; null when there is none. */
  readonly due: string | null;
  /** The recurrence as written ("every Monday by 10am") and its offset in the text. */
  readonly text: string;
  readonly index: number;
}

/** What may stand between a recurrence and its time of day: "every Monday by 10am", "daily, at 9". */
const TIME_GAP = /^[\s,]*(?:(?:by|at|before|until|around|from)\s*)?$/;

/** The time-of-day phrase belonging to a recurrence at `[from, to)`: inside it or right after it. */
function timePhrase(phrases: readonly Phrase[], text: string, from: number, to: number): Phrase | null {
  for (const phrase of phrases) {
    const tags = phrase.result.tags();
    const timed = phrase.result.start.isCertain("hour") || tags.has(TAG.endOfDay) || tags.has(TAG.startOfDay);
    if (!timed || phrase.to <= from) continue;
    if (phrase.from < to || TIME_GAP.test(text.slice(to, phrase.from))) return phrase;
  }
  return null;
}

/**
 * The IANA name of a fixed offset zone ("UTC-5" → `Etc/GMT+5`: POSIX signs are inverted), or
 * null when the offset is not whole hours (no IANA zone has it: "UTC+05:30" recurrences keep
 * the writer's zone).
 */
function ianaForOffset(zone: Zone): string | null {
  const minutes = zone.offset(0);
  if (minutes === 0) return "UTC";
  if (minutes % 60 !== 0) return null;
  return `Etc/GMT${minutes > 0 ? "-" : "+"}${Math.abs(minutes) / 60}`;
}

/** The clock to compute occurrences with: the writer's, or the same in the zone (or whole-hour offset) the text names. */
function clockIn(zone: string | Zone | null, clock: WriterClock): WriterClock {
  if (zone === null) return clock;
  const name = typeof zone === "string" ? zone : zone.isUniversal ? ianaForOffset(zone) : zone.name;
  if (name === null) return clock;
  const moved = makeWriterClock({ ...clock, zone: name });
  return moved.ok ? moved.clock : clock;
}

/**
 * The recurrence in `text` ("every Monday by 10am", "weekly on Fridays", "every weekday at 9am
 * SGT", Tasks' "every week on Monday when done"), as an RRULE body and its next due after the
 * reference (a bare reference date counts whole, so a Monday note's "every Monday by 10am" and
 * "daily at 9am" are due that Monday). A written time becomes
 * BYHOUR/BYMINUTE in the writer's zone (or the zone named after it); "EOD" and no time mean
 * the writer's day end. Null when the text holds no recurrence rrule can read.
 */
export function recurrenceFromText(text: string, clock: WriterClock, phrases?: readonly Phrase[]): Recurrence | null {
  const masked = maskNoise(text);
  const m = RECURRENCE.exec(masked);
  if (!m) return null;
  const facts = readClock(clock);
  let from = m.index;
  let to = m.index + m[0].length;
  const timed = timePhrase(phrases ?? findPhrases(text, facts), text, from, to);
  let time: TimeOfDay | null = null;
  let due: WriterClock = clock;
  if (timed !== null) {
    const c = timed.result.start;
    if (c.isCertain("hour") && !timed.result.tags().has(TAG.endOfDay) && !timed.result.tags().has(TAG.startOfDay)) {
      time = { hour: c.get("hour") ?? 0, minute: c.get("minute") ?? 0 };
    } else if (timed.result.tags().has(TAG.startOfDay)) {
      time = { hour: Math.floor(facts.dayStartMinutes / 60), minute: facts.dayStartMinutes % 60 };
    }
    due = clockIn(timed.zone, clock);
    from = Math.min(from, timed.from);
    to = Math.max(to, timed.shownTo);
  }
  const rrule = ruleFromText(masked.slice(m.index, m.index + m[0].length), clock, time);
  if (rrule === null) return null;
  const after = facts.instant ?? wallClock(facts.date, 0, facts.zone).minus({ seconds: 1 });
  return { rrule, due: nextOccurrence(rrule, formatInstant(after), due), text: text.slice(from, to), index: from };
}
