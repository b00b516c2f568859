// The slot finder on the demo team (London, Singapore, Toronto) and made-up people: in-hours
// slots first, least-bad slots when there is no common window (never before 07:00 or after
// 22:00 for anyone, each listing who is outside their hours), deep work and out of office
// respected, DST weeks, the recurring rotation, and argument checks.
import { beforeAll, describe, expect, it } from "vitest";
import type { Availability } from "../../src/time/availability";
import { rotateSlots } from "../../src/time/slot-rotation";
import { findSlots, type Slot } from "../../src/time/slots";
import type { TeamAvailability } from "../../src/time/team-availability";
import { demoTeam, DEMO_NOW, ms, personOf } from "./team-fixtures";

/** A slot as `start UTC | name local reach …` for readable expectations. */
const show = (slot: Slot): string => `${new Date(slot.start).toISOString().slice(0, 16)} | ${slot.people.map((p) => `${p.name.split(" ")[0]} ${p.local.slice(11, 16)}${p.inHours ? "" : ` +${p.reach}m`}`).join(", ")}`;

/** The local HH:MM of an ISO instant with offset. */
const hhmm = (iso: string): number => Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));

describe("the demo team", () => {
  let team: TeamAvailability;
  const people = (...names: string[]): Availability[] => {
    const { people: found, unknown } = team.resolveNames(names);
    if (unknown.length > 0) throw new Error(JSON.stringify(unknown));
    return found;
  };
  beforeAll(async () => {
    ({ team } = await demoTeam());
  });

  it("London and the 08:00-16:00 person: in-hours slots from now, back to back, earliest first", () => {
    const slots = findSlots({ people: people("Maya", "Noah"), durationMinutes: 60, from: ms(DEMO_NOW), days: 1, limit: 7 });
    expect(slots.map(show)).toEqual([
      "2026-11-24T10:00 | Maya 10:00, Noah 10:00",
      "2026-11-24T11:00 | Maya 11:00, Noah 11:00",
      "2026-11-24T12:00 | Maya 12:00, Noah 12:00",
      "2026-11-24T13:00 | Maya 13:00, Noah 13:00",
      "2026-11-24T14:00 | Maya 14:00, Noah 14:00",
      "2026-11-24T15:00 | Maya 15:00, Noah 15:00",
      "2026-11-25T09:00 | Maya 09:00, Noah 09:00",
    ]);
    // Noah logs off at 16:00: the rest of Maya's day comes after every in-hours time, tied with
    // Wednesday 08:00 (an hour before Maya starts) and listed first because it is sooner.
    const all = findSlots({ people: people("Maya", "Noah"), durationMinutes: 60, from: ms(DEMO_NOW), days: 1, limit: 100 }).map(show);
    expect(all.slice(7, 9)).toEqual(["2026-11-24T16:00 | Maya 16:00, Noah 16:00 +60m", "2026-11-25T08:00 | Maya 08:00 +60m, Noah 08:00"]);
  });

  it("London, Singapore and Toronto have no common hour: the least bad, 12:00 UTC, 07:00 for Toronto and 20:00 for Singapore", () => {
    const slots = findSlots({ people: people("Maya", "Daniel", "Josh"), durationMinutes: 30, from: ms(DEMO_NOW), days: 2, limit: 3 });
    expect(slots.map(show)).toEqual([
      "2026-11-24T12:00 | Maya 12:00, Daniel 20:00 +180m, Josh 07:00 +120m",
      "2026-11-25T12:00 | Maya 12:00, Daniel 20:00 +180m, Josh 07:00 +120m",
      // 12:15 would overlap 12:00; the next distinct time is 12:30 (cost 210² + 90² > 180² + 120²).
      "2026-11-24T12:30 | Maya 12:30, Daniel 20:30 +210m, Josh 07:30 +90m",
    ]);
    for (const slot of slots) {
      expect(slot.outside).toBe(2);
      for (const p of slot.people) expect([hhmm(p.local) >= 7 * 60, hhmm(p.localEnd) <= 22 * 60]).toEqual([true, true]);
    }
  });

  it("spreads the inconvenience: two people an hour and a half out beat one person three hours out", () => {
    const [best] = findSlots({ people: people("Daniel", "Josh"), durationMinutes: 30, from: ms(DEMO_NOW), days: 1 });
    // Singapore 07:30 and Toronto 18:30: 90 minutes each (cost 2 × 90² = 16,200).
    expect(best && show(best)).toBe("2026-11-24T23:30 | Daniel 07:30 +90m, Josh 18:30 +90m");
    expect(best?.cost).toBe(16_200);
  });

  it("never proposes a time inside deep work (Marcus, Monday and Wednesday 13:00-15:00 Toronto)", () => {
    const slots = findSlots({ people: people("Marcus", "Josh"), durationMinutes: 60, from: ms("2026-11-23T14:00:00Z"), days: 1, limit: 20 });
    expect(slots.filter((s) => s.outside === 0).map((s) => s.people[0]?.local.slice(11, 16))).toEqual(["09:00", "10:00", "11:00", "12:00", "15:00", "16:00"]);
    for (const slot of slots) {
      const local = slot.people[0]?.local ?? "";
      if (local.startsWith("2026-11-23")) expect(hhmm(local) + 60 <= 13 * 60 || hhmm(local) >= 15 * 60).toBe(true);
    }
  });

  it("never proposes a day someone is out of office (Sarah, 26-27 November) or not working (Hana, Fridays)", () => {
    const days = (names: string[]): string[] => [...new Set(findSlots({ people: people(...names), durationMinutes: 30, from: ms(DEMO_NOW), days: 7, limit: 100 }).map((s) => s.people[0]?.local.slice(0, 10) ?? ""))].sort();
    expect(days(["Sarah", "Maya"])).toEqual(["2026-11-24", "2026-11-25", "2026-11-30", "2026-12-01"]);
    expect(days(["Hana", "Arjun"])).toEqual(["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-30", "2026-12-01"]);
  });

  it("Wei Ling's Tuesday and Thursday mornings (deep work) are skipped for Singapore meetings", () => {
    const slots = findSlots({ people: people("Wei Ling", "Arjun"), durationMinutes: 60, from: ms("2026-11-24T00:00:00Z"), days: 1, limit: 20 });
    expect(slots[0]?.people[0]?.local).toBe("2026-11-24T12:00:00+08:00");
  });
});

