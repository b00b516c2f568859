import { describe, expect, it } from "vitest";
import type { Person } from "../../src/model/person";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { makeWriterClock, writerClockFor } from "../../src/time/writer-clock";

describe("makeWriterClock", () => {
  it("fills the team defaults: UTC, 09:00-17:00, Monday to Friday", () => {
    expect(makeWriterClock({ reference: "2026-11-23" })).toEqual({
      ok: true,
      clock: { reference: "2026-11-23", zone: "UTC", dayStart: "09:00", dayEnd: "17:00", workdays: [1, 2, 3, 4, 5] },
    });
  });
  it("returns a frozen clock with sorted workdays", () => {
    const made = makeWriterClock({ reference: "2026-11-23T10:00:00+08:00", zone: "Asia/Singapore", workdays: [5, 1, 3] });
    expect(made.ok && made.clock.workdays).toEqual([1, 3, 5]);
    expect(made.ok && Object.isFrozen(made.clock)).toBe(true);
  });
  it.each([
    [{ reference: "23/11/2026" }, 'People/Maya.md: reference "23/11/2026" is not an ISO date like 2026-11-23'],
    [{ reference: "2026-02-30" }, 'People/Maya.md: reference "2026-02-30" is not an ISO date like 2026-11-23'],
    [{ reference: "2026-11-23", zone: "Europe/Londn" }, 'People/Maya.md: time zone "Europe/Londn" is not an IANA zone name like "Europe/London"'],
    [{ reference: "2026-11-23", zone: "SGT" }, 'People/Maya.md: time zone "SGT" is not an IANA zone name like "Europe/London"'],
    [{ reference: "2026-11-23", dayEnd: "25:00" }, 'People/Maya.md: day end "25:00" is not a time like 17:00'],
    [{ reference: "2026-11-23", dayStart: "9am" }, 'People/Maya.md: day start "9am" is not a time like 09:00'],
    [{ reference: "2026-11-23", dayStart: "18:00" }, "People/Maya.md: day end 17:00 is not after day start 18:00"],
    [{ reference: "2026-11-23", workdays: [] }, "People/Maya.md: workdays [] must be distinct ISO weekdays 1 (Monday) to 7 (Sunday)"],
    [{ reference: "2026-11-23", workdays: [0, 1] }, "People/Maya.md: workdays [0, 1] must be distinct ISO weekdays 1 (Monday) to 7 (Sunday)"],
    [{ reference: "2026-11-23", workdays: [1, 1] }, "People/Maya.md: workdays [1, 1] must be distinct ISO weekdays 1 (Monday) to 7 (Sunday)"],
  ])("reports %j", (fields, error) => {
    expect(makeWriterClock(fields, "People/Maya.md")).toEqual({ ok: false, error });
  });
});

const person = (fields: Partial<Person>): Person => ({
  name: "Maya Chen", path: "People/Maya Chen.md", timezone: null, hours: null, workdays: null,
  aliases: [], teams: [], deepWork: [], outOfOffice: [], ...fields,
});

describe("writerClockFor", () => {
  const team = { ...DEFAULT_TEAM_SETTINGS, timezone: "Europe/London" };
  it("takes the person's zone, hours and workdays", () => {
    const { clock, problems } = writerClockFor(person({ timezone: "Asia/Singapore", hours: { start: "08:00", end: "16:00" }, workdays: [1, 2, 3, 4] }), team, "2026-11-23");
    expect(clock).toEqual({ reference: "2026-11-23", zone: "Asia/Singapore", dayStart: "08:00", dayEnd: "16:00", workdays: [1, 2, 3, 4] });
    expect(problems).toEqual([]);
  });
  it("falls back to the team settings, then UTC", () => {
    expect(writerClockFor(null, team, "2026-11-23").clock.zone).toBe("Europe/London");
    expect(writerClockFor(null, DEFAULT_TEAM_SETTINGS, "2026-11-23").clock.zone).toBe("UTC");
  });
  it("reports bad People data, naming the note, and keeps the rest", () => {
    const { clock, problems } = writerClockFor(person({ timezone: "Singapore", hours: { start: "08:00", end: "16:00" } }), team, "2026-11-23");
    expect(clock).toMatchObject({ zone: "Europe/London", dayEnd: "16:00" });
    expect(problems).toEqual(['People/Maya Chen.md: time zone "Singapore" is not an IANA zone name like "Europe/London"']);
  });
  it("reports bad team settings and uses UTC 09:00-17:00", () => {
    const { clock, problems } = writerClockFor(null, { ...team, timezone: "London" }, "2026-11-23");
    expect(clock.zone).toBe("UTC");
    expect(problems).toEqual(['team settings: time zone "London" is not an IANA zone name like "Europe/London"']);
  });
  it("lets --tz win, and reports a bad one", () => {
    expect(writerClockFor(person({ timezone: "Asia/Singapore" }), team, "2026-11-23", "America/Toronto").clock.zone).toBe("America/Toronto");
    expect(writerClockFor(null, team, "2026-11-23", "Toronto").problems).toEqual(['--tz: time zone "Toronto" is not an IANA zone name like "Europe/London"']);
  });
  it("throws for a reference that is not a date (the caller's bug)", () => {
    expect(() => writerClockFor(null, team, "yesterday")).toThrow('writerClockFor: clock: reference "yesterday" is not an ISO date like 2026-11-23');
  });
});
