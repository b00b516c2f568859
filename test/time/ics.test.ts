// The calendar export: RFC 5545 text (CRLF, folding at 75 octets, escaping), stable UIDs and
// DTSTAMPs, VTIMEZONEs built from the zone data, and the whole file parsed by a real calendar
// parser (ical.js), whose own recurrence expansion must put rituals at the same local hour
// across DST changes in London, Toronto and Auckland.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildDirectory } from "../../src/extract/directory";
import type { Item } from "../../src/model/item";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { buildCalendar, involves, ritualsOf } from "../../src/time/ics";
import { escapeText, foldLine, FOLD_OCTETS, joinLines } from "../../src/time/ics-text";
import { transitions, vtimezone } from "../../src/time/ics-timezones";
import { TeamAvailability } from "../../src/time/team-availability";
import { teamRituals } from "../../src/time/team-rituals";
import { makeItem } from "../ui/fixtures";

const settings = { ...DEFAULT_TEAM_SETTINGS, timezone: "Europe/London" };
const { directory } = buildDirectory([
  { path: "People/Maya Chen.md", data: { timezone: "Europe/London", hours: "09:00-17:30", aliases: ["Maya"] } },
  { path: "People/Siti Rahman.md", data: { timezone: "Asia/Singapore", hours: "09:00-17:30", aliases: ["Siti"] } },
  { path: "People/Josh Levesque.md", data: { timezone: "America/Toronto", aliases: ["Josh"] } },
  { path: "People/Aroha Ngata.md", data: { timezone: "Pacific/Auckland" } },
  { path: "Teams/Dev.md", data: { members: ["[[Siti Rahman]]", "[[Josh Levesque]]"], rituals: ["SUMMARY:Dev sync\nDTSTART;TZID=America/Toronto:20261026T130000\nRRULE:FREQ=WEEKLY;BYDAY=MO\nDURATION:PT45M"] } },
  { path: "Teams/Product.md", data: { members: ["[[Maya Chen]]"], rituals: ["SUMMARY:Monday context call\nDTSTART:20270315T130000\nRRULE:FREQ=WEEKLY;BYDAY=MO\nDURATION:PT1H"] } },
], settings);
const team = TeamAvailability.of(directory, settings);
const rituals = teamRituals(directory, settings);

const ITEMS: Item[] = [
  makeItem({ id: "ho-brief01", title: "Send the client brief", owner: "Maya Chen", due: "2026-11-25T17:30:00+00:00", dueText: "by Wednesday", created: "2026-11-16", quote: "I'll send the brief, the deck; and the notes by Wednesday — café at 9 ☕.", sourcePath: "Channels/onboarding/2026-11-16 Maya Chen.md" }),
  makeItem({ id: "ho-notes01", title: "Post the release notes", owner: "Siti Rahman", due: "2026-11-30T10:00:00+08:00", recurrence: "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", created: "2026-11-16" }),
  makeItem({ id: "ho-status1", title: "Post the status", owner: "Maya Chen", due: "2027-03-19T16:00:00+00:00", recurrence: "FREQ=WEEKLY;BYDAY=FR;BYHOUR=16;BYMINUTE=0", created: "2027-03-01" }),
  makeItem({ id: "ho-kiwi001", title: "Weekly report", owner: "Aroha Ngata", due: "2026-03-30T09:00:00+13:00", recurrence: "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0", created: "2026-03-01" }),
  makeItem({ id: "ho-vendor1", kind: "decision", title: "Tillpoint for payments", owner: "Josh Levesque", windowCloses: "2026-11-18T17:30:00+08:00", created: "2026-11-16" }),
  makeItem({ id: "ho-review1", kind: "request", title: "Review the plan", owner: "Maya Chen", parties: ["Dev"], due: "2026-11-27T17:00:00+00:00", created: "2026-11-23" }),
  makeItem({ id: "ho-done001", title: "Ship it", owner: "Maya Chen", status: "done", due: "2026-11-20T17:00:00+00:00", created: "2026-11-16" }),
  makeItem({ id: "ho-adopt01", kind: "decision", title: "Phased rollout", status: "adopted", windowCloses: "2026-11-18T17:00:00+00:00", created: "2026-11-16" }),
  makeItem({ id: "ho-nodue01", title: "Someday", owner: "Maya Chen", created: "2026-11-16" }),
];

function parseCalendar(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar;
}

