import { describe, expect, it } from "vitest";
import type { Item } from "../../src/model/item";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { waitingOnYouSince } from "../../src/review/waiting-since";
import { buildWeeklyReview, closedOn, QUIET_DAYS, STALL_DAYS } from "../../src/review/weekly";
import { renderReviewNote } from "../../src/review/weekly-note";
import { LinkIndex } from "../../src/store/link-index";
import { readSourceFacts } from "../../src/store/note-facts";
import { makeDirectory, makeItem, makePerson, makeTeam } from "../ui/fixtures";

// The weekly review's rules on small item sets (what each list takes and leaves), and the
// "while you were away" list.

const NOW = Date.parse("2026-11-24T10:00:00Z");
const settings = { ...DEFAULT_TEAM_SETTINGS, timezone: "Europe/London", decisionOwners: { design: "Lucia" } };
const directory = makeDirectory([makePerson("Maya Chen", "Europe/London"), makePerson("Lucia", "America/Los_Angeles"), makePerson("Ken", "Asia/Tokyo")], [makeTeam("Dev", ["Ken"])]);

function review(items: readonly Item[], links = new LinkIndex()) {
  return buildWeeklyReview({ items, links, settings, directory, nowMs: NOW });
}

const ids = (list: readonly { id: string }[]): string[] => list.map((e) => e.id);

describe("buildWeeklyReview", () => {
  it("overdue: open commitments and dependencies past due, oldest first; not done, not recurring, not due yet", () => {
    const r = review([
      makeItem({ id: "late", due: "2026-11-20T17:30:00+00:00", created: "2026-11-16" }),
      makeItem({ id: "later", due: "2026-11-23T17:30:00+08:00", created: "2026-11-16" }),
      makeItem({ id: "date-only", due: "2026-11-23", created: "2026-11-20" }),
      makeItem({ id: "done", due: "2026-11-20T17:30:00+00:00", status: "done", completed: "2026-11-21" }),
      makeItem({ id: "ritual", due: "2026-11-16T10:00:00+08:00", recurrence: "FREQ=WEEKLY;BYDAY=MO" }),
      makeItem({ id: "future", due: "2026-11-24T17:30:00+00:00" }),
      makeItem({ id: "dep", kind: "dependency", due: "2026-11-21T12:00:00Z", parties: ["Ken"] }),
      makeItem({ id: "request", kind: "request", due: "2026-11-21T12:00:00Z" }),
    ]);
    expect(ids(r.overdue)).toEqual(["late", "dep", "date-only", "later"]);
    expect(r.overdue[0]).toMatchObject({ reason: "due 2026-11-20T17:30:00+00:00", since: "2026-11-20T17:30:00+00:00", days: 4 });
  });

  it("stalled decisions: a window that closed without a tick, or a week with no activity; contested apart", () => {
    const r = review([
      makeItem({ id: "unticked", kind: "decision", windowCloses: "2026-11-23T15:00:00Z", created: "2026-11-21" }),
      makeItem({ id: "quiet", kind: "decision", created: `2026-11-${24 - STALL_DAYS}` }),
      makeItem({ id: "recent", kind: "decision", created: `2026-11-${25 - STALL_DAYS}` }),
      makeItem({ id: "open-window", kind: "decision", windowCloses: "2026-11-25T15:00:00Z", created: "2026-11-10" }),
      makeItem({ id: "contested", kind: "decision", status: "contested", windowCloses: "2026-11-19T15:00:00Z", created: "2026-11-16", decisionType: "design" }),
      makeItem({ id: "adopted", kind: "decision", status: "adopted", created: "2026-11-01" }),
    ]);
    expect(ids(r.stalledDecisions)).toEqual(["open-window", "quiet", "unticked"]);
    expect(r.stalledDecisions.find((e) => e.id === "unticked")?.reason).toBe("its window closed and it was not adopted or contested (no tick ran)");
    expect(r.contestedDecisions).toMatchObject([{ id: "contested", reason: "contested; its blockers are resolved: the owner adopts or withdraws it", asked: ["Lucia"], days: 5 }]);
  });

  it("unanswered requests: past their needed-by or the channel's respond-by, not answered in a note", () => {
    const links = new LinkIndex();
    links.update(readSourceFacts("Channels/p/ask.md", "---\nauthor: Maya Chen\ndate: 2026-11-20\n---\nInput needed.", { directory, decisionTypes: [] }));
    links.update(readSourceFacts("Channels/p/reply.md", "---\nauthor: Ken\ndate: 2026-11-21\n---\nRe [[Channels/p/ask]]: yes.", { directory, decisionTypes: [] }));
    const r = review(
      [
        makeItem({ id: "late", kind: "request", owner: "Maya Chen", due: "2026-11-21T17:30:00+00:00", created: "2026-11-20" }),
        makeItem({ id: "channel", kind: "request", owner: "Maya Chen", respondBy: "2026-11-23T13:00:00+00:00", created: "2026-11-23" }),
        makeItem({ id: "answered", kind: "request", owner: "Maya Chen", due: "2026-11-21T17:30:00+00:00", created: "2026-11-20", sourcePath: "Channels/p/ask.md" }),
        makeItem({ id: "not-yet", kind: "request", owner: "Maya Chen", respondBy: "2026-11-24T13:00:00+00:00", created: "2026-11-24" }),
        makeItem({ id: "no-expectation", kind: "request", owner: "Maya Chen", created: "2026-11-01" }),
      ],
      links,
    );
    expect(ids(r.unansweredRequests)).toEqual(["late", "channel"]);
    expect(r.unansweredRequests[1].reason).toBe("the channel expects a first answer by 2026-11-23T13:00:00+00:00, none yet");
    // The request nobody answered and that has no deadline is quiet, not unanswered.
    expect(ids(r.inactive)).toEqual(["no-expectation"]);
  });

  it("inactive: open items quiet for a week that no other list holds", () => {
    const r = review([
      makeItem({ id: "quiet", created: `2026-11-${24 - QUIET_DAYS}` }),
      makeItem({ id: "quiet-overdue", created: "2026-11-01", due: "2026-11-02T17:00:00Z" }),
      makeItem({ id: "fresh", created: "2026-11-20" }),
      makeItem({ id: "undated" }),
      makeItem({ id: "closed", created: "2026-11-01", status: "cancelled" }),
    ]);
    expect(ids(r.inactive)).toEqual(["quiet"]);
    expect(ids(r.overdue)).toEqual(["quiet-overdue"]);
  });

  it("trends: created and closed per ISO week for four weeks, and this week's created by kind", () => {
    const r = review([
      makeItem({ id: "a", created: "2026-11-02", status: "done", completed: "2026-11-18" }),
      makeItem({ id: "b", created: "2026-11-17" }),
      makeItem({ id: "c", kind: "decision", created: "2026-11-23", status: "adopted" }),
      makeItem({ id: "d", kind: "decision", created: "2026-11-16", status: "adopted", windowCloses: "2026-11-24T02:00:00+08:00", decidedAt: "2026-11-24T02:00:00+08:00" }),
      makeItem({ id: "e", kind: "request", created: "2026-11-24", status: "done" }),
      makeItem({ id: "f", created: "2026-10-01" }),
    ]);
    expect(r.trends).toEqual([
      { week: "2026-W45", start: "2026-11-02", created: 1, closed: 0 },
      { week: "2026-W46", start: "2026-11-09", created: 0, closed: 0 },
      { week: "2026-W47", start: "2026-11-16", created: 2, closed: 1 },
      { week: "2026-W48", start: "2026-11-23", created: 2, closed: 2 },
    ]);
    expect(r.createdThisWeek).toEqual({ commitment: 0, decision: 1, request: 1, dependency: 0 });
    expect(closedOn(makeItem({ id: "x", status: "done" }))).toBeNull();
  });

  it("is the same value in every machine zone and names the week in the team's zone", () => {
    // 23:30 on Sunday in London is already Monday in Auckland: the team's zone decides.
    const r = buildWeeklyReview({ items: [], links: new LinkIndex(), settings, directory, nowMs: Date.parse("2026-11-29T23:30:00Z") });
    expect([r.week, r.today, r.now]).toEqual(["2026-W48", "2026-11-29", "2026-11-29T23:30:00Z"]);
    expect(renderReviewNote(r)).toContain("Async health for 23 Nov – 29 Nov 2026, as of 2026-11-29T23:30:00Z (2026-11-29 in Europe/London).");
  });
});

