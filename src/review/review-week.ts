import { DateTime } from "luxon";
import { addDays, isoWeekday, ISO_DATE } from "../time/wall-clock";

/**
 * The ISO week a review covers, and calendar-day arithmetic for ages ("blocked for 6 days"). The
 * week of an instant is read in the team's zone (the settings note's `timezone`): never the
 * machine's, so a review written in Auckland and one written in Toronto name the same week.
 * Dates (`YYYY-MM-DD`, as item notes hold them) are calendar days and need no zone.
 */
export interface ReviewWeek {
  /** `2026-W48`: ISO week-year and week number. */
  readonly key: string;
  /** Monday and Sunday of the week, `YYYY-MM-DD`. */
  readonly start: string;
  readonly end: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The ISO week holding `date` (`YYYY-MM-DD`). Throws on a malformed date (callers pass dates they read and checked). */
export function weekOfDate(date: string): ReviewWeek {
  if (!ISO_DATE.test(date)) throw new RangeError(`weekOfDate: "${date}" is not a YYYY-MM-DD date`);
  const start = addDays(date, 1 - isoWeekday(date));
  const thursday = addDays(start, 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = firstThursdayOf(year);
  const week = Math.round((dayMs(thursday) - dayMs(firstThursday)) / (7 * 86_400_000)) + 1;
  return { key: `${pad(year, 4)}-W${pad(week)}`, start, end: addDays(start, 6) };
}

/** The ISO week `offset` weeks after `week` (negative: before). */
export function shiftWeek(week: ReviewWeek, offset: number): ReviewWeek {
  return weekOfDate(addDays(week.start, offset * 7));
}

/** The calendar date of an instant (epoch ms) in `zone`. Throws on an unknown zone. */
export function dateIn(ms: number, zone: string): string {
  const at = DateTime.fromMillis(ms, { zone });
  if (!at.isValid) throw new RangeError(`dateIn: "${zone}" is not an IANA time zone`);
  return `${pad(at.year, 4)}-${pad(at.month)}-${pad(at.day)}`;
}

/**
 * The calendar date a stored value falls on: a `YYYY-MM-DD` date is itself; an ISO instant is
 * the date as written in its own offset (`2026-11-20T15:00:00+08:00` → `2026-11-20`), the day
 * the writer saw. Null when unreadable.
 */
export function dateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = value.slice(0, 10);
  return ISO_DATE.test(date) && !Number.isNaN(dayMs(date)) ? date : null;
}

/** Whole calendar days from `from` to `to` (`YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / 86_400_000);
}

function dayMs(date: string): number {
  const m = ISO_DATE.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
}

function firstThursdayOf(year: number): string {
  const jan4 = `${pad(year, 4)}-01-04`;
  return addDays(addDays(jan4, 1 - isoWeekday(jan4)), 3);
}
