import { DateTime } from "luxon";
import { type Deadline, findDeadline, resolveDeadline, type WriterClock } from "../time/deadline";
import { formatInstant } from "../time/wall-clock";
import { endOfWorkingDay } from "../time/working-days";

/**
 * Deadlines for extraction, through src/time/deadline.ts (the only date parser). Results are
 * memoised per writer clock and text: a re-scan, the editor re-extracting a visible range on
 * every keystroke, and the same phrase in many notes of one day cost one parse each. The memo
 * is bounded and only ever returns what the parser returned for the same inputs, so it cannot
 * change a result.
 */

/** Most entries kept before the memo starts over (about a few MB at most). */
const MEMO_LIMIT = 20_000;

const memo = new Map<string, Deadline | null>();
const clockKeys = new WeakMap<WriterClock, string>();

function keyOf(clock: WriterClock): string {
  let key = clockKeys.get(clock);
  if (key === undefined) {
    key = `${clock.reference}|${clock.zone}|${clock.dayStart}|${clock.dayEnd}|${clock.workdays.join(",")}`;
    clockKeys.set(clock, key);
  }
  return key;
}

function remember(key: string, compute: () => Deadline | null): Deadline | null {
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** `findDeadline(text, clock)`, memoised. */
export function deadlineIn(text: string, clock: WriterClock): Deadline | null {
  return remember(`f\u0001${keyOf(clock)}\u0001${text}`, () => findDeadline(text, clock));
}

/** `resolveDeadline(phrase, clock)`, memoised (Tasks 📅 dates, 🔁 rules). */
export function deadlineOf(phrase: string, clock: WriterClock): Deadline | null {
  return remember(`r\u0001${keyOf(clock)}\u0001${phrase}`, () => resolveDeadline(phrase, clock));
}

/**
 * When a decision window with no time of its own closes: `hours` after the note's reference.
 * A date-only reference counts from the end of the writer's working day on that date (the
 * latest the note can have been written in working hours), so a window is never shorter than
 * the team's default.
 */
export function defaultWindowClose(clock: WriterClock, hours: number): string {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(clock.reference)
    ? DateTime.fromISO(endOfWorkingDay(clock.reference, clock), { setZone: true })
    : DateTime.fromISO(clock.reference.replace(" ", "T"), { zone: clock.zone });
  return formatInstant(start.setZone(clock.zone).plus({ hours }));
}
