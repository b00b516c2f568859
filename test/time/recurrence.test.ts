import { describe, expect, it } from "vitest";
import { nextOccurrence, RECURRENCE, ruleFromText } from "../../src/time/recurrence";
import { recurrenceFromText } from "../../src/time/recurrence-phrase";
import { clockOf } from "./clocks";

// Notes dated Monday 2026-11-23, London writer, 09:00-17:00 Monday to Friday.

describe("RECURRENCE matches recurrences in prose", () => {
  it.each([
    ["every Monday by 10am", "every Monday"],
    ["Send it weekly on Fridays.", "weekly on Fridays"],
    ["every weekday", "every weekday"],
    ["every 2 weeks on Tuesday and Thursday", "every 2 weeks on Tuesday and Thursday"],
    ["every week on Monday when done", "every week on Monday when done"],
    ["every month on the 25th", "every month on the 25th"],
    ["every month on the last Friday", "every month on the last Friday"],
    ["each day", "each day"],
    ["every other week", "every other week"],
    ["fortnightly, at 9", "fortnightly"],
    ["on Mondays I send it", "on Mondays"],
    ["every January on the 15th", "every January on the 15th"],
    ["Components are versioned weekly.", "weekly"],
  ])("%s", (text, match) => {
    expect(RECURRENCE.exec(text)?.[0]).toBe(match);
  });
  it.each(["the weekly sync", "our monthly report is out", "every time it fails", "each of us", "on Monday I sent it", "everyday tasks"])("not: %s", (text) => {
    expect(RECURRENCE.exec(text)).toBeNull();
  });
});

