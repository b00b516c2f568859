// People's working time: deep work expanded in their zone across DST changes (London, Toronto,
// Auckland), working days, out of office, "is X working now", the end of X's working day, and
// the validation messages People and Team notes get. Runs under several machine zones
// (scripts/test-timezones.mjs): nothing here may depend on the machine's zone.
import { beforeAll, describe, expect, it } from "vitest";
import { buildDirectory } from "../../src/extract/directory";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { Availability } from "../../src/time/availability";
import { deepWorkIntervals, readDeepWork } from "../../src/time/deep-work";
import { formatInterval } from "../../src/time/event-rule";
import type { TeamAvailability } from "../../src/time/team-availability";
import { demoTeam, DEMO_NOW, ms, personOf } from "./team-fixtures";

describe("deep work expands in the person's zone across DST", () => {
  it.each([
    // [zone, block, from, to, expected occurrences as local intervals]
    ["Europe/London", "DTSTART:20260323T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO\nDURATION:PT2H", "2026-03-22", "2026-04-01",
      ["2026-03-23T09:00:00+00:00/2026-03-23T11:00:00+00:00", "2026-03-30T09:00:00+01:00/2026-03-30T11:00:00+01:00"]],
    ["Europe/London", "DTSTART:20261019T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO\nDURATION:PT2H", "2026-10-19", "2026-10-30",
      ["2026-10-19T09:00:00+01:00/2026-10-19T11:00:00+01:00", "2026-10-26T09:00:00+00:00/2026-10-26T11:00:00+00:00"]],
    ["America/Toronto", "DTSTART:20261026T130000\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\nDURATION:PT2H", "2026-10-26", "2026-11-03",
      ["2026-10-26T13:00:00-04:00/2026-10-26T15:00:00-04:00", "2026-10-28T13:00:00-04:00/2026-10-28T15:00:00-04:00", "2026-11-02T13:00:00-05:00/2026-11-02T15:00:00-05:00"]],
    ["Pacific/Auckland", "DTSTART:20260330T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO\nDURATION:PT3H", "2026-03-29", "2026-04-08",
      ["2026-03-30T09:00:00+13:00/2026-03-30T12:00:00+13:00", "2026-04-06T09:00:00+12:00/2026-04-06T12:00:00+12:00"]],
    ["Pacific/Auckland", "DTSTART:20260921T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO\nDURATION:PT1H", "2026-09-20", "2026-09-30",
      ["2026-09-21T09:00:00+12:00/2026-09-21T10:00:00+12:00", "2026-09-28T09:00:00+13:00/2026-09-28T10:00:00+13:00"]],
    // A start skipped by London's spring-forward night (01:30 does not exist on 29 March) moves forward by the gap.
    ["Europe/London", "DTSTART:20260328T013000\nRRULE:FREQ=DAILY;COUNT=2\nDURATION:PT30M", "2026-03-27", "2026-03-30",
      ["2026-03-28T01:30:00+00:00/2026-03-28T02:00:00+00:00", "2026-03-29T02:30:00+01:00/2026-03-29T03:00:00+01:00"]],
    // A pinned zone wins over the person's: 09:00 Singapore for a London person.
    ["Europe/London", "DTSTART;TZID=Asia/Singapore:20261124T090000\nDURATION:PT1H", "2026-11-23", "2026-11-26",
      ["2026-11-24T01:00:00+00:00/2026-11-24T02:00:00+00:00"]],
  ])("%s %#", (zone, block, from, to, expected) => {
    const { blocks, problems } = readDeepWork([block], "People/X.md");
    expect(problems).toEqual([]);
    const intervals = deepWorkIntervals(blocks, zone, ms(`${from}T00:00:00Z`), ms(`${to}T00:00:00Z`));
    expect(intervals.map((i) => formatInterval(i, zone))).toEqual(expected);
  });
});

describe("a person's day", () => {
  const toronto = personOf({ name: "T", zone: "America/Toronto", dayStart: "09:00", dayEnd: "17:30" });
  const london = personOf({ name: "L", zone: "Europe/London" });
  it.each([
    // [who, date, working hours, span hours]
    [toronto, "2026-11-02", "2026-11-02T09:00:00-05:00/2026-11-02T17:30:00-05:00", 24],
    [toronto, "2026-10-30", "2026-10-30T09:00:00-04:00/2026-10-30T17:30:00-04:00", 24],
    [london, "2026-03-27", "2026-03-27T09:00:00+00:00/2026-03-27T17:00:00+00:00", 24],
  ])("working hours on %#", (who, date, work, hours) => {
    const plan = who.day(date);
    expect(plan.work && formatInterval(plan.work, who.zone)).toBe(work);
    expect((plan.span.end - plan.span.start) / 3_600_000).toBe(hours);
  });
  it("DST days are 23 and 25 hours long, and not workdays on a Sunday", () => {
    expect(london.day("2026-03-29")).toMatchObject({ workday: false, work: null });
    expect((london.day("2026-03-29").span.end - london.day("2026-03-29").span.start) / 3_600_000).toBe(23);
    expect((toronto.day("2026-11-01").span.end - toronto.day("2026-11-01").span.start) / 3_600_000).toBe(25);
  });
  it("07:00-22:00 is the reasonable window on the local clock, in summer and winter", () => {
    expect(formatInterval(london.day("2026-07-01").reasonable, "Europe/London")).toBe("2026-07-01T07:00:00+01:00/2026-07-01T22:00:00+01:00");
    expect(formatInterval(toronto.day("2026-12-01").reasonable, "America/Toronto")).toBe("2026-12-01T07:00:00-05:00/2026-12-01T22:00:00-05:00");
  });
});

