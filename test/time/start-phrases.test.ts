import { afterEach, describe, expect, it } from "vitest";
import { findDeadline } from "../../src/time/deadline";
import { useFastPath } from "../../src/time/deadline-chrono";
import { LEADING_FROM, PREFIX, prefixRole } from "../../src/time/deadline-signals";
import { clockOf } from "./clocks";

// "from Monday", "starting Tuesday", "from 3pm" say when something starts, not when it is due.
// A range that starts there ("from Monday to Wednesday", "from now until Friday") is due at its
// end. Every table runs with the fast path on and off; the suite runs under several machine
// zones, so an offset taken from the machine's clock would show.

afterEach(() => {
  useFastPath(true);
});

const paths = [["fast path", true], ["chrono only", false]] as const;

/** Sentences whose only date is a start. */
const STARTS: readonly string[] = [
  "I'm on leave from Monday",
  "From Monday, standups move to the big room",
  "Starting Tuesday we use the new board",
  "starting on Tuesday, the team moves floors",
  "Starting from next week, Sam leads the standup",
  "I'm offline from 3pm",
  "We're in the office from tomorrow",
  "Available from Monday 9am",
  "From Friday EOD the repo is frozen",
  "Beginning Monday, all PRs need two reviews",
  "As of Friday, the old API is read-only",
  "Effective Monday the on-call rota changes",
  "The window opens starting at 3pm",
];

/** [sentence, phrase as written, due] for a London writer on Monday 2026-11-23: ranges are due at their end. */
const RANGES: readonly (readonly [string, string, string])[] = [
  ["Code freeze from now until Friday", "now until Friday", "2026-11-27T17:00:00+00:00"],
  ["Hold merges from now till Friday EOD", "now till Friday EOD", "2026-11-27T17:00:00+00:00"],
  ["The freeze runs from Monday to Wednesday", "Monday to Wednesday", "2026-11-25T17:00:00+00:00"],
  ["I'm covering support from Monday through Friday", "Monday through Friday", "2026-11-27T17:00:00+00:00"],
  ["The office is closed from 3pm to 5pm", "from 3pm to 5pm", "2026-11-23T17:00:00+00:00"],
];

/** [sentence, phrase, due]: a start does not hide the deadline after it. */
const START_THEN_DEADLINE: readonly (readonly [string, string, string])[] = [
  ["I'm out from Monday, but I'll send the brief Friday", "Friday", "2026-11-27T17:00:00+00:00"],
  ["Starting Tuesday, reviews are due by Thursday EOD", "by Thursday EOD", "2026-11-26T17:00:00+00:00"],
  ["From 3pm I'm offline; send it by noon", "by noon", "2026-11-23T12:00:00+00:00"],
];

describe.each(paths)("a start is not a deadline (%s)", (_name, fast) => {
  const clock = clockOf();

  it.each(STARTS)("%s", (sentence) => {
    useFastPath(fast);
    expect(findDeadline(sentence, clock)).toBeNull();
  });

  it.each(RANGES)("%s: due at the range's end", (sentence, text, due) => {
    useFastPath(fast);
    expect(findDeadline(sentence, clock)).toEqual({ text, index: sentence.indexOf(text), due, recurrence: null });
  });

  it.each(START_THEN_DEADLINE)("%s", (sentence, text, due) => {
    useFastPath(fast);
    expect(findDeadline(sentence, clock)).toEqual({ text, index: sentence.indexOf(text), due, recurrence: null });
  });

  it("'from now until Friday' is in the writer's zone, never the machine's", () => {
    useFastPath(fast);
    expect(findDeadline("from now until Friday", clockOf({ zone: "Asia/Singapore" }))?.due).toBe("2026-11-27T17:00:00+08:00");
    expect(findDeadline("from now until Friday", clockOf({ zone: "America/Toronto" }))?.due).toBe("2026-11-27T17:00:00-05:00");
  });

  it("'now' alone is still not a deadline", () => {
    useFastPath(fast);
    expect(findDeadline("I'm looking at it now", clock)).toBeNull();
  });
});

describe("start words", () => {
  it.each(["starting ", "Starting on ", "beginning from ", "commencing ", "effective ", "as of ", "from the "])("PREFIX matches %j", (text) => {
    expect(PREFIX.test(text)).toBe(true);
  });
  it.each(["restarting", "the beginning", "as", "starting"])("PREFIX does not match %j", (text) => {
    expect(PREFIX.test(text)).toBe(false);
  });
  it.each([["from", "from"], ["starting", "from"], ["starting on", "from"], ["Beginning from the", "from"], ["as of", "from"], ["effective", "from"], ["commencing on", "from"], ["on", "on"], ["since", "after"]])(
    "%s → %s",
    (words, role) => expect(prefixRole(words)).toBe(role),
  );
  it.each(["from 3pm", "From Monday", "from now"])("LEADING_FROM matches %j", (text) => expect(LEADING_FROM.test(text)).toBe(true));
  it.each(["3pm from", "fromage", "at 3pm"])("LEADING_FROM does not match %j", (text) => expect(LEADING_FROM.test(text)).toBe(false));
});
