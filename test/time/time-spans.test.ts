import { afterEach, describe, expect, it } from "vitest";
import { findDeadline, resolveDeadline } from "../../src/time/deadline";
import { useFastPath } from "../../src/time/deadline-chrono";
import { clockOf } from "./clocks";

// A span of hours or minutes ("within the hour", "in 30 minutes") counts from the moment the note
// was written. A note's date does not say when that was, so from a bare date the phrase is found
// (its text is kept) but names no instant; an instant reference gives it one. Every table runs
// with the fast path on and off.

afterEach(() => {
  useFastPath(true);
});

const paths = [["fast path", true], ["chrono only", false]] as const;

/** [sentence, phrase as written]: found, with `due` null, in a note dated Monday 2026-11-23. */
const SPANS_FROM_A_DATE: readonly (readonly [string, string])[] = [
  ["Can someone from Dev look at this within the hour?", "within the hour"],
  ["I'll call you back in an hour", "in an hour"],
  ["Back in 30 minutes", "in 30 minutes"],
  ["Please confirm within 2 hours.", "within 2 hours"],
  ["Restarting the cluster in half an hour", "in half an hour"],
  ["Expect the report within 24 hours", "within 24 hours"],
  ["Ping me in the next hour", "in the next hour"],
  ["It will be live 2 hours from now", "2 hours from now"],
];

/** [reference instant, sentence, due]: the same spans from a reference with a time of day. */
const SPANS_FROM_AN_INSTANT: readonly (readonly [string, string, string])[] = [
  ["2026-11-23T14:30:00Z", "Can someone from Dev look at this within the hour?", "2026-11-23T15:30:00+00:00"],
  ["2026-11-23T10:00:00Z", "in 30 minutes", "2026-11-23T10:30:00+00:00"],
  ["2026-11-23T10:00:00Z", "within 2 hours", "2026-11-23T12:00:00+00:00"],
  ["2026-11-23T23:30:00Z", "in an hour", "2026-11-24T00:30:00+00:00"],
  ["2026-11-23T16:45:00+08:00", "within 24 hours", "2026-11-24T08:45:00+00:00"],
];

/** Sentences where an hour or minutes are a duration, not a deadline. */
const NOT_DEADLINES: readonly string[] = [
  "The meeting lasts an hour",
  "I spent 2 hours on it",
  "We had an hour-long meeting",
  "Blocked it off for an hour",
  "That took hours",
  "30 minutes of the call went on the budget",
];

/** [sentence, phrase, due]: spans of days and weeks still resolve from a date (the day is known, the time is the day end). */
const DAY_SPANS: readonly (readonly [string, string, string])[] = [
  ["I'll reply within 2 days", "within 2 days", "2026-11-25T17:00:00+00:00"],
  ["Results in a week", "in a week", "2026-11-30T17:00:00+00:00"],
  ["Done in two days", "in two days", "2026-11-25T17:00:00+00:00"],
];

describe.each(paths)("time spans (%s)", (_name, fast) => {
  const dated = clockOf({ reference: "2026-11-23" });

  it.each(SPANS_FROM_A_DATE)("%s: found, no instant from a bare date", (sentence, text) => {
    useFastPath(fast);
    expect(findDeadline(sentence, dated)).toEqual({ text, index: sentence.indexOf(text), due: null, recurrence: null });
  });

  it.each(SPANS_FROM_AN_INSTANT)("%s: %s counts from the instant", (reference, sentence, due) => {
    useFastPath(fast);
    expect(findDeadline(sentence, clockOf({ reference }))?.due).toBe(due);
  });

  it.each(NOT_DEADLINES)("%s: not a deadline", (sentence) => {
    useFastPath(fast);
    expect(findDeadline(sentence, dated)).toBeNull();
  });

  it.each(DAY_SPANS)("%s: a span of days resolves from the date", (sentence, text, due) => {
    useFastPath(fast);
    expect(findDeadline(sentence, dated)).toEqual({ text, index: sentence.indexOf(text), due, recurrence: null });
  });

  it("a span never takes the place of a stronger deadline, and a weaker one never replaces it", () => {
    useFastPath(fast);
    expect(findDeadline("Take a look in 2 hours and send the report by Friday", dated)).toEqual({ text: "by Friday", index: 43, due: "2026-11-27T17:00:00+00:00", recurrence: null });
    expect(findDeadline("Look at it within the hour, we ship Friday", dated)).toEqual({ text: "within the hour", index: 11, due: null, recurrence: null });
  });

  it("is the same whatever the writer's zone: no instant from a date, the writer's offset from an instant", () => {
    useFastPath(fast);
    for (const zone of ["Asia/Singapore", "America/Toronto", "Pacific/Auckland"]) {
      expect(findDeadline("within the hour", clockOf({ reference: "2026-11-23", zone }))?.due).toBeNull();
    }
    expect(findDeadline("within the hour", clockOf({ reference: "2026-11-23T10:00:00Z", zone: "Asia/Singapore" }))?.due).toBe("2026-11-23T19:00:00+08:00");
  });

  it("resolveDeadline: a span in a date field has no instant from a date either", () => {
    useFastPath(fast);
    expect(resolveDeadline("in 2 hours", dated)).toEqual({ text: "in 2 hours", index: 0, due: null, recurrence: null });
    expect(resolveDeadline("in 2 hours", clockOf({ reference: "2026-11-23T10:00:00Z" }))?.due).toBe("2026-11-23T12:00:00+00:00");
  });
});
