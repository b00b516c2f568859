import { parseHours } from "../time/clock-time";

/**
 * Readers for People and Team note fields (`hours`, `workdays`, `timezone`, `decision_window`,
 * lists). Each returns `undefined` for a value it cannot read, so the caller can report the file.
 */

/** A weekday range "Mon-Fri" or "Monday to Friday". */
export const WEEKDAY_RANGE = /^\s*([a-z]+)\s*(?:-|–|to)\s*([a-z]+)\s*$/i;

/** A decision window: "48", "48h", "36 hours", "2d", "2 days". */
export const WINDOW = /^\s*(\d+(?:\.\d+)?)\s*(h|hr|hrs|hours?|d|days?)?\s*$/i;

const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["mon", 1], ["monday", 1], ["tue", 2], ["tues", 2], ["tuesday", 2], ["wed", 3], ["wednesday", 3],
  ["thu", 4], ["thur", 4], ["thurs", 4], ["thursday", 4], ["fri", 5], ["friday", 5],
  ["sat", 6], ["saturday", 6], ["sun", 7], ["sunday", 7],
]);

/** `hours` as `{start, end}` in `HH:MM` (src/time's reading of "09:00-17:30"), or undefined when malformed. */
export function readHours(value: unknown): { start: string; end: string } | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = parseHours(value);
  return parsed.ok ? { start: parsed.value.start, end: parsed.value.end } : undefined;
}

/** `workdays` as sorted ISO weekdays from names, numbers 1-7, or a range "Mon-Fri"; undefined when unreadable. */
export function parseWorkdays(value: unknown): number[] | undefined {
  const days = new Set<number>();
  const items = Array.isArray(value) ? (value as unknown[]) : typeof value === "string" ? value.split(",") : [value];
  for (const item of items) {
    if (typeof item === "number" && Number.isInteger(item) && item >= 1 && item <= 7) {
      days.add(item);
      continue;
    }
    if (typeof item !== "string") return undefined;
    const text = item.trim().toLowerCase();
    if (text === "") continue;
    const single = WEEKDAYS.get(text) ?? (/^[1-7]$/.test(text) ? Number(text) : undefined);
    if (single !== undefined) {
      days.add(single);
      continue;
    }
    const range = WEEKDAY_RANGE.exec(text);
    const from = range ? WEEKDAYS.get(range[1] ?? "") : undefined;
    const to = range ? WEEKDAYS.get(range[2] ?? "") : undefined;
    if (from === undefined || to === undefined) return undefined;
    for (let d = from; ; d = (d % 7) + 1) {
      days.add(d);
      if (d === to) break;
    }
  }
  return days.size === 0 ? undefined : [...days].sort((a, b) => a - b);
}

/** A decision window in hours from a number or "48h" / "2d"; undefined when unreadable or not positive. */
export function parseDecisionWindow(value: unknown): number | undefined {
  if (typeof value === "number") return value > 0 && Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const m = WINDOW.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const hours = m[2] && m[2].toLowerCase().startsWith("d") ? n * 24 : n;
  return hours > 0 ? hours : undefined;
}

/**
 * A frontmatter value as a list of non-empty strings: a list keeps its string and number items
 * (nested `[[link]]` lists that YAML reads as arrays are turned back into `[[link]]`), a string
 * becomes a one-item list, anything else an empty list.
 */
export function stringList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  const out: string[] = [];
  for (const item of items) {
    const text = scalarText(item);
    if (text !== null && text.trim() !== "") out.push(text.trim());
  }
  return out;
}

/** One frontmatter scalar as text; an unquoted `[[Name]]` (YAML: `[["Name"]]`) becomes "[[Name]]". */
export function scalarText(item: unknown): string | null {
  if (typeof item === "string") return item;
  if (typeof item === "number" || typeof item === "boolean") return String(item);
  if (item instanceof Date && !Number.isNaN(item.getTime())) return item.toISOString().slice(0, 10);
  if (Array.isArray(item) && item.length === 1 && Array.isArray(item[0]) && item[0].length === 1 && typeof item[0][0] === "string") {
    return `[[${item[0][0]}]]`;
  }
  return null;
}
