import * as rruleModule from "rrule";
import { DateTime } from "luxon";
import { readClock } from "./clock-facts";
import { formatInstant, wallClock } from "./wall-clock";
import type { WriterClock } from "./writer-clock";

/**
 * Recurring deadlines: "every Monday by 10am", "weekly on Fridays", "every weekday", "every 2
 * weeks on Tuesday", and Obsidian Tasks' 🔁 texts ("every week on Monday", "every month on the
 * 25th", "every day when done"). The text is normalised and handed to rrule's own parser
 * (`RRule.fromText`, which Obsidian Tasks also uses); the time of day, when written, becomes
 * BYHOUR/BYMINUTE. rrule computes in "floating" UTC dates: the dates it yields are calendar
 * dates, and the wall-clock instant in the writer's zone is computed here with luxon, so DST
 * changes never shift a 10:00 deadline.
 */

/**
 * rrule ships a UMD bundle as `main` and ESM as `module`: Node's ESM loader (tsx, vitest) sees
 * only a CommonJS `default`, bundlers see the named exports. The key is looked up through a
 * variable so esbuild does not flag the (there always undefined) `default`. Exported for
 * deep-work blocks.
 */
const COMMONJS_DEFAULT = "default";
export const { RRule } = ((rruleModule as unknown as Record<string, typeof rruleModule | undefined>)[COMMONJS_DEFAULT] ?? rruleModule);

const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";

/** One more word of a recurrence after its head: "on Tuesday", "and Thursday", "on the 25th", "on the last Friday" (an ordinal word only before a weekday), Tasks' "on the last" (day of the month). */
const TAIL = String.raw`(?:(?:\s*(?:,|\band\b|\bon\b|\bthe\b|\bin\b|\bof\b))*\s*(?:(?:${WEEKDAYS})s?|${MONTHS}|\d{1,2}(?:st|nd|rd|th)|(?:last|first|second|third|fourth)\s+(?:${WEEKDAYS})|weekday)\b|\s+on\s+the\s+last\b(?!\s+(?:${WEEKDAYS}|weekday))|\s+when\s+done\b)`;

/**
 * After "daily", "weekly"…: the end of the clause or a linking word, so the adverb is a
 * recurrence ("versioned weekly.", "weekly on Fridays") and the adjective is not ("the weekly sync").
 */
const ADVERB_END = String.raw`(?=\s*(?:$|[.,;:!?)]|(?:on|at|by|from|until|starting|before|in|when|and|or|for)\b))`;

/**
 * A recurrence in prose: "every"/"each" (+ "other", "second" or a count) + a period, weekday or
 * month, or "daily", "weekly", "fortnightly", "monthly", "quarterly", "yearly", "annually" used
 * as adverbs ({@link ADVERB_END}), or "on Mondays"; then any {@link TAIL} words.
 */
export const RECURRENCE = new RegExp(
  String.raw`\b(?:(?:every|each)\s+(?:other\s+|second\s+|\d{1,2}\s+)?(?:(?:working|work|business)\s+days?|weekdays?|days?|weeks?|fortnights?|months?|quarters?|years?|(?:${WEEKDAYS})s?|${MONTHS})|(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually)${ADVERB_END}|on\s+(?:${WEEKDAYS})s)\b${TAIL}*`,
  "i",
);