describe("waitingOnYouSince", () => {
  const items = [
    makeItem({ id: "asked", kind: "request", owner: "Maya Chen", parties: ["Dev"], created: "2026-11-23" }),
    makeItem({ id: "asked-before", kind: "request", owner: "Maya Chen", parties: ["Ken"], created: "2026-11-19" }),
    makeItem({ id: "decide", kind: "decision", owner: "Ken", created: "2026-11-23", windowCloses: "2026-11-26T09:00:00Z" }),
    makeItem({ id: "closed", kind: "decision", owner: "Ken", status: "adopted", created: "2026-11-16", windowCloses: "2026-11-22T09:00:00Z", decidedAt: "2026-11-22T09:00:00Z" }),
    makeItem({ id: "blocker", kind: "decision", owner: "Ken", created: "2026-11-16", windowCloses: "2026-11-26T09:00:00Z", blockers: [{ path: "x.md", line: 1, text: "Blocker: y", author: "Lucia", raisedAt: "2026-11-23", open: true }] }),
    makeItem({ id: "others", kind: "request", owner: "Ken", parties: ["Lucia"], created: "2026-11-23" }),
  ];
  const since = (lastOnline: string | null) =>
    waitingOnYouSince({ items, links: new LinkIndex(), settings, directory, me: "Ken", lastOnlineMs: lastOnline === null ? null : Date.parse(lastOnline), nowMs: NOW }).map((w) => [w.item.id, w.reason]);

  it("lists what came to wait on the person since they were last online, with why", () => {
    expect(since("2026-11-21T18:00:00Z")).toEqual([
      ["asked", "asked"],
      ["decide", "decide"],
      ["closed", "closed"],
      ["blocker", "blocker"],
    ]);
  });

  it("the first time, everything open counts; coming back later, nothing new is nothing", () => {
    expect(since(null).map(([id]) => id)).toEqual(["asked", "asked-before", "decide", "closed", "blocker"]);
    expect(since("2026-11-24T09:00:00Z")).toEqual([]);
  });
});
