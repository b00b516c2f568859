// Every named regex of team time, table-driven with what it must and must not match, and the
// readers built on them (durations, out-of-office entries, deep-work and ritual fragments).
import { describe, expect, it } from "vitest";
import { DURATION_TEXT, formatDuration, ISO_DURATION, parseDuration } from "../../src/time/duration-text";
import { DTSTART_LINE, DURATION_LINE, readEventRule, RRULE_LINE, SUMMARY_LINE } from "../../src/time/event-rule";
import { TEXT_NEWLINE, TEXT_SPECIALS } from "../../src/time/ics-text";
import { OUT_OF_OFFICE_ENTRY, readOutOfOffice } from "../../src/time/out-of-office";
import { closeNames, editDistance } from "../../src/time/name-suggestions";
import { BARE_HOURS } from "../../src/time/response-expectations";

const PATTERNS: readonly [string, RegExp, readonly string[], readonly string[]][] = [
  ["DURATION_TEXT", DURATION_TEXT, ["30m", "45 min", "4h", "1.5h", "1h30m", "1h 30", "2 hours", "90", " 15 minutes "], ["", "m", "h30", "1d", "30s", "-30m", "1:30", "half an hour"]],
  ["ISO_DURATION", ISO_DURATION, ["PT2H", "PT90M", "PT1H30M", "P0DT1H", "PT1H0S"], ["P1D", "PT", "2H", "PT1.5H", "pt2h"]],
  ["OUT_OF_OFFICE_ENTRY", OUT_OF_OFFICE_ENTRY, ["2026-12-24", "2026-12-24..2027-01-02", "2026-12-24 to 2027-01-02", "2026-12-24–2026-12-26", " 2026-12-24 .. 2026-12-26 "], ["24/12/2026", "2026-12-24..", "2026-12-24 - 2026-12-26", "Christmas", "2026-12"]],
  ["DTSTART_LINE", DTSTART_LINE, ["DTSTART:20261116T130000", "DTSTART;TZID=Asia/Singapore:20261116T090000", "DTSTART:20261116T130000Z", "dtstart:20261116T130000"], ["DTSTART:20261116", "DTSTART:2026-11-16T13:00:00", "DTSTART 20261116T130000", "DTEND:20261116T130000"]],
  ["RRULE_LINE", RRULE_LINE, ["RRULE:FREQ=WEEKLY;BYDAY=MO", "rrule:FREQ=DAILY"], ["RRULE:", "FREQ=WEEKLY", "EXRULE:FREQ=WEEKLY"]],
  ["DURATION_LINE", DURATION_LINE, ["DURATION:PT2H", "duration:PT30M"], ["DURATION:", "DUR:PT2H"]],
  ["SUMMARY_LINE", SUMMARY_LINE, ["SUMMARY:Monday context call"], ["SUMMARY:", "SUMMARY Monday call"]],
  ["BARE_HOURS", BARE_HOURS, ["4", "1.5", " 24 "], ["4h", "30m", "four", ""]],
];

describe("named regexes", () => {
  for (const [name, pattern, yes, no] of PATTERNS) {
    it.each(yes)(`${name} matches %j`, (text) => expect(pattern.test(text)).toBe(true));
    it.each(no)(`${name} does not match %j`, (text) => expect(pattern.test(text)).toBe(false));
  }
  it("TEXT_SPECIALS and TEXT_NEWLINE find what ICS text escapes", () => {
    expect("a;b,c\\d".match(TEXT_SPECIALS)).toEqual([";", ",", "\\"]);
    expect("plain text: fine".match(TEXT_SPECIALS)).toBeNull();
    expect("a\r\nb\nc\rd".match(TEXT_NEWLINE)).toEqual(["\r\n", "\n", "\r"]);
    expect("one line".match(TEXT_NEWLINE)).toBeNull();
  });
});

describe("parseDuration", () => {
  it.each([
    ["30m", 30], ["45 min", 45], ["4h", 240], ["1.5h", 90], ["1h30m", 90], ["1h 30", 90], ["2 hours", 120], ["90", 90], ["PT2H", 120], ["PT1H30M", 90], ["168h", 10_080],
  ])("%s is %i minutes", (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: minutes });
  });
  it.each([
    ["half an hour", '"half an hour" is not a duration like 30m, 1h or 1h30m'],
    ["0m", '"0m" is not longer than zero; write it like 30m'],
    ["1.01h", '"1.01h" is not a whole number of minutes; write it like 1h15m'],
    ["169h", '"169h" is longer than a week; write at most 168h'],
  ])("%s is refused", (text, error) => {
    expect(parseDuration(text)).toEqual({ ok: false, error });
  });
  it.each([[30, "30 min"], [60, "1 h"], [90, "1 h 30 min"], [0, "0 min"]])("formats %i as %s", (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
  it("throws on a fractional duration (a programmer error)", () => {
    expect(() => formatDuration(1.5)).toThrow("formatDuration: minutes must be a non-negative integer, got 1.5");
  });
});

