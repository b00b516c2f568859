import { DateTime, type Zone } from "luxon";
import { TAG, tagNumber, tagPart } from "./chrono-parsers";
import type { ClockFacts } from "./clock-facts";
import type { DateComponents, DateMention } from "./date-mention";
import { CHRONO_REFERENCE_MINUTES } from "./deadline-chrono";
import { monthPeriod, partOfMonth, partOfWeek, periodDueDate, quarterPeriod, weekOf, weekOfMonth, type Period } from "./periods";
import { addDays, calendarDate, isoWeekday, wallClock } from "./wall-clock";
import { addWorkdays, previousWorkday } from "./working-days";
import type { WriterClock } from "./writer-clock";

/**
 * The conventions that turn one parsed date phrase into an instant (DESIGN "Time conventions",
 * docs/time-conventions.md). chrono recognises the phrase; everything that decides *which*
 * instant it means is here: the reference date, the writer's zone and working day, workdays.
 */

/** How the word before a phrase changes it: "by"/"until" keep the day, "before" moves to the working day before. */
export type PrefixRole = "by" | "before" | "in" | "on" | "for" | "from" | "after";

/** A parsed phrase and what surrounds it in the sentence. */
export interface MentionInput {
  readonly result: DateMention;
  /** The phrase text as written (for words chrono does not tag, such as "weekend" or "next"). */
  readonly text: string;
  readonly role: PrefixRole | null;
  /**
   * The zone the text names: an IANA zone from a zone word right after the phrase ("SGT",
   * "Toronto time"), a fixed offset chrono read ("UTC+8", an ISO offset), or null for the writer's.
   */
  readonly zone: string | Zone | null;
}

/** A yearless date more than this many days before the reference is next year's ("Jan 5" written in December). */
const PAST_DATE_GRACE_DAYS = 30;

/** The weekend named as such (chrono reads "weekend" as Saturday). */
const WEEKEND = /\bweekend\b/i;

/** "next Friday": chrono's own reading applies (the Friday of next week, or the coming one when it is earlier in the week). */
const NEXT_WORD = /\bnext\b/i;

const ymd = (c: DateComponents): [number, number, number] => [c.get("year") ?? 0, c.get("month") ?? 1, c.get("day") ?? 1];

const isoDate = calendarDate;

