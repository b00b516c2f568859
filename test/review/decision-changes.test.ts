import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Blocker } from "../../src/model/item";
import { actOnDecisionText, tickNoteText, windowLogLine } from "../../src/review/decision-changes";
import { appendToSection } from "../../src/review/note-sections";
import { daysBetween, dateIn, dateOf, shiftWeek, weekOfDate } from "../../src/review/review-week";
import { nowInstant, utcStamp } from "../../src/review/review-now";
import { readItemNote } from "../../src/store/item-note";

// Text → text changes to a decision note (the tick's, a person's), the Log section, and the
// calendar helpers of the review.

const PATH = "Handoff/Decisions/Go with X (ho-aaaaaaa).md";
const NOTE = [
  "---",
  "type: decision",
  "id: ho-aaaaaaa",
  "title: Go with X",
  "status: open",
  'owner: "[[Maya Chen]]"',
  "due:",
  'source: "[[Proposals/Vendor#^ho-aaaaaaa]]"',
  "window_closes: 2026-11-20T15:00:00+00:00",
  "extracted_by: rules",
  "dateCreated: 2026-11-16",
  "tags:",
  "  - handoff/decision",
  "handoff_fp: status=koj9sz",
  "---",
  "",
  "> We go with X unless there's a blocker.",
  "",
  "Source: [[Proposals/Vendor#^ho-aaaaaaa]]",
  "",
  "My own notes stay here.",
  "",
].join("\n");
const CLOSE_MS = Date.parse("2026-11-20T15:00:00Z");
const sarah: Blocker = { path: "Channels/b/2026-11-17 Sarah.md", line: 10, text: 'Blocker: the "legal" review is not done.', author: "Sarah Okafor", raisedAt: "2026-11-17", open: true, resolvedAt: null };

describe("tickNoteText", () => {
  it("adopts at the close: status, decided_at and handoff_edited at the close, and a Log line; the person's lines stay", () => {
    const text = tickNoteText(PATH, NOTE, [], CLOSE_MS + 5000);
    expect(text).toBe(
      NOTE.replace("status: open", "status: adopted")
        .replace("window_closes: 2026-11-20T15:00:00+00:00\n", "window_closes: 2026-11-20T15:00:00+00:00\ndecided_at: 2026-11-20T15:00:00+00:00\n")
        .replace("handoff_fp: status=koj9sz\n", "handoff_fp: status=koj9sz\nhandoff_edited: decided_at=2026-11-20T15:00:00+00:00 status=2026-11-20T15:00:00+00:00\n") +
        "\n## Log\n\n- 2026-11-20T15:00:00+00:00 adopted: the window closed with no open blocker.\n",
    );
    expect(tickNoteText(PATH, text, [], CLOSE_MS + 9e9)).toBe(text);
  });

  it("contests with the blockers open at the close, naming who and where", () => {
    const text = tickNoteText(PATH, NOTE, [sarah], CLOSE_MS);
    expect(readItemNote(PATH, text)).toMatchObject({ item: { status: "contested", decidedAt: null } });
    expect(text).toContain(`- 2026-11-20T15:00:00+00:00 contested: the window closed with 1 open blocker (Sarah Okafor in [[Channels/b/2026-11-17 Sarah]]: "Blocker: the 'legal' review is not done."). The owner adopts or withdraws it.\n`);
  });

  it("writes nothing before the close, for another kind, or for a broken note", () => {
    expect(tickNoteText(PATH, NOTE, [], CLOSE_MS - 1)).toBe(NOTE);
    const task = NOTE.replace("type: decision", "type: commitment");
    expect(tickNoteText(PATH, task, [], CLOSE_MS)).toBe(task);
    const broken = NOTE.replace("title: Go with X", "title: [unclosed");
    expect(tickNoteText(PATH, broken, [], CLOSE_MS)).toBe(broken);
  });

  it("windowLogLine quotes at most 100 characters of each blocker", () => {
    const long = { ...sarah, text: `Blocker: ${"x".repeat(200)}` };
    expect(windowLogLine("2026-11-20T15:00:00Z", [long, { ...sarah, author: null }])).toBe(
      `- 2026-11-20T15:00:00Z contested: the window closed with 2 open blockers (Sarah Okafor in [[Channels/b/2026-11-17 Sarah]]: "Blocker: ${"x".repeat(90)}…"; someone in [[Channels/b/2026-11-17 Sarah]]: "Blocker: the 'legal' review is not done."). The owner adopts or withdraws it.`,
    );
  });
});

