import { scalarText } from "./person-fields";

/**
 * The note's own date: the reference for every deadline in it (DESIGN: "the reference instant
 * is the note's own date, never now"). Looked for in frontmatter `date`, `created`, `day` (in
 * that order), then a YYYY-MM-DD in the file name, then in the nearest parent folder name.
 */
export interface NoteDate {
  /** `YYYY-MM-DD`, or null when the note has no date of its own. */
  readonly date: string | null;
  /** What deadlines count from: the frontmatter instant when it has a time, else `date`. */
  readonly reference: string | null;
  /** A frontmatter date that could not be read, naming the file; null when fine. */
  readonly problem: string | null;
}

/** A date at the start of a value, with an optional time and offset (group 1 date, group 2 the rest). */
export const DATE_VALUE = /^(\d{4}-\d{2}-\d{2})((?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)/;
/** A YYYY-MM-DD anywhere in a file or folder name. */
export const DATE_IN_NAME = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?!\d)/;
/** Frontmatter keys holding the note's date, in order of preference. */
const DATE_KEYS = ["date", "created", "day"] as const;

/** The note's date from its frontmatter `data` and vault `path`. */
export function noteDate(data: Readonly<Record<string, unknown>>, path: string): NoteDate {
  let problem: string | null = null;
  for (const key of DATE_KEYS) {
    const value = data[key];
    if (value === undefined || value === null || value === "") continue;
    const text = scalarText(value);
    const m = text === null ? null : DATE_VALUE.exec(text.trim());
    if (m && isRealDate(m[1] ?? "")) {
      const date = m[1] ?? "";
      const withTime = (m[2] ?? "") !== "" && /[Zz]|[+-]\d{2}:?\d{2}$/.test(m[2] ?? "");
      return { date, reference: withTime ? `${date}${(m[2] ?? "").replace(" ", "T")}` : date, problem };
    }
    problem ??= `${path}: \`${key}: ${String(text ?? JSON.stringify(value))}\` is not a date like 2026-11-24; deadlines in it count from the file name's date or the scan's reference instead.`;
  }
  const parts = path.split("/");
  for (let i = parts.length - 1; i >= 0; i--) {
    const m = DATE_IN_NAME.exec(parts[i] ?? "");
    if (m && isRealDate(m[1] ?? "")) return { date: m[1] ?? null, reference: m[1] ?? null, problem };
  }
  return { date: null, reference: null, problem };
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `YYYY-MM-DD` names a day on the Gregorian calendar (no 31 February, no 2023-02-29). */
export function isRealDate(date: string): boolean {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (MONTH_DAYS[m - 1] ?? 0) + (leap ? 1 : 0);
}
