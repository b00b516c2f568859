// Recurring commitments and rituals: marking an occurrence done rolls to the next one without
// losing history (complete_instances), in the owner's zone across DST; the store's edit path
// does the roll; team rituals are read from Team notes and named in sentences.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildDirectory } from "../../src/extract/directory";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { frontmatterBounds } from "../../src/store/frontmatter";
import { MANAGED_FIELDS, normalizeValue, type FieldValue, type ManagedField } from "../../src/store/item-fields";
import { parseItemNote, serializeItemNote } from "../../src/store/item-note";
import { editItemNoteText } from "../../src/store/item-note-update";
import { formatInterval } from "../../src/time/event-rule";
import { rollClockFor, rollRecurring } from "../../src/time/recurring-roll";
import { findRitualMention, nextRitual, readTeamRituals, teamRituals } from "../../src/time/team-rituals";
import { clockOf } from "./clocks";
import { ms } from "./team-fixtures";

describe("rollRecurring", () => {
  it.each([
    // [case, clock fields, rule, current due, done at, next due, completed date]
    ["Siti's release notes, done on time", { zone: "Asia/Singapore", dayEnd: "17:30", reference: "2026-11-16" }, "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", "2026-11-16T10:00:00+08:00", "2026-11-16T09:40:00+08:00", "2026-11-23T10:00:00+08:00", "2026-11-16"],
    ["done early (the Sunday before): the Monday is the one done", { zone: "Asia/Singapore", reference: "2026-11-16" }, "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", "2026-11-23T10:00:00+08:00", "2026-11-22T20:00:00+08:00", "2026-11-30T10:00:00+08:00", "2026-11-23"],
    ["done nine days late: that week is recorded, the missed one skipped", { zone: "Asia/Singapore", reference: "2026-11-16" }, "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", "2026-11-16T10:00:00+08:00", "2026-11-25T12:00:00+08:00", "2026-11-30T10:00:00+08:00", "2026-11-16"],
    ["London, across the March change: 16:00 stays 16:00", { zone: "Europe/London", reference: "2027-03-01" }, "FREQ=WEEKLY;BYDAY=FR;BYHOUR=16;BYMINUTE=0", "2027-03-26T16:00:00+00:00", "2027-03-26T15:00:00+00:00", "2027-04-02T16:00:00+01:00", "2027-03-26"],
    ["Toronto, no time: the day end, across the November change", { zone: "America/Toronto", reference: "2026-10-01" }, "FREQ=WEEKLY;BYDAY=FR", "2026-10-30T17:00:00-04:00", "2026-10-30T16:00:00-04:00", "2026-11-06T17:00:00-05:00", "2026-10-30"],
    ["Auckland, across the April change", { zone: "Pacific/Auckland", reference: "2026-03-01" }, "FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0", "2026-03-30T09:00:00+13:00", "2026-03-30T08:00:00+13:00", "2026-04-06T09:00:00+12:00", "2026-03-30"],
    ["an 08:00-16:00 owner's day end", { zone: "Europe/London", dayStart: "08:00", dayEnd: "16:00", reference: "2026-11-16" }, "FREQ=WEEKLY;BYDAY=TH", "2026-11-19T16:00:00+00:00", "2026-11-19T15:00:00+00:00", "2026-11-26T16:00:00+00:00", "2026-11-19"],
    ["every 2 weeks counts from the note's date", { zone: "Europe/London", reference: "2026-11-23" }, "INTERVAL=2;FREQ=WEEKLY;BYDAY=TU", "2026-11-24T17:00:00+00:00", "2026-11-24T10:00:00+00:00", "2026-12-08T17:00:00+00:00", "2026-11-24"],
    ["no due yet: the first occurrence from the note's date is the one done", { zone: "Europe/London", reference: "2026-11-23" }, "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", null, "2026-11-23T09:00:00+00:00", "2026-11-30T10:00:00+00:00", "2026-11-23"],
  ])("%s", (_, fields, rule, due, doneAt, next, completed) => {
    const rolled = rollRecurring({ recurrence: rule, due, completeInstances: ["2026-01-05"] }, clockOf(fields), doneAt);
    expect(rolled).toEqual({ status: "open", due: next, completeInstances: ["2026-01-05", completed], completed });
  });

  it("a rule that has ended does not roll", () => {
    expect(rollRecurring({ recurrence: "FREQ=WEEKLY;COUNT=1", due: "2026-11-23T17:00:00+00:00", completeInstances: [] }, clockOf(), "2026-11-23T16:00:00Z")).toBeNull();
  });
  it("an unreadable rule does not roll", () => {
    expect(rollRecurring({ recurrence: "EVERY MONDAY", due: "2026-11-23T17:00:00+00:00", completeInstances: [] }, clockOf(), "2026-11-23T16:00:00Z")).toBeNull();
  });
  it("keeps history sorted and without duplicates", () => {
    const rolled = rollRecurring({ recurrence: "FREQ=WEEKLY;BYDAY=MO", due: "2026-11-23T17:00:00+00:00", completeInstances: ["2026-11-30", "2026-11-23"] }, clockOf(), "2026-11-23T16:00:00Z");
    expect(rolled?.completeInstances).toEqual(["2026-11-23", "2026-11-30"]);
  });
});