/** The first `n` occurrences of the event with `uid`, as UTC ISO instants computed by ical.js. */
function occurrences(calendar: ICAL.Component, uid: string, n: number): string[] {
  const vevent = calendar.getAllSubcomponents("vevent").find((v) => v.getFirstPropertyValue("uid") === uid);
  if (!vevent) throw new Error(`no event ${uid}`);
  const it = new ICAL.Event(vevent).iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(new Date(next.toUnixTime() * 1000).toISOString());
  return out;
}

describe("RFC 5545 text", () => {
  it.each([
    ["a;b,c\\d", "a\\;b\\,c\\\\d"],
    ["line one\nline two\r\nthree", "line one\\nline two\\nthree"],
    ["plain", "plain"],
  ])("escapes %j", (text, escaped) => {
    expect(escapeText(text)).toBe(escaped);
  });

  it.each([
    ["a".repeat(75), 1],
    ["a".repeat(76), 2],
    ["a".repeat(75 + 74), 2],
    ["a".repeat(75 + 75), 3],
    ["é".repeat(60), 2],
    ["☕".repeat(40), 2],
  ])("folds %#: every piece within 75 octets, characters whole, text unchanged when unfolded", (line, pieces) => {
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts).toHaveLength(pieces);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(FOLD_OCTETS);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
  });

  it("ends every line with CRLF", () => {
    expect(joinLines(["A", "B"])).toBe("A\r\nB\r\n");
  });
});

describe("buildCalendar", () => {
  const text = buildCalendar(ITEMS, { team, rituals });
  const calendar = parseCalendar(text);
  const events = calendar.getAllSubcomponents("vevent");
  const byUid = (uid: string): ICAL.Component => events.find((v) => v.getFirstPropertyValue("uid") === uid) as ICAL.Component;

  it("is well-formed: CRLF only, no line over 75 octets, a VCALENDAR that ical.js reads", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(calendar.name).toBe("vcalendar");
  });

  it("has one event per open deadline, open window and ritual; closed items and items without dates are left out", () => {
    const uids = events.map((v) => String(v.getFirstPropertyValue("uid")));
    expect(uids.slice(0, 6)).toEqual(["ho-brief01@handoff", "ho-kiwi001@handoff", "ho-notes01@handoff", "ho-review1@handoff", "ho-status1@handoff", "ho-vendor1-window@handoff"]);
    expect(uids.slice(6)).toHaveLength(rituals.length);
    for (const uid of uids.slice(6)) expect(uid).toMatch(/^ritual-[0-9a-z]{10}@handoff$/);
  });

  it("keeps text exact through escaping and folding", () => {
    const brief = byUid("ho-brief01@handoff");
    expect(brief.getFirstPropertyValue("summary")).toBe("Due: Send the client brief (Maya Chen)");
    expect(brief.getFirstPropertyValue("description")).toBe("I'll send the brief, the deck; and the notes by Wednesday — café at 9 ☕.\n\nOwner: Maya Chen\nDue as written: by Wednesday\nSource: Channels/onboarding/2026-11-16 Maya Chen.md\nItem: Handoff/Commitments/ho-brief01.md");
  });

  it("puts a deadline at its instant in UTC and stamps it with the item's date, not the clock", () => {
    const brief = byUid("ho-brief01@handoff");
    expect((brief.getFirstPropertyValue("dtstart") as ICAL.Time).toString()).toBe("2026-11-25T17:30:00Z");
    expect((brief.getFirstPropertyValue("dtstamp") as ICAL.Time).toString()).toBe("2026-11-16T00:00:00Z");
    expect(brief.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    expect((byUid("ho-vendor1-window@handoff").getFirstPropertyValue("dtstart") as ICAL.Time).toString()).toBe("2026-11-18T09:30:00Z");
    expect(byUid("ho-vendor1-window@handoff").getFirstPropertyValue("summary")).toBe("Decision window closes: Tillpoint for payments");
  });

  it.each([
    // [uid, first occurrences in UTC as ical.js expands them]
    ["ho-notes01@handoff", ["2026-11-30T02:00:00.000Z", "2026-12-07T02:00:00.000Z"]],
    // London, "every Friday by 4pm" across 28 March 2027: 16:00 GMT, then 16:00 BST.
    ["ho-status1@handoff", ["2027-03-19T16:00:00.000Z", "2027-03-26T16:00:00.000Z", "2027-04-02T15:00:00.000Z"]],
    // Auckland, Monday 09:00 across 5 April 2026: NZDT (+13) then NZST (+12).
    ["ho-kiwi001@handoff", ["2026-03-29T20:00:00.000Z", "2026-04-05T21:00:00.000Z"]],
  ])("recurring commitment %s keeps its local hour across DST", (uid, expected) => {
    expect(occurrences(calendar, uid, expected.length)).toEqual(expected);
  });

  it("rituals carry their RRULE and DURATION, in their zone across DST (Toronto 1 November, London 28 March)", () => {
    const dev = rituals.find((r) => r.name === "Dev sync");
    const product = rituals.find((r) => r.name === "Monday context call");
    const uid = (name: string): string => events.find((v) => v.getFirstPropertyValue("summary") === name)?.getFirstPropertyValue("uid") as string;
    expect(dev && product).toBeTruthy();
    expect(occurrences(calendar, uid("Dev sync"), 3)).toEqual(["2026-10-26T17:00:00.000Z", "2026-11-02T18:00:00.000Z", "2026-11-09T18:00:00.000Z"]);
    expect(occurrences(calendar, uid("Monday context call"), 3)).toEqual(["2027-03-15T13:00:00.000Z", "2027-03-22T13:00:00.000Z", "2027-03-29T12:00:00.000Z"]);
    const event = new ICAL.Event(events.find((v) => v.getFirstPropertyValue("summary") === "Dev sync"));
    expect(event.duration.toSeconds()).toBe(45 * 60);
  });

  it("is deterministic: the same vault gives the same bytes, whatever the item order", () => {
    expect(buildCalendar([...ITEMS].reverse(), { team, rituals })).toBe(text);
  });

  it("names the calendar", () => {
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Handoff");
    expect(buildCalendar([], { team, rituals: [], name: "Handoff: Maya; Chen" })).toContain("\r\nX-WR-CALNAME:Handoff: Maya\\; Chen\r\n");
  });
});

