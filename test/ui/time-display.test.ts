import { describe, expect, it } from "vitest";
import {
  DATE_ONLY_PATTERN, DueWeekCalendar, ISO_INSTANT_PATTERN, describeWindow, dueInstant, formatCountdown, formatDue, zoneAbbreviation,
} from "../../src/time/display";

const MON_23_NOV = Date.parse("2026-11-23T12:00:00Z");

describe("formatDue: the owner's local time and the viewer's", () => {
  const cases: { name: string; due: string; owner: string | null; viewer: string; now?: string; text: string }[] = [
    { name: "the design's example: Singapore owner, London viewer", due: "2026-11-26T17:00:00+08:00", owner: "Asia/Singapore", viewer: "Europe/London", text: "Thu 17:00 SGT · 09:00 your time" },
    { name: "same instant seen from Toronto, same day", due: "2026-11-26T17:00:00+08:00", owner: "Asia/Singapore", viewer: "America/Toronto", text: "Thu 17:00 SGT · 04:00 your time" },
    { name: "Toronto EOD is the next morning in Singapore", due: "2026-11-26T17:00:00-05:00", owner: "America/Toronto", viewer: "Asia/Singapore", text: "Thu 17:00 EST · Fri 06:00 your time" },
    { name: "the stored offset does not matter, the owner's zone does", due: "2026-11-26T09:00:00Z", owner: "Asia/Singapore", viewer: "Europe/London", text: "Thu 17:00 SGT · 09:00 your time" },
    { name: "owner without a zone: viewer time only", due: "2026-11-26T09:00:00Z", owner: null, viewer: "Europe/London", text: "Thu 09:00" },
    { name: "owner in the viewer's zone: one label", due: "2026-11-26T17:00:00Z", owner: "Europe/London", viewer: "Europe/London", text: "Thu 17:00" },
    { name: "Lisbon and London agree in winter: one label", due: "2026-11-26T17:00:00Z", owner: "Europe/Lisbon", viewer: "Europe/London", text: "Thu 17:00" },
    { name: "an unknown owner zone is ignored", due: "2026-11-26T09:00:00Z", owner: "Mars/Olympus", viewer: "Europe/London", text: "Thu 09:00" },
    { name: "London summer time is BST", due: "2026-07-02T17:00:00+01:00", owner: "Europe/London", viewer: "Asia/Singapore", now: "2026-06-29T09:00:00Z", text: "Thu 17:00 BST · Fri 00:00 your time" },
    { name: "US already on summer time, UK not yet: a 4-hour gap", due: "2026-03-12T17:00:00-04:00", owner: "America/Toronto", viewer: "Europe/London", now: "2026-03-09T09:00:00Z", text: "Thu 17:00 EDT · 21:00 your time" },
    { name: "both on summer time again: a 5-hour gap", due: "2026-04-02T17:00:00-04:00", owner: "America/Toronto", viewer: "Europe/London", now: "2026-03-30T09:00:00Z", text: "Thu 17:00 EDT · 22:00 your time" },
    { name: "the UK's change night: 00:30 UTC on 29 March is 00:30 GMT", due: "2026-03-29T00:30:00Z", owner: "Asia/Singapore", viewer: "Europe/London", now: "2026-03-27T09:00:00Z", text: "Sun 08:30 SGT · 00:30 your time" },
    { name: "an hour later the clocks have gone forward: 02:30 BST", due: "2026-03-29T01:30:00Z", owner: "Asia/Singapore", viewer: "Europe/London", now: "2026-03-27T09:00:00Z", text: "Sun 09:30 SGT · 02:30 your time" },
    { name: "more than six days ahead adds the date", due: "2026-12-10T17:00:00Z", owner: null, viewer: "Europe/London", text: "Thu 10 Dec 17:00" },
    { name: "within six days in the past keeps the weekday", due: "2026-11-20T17:00:00Z", owner: null, viewer: "Europe/London", text: "Fri 17:00" },
    { name: "another year adds the year", due: "2027-01-14T17:00:00Z", owner: null, viewer: "Europe/London", text: "Thu 14 Jan 2027 17:00" },
    { name: "a date without time shows the day only", due: "2026-11-27", owner: "Asia/Singapore", viewer: "Europe/London", text: "Fri" },
    { name: "an unreadable due is shown as written", due: "next tuesday-ish", owner: null, viewer: "Europe/London", text: "next tuesday-ish" },
  ];
  it.each(cases)("$name", ({ due, owner, viewer, now, text }) => {
    const label = formatDue(due, { ownerZone: owner, viewerZone: viewer, now: now ? Date.parse(now) : MON_23_NOV });
    expect(label.text).toBe(text);
  });

  it("splits the label into the owner's and the viewer's part", () => {
    const label = formatDue("2026-11-26T17:00:00+08:00", { ownerZone: "Asia/Singapore", viewerZone: "Europe/London", now: MON_23_NOV });
    expect(label).toEqual({ text: "Thu 17:00 SGT · 09:00 your time", ownerText: "Thu 17:00 SGT", viewerText: "09:00 your time", instant: Date.parse("2026-11-26T09:00:00Z") });
  });

  it("throws on an unknown viewer zone, naming it", () => {
    expect(() => formatDue("2026-11-26T17:00:00Z", { ownerZone: null, viewerZone: "Europe/Lndon", now: MON_23_NOV }))
      .toThrow('Unknown time zone "Europe/Lndon": expected an IANA name such as "Europe/London"');
  });
});