/** Rewrites that turn prose into the English rrule's `fromText` reads, applied in order. */
const NORMALISE: readonly (readonly [RegExp, string])[] = [
  [/\s+when\s+done\b/gi, ""],
  [/\beach\b/gi, "every"],
  [/^\s*on\s+((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s)\b/i, "every $1"],
  [/\bevery\s+(?:other|second)\s+((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))s?\b/gi, "every 2 weeks on $1"],
  [/\bevery\s+(?:other|second)\b/gi, "every 2"],
  [/\b(?:every\s+fortnight|fortnightly)\b/gi, "every 2 weeks"],
  [/\bdaily\b/gi, "every day"],
  [/\bweekly\b/gi, "every week"],
  [/\bmonthly\b/gi, "every month"],
  [/\bquarterly\b|\bevery\s+quarter\b/gi, "every 3 months"],
  [/\b(?:yearly|annually)\b/gi, "every year"],
  [/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b/gi, "$1"],
  [/\bweekdays\b/gi, "weekday"],
];

/** "every working day": the writer's own workdays, not always Monday to Friday. */
const WORKING_DAY = /\bevery\s+(?:working|work|business)\s+days?\b/i;

/** Tasks' "every month on the last": the month's last day (rrule's text parser drops it). Not "the last Friday". */
const LAST_DAY_OF_MONTH = /\bon\s+the\s+last\b(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday))/i;

/** A time of day to put in the rule. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

/**
 * The RRULE body (no `RRULE:` prefix, no DTSTART) for a recurrence text without its time of
 * day, with BYHOUR/BYMINUTE when `time` is given; null when rrule cannot read the text.
 */
export function ruleFromText(text: string, clock: WriterClock, time: TimeOfDay | null): string | null {
  let prose = text;
  for (const [pattern, replacement] of NORMALISE) prose = prose.replace(pattern, replacement);
  if (WORKING_DAY.test(prose)) {
    const days = [...readClock(clock).workdays].map((d) => WEEKDAY_NAMES[d - 1]).join(", ");
    prose = prose.replace(WORKING_DAY, `every week on ${days}`);
  }
  let options;
  try {
    options = RRule.parseText(prose.trim());
  } catch {
    return null;
  }
  if (!options || options.freq === undefined) return null;
  const lastDay = LAST_DAY_OF_MONTH.test(prose) ? { bymonthday: [-1] } : {};
  const rule = new RRule({ ...options, ...lastDay, ...(time ? { byhour: [time.hour], byminute: [time.minute] } : {}) });
  return rule.toString().replace(/^RRULE:/, "");
}

/** A floating (UTC-as-wall-clock) Date for a calendar date and minutes after midnight, as rrule computes in. */
export function floating(date: string, minutes = 0): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 0, minutes));
}

/**
 * The first occurrence of `rrule` (an RRULE body, "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0")
 * strictly after the instant `afterIso`, as ISO 8601 with the offset of `clock.zone` on that
 * date. The rule starts on the clock's reference date (which anchors INTERVAL: "every 2 weeks"
 * counts from the note's week). Without BYHOUR an occurrence is due at the writer's day end.
 * Null when the rule is malformed (it may come from a person's edit) or has no later occurrence
 * (COUNT/UNTIL). Throws when `afterIso` is not an ISO instant (a programmer error).
 */
export function nextOccurrence(rrule: string, afterIso: string, clock: WriterClock): string | null {
  const after = DateTime.fromISO(afterIso, { zone: clock.zone });
  if (!after.isValid) throw new RangeError(`nextOccurrence: "${afterIso}" is not an ISO 8601 instant`);
  const facts = readClock(clock);
  let rule;
  try {
    rule = new RRule({ ...RRule.parseString(rrule.replace(/^RRULE:/i, "")), dtstart: floating(facts.date) });
  } catch {
    return null;
  }
  const byhour = rule.origOptions.byhour;
  const timed = byhour !== undefined && byhour !== null && (!Array.isArray(byhour) || byhour.length > 0);
  const local = after.setZone(facts.zone);
  let occurrence = rule.after(floating(local.toISODate() ?? facts.date), true);
  for (let i = 0; occurrence !== null && i < 1000; i++) {
    const date = occurrence.toISOString().slice(0, 10);
    const minutes = timed ? occurrence.getUTCHours() * 60 + occurrence.getUTCMinutes() : facts.dayEndMinutes;
    const due = wallClock(date, minutes, facts.zone);
    if (due > after) return formatInstant(due);
    occurrence = rule.after(occurrence, false);
  }
  return null;
}
