import { DateTime } from "luxon";
import { parseDuration } from "./duration-text";
import { floating, RRule } from "./recurrence";
import { addDays, formatInstant, wallClock } from "./wall-clock";
import { isValidZone } from "./zone-names";

/**
 * A recurring block of time written as a few lines of an RFC 5545 VEVENT, as People notes write
 * deep work and Team notes write rituals (see the demo vault's README):
 *
 * ```
 * SUMMARY:Monday context call      optional: the block's name (rituals)
 * DTSTART:20261116T130000          floating local time, read in the owner's zone
 * RRULE:FREQ=WEEKLY;BYDAY=MO,WE    optional: without it the block happens once
 * DURATION:PT2H                    exact hours and minutes
 * ```
 *
 * `DTSTART;TZID=Asia/Singapore:…` pins the block to a zone and `…Z` to UTC. The rule is
 * expanded by `rrule` in floating dates and each start placed on the wall clock with luxon, so a
 * 13:00 block stays at 13:00 local across DST changes. `DURATION` is a separate line because
 * RFC 5545 makes it an event property and `rrule` rejects parts it does not know.
 */

/** A `DTSTART` line. Groups: 1 TZID (optional), 2 date `YYYYMMDD`, 3 hour, 4 minute, 5 second, 6 `Z` (optional). */
export const DTSTART_LINE = /^DTSTART(?:;TZID=([^:]+))?:(\d{8})T(\d{2})(\d{2})(\d{2})(Z?)$/i;

/** An `RRULE` line. Group 1: the rule body. */
export const RRULE_LINE = /^RRULE:(.+)$/i;

/** A `DURATION` line. Group 1: the value (`PT2H`, `PT90M`). */
export const DURATION_LINE = /^DURATION:(.+)$/i;

/** A `SUMMARY` line. Group 1: the name. */
export const SUMMARY_LINE = /^SUMMARY:(.+)$/i;

/** Line breaks between the fragment's lines: real ones, or a literal `\n` left by single quotes in YAML. */
const LINE_BREAK = /\r?\n|\\n/;

/** The most occurrences one expansion yields: a guard against a rule a person typed too often. */
const MAX_OCCURRENCES = 2000;

/** A block, validated. Times are wall clock in `zone` (the owner's when null). */
export interface EventRule {
  /** The entry as written in the note. */
  readonly text: string;
  /** `SUMMARY`, or null. */
  readonly summary: string | null;
  /** First occurrence's local date `YYYY-MM-DD` and minutes after midnight. */
  readonly startDate: string;
  readonly startMinutes: number;
  /** The zone the wall-clock start is in: TZID, `UTC` for a `Z` start, or null for the owner's zone. */
  readonly zone: string | null;
  /** RRULE body without `RRULE:`; null for a single block. */
  readonly rrule: string | null;
  readonly durationMinutes: number;
}

/** An interval of real time, epoch milliseconds, end exclusive. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** How the format is written, for messages. */
export const EVENT_RULE_EXAMPLE = `"DTSTART:20261116T130000\\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\\nDURATION:PT2H"`;

