import { DateTime } from "luxon";
import { type Deadline, findDeadline, resolveDeadline, type WriterClock } from "../time/deadline";
import { formatInstant } from "../time/wall-clock";
import { endOfWorkingDay } from "../time/working-days";
import { BoundedMemo } from "./bounded-memo";

/**
 * Deadlines for extraction, through src/time/deadline.ts (the only date parser). Results are
 * memoised per writer clock object and text: a re-scan, the editor re-extracting a visible range
 * on every keystroke, and the same phrase in several notes of one writer's day cost one parse.
 * The memo is bounded, lives as long as the clock, and only ever returns what the parser
 * returned for the same inputs, so it cannot change a result.
 */

/** Most texts remembered per clock before that clock's memo starts over. */
const MEMO_LIMIT = 2000;

/** Per clock object (notes of one writer on one day share one): text → what the parser returned, for sentences and for whole phrases. */
const found = new WeakMap<WriterClock, BoundedMemo<string, Deadline | null>>();
const resolved = new WeakMap<WriterClock, BoundedMemo<string, Deadline | null>>();

function memoFor(table: WeakMap<WriterClock, BoundedMemo<string, Deadline | null>>, clock: WriterClock): BoundedMemo<string, Deadline | null> {
  let memo = table.get(clock);
  if (memo === undefined) {
    memo = new BoundedMemo(MEMO_LIMIT);
    table.set(clock, memo);
  }
  return memo;
}

/** `findDeadline(text, clock)`, memoised; `hint` is a cheap test run first on a miss (null without calling the parser when it fails). */
export function deadlineIn(text: string, clock: WriterClock, hint?: RegExp): Deadline | null {
  return memoFor(found, clock).get(text, () => (hint && !hint.test(text) ? null : findDeadline(text, clock)));
}

/** `resolveDeadline(phrase, clock)`, memoised (Tasks 📅 dates, 🔁 rules). */
export function deadlineOf(phrase: string, clock: WriterClock): Deadline | null {
  return memoFor(resolved, clock).get(phrase, () => resolveDeadline(phrase, clock));
}

const windowMemo = new WeakMap<WriterClock, BoundedMemo<number, string>>();

/**
 * When a decision window with no time of its own closes: `hours` after the note's reference.
 * A date-only reference counts from the end of the writer's working day on that date (the
 * latest the note can have been written in working hours), so a window is never shorter than
 * the team's default.
 */
export function defaultWindowClose(clock: WriterClock, hours: number): string {
  let byHours = windowMemo.get(clock);
  if (byHours === undefined) {
    byHours = new BoundedMemo(16);
    windowMemo.set(clock, byHours);
  }
  return byHours.get(hours, () => windowClose(clock, hours));
}

function windowClose(clock: WriterClock, hours: number): string {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(clock.reference)
    ? DateTime.fromISO(endOfWorkingDay(clock.reference, clock), { setZone: true })
    : DateTime.fromISO(clock.reference.replace(" ", "T"), { zone: clock.zone });
  return formatInstant(start.setZone(clock.zone).plus({ hours }));
}
