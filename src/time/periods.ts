import { readClock } from "./clock-facts";
import { addDays, calendarDate, daysInMonth, isoWeekday } from "./wall-clock";
import type { WriterClock } from "./writer-clock";

/**
 * Calendar periods a deadline can name ("this week", "in January", "first week of June",
 * "Q1", "end of the month") and the day each one is due. The rule (docs/time-conventions.md):
 * a period is due at the end of its last workday; a part of a period ("early next week", "mid
 * January") narrows it first. Weeks are ISO weeks, Monday to Sunday.
 */

/** Inclusive range of calendar dates, `YYYY-MM-DD`. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

/** Which part of a period a phrase names. */
export type PeriodPart = "whole" | "early" | "mid" | "late";

const isoDate = (year: number, month: number, day: number): string => calendarDate(year, month, day) ?? "";

/** The ISO week (Monday..Sunday) containing `date`, moved by `offset` weeks. */
export function weekOf(date: string, offset = 0): Period {
  const monday = addDays(date, 1 - isoWeekday(date) + 7 * offset);
  return { start: monday, end: addDays(monday, 6) };
}

/** A calendar month (1-12). */
export function monthPeriod(year: number, month: number): Period {
  return { start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
}

/** A calendar quarter (1-4): Q1 is January to March. */
export function quarterPeriod(year: number, quarter: number): Period {
  return { start: monthPeriod(year, quarter * 3 - 2).start, end: monthPeriod(year, quarter * 3).end };
}

/** The workdays in a period, in order. */
function workdaysIn(period: Period, clock: WriterClock): string[] {
  const { workdays } = readClock(clock);
  const days: string[] = [];
  for (let day = period.start; day <= period.end; day = addDays(day, 1)) {
    if (workdays.has(isoWeekday(day))) days.push(day);
  }
  return days;
}

/**
 * The part of a week a phrase names: early is the second workday ("early next week" →
 * Tuesday), mid the middle one (Wednesday); late and whole are the week itself (due on its last
 * workday). Early and mid are returned as the week up to that day.
 */
export function partOfWeek(week: Period, part: PeriodPart, clock: WriterClock): Period {
  const days = workdaysIn(week, clock);
  if (days.length === 0 || part === "whole" || part === "late") return week;
  const index = part === "early" ? Math.min(1, days.length - 1) : Math.floor((days.length - 1) / 2);
  const day = days[index] ?? week.end;
  return { start: week.start, end: day };
}

/** The part of a month a phrase names: early is the 1st-10th, mid the 11th-20th, late the 21st to the end. */
export function partOfMonth(month: Period, part: PeriodPart): Period {
  const [y, m] = month.start.split("-").map(Number) as [number, number];
  if (part === "early") return { start: month.start, end: isoDate(y, m, 10) };
  if (part === "mid") return { start: isoDate(y, m, 11), end: isoDate(y, m, 20) };
  if (part === "late") return { start: isoDate(y, m, 21), end: month.end };
  return month;
}

/**
 * Week `n` of a month (1-based; `n = -1` for the last week): the ISO week holding the month's
 * first workday (or its last workday for -1), moved by `n - 1` weeks and clipped to the month.
 * "first week of June 2026" → June 1-7 (June 1 is a Monday).
 */
export function weekOfMonth(month: Period, n: number, clock: WriterClock): Period {
  const days = workdaysIn(month, clock);
  const anchor = n < 0 ? (days[days.length - 1] ?? month.end) : (days[0] ?? month.start);
  const week = weekOf(anchor, n < 0 ? 0 : n - 1);
  return { start: week.start < month.start ? month.start : week.start, end: week.end > month.end ? month.end : week.end };
}

/**
 * The day a period is due: its last workday on or after `from` (the reference date), so "this
 * week" written on a Wednesday is Friday. When no workday of the period is left (written on a
 * Saturday, "this week") the period's last day is the due day.
 */
export function periodDueDate(period: Period, from: string, clock: WriterClock): string {
  const days = workdaysIn({ start: period.start < from ? from : period.start, end: period.end }, clock);
  return days[days.length - 1] ?? period.end;
}