/** Reads one block; a string is a user-facing reason it is unreadable. */
export function readEventRule(text: string): EventRule | string {
  const lines = text.split(LINE_BREAK).map((l) => l.trim()).filter((l) => l !== "");
  let start: RegExpExecArray | null = null;
  let rule: string | null = null;
  let duration: string | null = null;
  let summary: string | null = null;
  for (const line of lines) {
    const s = DTSTART_LINE.exec(line);
    const r = RRULE_LINE.exec(line);
    const d = DURATION_LINE.exec(line);
    const n = SUMMARY_LINE.exec(line);
    if (s) start = s;
    else if (r) rule = (r[1] ?? "").trim();
    else if (d) duration = (d[1] ?? "").trim();
    else if (n) summary = (n[1] ?? "").trim();
    else return `the line "${line}" is not DTSTART, RRULE, DURATION or SUMMARY`;
  }
  if (start === null) return "it has no DTSTART line";
  if (duration === null) return "it has no DURATION line";
  const [, tzid, ymd = "", hh, mm, ss, z] = start;
  const startDate = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
  const startMinutes = Number(hh) * 60 + Number(mm);
  if (!DateTime.fromISO(`${startDate}T${hh}:${mm}:${ss}`, { zone: "UTC" }).isValid) return `DTSTART "${ymd}T${hh}${mm}${ss}" is not a real date and time`;
  const zone = tzid !== undefined ? tzid : z ? "UTC" : null;
  if (zone !== null && !isValidZone(zone)) return `TZID "${zone}" is not an IANA zone like "Europe/London"`;
  const minutes = parseDuration(duration);
  if (!minutes.ok) return `DURATION ${minutes.error}`;
  if (minutes.value > 24 * 60) return `DURATION "${duration}" is longer than a day`;
  if (rule !== null) {
    let freq: number;
    try {
      freq = RRule.parseString(rule).freq ?? -1;
      new RRule({ ...RRule.parseString(rule), dtstart: floating(startDate, startMinutes) }).all((_, i) => i < 1);
    } catch (error) {
      return `RRULE "${rule}" is not a valid RFC 5545 rule (${error instanceof Error ? error.message : String(error)})`;
    }
    if (freq < Number(RRule.YEARLY) || freq > Number(RRule.DAILY)) return `RRULE "${rule}" must repeat yearly, monthly, weekly or daily (FREQ=WEEKLY …)`;
  }
  return Object.freeze({ text, summary, startDate, startMinutes, zone, rrule: rule, durationMinutes: minutes.value });
}

/** The local date of an instant in `zone`. */
function localDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? "1970-01-01";
}

/**
 * Occurrences of `rule` that overlap `[from, to)` (epoch ms), with the wall-clock start read in
 * the rule's own zone or `ownerZone`. Sorted by start. DST: a start that a spring-forward night
 * skips moves forward by the gap (as luxon does); the duration is exact time.
 */
export function ruleIntervals(rule: EventRule, ownerZone: string, from: number, to: number): Interval[] {
  const zone = rule.zone ?? ownerZone;
  const place = (date: string, minutes: number): Interval => {
    const start = wallClock(date, minutes, zone).toMillis();
    return { start, end: start + rule.durationMinutes * 60_000 };
  };
  if (rule.rrule === null) {
    const only = place(rule.startDate, rule.startMinutes);
    return only.end > from && only.start < to ? [only] : [];
  }
  const expanded = new RRule({ ...RRule.parseString(rule.rrule), dtstart: floating(rule.startDate, rule.startMinutes) });
  // Floating bounds a day wider than the local dates of [from, to), so no zone offset is missed.
  const after = floating(addDays(localDate(from - rule.durationMinutes * 60_000, zone), -1));
  const before = floating(addDays(localDate(to, zone), 2));
  const out: Interval[] = [];
  for (const occurrence of expanded.between(after, before, true, (_, i) => i < MAX_OCCURRENCES)) {
    const interval = place(occurrence.toISOString().slice(0, 10), occurrence.getUTCHours() * 60 + occurrence.getUTCMinutes());
    if (interval.end > from && interval.start < to) out.push(interval);
  }
  return out;
}

/** The first occurrence of `rule` starting at or after `from`, looking at most `days` ahead; null when none. */
export function nextRuleStart(rule: EventRule, ownerZone: string, from: number, days = 400): Interval | null {
  return ruleIntervals(rule, ownerZone, from, from + days * 86_400_000).find((i) => i.start >= from) ?? null;
}

/** An interval as ISO instants in `zone` (for messages and tests). */
export function formatInterval(interval: Interval, zone: string): string {
  const at = (ms: number): string => formatInstant(DateTime.fromMillis(ms, { zone }));
  return `${at(interval.start)}/${at(interval.end)}`;
}