describe("dueInstant", () => {
  const cases: { due: string; zone: string; iso: string | null }[] = [
    { due: "2026-11-26T17:00:00+08:00", zone: "Europe/London", iso: "2026-11-26T09:00:00.000Z" },
    { due: "2026-11-26T17:00Z", zone: "Asia/Singapore", iso: "2026-11-26T17:00:00.000Z" },
    { due: "2026-11-26T17:00:00.250-05:00", zone: "UTC", iso: "2026-11-26T22:00:00.250Z" },
    { due: "2026-11-27", zone: "Asia/Singapore", iso: "2026-11-27T15:59:59.999Z" },
    { due: "2026-11-27", zone: "America/Toronto", iso: "2026-11-28T04:59:59.999Z" },
    { due: "2026-11-26T17:00", zone: "Asia/Singapore", iso: "2026-11-26T09:00:00.000Z" },
    { due: "2026-01-31T17:00:00+00:00", zone: "UTC", iso: "2026-01-31T17:00:00.000Z" },
    { due: "2024-02-29T17:00:00+00:00", zone: "UTC", iso: "2024-02-29T17:00:00.000Z" },
    { due: "2026-02-29T17:00:00+00:00", zone: "UTC", iso: null },
    { due: "2026-02-30T17:00:00+00:00", zone: "UTC", iso: null },
    { due: "2026-04-31T17:00:00Z", zone: "UTC", iso: null },
    { due: "2026-13-01T17:00:00+00:00", zone: "UTC", iso: null },
    { due: "Thursday EOD", zone: "UTC", iso: null },
    { due: "", zone: "UTC", iso: null },
  ];
  it.each(cases)("$due in $zone → $iso", ({ due, zone, iso }) => {
    const ms = dueInstant(due, zone);
    expect(ms === null ? null : new Date(ms).toISOString()).toBe(iso);
  });
});

describe("patterns", () => {
  it.each([
    ["2026-11-26T17:00:00+08:00", true], ["2026-11-26T17:00Z", true], ["2026-11-26T17:00:00.123Z", true], ["2026-11-28T23:59:59-03:30", true],
    ["2026-11-31T17:00:00Z", true], ["2026-11-32T17:00:00Z", false], ["2026-11-26T24:00:00Z", false], ["2026-11-26T17:00:00", false], ["2026-11-26T17:00:00+0800", false],
    ["2026-11-26", false], ["26/11/2026 17:00Z", false],
  ])("ISO_INSTANT_PATTERN %s → %s", (text, expected) => {
    expect(ISO_INSTANT_PATTERN.test(text)).toBe(expected);
  });
  it.each([["2026-11-27", true], ["2026-11-27T00:00Z", false], ["2026-1-27", false], ["Friday", false], [" 2026-11-27", false]])(
    "DATE_ONLY_PATTERN %s → %s", (text, expected) => {
      expect(DATE_ONLY_PATTERN.test(text)).toBe(expected);
    });
});