/** `[year, month]` moved by `offset` months. */
function shiftMonth(year: number, month: number, offset: number): [number, number] {
  const index = year * 12 + (month - 1) + offset;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** A yearless month-day: this year's, unless that is over {@link PAST_DATE_GRACE_DAYS} before the reference. */
function yearlessDate(month: number, day: number, facts: ClockFacts): string | null {
  const refYear = Number(facts.date.slice(0, 4));
  const earliest = addDays(facts.date, -PAST_DATE_GRACE_DAYS);
  for (let year = refYear; year < refYear + 8; year++) {
    const date = isoDate(year, month, day);
    if (date !== null && date >= earliest) return date;
  }
  return null;
}

/** The first date on or after the reference with this day of the month ("the 30th"), `offset` months on. */
function ordinalDate(day: number, offset: number, facts: ClockFacts): string | null {
  const [refYear, refMonth] = [Number(facts.date.slice(0, 4)), Number(facts.date.slice(5, 7))];
  for (let i = offset; i < offset + 12; i++) {
    const [year, month] = shiftMonth(refYear, refMonth, i);
    const date = isoDate(year, month, day);
    if (date !== null && (offset > 0 || date >= facts.date)) return date;
  }
  return null;
}

/** The period a phrase names (week, month, quarter), or null when it names a day. */
function namedPeriod(c: DateComponents, tags: ReadonlySet<string>, facts: ClockFacts, clock: WriterClock): Period | null {
  const [refYear, refMonth] = [Number(facts.date.slice(0, 4)), Number(facts.date.slice(5, 7))];
  const offset = tagNumber(tags, "offset") ?? 0;
  if (tags.has(TAG.week)) return partOfWeek(weekOf(facts.date, offset), tagPart(tags), clock);
  if (tags.has(TAG.year)) return { start: `${refYear + offset}-01-01`, end: `${refYear + offset}-12-31` };
  if (tags.has(TAG.quarter)) {
    const named = tagNumber(tags, "quarter");
    const refQuarter = Math.ceil(refMonth / 3);
    const index = named === null ? refYear * 4 + refQuarter - 1 + offset : (tagNumber(tags, "year") ?? refYear) * 4 + named - 1;
    let period = quarterPeriod(Math.floor(index / 4), (index % 4) + 1);
    if (named !== null && tagNumber(tags, "year") === null && period.end < facts.date) period = quarterPeriod(Math.floor(index / 4) + 1, named);
    return period;
  }
  if (tags.has(TAG.month)) {
    const named = tagNumber(tags, "month");
    const [year, month] = named === null ? shiftMonth(refYear, refMonth, offset) : [tagNumber(tags, "year") ?? (named >= refMonth ? refYear : refYear + 1), named];
    const whole = monthPeriod(year, month);
    const week = tagNumber(tags, "week-of-month");
    return week === null ? partOfMonth(whole, tagPart(tags)) : weekOfMonth(whole, week, clock);
  }
  if (c.isCertain("month") && !c.isCertain("day") && !c.isCertain("weekday")) {
    const month = c.get("month") ?? refMonth;
    const year = c.isCertain("year") ? (c.get("year") ?? refYear) : month >= refMonth ? refYear : refYear + 1;
    return monthPeriod(year, month);
  }
  return null;
}

/** The day a phrase that names a day means, or null when it names none (a time alone). */
function namedDay(c: DateComponents, tags: ReadonlySet<string>, input: MentionInput, facts: ClockFacts, clock: WriterClock): string | null {
  const [year, month, day] = ymd(c);
  if (tags.has(TAG.workdays)) return addWorkdays(facts.date, tagNumber(tags, "count") ?? 1, clock);
  if (tags.has(TAG.ordinalDay) && !c.isCertain("month")) return ordinalDate(day, tagNumber(tags, "offset") ?? 0, facts);
  if (c.isCertain("weekday") && !c.isCertain("day")) {
    if (NEXT_WORD.test(input.text)) return isoDate(year, month, day);
    const weekday = (c.get("weekday") ?? 0) === 0 ? 7 : (c.get("weekday") ?? 7);
    const ahead = (weekday - isoWeekday(facts.date) + 7) % 7;
    const target = addDays(facts.date, ahead);
    if (!WEEKEND.test(input.text)) return target;
    return input.role === "by" || input.role === "before" ? previousWorkday(target, clock) : addDays(target, 1);
  }
  if (c.isCertain("day") && c.isCertain("month")) return c.isCertain("year") ? isoDate(year, month, day) : yearlessDate(month, day, facts);
  if (c.isCertain("day")) return isoDate(year, month, day);
  return null;
}

/**
 * Minutes after midnight the phrase names, and whether it named a time at all. "midnight
 * Friday" is the end of Friday (24:00), as a deadline means it; "morning" ends at noon.
 */
function namedTime(c: DateComponents, tags: ReadonlySet<string>, facts: ClockFacts): { minutes: number; explicit: boolean } {
  if (tags.has(TAG.endOfDay)) return { minutes: facts.dayEndMinutes, explicit: true };
  if (tags.has(TAG.startOfDay)) return { minutes: facts.dayStartMinutes, explicit: true };
  if (tags.has("casualReference/midnight")) return { minutes: 24 * 60, explicit: true };
  if (c.isCertain("hour")) return { minutes: (c.get("hour") ?? 0) * 60 + (c.get("minute") ?? 0), explicit: true };
  if (tags.has("casualReference/morning")) return { minutes: 12 * 60, explicit: true };
  if (tags.has("casualReference/afternoon")) return { minutes: facts.dayEndMinutes, explicit: true };
  if (tags.has("casualReference/evening") || tags.has("casualReference/tonight")) return { minutes: (c.get("hour") ?? 20) * 60, explicit: true };
  return { minutes: facts.dayEndMinutes, explicit: false };
}

/** A wall-clock instant in a zone given by name or as a fixed offset. */
function at(date: string, minutes: number, zone: string | Zone): DateTime {
  return typeof zone === "string" ? wallClock(date, minutes, zone) : wallClock(date, minutes, "UTC").setZone(zone, { keepLocalTime: true });
}

/** chrono's tag on a span with hours, minutes or seconds counted from the reference ("in 2 hours", "within the hour", "in 30 minutes"). */
const TIME_SPAN_TAG = "result/relativeDateAndTime";

/**
 * Whether a phrase is a span of hours, minutes or seconds counted from the moment of writing
 * ("within the hour", "in an hour", "in 30 minutes", "within 2 hours"). Only an instant
 * reference gives it an instant: from a note's date alone the time of writing is unknown, and
 * counting from the start or the end of the day would invent one.
 */
export function isTimeSpan(result: DateMention): boolean {
  return result.tags().has(TIME_SPAN_TAG);
}

/**
 * The instant a parsed phrase means, in the zone it was meant in (the writer's, or the zone
 * the text names), or null when it names no valid date (Feb 30) or is a time span
 * ({@link isTimeSpan}) and the reference is a bare date. A range ("3/21 to 3/26") is due at its end.
 */
export function resolveMention(input: MentionInput, facts: ClockFacts, clock: WriterClock): DateTime | null {
  const c = input.result.end ?? input.result.start;
  const tags = input.result.tags();
  const zone = input.zone ?? facts.zone;
  if (tags.has(TIME_SPAN_TAG)) {
    if (facts.instant === null) return null;
    const wall = DateTime.fromObject({ year: c.get("year") ?? 0, month: c.get("month") ?? 1, day: c.get("day") ?? 1, hour: c.get("hour") ?? 0, minute: c.get("minute") ?? 0, second: c.get("second") ?? 0 }, { zone: "UTC" });
    const reference = DateTime.fromISO(facts.date, { zone: "UTC" }).plus({ minutes: CHRONO_REFERENCE_MINUTES });
    return facts.instant.plus(wall.diff(reference)).setZone(zone);
  }
  const time = namedTime(c, tags, facts);
  const period = namedPeriod(c, tags, facts, clock);
  if (period !== null) {
    const day = input.role === "before" && !time.explicit ? previousWorkday(period.start, clock) : periodDueDate(period, facts.date, clock);
    return at(day, time.minutes, zone);
  }
  const named = namedDay(c, tags, input, facts, clock);
  if (named === null && (c.isCertain("day") || c.isCertain("weekday"))) return null;
  let day = named ?? facts.date;
  if (input.role === "before" && !time.explicit && named !== null) day = previousWorkday(day, clock);
  let due = at(day, time.minutes, zone);
  if (facts.instant !== null && due < facts.instant) {
    if (named === null) due = at(addDays(day, 1), time.minutes, zone);
    else if (day === facts.date && c.isCertain("weekday") && !c.isCertain("day") && time.explicit) due = at(addDays(day, 7), time.minutes, zone);
  }
  return due;
}