describe("VTIMEZONE", () => {
  it.each([
    ["Europe/London", ["BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU"]],
    ["America/Toronto", ["BYMONTH=3;BYDAY=2SU", "BYMONTH=11;BYDAY=1SU"]],
    ["Pacific/Auckland", ["BYMONTH=9;BYDAY=-1SU", "BYMONTH=4;BYDAY=1SU"]],
  ])("%s changes on a yearly rule", (zone, rules) => {
    const lines = vtimezone(zone, 2026, 2027);
    for (const rule of rules) expect(lines).toContain(`RRULE:FREQ=YEARLY;${rule}`);
  });

  it("a zone without DST has one observance", () => {
    expect(vtimezone("Asia/Singapore", 2026, 2027)).toEqual(["BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:SGT", "END:STANDARD", "END:VTIMEZONE"]);
  });

  it("finds London's 2026 changes to the minute", () => {
    expect(transitions("Europe/London", 2026, 2026).map((t) => [new Date(t.at).toISOString(), t.from, t.to])).toEqual([
      ["2026-03-29T01:00:00.000Z", 0, 60],
      ["2026-10-25T01:00:00.000Z", 60, 0],
    ]);
  });

  it("lets ical.js place times years later with the right offset (the rule extrapolates)", () => {
    const component = new ICAL.Component(["vtimezone", [], []]);
    const parsed = new ICAL.Component(ICAL.parse(joinLines(["BEGIN:VCALENDAR", ...vtimezone("America/Toronto", 2026, 2027), "END:VCALENDAR"])) as unknown[]);
    const zone = new ICAL.Timezone(parsed.getFirstSubcomponent("vtimezone") ?? component);
    const offset = (iso: string): number => zone.utcOffset(ICAL.Time.fromDateTimeString(iso)) / 3600;
    expect([offset("2031-07-01T12:00:00"), offset("2031-12-01T12:00:00")]).toEqual([-4, -5]);
  });
});

describe("one person's calendar", () => {
  const siti = directory.people.find((p) => p.name === "Siti Rahman");
  const maya = directory.people.find((p) => p.name === "Maya Chen");
  it("keeps what they own or are asked (directly or through a team), and their teams' rituals", () => {
    if (!siti || !maya) throw new Error("missing people");
    expect(ITEMS.filter((i) => involves(i, siti, team)).map((i) => i.id)).toEqual(["ho-notes01", "ho-review1"]);
    expect(ITEMS.filter((i) => involves(i, maya, team)).map((i) => i.id)).toEqual(["ho-brief01", "ho-status1", "ho-review1", "ho-done001", "ho-nodue01"]);
    expect(ritualsOf(siti, rituals, team).map((r) => r.name)).toEqual(["Dev sync"]);
  });
});
