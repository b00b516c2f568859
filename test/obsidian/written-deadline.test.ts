import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { extractNote } from "../../src/extract/extract";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { writeDeadline, zoneCity } from "../../src/obsidian/written-deadline";
import { EMPTY_DIRECTORY_FOR_TESTS } from "./empty-directory";

/** What the real extractor makes of the sentence in a dated note by a writer in `writerZone`. */
function dueReadBack(sentence: string, writerZone: string): string | null {
  const settings = { ...DEFAULT_TEAM_SETTINGS, timezone: writerZone };
  const note = `---\ndate: 2026-11-20\n---\n${sentence}\n`;
  const found = extractNote(note, { path: "Channels/x/n.md", directory: EMPTY_DIRECTORY_FOR_TESTS, settings });
  return found.candidates.find((c) => c.kind === "request")?.due ?? null;
}

describe("writeDeadline", () => {
  it.each([
    ["Europe/London", "2026-11-26T17:00", "London time"],
    ["America/Toronto", "2026-11-26T17:00", "Toronto time"],
    ["Asia/Singapore", "2026-11-26T09:30", "Singapore time"],
    ["America/Los_Angeles", "2026-07-02T08:00", "Los Angeles time"],
    ["Pacific/Auckland", "2026-11-27T09:00", "Auckland time"],
    ["Asia/Kolkata", "2026-11-26T17:00", null],
    ["Asia/Kathmandu", "2026-11-26T17:00", null],
    ["America/Sao_Paulo", "2026-11-26T17:00", null],
    ["America/Anchorage", "2026-11-26T17:00", null],
    ["UTC", "2026-11-26T17:00", null],
    ["Pacific/Chatham", "2026-11-26T17:00", null],
  ])("%s %s: the words mean that instant to the real extractor, whoever writes them", (zone, local, city) => {
    const written = writeDeadline(local, zone);
    const wanted = DateTime.fromISO(local, { zone }).toMillis();
    expect(Date.parse(written.due)).toBe(wanted);
    if (city) expect(written.text).toContain(city);
    for (const writer of ["Europe/London", "Asia/Singapore", "America/Toronto"]) {
      const due = dueReadBack(`Input needed by ${written.text}.`, writer);
      expect(due, `${written.text} read by a writer in ${writer}`).not.toBeNull();
      expect(Date.parse(due as string)).toBe(wanted);
    }
  });

  it("names the wall-clock time the person picked", () => {
    expect(writeDeadline("2026-11-26T17:00", "America/Toronto").text).toBe("Thu 26 Nov 2026 17:00 Toronto time");
  });

  it("throws on an unreadable time or zone", () => {
    expect(() => writeDeadline("tomorrow", "UTC")).toThrow(/not a valid time/);
    expect(() => writeDeadline("2026-11-26T17:00", "Mars/Base")).toThrow(/not a valid time/);
  });
});

describe("zoneCity", () => {
  it.each([
    ["Europe/London", "London"],
    ["America/New_York", "New York"],
    ["America/Toronto", "Toronto"],
    ["Asia/Kolkata", null],
    ["UTC", null],
    ["America/Argentina/Buenos_Aires", "Buenos Aires"],
  ])("%s → %s", (zone, city) => expect(zoneCity(zone)).toBe(city));
});