describe("recurrenceFromText", () => {
  const clock = clockOf();
  it.each([
    ["every Monday by 10am", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", "2026-11-23T10:00:00+00:00"],
    ["every Monday at 9:30", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=30", "2026-11-23T09:30:00+00:00"],
    ["weekly on Fridays", "FREQ=WEEKLY;BYDAY=FR", "2026-11-27T17:00:00+00:00"],
    ["every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-11-23T17:00:00+00:00"],
    ["every 2 weeks on Tuesday", "INTERVAL=2;FREQ=WEEKLY;BYDAY=TU", "2026-11-24T17:00:00+00:00"],
    ["every other Wednesday", "INTERVAL=2;FREQ=WEEKLY;BYDAY=WE", "2026-11-25T17:00:00+00:00"],
    ["every week on Monday", "FREQ=WEEKLY;BYDAY=MO", "2026-11-23T17:00:00+00:00"],
    ["every month on the 25th", "FREQ=MONTHLY;BYMONTHDAY=25", "2026-11-25T17:00:00+00:00"],
    ["every month on the last Friday", "FREQ=MONTHLY;BYDAY=-1FR", "2026-11-27T17:00:00+00:00"],
    ["every month on the last", "FREQ=MONTHLY;BYMONTHDAY=-1", "2026-11-30T17:00:00+00:00"],
    ["every April and December on the 1st and 24th", "FREQ=YEARLY;BYMONTH=4,12;BYMONTHDAY=1,24", "2026-12-01T17:00:00+00:00"],
    ["every day", "FREQ=DAILY", "2026-11-23T17:00:00+00:00"],
    ["daily at 9am", "FREQ=DAILY;BYHOUR=9;BYMINUTE=0", "2026-11-23T09:00:00+00:00"],
    ["every week on Monday when done", "FREQ=WEEKLY;BYDAY=MO", "2026-11-23T17:00:00+00:00"],
    ["every January on the 15th", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15", "2027-01-15T17:00:00+00:00"],
    ["quarterly", "INTERVAL=3;FREQ=MONTHLY", "2026-11-23T17:00:00+00:00"],
    ["every Friday EOD", "FREQ=WEEKLY;BYDAY=FR", "2026-11-27T17:00:00+00:00"],
    ["every Monday first thing", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0", "2026-11-23T09:00:00+00:00"],
    ["every Tuesday at 9am SGT", "FREQ=WEEKLY;BYDAY=TU;BYHOUR=9;BYMINUTE=0", "2026-11-24T09:00:00+08:00"],
  ])("%s", (text, rrule, due) => {
    expect(recurrenceFromText(text, clock)).toEqual({ rrule, due, text, index: 0 });
  });

  it("uses the writer's own workdays for 'every working day'", () => {
    const fourDays = clockOf({ workdays: [1, 2, 3, 4] });
    expect(recurrenceFromText("every working day", fourDays)?.rrule).toBe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH");
  });

  it("after an instant reference, the next occurrence is the next one", () => {
    const afternoon = clockOf({ reference: "2026-11-23T11:00:00Z" });
    expect(recurrenceFromText("every Monday by 10am", afternoon)?.due).toBe("2026-11-30T10:00:00+00:00");
  });

  it("returns null for text without a recurrence", () => {
    expect(recurrenceFromText("by Friday", clock)).toBeNull();
  });
});

describe("ruleFromText", () => {
  it("returns null when rrule cannot read the text", () => {
    expect(ruleFromText("every banana", clockOf(), null)).toBeNull();
  });
});

describe("nextOccurrence", () => {
  it.each([
    // [zone, reference, rule, after, next]: the wall-clock time holds across DST changes.
    ["Europe/London", "2026-03-23", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", "2026-03-23T10:00:00+00:00", "2026-03-30T10:00:00+01:00"],
    ["Europe/London", "2026-10-19", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", "2026-10-19T10:30:00+01:00", "2026-10-26T10:00:00+00:00"],
    ["America/Toronto", "2026-03-02", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", "2026-03-02T12:00:00-05:00", "2026-03-09T10:00:00-04:00"],
    ["America/Toronto", "2026-10-26", "FREQ=WEEKLY;BYDAY=MO", "2026-10-26T18:00:00-04:00", "2026-11-02T17:00:00-05:00"],
    ["Pacific/Auckland", "2026-09-21", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0", "2026-09-21T09:00:00+12:00", "2026-09-28T09:00:00+13:00"],
    ["Pacific/Auckland", "2026-03-30", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0", "2026-03-30T09:00:00+13:00", "2026-04-06T09:00:00+12:00"],
    // A wall time that the spring-forward night skips moves forward by the gap.
    ["Europe/London", "2026-03-28", "FREQ=DAILY;BYHOUR=1;BYMINUTE=30", "2026-03-28T02:00:00+00:00", "2026-03-29T02:30:00+01:00"],
    // INTERVAL counts from the reference date's week.
    ["Europe/London", "2026-11-23", "INTERVAL=2;FREQ=WEEKLY;BYDAY=MO", "2026-11-23T18:00:00+00:00", "2026-12-07T17:00:00+00:00"],
    // "after" given in another zone is the same instant.
    ["Asia/Singapore", "2026-11-23", "FREQ=DAILY;BYHOUR=9;BYMINUTE=0", "2026-11-23T02:00:00+00:00", "2026-11-24T09:00:00+08:00"],
  ])("%s %s %s after %s", (zone, reference, rule, after, next) => {
    expect(nextOccurrence(rule, after, clockOf({ zone, reference }))).toBe(next);
  });

  it("accepts a rule with the RRULE: prefix", () => {
    expect(nextOccurrence("RRULE:FREQ=DAILY", "2026-11-23T12:00:00+00:00", clockOf())).toBe("2026-11-23T17:00:00+00:00");
  });

  it("returns null for a malformed rule or one without a later occurrence", () => {
    expect(nextOccurrence("FREQ=SOMETIMES", "2026-11-23T12:00:00+00:00", clockOf())).toBeNull();
    expect(nextOccurrence("FREQ=DAILY;COUNT=2", "2026-12-01T12:00:00+00:00", clockOf())).toBeNull();
  });

  it("throws for an after that is not an ISO instant", () => {
    expect(() => nextOccurrence("FREQ=DAILY", "next tuesday", clockOf())).toThrow('nextOccurrence: "next tuesday" is not an ISO 8601 instant');
  });
});