describe("readOutOfOffice", () => {
  it("reads dates and ranges, sorted", () => {
    expect(readOutOfOffice(["2026-12-24..2027-01-02", "2026-11-26"], "People/A.md")).toEqual({
      ranges: [{ first: "2026-11-26", last: "2026-11-26" }, { first: "2026-12-24", last: "2027-01-02" }],
      problems: [],
    });
  });
  it("reports entries it cannot read, naming the file", () => {
    expect(readOutOfOffice(["2026-02-30", "Christmas", "2027-01-02..2026-12-24"], "People/A.md").problems).toEqual([
      'People/A.md: out_of_office "2026-02-30" is not a date or a range like 2026-12-24..2027-01-02; it is ignored.',
      'People/A.md: out_of_office "Christmas" is not a date or a range like 2026-12-24..2027-01-02; it is ignored.',
      'People/A.md: out_of_office "2027-01-02..2026-12-24" ends before it starts; write the earlier date first.',
    ]);
  });
});

describe("readEventRule", () => {
  it("reads the demo vault's deep-work block", () => {
    expect(readEventRule("DTSTART:20261116T130000\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\nDURATION:PT2H")).toEqual({
      text: "DTSTART:20261116T130000\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\nDURATION:PT2H",
      summary: null,
      startDate: "2026-11-16",
      startMinutes: 780,
      zone: null,
      rrule: "FREQ=WEEKLY;BYDAY=MO,WE",
      durationMinutes: 120,
    });
  });
  it("reads a TZID, a UTC start, a summary and literal \\n separators (single-quoted YAML)", () => {
    const rule = readEventRule("SUMMARY:Context call\\nDTSTART;TZID=Europe/London:20261116T130000\\nDURATION:PT1H");
    expect(rule).toMatchObject({ summary: "Context call", zone: "Europe/London", rrule: null, durationMinutes: 60 });
    expect(readEventRule("DTSTART:20261116T130000Z\nDURATION:PT30M")).toMatchObject({ zone: "UTC", startMinutes: 780 });
  });
  it.each([
    ["RRULE:FREQ=WEEKLY\nDURATION:PT2H", "it has no DTSTART line"],
    ["DTSTART:20261116T130000\nRRULE:FREQ=WEEKLY", "it has no DURATION line"],
    ["DTSTART:20261116T130000\nDTEND:20261116T150000\nDURATION:PT2H", 'the line "DTEND:20261116T150000" is not DTSTART, RRULE, DURATION or SUMMARY'],
    ["DTSTART:20260230T130000\nDURATION:PT2H", 'DTSTART "20260230T130000" is not a real date and time'],
    ["DTSTART;TZID=Mars/Olympus:20261116T130000\nDURATION:PT2H", 'TZID "Mars/Olympus" is not an IANA zone like "Europe/London"'],
    ["DTSTART:20261116T130000\nDURATION:two hours", 'DURATION "two hours" is not a duration like 30m, 1h or 1h30m'],
    ["DTSTART:20261116T130000\nDURATION:PT25H", 'DURATION "PT25H" is longer than a day'],
    ["DTSTART:20261116T130000\nRRULE:FREQ=FORTNIGHTLY\nDURATION:PT2H", 'RRULE "FREQ=FORTNIGHTLY" is not a valid RFC 5545 rule'],
    ["DTSTART:20261116T130000\nRRULE:FREQ=HOURLY\nDURATION:PT2H", 'RRULE "FREQ=HOURLY" must repeat yearly, monthly, weekly or daily (FREQ=WEEKLY …)'],
  ])("refuses %j", (text, reason) => {
    const rule = readEventRule(text);
    expect(typeof rule).toBe("string");
    expect(rule as string).toContain(reason);
  });
});

describe("close names", () => {
  it.each([
    ["maya", "maya", 0], ["mya", "maya", 1], ["olvia", "olivia", 1], ["oilvia", "olivia", 1], ["zed", "dev", 2], ["", "abc", 3],
  ])("editDistance(%s, %s) = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  it.each([
    ["Mya", ["Maya Chen", "maya", "Marcus"], ["maya"]],
    ["Wei", ["Wei Ling Tan", "Wendy"], ["Wei Ling Tan"]],
    ["Zed", ["Dev", "Design"], []],
    ["  ", ["Dev"], []],
  ])("closeNames(%s)", (name, candidates, expected) => {
    expect(closeNames(name, candidates, 3)).toEqual(expected);
  });
});
