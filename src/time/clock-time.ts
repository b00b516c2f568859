/**
 * Wall-clock times of day ("17:00") and working hours ("09:00-17:30") as People notes and team
 * settings write them. Pure parsing: no zone is involved, a time of day means the same wall
 * clock in whatever zone the caller applies it.
 */

/** A time of day `H:MM` or `HH:MM`, 24-hour clock (`9:00`, `17:30`, `24:00` for midnight at the end of a day). */
const CLOCK_TIME = /^([01]?\d|2[0-4]):([0-5]\d)$/;

/**
 * One end of a working-hours range: `17:30`, `0930`, `9`, `9am`, `5:30pm`, `5.30 pm`.
 * Groups: 1 hour, 2 minutes (optional), 3 meridiem (optional).
 */
const HOURS_END = String.raw`(\d{1,2})(?:[:.]?(\d{2}))?\s*([ap]\.?m\.?)?`;

/** Working hours: two {@link HOURS_END}s joined by `-`, an en/em dash or `to` (`09:00-17:30`, `9am to 5pm`). */
const HOURS_RANGE = new RegExp(String.raw`^\s*${HOURS_END}\s*(?:-|–|—|to)\s*${HOURS_END}\s*$`, "i");

/** A working day's start and end, `HH:MM` in the person's own zone. */
export interface WorkingHours {
  readonly start: string;
  readonly end: string;
}

/** Either a value or a message for the person who wrote the data, saying what to fix. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/**
 * Minutes after midnight for `HH:MM` (`"17:30"` → 1050), or null when the text is not a valid
 * 24-hour time. `24:00` is accepted (1440) so a working day may end at midnight.
 */
export function clockMinutes(time: string): number | null {
  const m = CLOCK_TIME.exec(time);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > 1440 ? null : minutes;
}

/** `HH:MM` for minutes after midnight (1050 → `"17:30"`). Throws for values outside 0..1440. */
export function formatClockMinutes(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new RangeError(`Clock minutes must be an integer from 0 to 1440, got ${minutes}`);
  }
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function endMinutes(hour: string, minute: string | undefined, meridiem: string | undefined): number | null {
  let h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (m > 59) return null;
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return null;
    const pm = meridiem.toLowerCase().startsWith("p");
    h = (h % 12) + (pm ? 12 : 0);
  }
  const total = h * 60 + m;
  return total > 1440 ? null : total;
}

/**
 * Parses working hours as a People note writes them (`hours: "09:00-17:30"`; also `9:00 – 17:30`,
 * `0900-1730`, `9-17`, `9am to 5:30pm`). The end must be after the start: shifts that cross
 * midnight are not supported and come back as an error naming the value.
 */
export function parseHours(text: string): Parsed<WorkingHours> {
  const m = HOURS_RANGE.exec(text);
  const start = m ? endMinutes(m[1] ?? "", m[2], m[3]) : null;
  const end = m ? endMinutes(m[4] ?? "", m[5], m[6]) : null;
  if (start === null || end === null) {
    return { ok: false, error: `working hours "${text}" are not a range like "09:00-17:30"` };
  }
  if (end <= start) {
    return { ok: false, error: `working hours "${text}" end before they start (hours crossing midnight are not supported)` };
  }
  return { ok: true, value: { start: formatClockMinutes(start), end: formatClockMinutes(end) } };
}
