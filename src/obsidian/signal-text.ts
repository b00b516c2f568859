/**
 * The three signals a writer inserts so nobody has to guess what a message asks of them
 * ("insert signal" command): the text is exactly what the extractor recognises, so a signal
 * becomes a request (or an FYI) on the board as soon as the note is indexed.
 *
 * Pure: no `obsidian` import; the deadline is picked in the writer's zone and written with
 * `writeDeadline`, so every device reads it back to the same instant.
 */
import { DateTime } from "luxon";
import { writeDeadline } from "./written-deadline";

/** A date as `<input type=date>` gives it: `YYYY-MM-DD`. */
export const DATE_INPUT = /^\d{4}-\d{2}-\d{2}$/;

/** A 24-hour time as `<input type=time>` gives it: `HH:MM`, 00:00 to 23:59. */
export const TIME_INPUT = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** The signals, by id. */
export type SignalKind = "input-needed" | "fyi" | "decision-needed";

/** Each signal's label in the picker, and whether it takes a deadline. */
export const SIGNALS: readonly { readonly kind: SignalKind; readonly label: string; readonly deadline: boolean }[] = [
  { kind: "input-needed", label: "Input needed by …", deadline: true },
  { kind: "fyi", label: "FYI, no action required", deadline: false },
  { kind: "decision-needed", label: "Decision needed: options below", deadline: true },
];

/**
 * The text to insert at the cursor. `local` is the deadline as `YYYY-MM-DDTHH:mm` on the
 * writer's wall clock in `zone` (ignored for the FYI). A decision-needed signal is followed by
 * two option lines to fill in. Ends with a newline so the cursor lands on a fresh line.
 */
export function signalText(kind: SignalKind, local: string | null, zone: string): string {
  if (kind === "fyi") return "FYI, no action required.\n";
  if (local === null) throw new RangeError(`The "${kind}" signal needs a deadline`);
  const by = writeDeadline(local, zone).text;
  if (kind === "input-needed") return `Input needed by ${by}.\n`;
  return `Decision needed: options below, by ${by}.\n- Option A: \n- Option B: \n`;
}

/**
 * The deadline the signal modal suggests: the end of my next working day (`dayEnd` on the next
 * of `workdays` after today, on my clock), as `YYYY-MM-DDTHH:mm`. `now` is an ISO instant.
 */
export function suggestedDeadline(now: string, zone: string, dayEnd: string, workdays: readonly number[]): string {
  const today = DateTime.fromISO(now, { zone });
  if (!today.isValid) throw new RangeError(`now must be an ISO instant and zone an IANA zone, got "${now}" in "${zone}"`);
  let day = today.plus({ days: 1 });
  for (let i = 0; i < 7 && workdays.length > 0 && !workdays.includes(day.weekday); i++) day = day.plus({ days: 1 });
  return `${day.toISODate()}T${dayEnd}`;
}