describe("DST weeks", () => {
  const london = personOf({ name: "London", zone: "Europe/London", dayStart: "09:00", dayEnd: "17:30" });
  const toronto = personOf({ name: "Toronto", zone: "America/Toronto", dayStart: "09:00", dayEnd: "17:30" });
  const auckland = personOf({ name: "Auckland", zone: "Pacific/Auckland", dayStart: "09:00", dayEnd: "17:30" });

  it("London and Toronto overlap 14:00-17:30 London in winter, and one hour more while only the US has changed", () => {
    const first = (from: string): string => findSlots({ people: [london, toronto], durationMinutes: 30, from: ms(from), days: 1 })[0]?.people.map((p) => p.local).join(" ") ?? "";
    expect(first("2026-11-24T00:00:00Z")).toBe("2026-11-24T14:00:00+00:00 2026-11-24T09:00:00-05:00");
    // 9-28 March 2026: Toronto is on EDT, London still on GMT: the overlap starts at 13:00 London.
    expect(first("2026-03-24T00:00:00Z")).toBe("2026-03-24T13:00:00+00:00 2026-03-24T09:00:00-04:00");
    expect(first("2026-03-31T00:00:00Z")).toBe("2026-03-31T14:00:00+01:00 2026-03-31T09:00:00-04:00");
  });

  it("London and Auckland across Auckland's April change: the least-bad time moves with the offset", () => {
    const first = (from: string): string => show(findSlots({ people: [london, auckland], durationMinutes: 30, from: ms(from), days: 1 })[0]);
    // Twelve hours apart (NZDT): 07:00 London is 19:00 Auckland, two hours out for both.
    expect(first("2026-03-31T00:00:00Z")).toBe("2026-03-31T06:00 | London 07:00 +120m, Auckland 19:00 +120m");
    // Eleven hours apart (NZST): 07:30 London and 18:30 Auckland, an hour and a half each.
    expect(first("2026-04-07T00:00:00Z")).toBe("2026-04-07T06:30 | London 07:30 +90m, Auckland 18:30 +90m");
  });
});

