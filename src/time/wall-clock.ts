import { DateTime } from "luxon";

/**
 * How every deadline is written: ISO 8601 to the second with a `±HH:MM` offset, never `Z`
 * (`2026-11-26T17:00:00+00:00`), so UTC writers' dues read like everyone else's.
 */
const ISO_WITH_OFFSET = "yyyy-MM-dd'T'HH:mm:ssZZ";

/** A calendar date `YYYY-MM-DD`. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant at `minutes` after midnight (0..1440) of `date` (`YYYY-MM-DD`) on the wall clock
 * of `zone`. 1440 is midnight at the end of the day. A wall time that a DST change skips
 * ("02:30" on a spring-forward night) moves forward by the gap, as luxon does. Throws on a
 * malformed date: callers pass dates they computed.
 */
export function wallClock(date: string, minutes: number, zone: string): DateTime {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`wallClock: "${date}" is not a YYYY-MM-DD date`);
  const day = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { zone: "UTC" }).plus({ days: Math.floor(minutes / 1440) });
  const rest = minutes % 1440;
  const at = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: Math.floor(rest / 60), minute: rest % 60 }, { zone });
  if (!at.isValid) throw new RangeError(`wallClock: ${date} ${minutes} min in ${zone} is invalid (${at.invalidExplanation ?? "unknown"})`);
  return at;
}

/** `2026-11-26T17:00:00+00:00`: the instant in its own zone's offset. */
export function formatInstant(at: DateTime): string {
  return at.toFormat(ISO_WITH_OFFSET);
}

/** Calendar arithmetic on `YYYY-MM-DD` dates (zone-free): `addDays("2026-11-30", 1)` → `2026-12-01`. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: "UTC" }).plus({ days }).toISODate() ?? date;
}

/** ISO weekday of a `YYYY-MM-DD` date, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return DateTime.fromISO(date, { zone: "UTC" }).weekday;
}
