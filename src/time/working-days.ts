import { readClock } from "./clock-facts";
import { addDays, formatInstant, ISO_DATE, isoWeekday, wallClock } from "./wall-clock";
import type { WriterClock } from "./writer-clock";

/**
 * Working days and their ends for one writer (DESIGN "Time conventions": a deadline that names
 * only a day is the end of that working day; "EOD" is the writer's day end). Dates are
 * `YYYY-MM-DD` calendar dates in the writer's zone; instants come back as ISO 8601 with the
 * offset in force in that zone on that date, so DST changes are handled per date.
 */

function requireDate(date: string, fn: string): void {
  if (!ISO_DATE.test(date)) throw new RangeError(`${fn}: "${date}" is not a YYYY-MM-DD date`);
}

/** True when the writer works on `date` (its ISO weekday is in `clock.workdays`). */
export function isWorkday(date: string, clock: WriterClock): boolean {
  requireDate(date, "isWorkday");
  return readClock(clock).workdays.has(isoWeekday(date));
}

/**
 * The end of the writer's working day on `date`: `clock.dayEnd` on the wall clock of
 * `clock.zone` (`endOfWorkingDay("2026-11-26", london)` → `2026-11-26T17:00:00+00:00`). The date
 * need not be a workday: a deadline on a Saturday ends at the same time of day.
 */
export function endOfWorkingDay(date: string, clock: WriterClock): string {
  requireDate(date, "endOfWorkingDay");
  const facts = readClock(clock);
  return formatInstant(wallClock(date, facts.dayEndMinutes, facts.zone));
}

/** The start of the writer's working day on `date` (`clock.dayStart` in `clock.zone`). */
export function startOfWorkingDay(date: string, clock: WriterClock): string {
  requireDate(date, "startOfWorkingDay");
  const facts = readClock(clock);
  return formatInstant(wallClock(date, facts.dayStartMinutes, facts.zone));
}

/** The last workday strictly before `date` ("before Friday" → Thursday; before Monday → Friday). */
export function previousWorkday(date: string, clock: WriterClock): string {
  requireDate(date, "previousWorkday");
  const { workdays } = readClock(clock);
  let day = addDays(date, -1);
  while (!workdays.has(isoWeekday(day))) day = addDays(day, -1);
  return day;
}

/** The first workday strictly after `date`. */
export function nextWorkday(date: string, clock: WriterClock): string {
  requireDate(date, "nextWorkday");
  const { workdays } = readClock(clock);
  let day = addDays(date, 1);
  while (!workdays.has(isoWeekday(day))) day = addDays(day, 1);
  return day;
}

/** `count` workdays after `date` ("in 3 working days"); 0 gives `date` itself. Negative counts go back. */
export function addWorkdays(date: string, count: number, clock: WriterClock): string {
  requireDate(date, "addWorkdays");
  if (!Number.isInteger(count)) throw new RangeError(`addWorkdays: count must be an integer, got ${count}`);
  let day = date;
  for (let i = 0; i < Math.abs(count); i++) day = count > 0 ? nextWorkday(day, clock) : previousWorkday(day, clock);
  return day;
}

/** The last workday in `[from, to]` (inclusive dates), or null when the range holds none. */
export function lastWorkdayBetween(from: string, to: string, clock: WriterClock): string | null {
  requireDate(from, "lastWorkdayBetween");
  requireDate(to, "lastWorkdayBetween");
  const { workdays } = readClock(clock);
  for (let day = to; day >= from; day = addDays(day, -1)) {
    if (workdays.has(isoWeekday(day))) return day;
  }
  return null;
}
