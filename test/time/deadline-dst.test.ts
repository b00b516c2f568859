import { describe, expect, it } from "vitest";
import { findDeadline } from "../../src/time/deadline";
import { endOfWorkingDay } from "../../src/time/working-days";
import { clockOf } from "./clocks";

// The 2026 DST change weeks: Europe March 29 / October 25, US and Canada March 8 / November 1,
// New Zealand April 5 (DST ends) / September 27 (DST starts). Each note is dated the Thursday
// before the change: "Friday" falls before it and "Monday" after it.

/** [zone, note date, phrase, due]. */
const DST_WEEKS: readonly (readonly [string, string, string, string])[] = [
  ["Europe/London", "2026-03-26", "Friday 9am", "2026-03-27T09:00:00+00:00"],
  ["Europe/London", "2026-03-26", "Monday 9am", "2026-03-30T09:00:00+01:00"],
  ["Europe/London", "2026-03-28", "Friday 9am", "2026-04-03T09:00:00+01:00"],
  ["Europe/London", "2026-03-26", "next week", "2026-04-03T17:00:00+01:00"],
  ["Europe/London", "2026-10-22", "Friday 9am", "2026-10-23T09:00:00+01:00"],
  ["Europe/London", "2026-10-22", "Monday 9am", "2026-10-26T09:00:00+00:00"],
  ["Europe/London", "2026-10-22", "before Monday", "2026-10-23T17:00:00+01:00"],
  ["America/Toronto", "2026-03-05", "Friday 9am", "2026-03-06T09:00:00-05:00"],
  ["America/Toronto", "2026-03-05", "Monday 9am", "2026-03-09T09:00:00-04:00"],
  ["America/Toronto", "2026-03-05", "Monday EOD", "2026-03-09T17:00:00-04:00"],
  ["America/Toronto", "2026-10-29", "Friday 9am", "2026-10-30T09:00:00-04:00"],
  ["America/Toronto", "2026-10-29", "Monday 9am", "2026-11-02T09:00:00-05:00"],
  ["Pacific/Auckland", "2026-04-02", "Friday 9am", "2026-04-03T09:00:00+13:00"],
  ["Pacific/Auckland", "2026-04-02", "Monday 9am", "2026-04-06T09:00:00+12:00"],
  ["Pacific/Auckland", "2026-09-24", "Friday 9am", "2026-09-25T09:00:00+12:00"],
  ["Pacific/Auckland", "2026-09-24", "Monday 9am", "2026-09-28T09:00:00+13:00"],
  ["Pacific/Auckland", "2026-09-24", "in 2 working days", "2026-09-28T17:00:00+13:00"],
];

describe("findDeadline across the 2026 DST changes", () => {
  it.each(DST_WEEKS)("%s, note of %s: %s", (zone, reference, phrase, due) => {
    expect(findDeadline(phrase, clockOf({ zone, reference }))?.due).toBe(due);
  });
});

describe("explicit zones across DST", () => {
  it.each([
    // A London writer in March names Toronto time: Toronto is already on EDT (March 8), London not yet.
    ["2026-03-23", "by 5pm Toronto time Wednesday", "2026-03-25T17:00:00-04:00"],
    ["2026-03-02", "by 5pm Toronto time Wednesday", "2026-03-04T17:00:00-05:00"],
    // "EST" written in summer means New York's wall clock, which is then EDT.
    ["2026-07-06", "Friday 9am EST", "2026-07-10T09:00:00-04:00"],
    ["2026-07-06", "Friday 9am BST", "2026-07-10T09:00:00+01:00"],
    ["2026-07-06", "Friday 9am GMT", "2026-07-10T09:00:00+00:00"],
    ["2026-04-02", "Friday 9am NZT", "2026-04-03T09:00:00+13:00"],
  ])("London writer, note of %s: %s", (reference, phrase, due) => {
    expect(findDeadline(phrase, clockOf({ reference }))?.due).toBe(due);
  });
});

describe("endOfWorkingDay uses the offset in force on the date", () => {
  it.each([
    ["Europe/London", "2026-03-27", "2026-03-27T17:00:00+00:00"],
    ["Europe/London", "2026-03-30", "2026-03-30T17:00:00+01:00"],
    ["America/Toronto", "2026-11-02", "2026-11-02T17:00:00-05:00"],
    ["Pacific/Auckland", "2026-04-05", "2026-04-05T17:00:00+12:00"],
    ["Asia/Singapore", "2026-03-29", "2026-03-29T17:00:00+08:00"],
  ])("%s %s", (zone, date, due) => {
    expect(endOfWorkingDay(date, clockOf({ zone }))).toBe(due);
  });
});