describe("rollClockFor", () => {
  const { directory } = buildDirectory([{ path: "People/Siti Rahman.md", data: { timezone: "Asia/Singapore", hours: "09:00-17:30", aliases: ["Siti"] } }], DEFAULT_TEAM_SETTINGS);
  it("uses the owner's People note and the item's date", () => {
    expect(rollClockFor({ owner: "[[Siti Rahman]]", created: "2026-11-16", due: null }, directory, DEFAULT_TEAM_SETTINGS)).toMatchObject({ zone: "Asia/Singapore", dayEnd: "17:30", reference: "2026-11-16" });
  });
  it("falls back to the team defaults and the due's date", () => {
    expect(rollClockFor({ owner: "Someone", created: null, due: "2026-11-20T17:00:00+00:00" }, directory, DEFAULT_TEAM_SETTINGS)).toMatchObject({ zone: "UTC", dayEnd: "17:00", reference: "2026-11-20" });
  });
});

describe("marking a recurring item done through the store", () => {
  const PATH = "Handoff/Commitments/Post the release notes (ho-c6mhyuh).md";
  const values = Object.fromEntries(MANAGED_FIELDS.map((f) => [f, null])) as Record<ManagedField, FieldValue>;
  const set = (field: ManagedField, raw: unknown): void => void (values[field] = normalizeValue(field, raw));
  set("title", "Post the release notes");
  set("status", "open");
  set("owner", "[[Siti Rahman]]");
  set("due", "2026-11-16T10:00:00+08:00");
  set("due_text", "every Monday by 10am");
  set("recurrence", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0");
  set("source", "[[Channels/mobile-release/2026-11-16 Siti Rahman#^ho-c6mhyuh]]");
  set("tags", ["handoff/commitment"]);
  set("quote", "I'll post the release notes every Monday by 10am.");
  const text = serializeItemNote({ kind: "commitment", id: "ho-c6mhyuh", extractedBy: "rules", dateCreated: "2026-11-16", sourceMissing: false, values });
  const clock = (): ReturnType<typeof clockOf> => clockOf({ zone: "Asia/Singapore", dayEnd: "17:30", reference: "2026-11-16" });
  const front = (note: string): Record<string, unknown> => parse(frontmatterBounds(note)?.yaml ?? "") as Record<string, unknown>;

  it("stays open, records the done occurrence and moves due, twice in a row", () => {
    const once = editItemNoteText(PATH, text, { status: "done", completedDate: "2026-11-16" }, "2026-11-16T09:40:00+08:00", clock);
    expect(front(once)).toMatchObject({ status: "open", due: "2026-11-23T10:00:00+08:00", complete_instances: ["2026-11-16"], handoff_edited: "complete_instances=2026-11-16T09:40:00+08:00 due=2026-11-16T09:40:00+08:00" });
    expect(front(once).completedDate).toBeUndefined();
    const twice = editItemNoteText(PATH, once, { status: "done" }, "2026-11-23T09:55:00+08:00", clock);
    expect(front(twice)).toMatchObject({ status: "open", due: "2026-11-30T10:00:00+08:00", complete_instances: ["2026-11-16", "2026-11-23"] });
    const item = parseItemNote(PATH, twice);
    expect("problem" in item ? item.problem : item.due).toBe("2026-11-30T10:00:00+08:00");
    // complete_instances sits with the other dates, before tags and the fingerprint.
    const keys = Object.keys(front(twice));
    expect(keys.indexOf("complete_instances")).toBeGreaterThan(keys.indexOf("dateCreated"));
    expect(keys.indexOf("complete_instances")).toBeLessThan(keys.indexOf("tags"));
  });

  it("without the owner's clock it is simply done (nothing is guessed)", () => {
    expect(front(editItemNoteText(PATH, text, { status: "done" }, "2026-11-16T09:40:00+08:00"))).toMatchObject({ status: "done", due: "2026-11-16T10:00:00+08:00" });
  });

  it("other edits of a recurring item are not rolls", () => {
    expect(front(editItemNoteText(PATH, text, { status: "in-progress" }, "2026-11-16T09:40:00+08:00", clock))).toMatchObject({ status: "in-progress", due: "2026-11-16T10:00:00+08:00" });
  });
});

describe("team rituals", () => {
  const CALL = "SUMMARY:Monday context call\nDTSTART;TZID=Europe/London:20261116T130000\nRRULE:FREQ=WEEKLY;BYDAY=MO\nDURATION:PT1H";
  const STANDUP = "SUMMARY:Standup\nDTSTART:20261116T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\nDURATION:PT15M";
  const { directory, problems } = buildDirectory([{ path: "Teams/Product.md", data: { members: ["Maya Chen"], rituals: [CALL, STANDUP] } }], { ...DEFAULT_TEAM_SETTINGS, timezone: "Asia/Singapore" });
  const rituals = teamRituals(directory, { ...DEFAULT_TEAM_SETTINGS, timezone: "Asia/Singapore" });

  it("are read from Team notes; a floating start is in the team settings' zone", () => {
    expect(problems).toEqual([]);
    expect(rituals.map((r) => [r.team, r.name, r.zone])).toEqual([["Product", "Monday context call", "Europe/London"], ["Product", "Standup", "Asia/Singapore"]]);
  });

  it.each([
    ["I'll bring the numbers to the Monday context call.", "Monday context call", "the Monday context call"],
    ["Raise it at standup", "Standup", "standup"],
    ["see you at the MONDAY  CONTEXT CALL", "Monday context call", "the MONDAY  CONTEXT CALL"],
  ])("%s names %s", (sentence, name, text) => {
    const found = findRitualMention(sentence, rituals);
    expect([found?.ritual.name, found?.text, sentence.slice(found?.index ?? 0, (found?.index ?? 0) + text.length)]).toEqual([name, text, text]);
  });
  it.each(["the Monday context", "standups are cancelled", "context calls"])("%s names none", (sentence) => {
    expect(findRitualMention(sentence, rituals)).toBeNull();
  });

  it("the next occurrence is 13:00 London before and after the March change", () => {
    const call = rituals[0];
    if (!call) throw new Error("no ritual");
    expect(formatInterval(nextRitual(call, ms("2027-03-23T00:00:00Z")) as never, "Europe/London")).toBe("2027-03-29T13:00:00+01:00/2027-03-29T14:00:00+01:00");
    expect(formatInterval(nextRitual(call, ms("2027-03-16T00:00:00Z")) as never, "Europe/London")).toBe("2027-03-22T13:00:00+00:00/2027-03-22T14:00:00+00:00");
  });

  it("reports a ritual without a SUMMARY or with a broken rule, naming the Team note", () => {
    expect(readTeamRituals(["DTSTART:20261116T130000\nDURATION:PT1H", "SUMMARY:x\nDURATION:PT1H"], "Teams/Dev.md", "Dev", DEFAULT_TEAM_SETTINGS).problems).toEqual([
      'Teams/Dev.md: ritual 1 has no SUMMARY line naming it; it is ignored. Write it like "SUMMARY:Monday context call\\nDTSTART;TZID=Europe/London:20261116T130000\\nRRULE:FREQ=WEEKLY;BYDAY=MO\\nDURATION:PT1H" (the other lines as in "DTSTART:20261116T130000\\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\\nDURATION:PT2H").',
      'Teams/Dev.md: ritual 2 is ignored: it has no DTSTART line. Write it like "SUMMARY:Monday context call\\nDTSTART;TZID=Europe/London:20261116T130000\\nRRULE:FREQ=WEEKLY;BYDAY=MO\\nDURATION:PT1H".',
    ]);
  });
});