describe("the demo team (London, Singapore, Toronto)", () => {
  let team: TeamAvailability;
  let problems: string[];
  const who = (name: string): Availability => {
    const person = team.personNamed(name);
    if (!person) throw new Error(`no ${name}`);
    return team.person(person);
  };
  beforeAll(async () => {
    ({ team, problems } = await demoTeam());
  });

  it("reads every People note without a problem", () => {
    expect(problems).toEqual([]);
    expect(team.everyone().map((a) => a.zone).filter((z, i, all) => all.indexOf(z) === i).sort()).toEqual(["America/Toronto", "Asia/Singapore", "Europe/London"]);
  });

  it.each([
    // [person, instant, presence]
    ["Maya Chen", DEMO_NOW, "working"],
    ["Noah Fitzgerald", "2026-11-24T07:59:00Z", "off-hours"],
    ["Noah Fitzgerald", "2026-11-24T08:00:00Z", "working"],
    ["Noah Fitzgerald", "2026-11-24T15:59:00Z", "working"],
    ["Noah Fitzgerald", "2026-11-24T16:00:00Z", "off-hours"],
    ["Daniel Lim", DEMO_NOW, "off-hours"],
    ["Olivia Park", DEMO_NOW, "off-hours"],
    ["Olivia Park", "2026-11-24T15:00:00Z", "working"],
    ["Wei Ling Tan", "2026-11-24T02:00:00Z", "deep-work"],
    ["Wei Ling Tan", "2026-11-23T02:00:00Z", "working"],
    ["Marcus Boateng", "2026-11-23T18:30:00Z", "deep-work"],
    ["Marcus Boateng", "2026-11-24T18:30:00Z", "working"],
    ["Sarah Okafor", "2026-11-26T10:00:00Z", "out-of-office"],
    ["Hana Yusof", "2026-11-27T02:00:00Z", "day-off"],
    ["Hana Yusof", "2026-11-26T02:00:00Z", "working"],
  ])("%s at %s is %s", (name, at, presence) => {
    expect(who(name).presence(ms(at))).toBe(presence);
    expect(who(name).isWorking(ms(at))).toBe(presence === "working" || presence === "deep-work");
  });

  it.each([
    // [person, instant, end of their working day]
    ["Noah Fitzgerald", DEMO_NOW, "2026-11-24T16:00:00+00:00"],
    ["Noah Fitzgerald", "2026-11-24T17:00:00Z", "2026-11-25T16:00:00+00:00"],
    ["Maya Chen", DEMO_NOW, "2026-11-24T17:30:00+00:00"],
    ["Daniel Lim", DEMO_NOW, "2026-11-25T17:30:00+08:00"],
    ["Olivia Park", DEMO_NOW, "2026-11-24T18:30:00-05:00"],
    ["Sarah Okafor", "2026-11-25T20:00:00Z", "2026-11-30T17:30:00+00:00"],
    ["Hana Yusof", "2026-11-26T10:00:00Z", "2026-11-30T17:30:00+08:00"],
  ])("%s's working day at %s ends %s", (name, at, end) => {
    const a = who(name);
    expect(a.localIso(a.workingDayEnd(ms(at)) as number)).toBe(end);
  });
});

describe("People and Team notes are validated, naming the file", () => {
  it("reports bad deep work, out-of-office entries, zones, hours and rituals, and keeps the rest", () => {
    const { directory, problems } = buildDirectory([
      { path: "People/Ana.md", data: { timezone: "Europe/Lndon", hours: "9-25", deep_work: ["RRULE:FREQ=WEEKLY\nDURATION:PT2H", "DTSTART:20261116T090000\nDURATION:PT1H"], out_of_office: ["next week"] } },
      { path: "Teams/Core.md", data: { members: ["[[Ana]]"], rituals: ["DTSTART:20261116T130000\nDURATION:PT1H", "SUMMARY:Standup\nDTSTART:20261116T090000\nRRULE:FREQ=DAILY\nDURATION:PT15M"] } },
    ], DEFAULT_TEAM_SETTINGS);
    expect(problems).toEqual([
      'People/Ana.md: timezone "Europe/Lndon" is not an IANA zone (e.g. "Europe/London"); using the team default UTC.',
      'People/Ana.md: hours "9-25" is not HH:MM-HH:MM (e.g. "09:00-17:30"); using the team default 09:00-17:00.',
      'People/Ana.md: deep_work block 1 is ignored: it has no DTSTART line. Write it like "DTSTART:20261116T130000\\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\\nDURATION:PT2H".',
      'People/Ana.md: out_of_office "next week" is not a date or a range like 2026-12-24..2027-01-02; it is ignored.',
      'Teams/Core.md: ritual 1 has no SUMMARY line naming it; it is ignored. Write it like "SUMMARY:Monday context call\\nDTSTART;TZID=Europe/London:20261116T130000\\nRRULE:FREQ=WEEKLY;BYDAY=MO\\nDURATION:PT1H" (the other lines as in "DTSTART:20261116T130000\\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\\nDURATION:PT2H").',
    ]);
    // The valid block still counts: Ana (team default UTC, 09:00-17:00) is in deep work at 09:30 on 16 November.
    const person = directory.people[0];
    if (!person) throw new Error("no person");
    const ana = Availability.of(person, DEFAULT_TEAM_SETTINGS);
    expect(ana.deepWork).toHaveLength(1);
    expect(ana.presence(ms("2026-11-16T09:30:00Z"))).toBe("deep-work");
    expect(ana.presence(ms("2026-11-16T10:30:00Z"))).toBe("working");
  });
});