describe("actOnDecisionText", () => {
  const at = "2026-11-21T09:30:00+08:00";

  it("adopts a contested decision with decided_at = when the person acted", () => {
    const contested = tickNoteText(PATH, NOTE, [sarah], CLOSE_MS);
    const text = actOnDecisionText(PATH, contested, { action: "adopt", by: "Maya Chen", at, reason: "legal cleared it" });
    expect(typeof text).toBe("string");
    expect(readItemNote(PATH, text as string)).toMatchObject({ item: { status: "adopted", decidedAt: at } });
    expect(text).toContain(`- ${at} adopted (Maya Chen): legal cleared it\n`);
  });

  it("supersedes with a link to the decision that replaces it", () => {
    const text = actOnDecisionText(PATH, NOTE, { action: "supersede", by: "Maya Chen", at, supersededBy: { path: "Handoff/Decisions/Go with Z (ho-zzzzzzz).md", title: "Go with Z" } });
    expect(text).toContain(`- ${at} superseded by [[Handoff/Decisions/Go with Z (ho-zzzzzzz)|Go with Z]] (Maya Chen).\n`);
    expect(readItemNote(PATH, text as string)).toMatchObject({ item: { status: "superseded" } });
  });

  it("refuses what the state machine refuses, and notes that are not decisions, with a sentence naming the note", () => {
    const withdrawn = actOnDecisionText(PATH, NOTE, { action: "withdraw", by: "Maya", at }) as string;
    expect(actOnDecisionText(PATH, withdrawn, { action: "adopt", by: "Maya", at })).toEqual({ refused: `${PATH}: A withdrawn decision cannot be adopted.` });
    expect(actOnDecisionText(PATH, NOTE.replace("type: decision", "type: request"), { action: "withdraw", by: "Maya", at })).toEqual({ refused: `${PATH} is a request, not a decision.` });
  });

  it("throws on programmer errors: an instant without a zone, supersede without its replacement", () => {
    expect(() => actOnDecisionText(PATH, NOTE, { action: "withdraw", by: "Maya", at: "2026-11-21T09:30" })).toThrow('actOnDecisionText: at must be an ISO instant with a zone, got "2026-11-21T09:30"');
    expect(() => actOnDecisionText(PATH, NOTE, { action: "supersede", by: "Maya", at })).toThrow("actOnDecisionText: supersede needs supersededBy");
  });
});

describe("appendToSection", () => {
  it.each<[string, string, string]>([
    ["no section yet, trailing newline", "body\n", "body\n\n## Log\n\n- a\n"],
    ["no section yet, no trailing newline", "body", "body\n\n## Log\n\n- a\n"],
    ["an empty section at the end", "body\n\n## Log\n", "body\n\n## Log\n\n- a\n"],
    ["a section with entries, then another section", "## Log\n\n- z\n\n## Notes\nmine\n", "## Log\n\n- z\n- a\n\n## Notes\nmine\n"],
    ["the entry is already there", "## Log\n\n- a\n", "## Log\n\n- a\n"],
    ["CRLF notes stay CRLF", "body\r\n## log\r\n- z\r\n", "body\r\n## log\r\n- z\r\n- a\r\n"],
  ])("%s", (_name, text, expected) => {
    expect(appendToSection(text, "Log", "- a")).toBe(expected);
  });

  it("throws on a line holding a newline", () => {
    expect(() => appendToSection("x", "Log", "a\nb")).toThrow('appendToSection: the line must be one line, got "a\\nb"');
  });
});

describe("review calendar", () => {
  it.each(["2026-11-24", "2026-12-31", "2027-01-01", "2027-01-03", "2027-01-04", "2020-12-31", "2021-01-03", "2026-03-29"])("weekOfDate(%s) agrees with luxon's ISO week", (date) => {
    const at = DateTime.fromISO(date, { zone: "UTC" });
    const week = weekOfDate(date);
    expect(week.key).toBe(`${at.weekYear}-W${String(at.weekNumber).padStart(2, "0")}`);
    expect(week.start).toBe(at.startOf("week").toISODate());
    expect(week.end).toBe(at.endOf("week").toISODate());
  });

  it("shifts weeks, counts days, reads instants in a zone and dates as written", () => {
    expect(shiftWeek(weekOfDate("2026-11-24"), -3).key).toBe("2026-W45");
    expect(daysBetween("2026-11-17", "2026-11-24")).toBe(7);
    expect(dateIn(Date.parse("2026-11-24T10:00:00Z"), "Pacific/Auckland")).toBe("2026-11-24");
    expect(dateIn(Date.parse("2026-11-24T12:00:00Z"), "Pacific/Auckland")).toBe("2026-11-25");
    expect(dateOf("2026-11-20T23:30:00-05:00")).toBe("2026-11-20");
    expect(dateOf("yesterday")).toBeNull();
    expect(() => weekOfDate("24/11/2026")).toThrow('weekOfDate: "24/11/2026" is not a YYYY-MM-DD date');
  });

  it("reads --now in the team's zone when it has none, and stamps it in UTC", () => {
    expect(nowInstant("2026-11-24T10:00", "Asia/Tokyo")).toBe(Date.parse("2026-11-24T01:00:00Z"));
    expect(nowInstant("2026-11-24", "Europe/London")).toBe(Date.parse("2026-11-24T00:00:00Z"));
    expect(nowInstant("2026-11-24T10:00:00+08:00", "Europe/London")).toBe(Date.parse("2026-11-24T02:00:00Z"));
    expect(nowInstant("Tuesday", "UTC")).toBeNull();
    expect(utcStamp(Date.parse("2026-11-24T10:00:00.750Z"))).toBe("2026-11-24T10:00:00Z");
  });
});
