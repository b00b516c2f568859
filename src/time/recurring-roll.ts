import { DateTime } from "luxon";
import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { nextOccurrence } from "./recurrence";
import { ISO_DATE } from "./wall-clock";
import { writerClockFor, type WriterClock } from "./writer-clock";

/**
 * Marking one occurrence of a recurring commitment done ("I'll post the release notes every
 * Monday by 10am") rolls it to the next occurrence without losing history, the way TaskNotes
 * does: the item stays open, the completed occurrence's date is added to `complete_instances`,
 * and `due` moves to the next occurrence of `recurrence`.
 *
 * - The occurrence completed is the current `due` (the one the board shows). A due in the past
 *   (done late) still records that date; the next due is the first occurrence after both that
 *   due and the moment it was marked done, so missed weeks are skipped, not piled up.
 * - Occurrences are computed in the owner's zone with their day end for rules without a time
 *   (the same clock extraction used), from the note's date so INTERVAL counts as written.
 * - A rule with no further occurrence (COUNT/UNTIL reached) does not roll: the item is done.
 */

/** The recurring state of an item note. */
export interface RecurringState {
  /** RRULE body (`FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0`). */
  readonly recurrence: string;
  /** The occurrence due now, ISO 8601 with offset; null when extraction found none. */
  readonly due: string | null;
  /** Local dates (`YYYY-MM-DD`) of occurrences already done. */
  readonly completeInstances: readonly string[];
}

/** The fields to write when one occurrence is done. */
export interface RolledFields {
  readonly status: "open";
  /** The next occurrence, ISO 8601 with the owner's offset on that date. */
  readonly due: string;
  /** The history with the completed occurrence's date added, sorted, without duplicates. */
  readonly completeInstances: readonly string[];
  /** The local date recorded as done. */
  readonly completed: string;
}

/**
 * The rolled fields after marking `state` done at `doneAt` (ISO instant), or null when the item
 * should simply be done (the rule is unreadable or has no further occurrence). `clock` is the
 * owner's, with the note's date as reference ({@link rollClockFor}).
 */
export function rollRecurring(state: RecurringState, clock: WriterClock, doneAt: string): RolledFields | null {
  const done = DateTime.fromISO(doneAt, { setZone: true });
  if (!done.isValid) throw new RangeError(`rollRecurring: doneAt "${doneAt}" is not an ISO instant`);
  const reference = ISO_DATE.test(clock.reference) ? DateTime.fromISO(`${clock.reference}T00:00:00`, { zone: clock.zone }).minus({ seconds: 1 }) : DateTime.fromISO(clock.reference, { zone: clock.zone });
  const current = state.due ?? nextOccurrence(state.recurrence, reference.toISO() ?? "", clock);
  if (current === null) return null;
  const currentAt = DateTime.fromISO(current, { setZone: true });
  if (!currentAt.isValid) return null;
  const after = currentAt > done ? currentAt : done;
  const next = nextOccurrence(state.recurrence, after.toISO() ?? current, clock);
  if (next === null) return null;
  const completed = currentAt.setZone(clock.zone).toISODate() ?? current.slice(0, 10);
  const history = [...new Set([...state.completeInstances, completed])].sort();
  return Object.freeze({ status: "open", due: next, completeInstances: Object.freeze(history), completed });
}

/**
 * The clock a recurring item rolls with: its owner's People note (zone, hours, workdays) or the
 * team defaults, referenced to the item's `created` date (else its due's date).
 */
export function rollClockFor(item: Pick<Item, "owner" | "created" | "due">, directory: Directory, settings: TeamSettings): WriterClock {
  const found = item.owner === null ? null : directory.resolve(item.owner);
  const person = found !== null && "timezone" in found ? found : null;
  const reference = item.created !== null && ISO_DATE.test(item.created) ? item.created : (item.due?.slice(0, 10) ?? "2000-01-01");
  return writerClockFor(person, settings, ISO_DATE.test(reference) ? reference : "2000-01-01").clock;
}
