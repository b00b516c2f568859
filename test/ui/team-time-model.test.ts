// The team time view's model: rows west to east, segments as fractions of the viewer's day
// (23 and 25 hours on DST days), statuses for every presence, the now line, and the line a
// chosen slot hands to the host.
import { describe, expect, it } from "vitest";
import { buildDirectory } from "../../src/extract/directory";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { findSlots } from "../../src/time/slots";
import { TeamAvailability } from "../../src/time/team-availability";
import { slotText, slotWhen } from "../../src/ui/team-time-finder";
import { buildTimeline } from "../../src/ui/team-time-model";

const settings = { ...DEFAULT_TEAM_SETTINGS, timezone: "Europe/London" };
const { directory } = buildDirectory([
  { path: "People/Maya Chen.md", data: { timezone: "Europe/London", hours: "09:00-17:30" } },
  { path: "People/Wei Ling Tan.md", data: { timezone: "Asia/Singapore", hours: "09:00-17:30", deep_work: ["DTSTART:20261117T090000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH\nDURATION:PT3H"] } },
  { path: "People/Josh Levesque.md", data: { timezone: "America/Toronto", hours: "09:00-17:30" } },
  { path: "People/Sarah Okafor.md", data: { timezone: "Europe/London", hours: "09:00-17:30", out_of_office: ["2026-11-26..2026-11-27"] } },
  { path: "People/Hana Yusof.md", data: { timezone: "Asia/Singapore", hours: "09:00-17:30", workdays: ["Mon", "Tue", "Wed", "Thu"] } },
], settings);
const team = TeamAvailability.of(directory, settings);
const at = (iso: string): number => Date.parse(iso);
const round = (n: number): number => Math.round(n * 1000) / 1000;

describe("buildTimeline", () => {
  const timeline = buildTimeline(team, directory.people, "Europe/London", "2026-11-24", at("2026-11-24T02:00:00Z"));

  it("orders rows west to east, then by name", () => {
    expect(timeline.rows.map((r) => r.person.name)).toEqual(["Josh Levesque", "Maya Chen", "Sarah Okafor", "Hana Yusof", "Wei Ling Tan"]);
  });

  it("places working hours and deep work as fractions of the viewer's day", () => {
    const segments = (name: string): string[] => (timeline.rows.find((r) => r.person.name === name)?.segments ?? []).map((s) => `${s.kind} ${round(s.start)}-${round(s.end)} ${s.label}`);
    expect(segments("Maya Chen")).toEqual(["work 0.375-0.729 09:00-17:30 GMT"]);
    expect(segments("Wei Ling Tan")).toEqual(["work 0.042-0.396 09:00-17:30 SGT", "deep-work 0.042-0.167 09:00-12:00 SGT"]);
    // Toronto: Monday's hours end before the London day starts; Tuesday's run 14:00-22:30 London.
    expect(segments("Josh Levesque")).toEqual(["work 0.583-0.938 09:00-17:30 EST"]);
  });

  it("has 24 hour marks and the now line on an ordinary day", () => {
    expect(timeline.ticks.map((t) => t.label)).toHaveLength(24);
    expect(round(timeline.nowFraction ?? -1)).toBe(round(2 / 24));
    expect(timeline.dateLabel).toBe("Tue 24 Nov");
  });

  it.each([
    ["Wei Ling Tan", "deep-work", "Deep work until 12:00 SGT"],
    ["Hana Yusof", "working", "Working until 17:30 SGT · 7h 30m left"],
    ["Maya Chen", "off-hours", "Off · back 09:00 GMT"],
    ["Josh Levesque", "off-hours", "Off · back Tue 09:00 EST"],
  ])("%s at 02:00 UTC is %s: %s", (name, presence, status) => {
    const row = timeline.rows.find((r) => r.person.name === name);
    expect([row?.presence, row?.status]).toEqual([presence, status]);
  });

  it("marks out of office and days off, with when they are back", () => {
    const friday = buildTimeline(team, directory.people, "Europe/London", "2026-11-27", at("2026-11-27T10:00:00Z"));
    const sarah = friday.rows.find((r) => r.person.name === "Sarah Okafor");
    const hana = friday.rows.find((r) => r.person.name === "Hana Yusof");
    expect([sarah?.presence, sarah?.status, sarah?.segments.map((s) => s.kind)]).toEqual(["out-of-office", "Out of office · back Mon 09:00 GMT", ["out-of-office"]]);
    expect([hana?.presence, hana?.status, hana?.segments.map((s) => s.kind)]).toEqual(["day-off", "Day off · back Mon 09:00 SGT", ["day-off", "day-off"]]);
  });

  it("has 23 hour marks on London's spring-forward day and 25 hours on Toronto's fall-back day, with no now line on another day", () => {
    const spring = buildTimeline(team, directory.people, "Europe/London", "2026-03-29", at("2026-03-30T10:00:00Z"));
    expect(spring.ticks.map((t) => t.hour)).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(spring.nowFraction).toBeNull();
    const fall = buildTimeline(team, directory.people, "America/Toronto", "2026-11-01", at("2026-11-01T12:00:00Z"));
    expect((fall.end - fall.start) / 3_600_000).toBe(25);
    expect(round(fall.ticks.find((t) => t.hour === 2)?.fraction ?? -1)).toBe(round(3 / 25));
  });
});

describe("the chosen slot's line", () => {
  it("gives the viewer's time, then each person's, marking who is outside hours", () => {
    const people = team.resolveNames(["Maya Chen", "Wei Ling Tan", "Josh Levesque"]).people;
    const [slot] = findSlots({ people, durationMinutes: 30, from: at("2026-11-23T10:00:00Z"), days: 1 });
    if (!slot) throw new Error("no slot");
    expect(slotWhen(slot, "Asia/Singapore")).toBe("Mon 23 Nov 20:00-20:30 SGT");
    expect(slotText(slot, "Europe/London")).toBe("Mon 23 Nov 12:00-12:30 GMT: Maya Chen 12:00 GMT, Wei Ling Tan 20:00 SGT (outside hours), Josh Levesque 07:00 EST (outside hours)");
  });
});
