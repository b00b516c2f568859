import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { extractNote } from "../../src/extract/extract";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { DATE_INPUT, signalText, suggestedDeadline, TIME_INPUT } from "../../src/obsidian/signal-text";
import { EMPTY_DIRECTORY_FOR_TESTS } from "./empty-directory";

function extract(body: string) {
  const note = `---\ndate: 2026-11-23\n---\n${body}`;
  return extractNote(note, { path: "Channels/design/2026-11-23 Maya.md", directory: EMPTY_DIRECTORY_FOR_TESTS, settings: DEFAULT_TEAM_SETTINGS }).candidates;
}

describe("signalText", () => {
  it("input needed: a request due at the instant picked on my clock", () => {
    const text = signalText("input-needed", "2026-11-26T17:00", "Asia/Singapore");
    expect(text).toBe("Input needed by Thu 26 Nov 2026 17:00 Singapore time.\n");
    const [request] = extract(text);
    expect(request.kind).toBe("request");
    expect(Date.parse(request.due as string)).toBe(DateTime.fromISO("2026-11-26T17:00", { zone: "Asia/Singapore" }).toMillis());
  });

  it("decision needed: a request with the deadline, then two option lines to fill", () => {
    const text = signalText("decision-needed", "2026-11-27T12:00", "America/Toronto");
    expect(text.split("\n")).toEqual(["Decision needed: options below, by Fri 27 Nov 2026 12:00 Toronto time.", "- Option A: ", "- Option B: ", ""]);
    const found = extract(text);
    expect(found[0].kind).toBe("request");
    expect(found[0].due).toBe("2026-11-27T12:00:00-05:00");
  });

  it("FYI: marked as an FYI, never an item, with no deadline", () => {
    const text = signalText("fyi", null, "UTC");
    expect(text).toBe("FYI, no action required.\n");
    expect(extract(text).map((c) => c.kind)).toEqual(["fyi"]);
  });

  it("throws when a signal that asks something gets no deadline", () => {
    expect(() => signalText("input-needed", null, "UTC")).toThrow(/needs a deadline/);
  });
});

describe("suggestedDeadline", () => {
  it.each([
    ["2026-11-23T10:00:00Z", "Europe/London", "2026-11-24T17:00"],
    ["2026-11-27T10:00:00Z", "Europe/London", "2026-11-30T17:00"],
    ["2026-11-27T20:00:00Z", "Asia/Singapore", "2026-11-30T17:00"],
    ["2026-11-26T23:30:00Z", "America/Toronto", "2026-11-27T17:00"],
  ])("from %s in %s: the next working day's end, %s", (now, zone, expected) => {
    expect(suggestedDeadline(now, zone, "17:00", [1, 2, 3, 4, 5])).toBe(expected);
  });
});

describe("DATE_INPUT and TIME_INPUT", () => {
  it.each(["2026-11-26", "1999-01-01"])("date %s", (v) => expect(DATE_INPUT.test(v)).toBe(true));
  it.each(["26/11/2026", "2026-11-26T10:00", "", "2026-1-2"])("not a date %j", (v) => expect(DATE_INPUT.test(v)).toBe(false));
  it.each(["00:00", "09:30", "17:00", "23:59"])("time %s", (v) => expect(TIME_INPUT.test(v)).toBe(true));
  it.each(["24:00", "9:30", "17:60", "5pm", ""])("not a time %j", (v) => expect(TIME_INPUT.test(v)).toBe(false));
});
