import { FixedOffsetZone } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { findDeadline } from "../../src/time/deadline";
import { useFastPath } from "../../src/time/deadline-chrono";
import { TICKET_KEY } from "../../src/time/noise-mask";
import { findZoneMentions, UTC_OFFSET } from "../../src/time/zone-mentions";
import { clockOf } from "./clocks";

// A numeric offset written after UTC or GMT is an explicit zone: it wins over the writer's zone
// like "SGT" or "Toronto time" does, whatever its sign, and `due` carries it. Every table runs
// with the fast path on and off, for writers far apart.

afterEach(() => {
  useFastPath(true);
});

const paths = [["fast path", true], ["chrono only", false]] as const;
const WRITERS = ["Asia/Singapore", "Europe/London", "America/Los_Angeles"] as const;

/** [sentence, phrase as written, due] in a note dated Monday 2026-11-23. */
const OFFSETS: readonly (readonly [string, string, string])[] = [
  ["Send it by 17:00 UTC-05:00", "by 17:00 UTC-05:00", "2026-11-23T17:00:00-05:00"],
  ["Send it by 17:00 UTC-5", "by 17:00 UTC-5", "2026-11-23T17:00:00-05:00"],
  ["Send it by 17:00 GMT-05:00", "by 17:00 GMT-05:00", "2026-11-23T17:00:00-05:00"],
  ["Send it by 17:00 UTC+05:30", "by 17:00 UTC+05:30", "2026-11-23T17:00:00+05:30"],
  ["Cutover at 10am UTC+8 on Friday", "at 10am UTC+8 on Friday", "2026-11-27T10:00:00+08:00"],
  ["Cutover at 10am UTC-08:00 on Friday", "at 10am UTC-08:00 on Friday", "2026-11-27T10:00:00-08:00"],
  ["Vote closes Friday 9am (UTC-03:30)", "Friday 9am (UTC-03:30)", "2026-11-27T09:00:00-03:30"],
  ["Reply by Friday EOD GMT-5", "by Friday EOD GMT-5", "2026-11-27T17:00:00-05:00"],
  ["Ship by Friday UTC-3", "by Friday UTC-3", "2026-11-27T17:00:00-03:00"],
  ["Call at 9am utc-0330", "at 9am utc-0330", "2026-11-23T09:00:00-03:30"],
  ["Go live by 17:00 UTC-12:00", "by 17:00 UTC-12:00", "2026-11-23T17:00:00-12:00"],
  ["Go live by 17:00 UTC+14", "by 17:00 UTC+14", "2026-11-23T17:00:00+14:00"],
  // What the plugin's "insert signal" command writes for a zone without a city in the table.
  ["Input needed by Thu 26 Nov 2026 17:00 UTC-05:00.", "by Thu 26 Nov 2026 17:00 UTC-05:00", "2026-11-26T17:00:00-05:00"],
];

describe.each(paths)("written UTC offsets win (%s)", (_name, fast) => {
  describe.each(WRITERS)("writer in %s", (zone) => {
    it.each(OFFSETS)("%s", (sentence, text, due) => {
      useFastPath(fast);
      expect(findDeadline(sentence, clockOf({ zone }))).toEqual({ text, index: sentence.indexOf(text), due, recurrence: null });
    });
  });

  it("an offset that no zone has is not one: the writer's zone stays", () => {
    useFastPath(fast);
    expect(findDeadline("by 17:00 UTC-15", clockOf({ zone: "Asia/Singapore" }))?.due).toBe("2026-11-23T17:00:00+08:00");
  });

  it("an offset away from any date is no deadline's zone", () => {
    useFastPath(fast);
    expect(findDeadline("Our office is on UTC-5 and we ship Friday", clockOf({ zone: "Asia/Singapore" }))).toEqual({ text: "Friday", index: 35, due: "2026-11-27T17:00:00+08:00", recurrence: null });
  });

  it("a recurrence's time is in a whole-hour offset it names", () => {
    useFastPath(fast);
    expect(findDeadline("Report every Monday at 10am UTC-5", clockOf({ zone: "Asia/Singapore" }))).toEqual({
      text: "every Monday at 10am UTC-5", index: 7, due: "2026-11-23T10:00:00-05:00", recurrence: "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0",
    });
  });
});

describe("UTC_OFFSET", () => {
  const whole = (text: string): string[] => [...text.matchAll(UTC_OFFSET)].map((m) => m[0]);
  it.each([
    ["17:00 UTC-05:00", "UTC-05:00"], ["GMT-5 today", "GMT-5"], ["UTC+05:30", "UTC+05:30"], ["(UTC-0330)", "(UTC-0330)"], ["utc+8", "utc+8"], ["UTC +8", "UTC +8"],
  ])("matches in %s", (text, match) => {
    expect(whole(text)).toEqual([match]);
  });
  it.each(["UTC", "GMT time", "UTCX-5", "the UTC-based clock", "MUTC-5"])("does not match %s", (text) => {
    expect(whole(text)).toEqual([]);
  });
});

describe("findZoneMentions: offsets", () => {
  it("reads a written offset as a fixed zone, explicit", () => {
    expect(findZoneMentions("by 17:00 UTC-05:00 or 9am SGT")).toEqual([
      { from: 9, to: 18, zone: FixedOffsetZone.instance(-300), explicit: true },
      { from: 26, to: 29, zone: "Asia/Singapore", explicit: true },
    ]);
  });
  it("skips offsets beyond 14 hours and minutes beyond 59", () => {
    expect(findZoneMentions("UTC-15 and UTC+05:75")).toEqual([]);
  });
});

describe("TICKET_KEY leaves negative offsets alone", () => {
  const whole = (text: string): string[] => [...text.matchAll(TICKET_KEY)].map((m) => m[0]);
  it.each(["by 17:00 UTC-05:00", "GMT-5", "UTC-0330", "UTC-14"])("%s is not a key", (text) => {
    expect(whole(text)).toEqual([]);
  });
  it.each([["see UTC-15 now", "UTC-15"], ["GMT-99", "GMT-99"], ["KEP-1234", "KEP-1234"]])("%s holds the key %s", (text, key) => {
    expect(whole(text)).toEqual([key]);
  });
});
