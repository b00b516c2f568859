import type { Parsed } from "./clock-time";

/**
 * Durations as people type them for a meeting (`--duration 30m`, "1h30") and as channel notes
 * write a response expectation (`respond_within: 4h`). Whole minutes only: meetings and
 * response times are never finer, and integers keep every computation exact.
 */

/**
 * A duration in hours and/or minutes: `30m`, `45 min`, `4h`, `1.5h`, `1h30m`, `1h 30`, `2 hours`,
 * `90` (bare minutes). Groups: 1 hours (may be decimal), 2 minutes after hours, 3 minutes alone.
 */
export const DURATION_TEXT = /^\s*(?:(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)\s*(?:(\d+)\s*(?:m|min|mins|minutes?)?)?|(\d+)\s*(?:m|min|mins|minutes?)?)\s*$/i;

/**
 * An ISO 8601 duration of hours and minutes as RFC 5545 writes it: `PT2H`, `PT90M`, `PT1H30M`.
 * Groups: 1 hours, 2 minutes.
 */
export const ISO_DURATION = /^P(?:0D)?T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:0S)?$/;

/** The longest duration accepted: one week (a meeting or a response time longer than that is a typo). */
export const MAX_DURATION_MINUTES = 7 * 24 * 60;

/**
 * Minutes in `text` (`"30m"` → 30, `"1h30m"` → 90, `"PT2H"` → 120). Zero, more than a week, and
 * fractions of a minute are errors saying what to write instead.
 */
export function parseDuration(text: string): Parsed<number> {
  const iso = ISO_DURATION.exec(text.trim().toUpperCase());
  const m = iso ? null : DURATION_TEXT.exec(text);
  let minutes: number | null = null;
  if (iso && (iso[1] !== undefined || iso[2] !== undefined)) minutes = Number(iso[1] ?? 0) * 60 + Number(iso[2] ?? 0);
  else if (m) minutes = m[3] !== undefined ? Number(m[3]) : Number(m[1]) * 60 + Number(m[2] ?? 0);
  if (minutes === null) return { ok: false, error: `"${text}" is not a duration like 30m, 1h or 1h30m` };
  if (!Number.isInteger(minutes)) return { ok: false, error: `"${text}" is not a whole number of minutes; write it like 1h15m` };
  if (minutes <= 0) return { ok: false, error: `"${text}" is not longer than zero; write it like 30m` };
  if (minutes > MAX_DURATION_MINUTES) return { ok: false, error: `"${text}" is longer than a week; write at most 168h` };
  return { ok: true, value: minutes };
}

/** A duration as labels show it: `30 min`, `1 h`, `1 h 30 min`. Throws for negative or fractional minutes. */
export function formatDuration(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`formatDuration: minutes must be a non-negative integer, got ${minutes}`);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
