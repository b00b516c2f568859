import { DateTime } from "luxon";

/**
 * Calendar dates and wall-clock instants. Calendar arithmetic on `YYYY-MM-DD` dates is zone-free
 * integer math (UTC day numbers): it runs for every deadline, and luxon costs tens of
 * microseconds a call. Placing a wall-clock time in a zone (where DST lives) is luxon's job,
 * memoised because a vault's deadlines cluster on a few working-day ends.
 */

/** A calendar date `YYYY-MM-DD`. Groups: year, month, day. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (NaN when malformed). */
function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : NaN;
}

/** `YYYY-MM-DD` of a day number. */
function fromDayNumber(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `YYYY-MM-DD` for a year, month (1-12) and day, or null when no such date exists (Feb 30). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/** The last day (28-31) of a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Calendar arithmetic: `addDays("2026-11-30", 1)` → `2026-12-01`. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday of a `YYYY-MM-DD` date, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const sundayZero = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** Memo of {@link wallClock}; cleared when full (a scan touches a few hundred distinct ends). */
const placed = new Map<string, DateTime>();
const PLACED_MAX = 8192;

/**
 * The instant at `minutes` after midnight (0..1440) of `date` (`YYYY-MM-DD`) on the wall clock
 * of `zone`. 1440 is midnight at the end of the day. A wall time that a DST change skips
 * ("01:30" on Europe's spring-forward night) moves forward by the gap, as luxon does. Throws on
 * a malformed date: callers pass dates they computed.
 */
export function wallClock(date: string, minutes: number, zone: string): DateTime {
  const key = `${zone}|${date}|${minutes}`;
  const hit = placed.get(key);
  if (hit) return hit;
  const day = dayNumber(date);
  if (Number.isNaN(day)) throw new RangeError(`wallClock: "${date}" is not a YYYY-MM-DD date`);
  const [y, m, d] = fromDayNumber(day + Math.floor(minutes / 1440)).split("-").map(Number) as [number, number, number];
  const rest = ((minutes % 1440) + 1440) % 1440;
  const at = DateTime.fromObject({ year: y, month: m, day: d, hour: Math.floor(rest / 60), minute: rest % 60 }, { zone });
  if (!at.isValid) throw new RangeError(`wallClock: ${date} ${minutes} min in ${zone} is invalid (${at.invalidExplanation ?? "unknown"})`);
  if (placed.size >= PLACED_MAX) placed.clear();
  placed.set(key, at);
  return at;
}

/**
 * How every deadline is written: ISO 8601 to the second with a `±HH:MM` offset, never `Z`
 * (`2026-11-26T17:00:00+00:00`), in the instant's own zone. Built by hand: luxon's formatter
 * costs ~100 µs a call.
 */
export function formatInstant(at: DateTime): string {
  const offset = at.offset;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${pad(at.year, 4)}-${pad(at.month)}-${pad(at.day)}T${pad(at.hour)}:${pad(at.minute)}:${pad(at.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
