import { calendarDate } from "./wall-clock";

/**
 * Out-of-office days from a People note (`out_of_office: ["2026-11-26..2026-11-27", 2026-12-24]`):
 * single dates or inclusive `first..last` ranges of calendar dates in the person's own zone.
 * A holiday is a whole local day: nobody is asked to work a slice of their day off.
 */

/**
 * One entry: a date, or two dates joined by `..`, ` to `, or an en dash (`2026-12-24..2027-01-02`,
 * `2026-12-24 to 2027-01-02`). Groups: 1 first date, 2 last date (optional).
 */
export const OUT_OF_OFFICE_ENTRY = /^\s*(\d{4}-\d{2}-\d{2})\s*(?:(?:\.\.|–|\s+to\s+)\s*(\d{4}-\d{2}-\d{2}))?\s*$/;

/** An inclusive range of local calendar dates, `YYYY-MM-DD`. */
export interface DateRange {
  readonly first: string;
  readonly last: string;
}

/** Ranges read from a note, and a message naming the file for each entry that could not be read. */
export interface OutOfOffice {
  readonly ranges: readonly DateRange[];
  readonly problems: readonly string[];
}

function validDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  return calendarDate(y, m, d) !== null;
}

/**
 * Reads `out_of_office` entries. An entry that is not a real date or range (`2026-02-30`, a
 * range ending before it starts) is reported naming `path` and left out: the person is then
 * counted as working that day, which shows up on the team time view where they can see it.
 */
export function readOutOfOffice(entries: readonly string[], path: string): OutOfOffice {
  const ranges: DateRange[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const m = OUT_OF_OFFICE_ENTRY.exec(entry);
    const first = m?.[1];
    const last = m?.[2] ?? first;
    if (first === undefined || last === undefined || !validDate(first) || !validDate(last)) {
      problems.push(`${path}: out_of_office "${entry}" is not a date or a range like 2026-12-24..2027-01-02; it is ignored.`);
    } else if (last < first) {
      problems.push(`${path}: out_of_office "${entry}" ends before it starts; write the earlier date first.`);
    } else {
      ranges.push(Object.freeze({ first, last }));
    }
  }
  ranges.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  return { ranges: Object.freeze(ranges), problems: Object.freeze(problems) };
}

/** True when `date` (`YYYY-MM-DD`) falls in one of `ranges`. Dates compare as text. */
export function isOutOfOffice(date: string, ranges: readonly DateRange[]): boolean {
  for (const range of ranges) if (date >= range.first && date <= range.last) return true;
  return false;
}