describe("recurring meetings rotate who takes the inconvenient hour", () => {
  // Deep work leaves two good times: 09:00 (in A's hours, an hour before B's) and 17:30 (in B's
  // hours, half an hour after A's day plus the meeting). Each costs one person 60 minutes.
  const a = personOf({ name: "A", zone: "Europe/London", dayStart: "09:00", dayEnd: "17:00", deepWork: ["DTSTART:20261116T093000\nRRULE:FREQ=DAILY\nDURATION:PT7H30M"] });
  const b = personOf({ name: "B", zone: "Europe/Lisbon", dayStart: "10:00", dayEnd: "18:00", deepWork: ["DTSTART:20261116T100000\nRRULE:FREQ=DAILY\nDURATION:PT7H30M"] });

  it("a single meeting takes the earliest of the two", () => {
    expect(findSlots({ people: [a, b], durationMinutes: 30, from: ms("2026-11-23T00:00:00Z"), days: 1, limit: 2 }).map(show)).toEqual([
      "2026-11-23T09:00 | A 09:00, B 09:00 +60m",
      "2026-11-23T17:30 | A 17:30 +60m, B 17:30",
    ]);
  });

  it("a weekly one alternates between them, keeping burdens level", () => {
    const plan = rotateSlots({ people: [a, b], durationMinutes: 30, from: ms("2026-11-23T00:00:00Z"), occurrences: 4, everyDays: 7 });
    expect(plan.map((o) => o && `${show(o.slot)} ${JSON.stringify(o.burden)}`)).toEqual([
      '2026-11-23T09:00 | A 09:00, B 09:00 +60m {"A":0,"B":60}',
      '2026-11-30T17:30 | A 17:30 +60m, B 17:30 {"A":60,"B":60}',
      '2026-12-07T09:00 | A 09:00, B 09:00 +60m {"A":60,"B":120}',
      '2026-12-14T17:30 | A 17:30 +60m, B 17:30 {"A":120,"B":120}',
    ]);
  });

  it("a period with no allowed time is an empty entry, not a shift into the next", () => {
    const away = personOf({ name: "C", zone: "UTC", outOfOffice: ["2026-11-30..2026-12-06"] });
    expect(rotateSlots({ people: [away], durationMinutes: 30, from: ms("2026-11-23T00:00:00Z"), occurrences: 3 }).map((o) => o && show(o.slot))).toEqual([
      "2026-11-23T09:00 | C 09:00",
      null,
      "2026-12-07T09:00 | C 09:00",
    ]);
  });
});

describe("arguments", () => {
  const one = personOf({ name: "X", zone: "UTC" });
  it.each([
    [{ people: [], durationMinutes: 30, from: 0 }, "findSlots: give at least one person"],
    [{ people: [one], durationMinutes: 0, from: 0 }, "findSlots: durationMinutes must be an integer from 1 to 900, got 0"],
    [{ people: [one], durationMinutes: 30, from: 0, days: 0 }, "findSlots: days must be an integer from 1 to 60, got 0"],
    [{ people: [one], durationMinutes: 30, from: 0, stepMinutes: 7 }, "findSlots: stepMinutes must divide 60 and be at least 5, got 7"],
    [{ people: [one], durationMinutes: 30, from: 0, limit: 0 }, "findSlots: limit must be a positive integer, got 0"],
    [{ people: [one], durationMinutes: 30, from: Number.NaN }, "findSlots: from must be an epoch millisecond instant"],
  ])("refuses %#", (request, message) => {
    expect(() => findSlots(request)).toThrow(message);
  });
  it("returns nothing when someone is out of office the whole range", () => {
    const away = personOf({ name: "Away", zone: "UTC", outOfOffice: ["2026-11-23..2026-12-31"] });
    expect(findSlots({ people: [one, away], durationMinutes: 30, from: ms("2026-11-23T00:00:00Z") })).toEqual([]);
  });
});