describe("zoneAbbreviation", () => {
  it.each([
    ["Europe/London", "2026-01-15T12:00:00Z", "GMT"], ["Europe/London", "2026-07-15T12:00:00Z", "BST"],
    ["Asia/Singapore", "2026-07-15T12:00:00Z", "SGT"], ["America/Toronto", "2026-01-15T12:00:00Z", "EST"],
    ["America/Toronto", "2026-07-15T12:00:00Z", "EDT"], ["Australia/Sydney", "2026-01-15T12:00:00Z", "AEDT"],
    ["Asia/Kathmandu", "2026-01-15T12:00:00Z", "GMT+5:45"], ["UTC", "2026-01-15T12:00:00Z", "UTC"],
  ])("%s at %s is %s", (zone, at, abbr) => {
    expect(zoneAbbreviation(zone, Date.parse(at))).toBe(abbr);
  });
});

describe("countdowns", () => {
  it.each([
    [0, "0s"], [59_999, "59s"], [60_000, "1m 00s"], [3_599_000, "59m 59s"], [3_600_000, "1h 00m"],
    [86_399_000, "23h 59m"], [86_400_000, "1d 00h"], [2 * 86_400_000 + 4 * 3_600_000 + 59_000, "2d 04h"], [-90_000, "1m 30s"],
  ])("formatCountdown(%d) = %s", (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
  it("describes open and closed windows", () => {
    expect(describeWindow(0, 3_725_000)).toEqual({ text: "closes in 1h 02m", closed: false });
    expect(describeWindow(3_725_000, 0)).toEqual({ text: "closed 1h 02m ago", closed: true });
    expect(describeWindow(5, 5)).toEqual({ text: "closed 0s ago", closed: true });
  });
});

describe("DueWeekCalendar", () => {
  it.each([
    ["Europe/London", "2026-11-29T23:30:00Z", "2026-11-23", "Week of 23 Nov"],
    ["Asia/Singapore", "2026-11-29T23:30:00Z", "2026-11-30", "Week of 30 Nov"],
    ["America/Toronto", "2026-11-30T03:00:00Z", "2026-11-23", "Week of 23 Nov"],
    ["Europe/London", "2026-03-29T00:30:00Z", "2026-03-23", "Week of 23 Mar"],
    ["Europe/London", "2026-03-30T00:30:00Z", "2026-03-30", "Week of 30 Mar"],
    ["Europe/London", "2027-01-06T12:00:00Z", "2027-01-04", "Week of 4 Jan 2027"],
  ])("in %s, %s is in the week of %s", (zone, at, key, label) => {
    expect(DueWeekCalendar.of(zone, MON_23_NOV).weekOf(Date.parse(at))).toEqual({ key, label });
  });

  it("memoises per quarter hour without mixing weeks at a local midnight", () => {
    const calendar = DueWeekCalendar.of("Asia/Kolkata", MON_23_NOV);
    // Monday 00:00 IST is Sunday 18:30 UTC: the instants either side are in different weeks.
    expect(calendar.weekOf(Date.parse("2026-11-29T18:29:59Z")).key).toBe("2026-11-23");
    expect(calendar.weekOf(Date.parse("2026-11-29T18:30:00Z")).key).toBe("2026-11-30");
    expect(calendar.weekOf(Date.parse("2026-11-29T18:20:00Z")).key).toBe("2026-11-23");
  });

  it("rejects an unknown zone", () => {
    expect(() => DueWeekCalendar.of("Nowhere/City", 0)).toThrow('Unknown time zone "Nowhere/City"');
  });
});
