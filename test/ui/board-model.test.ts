import { describe, expect, it } from "vitest";
import type { Item } from "../../src/model/item";
import { BOARD_COLUMNS, BoardSnapshot, columnOf, layoutBoard, planMove, type BoardColumnId, type BoardLayout } from "../../src/ui/board-model";
import { NO_FILTER, isFiltering } from "../../src/ui/board-filter";
import { ItemGraph } from "../../src/ui/item-graph";
import { makeDirectory, makeItem, makePerson, makeTeam } from "./fixtures";
import { generateItems, teamDirectory } from "./item-set";

const NOW = Date.parse("2026-11-23T12:00:00Z");
const people = [makePerson("Maya Chen", "Europe/London"), makePerson("Wei Ling Tan", "Asia/Singapore"), makePerson("Liam Tremblay", "America/Toronto")];
const directory = makeDirectory(people, [makeTeam("Dev", ["Wei Ling Tan", "Liam Tremblay"])]);

const titles = (layout: BoardLayout, column: BoardColumnId): string[][] =>
  layout.columns.find((c) => c.id === column)!.groups.map((g) => g.cards.map((c) => c.item.title));
const groupLabels = (layout: BoardLayout, column: BoardColumnId): string[] => layout.columns.find((c) => c.id === column)!.groups.map((g) => g.label);

describe("columnOf: blocked is derived from dependencies", () => {
  const signoff = makeItem({ id: "dep", kind: "dependency", parties: ["Dev"], action: "sign-off" });
  const cases: { name: string; item: Item; others: Item[]; column: BoardColumnId }[] = [
    { name: "open task", item: makeItem({ id: "a" }), others: [], column: "open" },
    { name: "in-progress task", item: makeItem({ id: "a", status: "in-progress" }), others: [], column: "in-progress" },
    { name: "blocked by an open dependency", item: makeItem({ id: "a", blockedBy: ["dep"] }), others: [signoff], column: "blocked" },
    { name: "in progress but blocked", item: makeItem({ id: "a", status: "in-progress", blockedBy: ["dep"] }), others: [signoff], column: "blocked" },
    { name: "blocker in progress still blocks", item: makeItem({ id: "a", blockedBy: ["dep"] }), others: [{ ...signoff, status: "in-progress" }], column: "blocked" },
    ...(["done", "cancelled"] as const).map((status) => ({ name: `blocker ${status} no longer blocks`, item: makeItem({ id: "a", blockedBy: ["dep"] }), others: [{ ...signoff, status }], column: "open" as const })),
    ...(["adopted", "withdrawn", "superseded"] as const).map((status) => ({ name: `decision blocker ${status} no longer blocks`, item: makeItem({ id: "a", blockedBy: ["d"] }), others: [makeItem({ id: "d", kind: "decision", status })], column: "open" as const })),
    { name: "contested decision blocker still blocks", item: makeItem({ id: "a", blockedBy: ["d"] }), others: [makeItem({ id: "d", kind: "decision", status: "contested" })], column: "blocked" },
    { name: "one closed and one open blocker", item: makeItem({ id: "a", blockedBy: ["x", "dep"] }), others: [makeItem({ id: "x", status: "done" }), signoff], column: "blocked" },
    { name: "unknown blocker id does not block", item: makeItem({ id: "a", blockedBy: ["ho-gone"] }), others: [], column: "open" },
    { name: "done task with an open blocker is done", item: makeItem({ id: "a", status: "done", blockedBy: ["dep"] }), others: [signoff], column: "done" },
    { name: "cancelled task is done", item: makeItem({ id: "a", status: "cancelled" }), others: [], column: "done" },
    { name: "open decision", item: makeItem({ id: "a", kind: "decision", status: "open" }), others: [], column: "open" },
    { name: "contested decision", item: makeItem({ id: "a", kind: "decision", status: "contested" }), others: [], column: "open" },
    { name: "adopted decision", item: makeItem({ id: "a", kind: "decision", status: "adopted" }), others: [], column: "done" },
  ];
  it.each(cases)("$name → $column", ({ item, others, column }) => {
    expect(columnOf(item, ItemGraph.from([item, ...others]))).toBe(column);
  });
});

describe("layoutBoard", () => {
  const items = [
    makeItem({ id: "1", title: "Send the brief", owner: "Maya Chen", due: "2026-11-25T17:00:00Z", channel: "billing", tags: ["client"] }),
    makeItem({ id: "2", title: "Ship the API", owner: "Wei Ling Tan", due: "2026-11-24T17:00:00+08:00", channel: "infra", quote: "I'll ship the API by Tuesday" }),
    makeItem({ id: "3", title: "Review mockups", owner: "Liam Tremblay", due: null, channel: "billing", status: "in-progress" }),
    makeItem({ id: "4", title: "alpha task", owner: null, due: "2026-11-25T17:00:00Z", tags: ["#Urgent"] }),
    makeItem({ id: "5", title: "Alpha task", owner: "Maya Chen", due: "2026-11-25T17:00:00Z", priority: "high" }),
    makeItem({ id: "6", title: "Old thing", owner: "Maya Chen", due: "2026-11-20T17:00:00Z" }),
    makeItem({ id: "7", title: "Sign-off", kind: "dependency", owner: null, parties: ["Dev"], action: "sign-off", due: "2026-12-02T17:00:00Z" }),
    makeItem({ id: "8", title: "Build the page", owner: "Maya Chen", blockedBy: ["7"], due: "2026-12-03T17:00:00Z" }),
    makeItem({ id: "9", title: "Finished early", owner: "Maya Chen", status: "done", completed: "2026-11-20", due: "2026-11-19T17:00:00Z" }),
    makeItem({ id: "10", title: "Finished late", owner: "Wei Ling Tan", status: "done", completed: "2026-11-22", due: "2026-11-18T17:00:00Z" }),
  ];
  const snapshot = BoardSnapshot.of(items, directory, "Europe/London", NOW);

  it("puts every item in its column, sorted by due, then priority, then title, then id", () => {
    const layout = layoutBoard(snapshot, NO_FILTER, "status");
    expect(layout.columns.map((c) => c.id)).toEqual(BOARD_COLUMNS.map((c) => c.id));
    expect(titles(layout, "open")).toEqual([["Old thing", "Ship the API", "Alpha task", "alpha task", "Send the brief", "Sign-off"]]);
    expect(titles(layout, "in-progress")).toEqual([["Review mockups"]]);
    expect(titles(layout, "blocked")).toEqual([["Build the page"]]);
    expect(titles(layout, "done")).toEqual([["Finished late", "Finished early"]]);
    expect(layout.columns.map((c) => c.count)).toEqual([6, 1, 1, 2]);
    expect({ shown: layout.shown, total: layout.total }).toEqual({ shown: 10, total: 10 });
  });

  it("gives the same layout whatever order the items arrive in", () => {
    const reversed = layoutBoard(BoardSnapshot.of([...items].reverse(), directory, "Europe/London", NOW), NO_FILTER, "owner");
    const forward = layoutBoard(snapshot, NO_FILTER, "owner");
    const ids = (l: BoardLayout) => l.columns.map((c) => c.groups.map((g) => [g.label, g.cards.map((card) => card.item.id)]));
    expect(ids(reversed)).toEqual(ids(forward));
  });

  it("marks overdue only open items due before now", () => {
    const overdue = snapshot.cards.filter((c) => c.overdue).map((c) => c.item.id);
    expect(overdue).toEqual(["6"]);
  });

  it("groups by owner, unassigned last", () => {
    const layout = layoutBoard(snapshot, NO_FILTER, "owner");
    expect(groupLabels(layout, "open")).toEqual(["Maya Chen", "Wei Ling Tan", "Unassigned"]);
    expect(titles(layout, "open")).toEqual([["Old thing", "Alpha task", "Send the brief"], ["Ship the API"], ["alpha task", "Sign-off"]]);
  });

  it("groups by channel, no channel last", () => {
    expect(groupLabels(layoutBoard(snapshot, NO_FILTER, "channel"), "open")).toEqual(["billing", "infra", "No channel"]);
  });

  it("groups by due week in the viewer's zone, no due date last", () => {
    const layout = layoutBoard(snapshot, NO_FILTER, "week");
    expect(groupLabels(layout, "open")).toEqual(["Week of 16 Nov", "Week of 23 Nov", "Week of 30 Nov"]);
    expect(groupLabels(layout, "in-progress")).toEqual(["No due date"]);
  });

  it("groups a Sunday-night Toronto deadline into next week for a Singapore viewer", () => {
    const item = makeItem({ id: "t", owner: "Liam Tremblay", due: "2026-11-29T20:00:00-05:00" });
    const label = (zone: string) => groupLabels(layoutBoard(BoardSnapshot.of([item], directory, zone, NOW), NO_FILTER, "week"), "open");
    expect(label("America/Toronto")).toEqual(["Week of 23 Nov"]);
    expect(label("Asia/Singapore")).toEqual(["Week of 30 Nov"]);
  });

  it.each([
    ["person as owner", { person: "maya chen" }, ["6", "5", "1"]],
    ["person as party", { person: "Dev" }, ["7"]],
    ["channel", { channel: "billing" }, ["1"]],
    ["tag, with or without #, any case", { tag: "urgent" }, ["4"]],
    ["text in title, any case", { text: "ALPHA" }, ["5", "4"]],
    ["text in the quote", { text: "tuesday" }, ["2"]],
    ["every word must match", { text: "alpha brief" }, []],
    ["filters combine", { person: "Maya Chen", text: "task" }, ["5"]],
  ] as const)("filters by %s", (_name, filter, ids) => {
    const layout = layoutBoard(snapshot, { ...NO_FILTER, ...filter }, "status");
    expect(layout.columns[0].groups.flatMap((g) => g.cards.map((c) => c.item.id))).toEqual(ids);
  });

  it("reads a date-only due as the end of that day in the owner's zone", () => {
    const item = makeItem({ id: "d", owner: "Wei Ling Tan", due: "2026-11-23" });
    const [card] = BoardSnapshot.of([item], directory, "America/Toronto", Date.parse("2026-11-23T16:30:00Z")).cards;
    expect(card.dueMs).toBe(Date.parse("2026-11-23T15:59:59.999Z"));
    expect(card.overdue).toBe(true);
    expect(card.ownerZone).toBe("Asia/Singapore");
  });

  it("keeps the first of two items with the same id", () => {
    const twin = BoardSnapshot.of([makeItem({ id: "x", title: "first" }), makeItem({ id: "x", title: "second" })], directory, "UTC", NOW);
    expect(twin.cards.map((c) => c.item.title)).toEqual(["first"]);
  });

  it("lists filter options from items and the directory", () => {
    expect(snapshot.options.channels).toEqual(["billing", "infra"]);
    expect(snapshot.options.tags).toEqual(["client", "urgent"]);
    expect(snapshot.options.people).toEqual(["Dev", "Liam Tremblay", "Maya Chen", "Wei Ling Tan"]);
  });
});

describe("layoutBoard on a generated team's 2,000 items", () => {
  const now = "2026-11-23T12:00:00Z";
  const items = generateItems(2000, now);
  const { directory: team } = teamDirectory();
  const layout = layoutBoard(BoardSnapshot.of(items, team, "Europe/London", Date.parse(now)), NO_FILTER, "owner");

  it("agrees with a naive count of blocked items", () => {
    const closed = new Set(["done", "cancelled", "adopted", "withdrawn", "superseded"]);
    const naiveBlocked = items.filter((i) => !closed.has(i.status) && i.blockedBy.some((id) => items.some((o) => o.id === id && !closed.has(o.status))));
    expect(layout.columns[2].count).toBe(naiveBlocked.length);
    expect(naiveBlocked.length).toBeGreaterThan(50);
    expect(layout.columns.reduce((n, c) => n + c.count, 0)).toBe(2000);
  });
});

describe("planMove", () => {
  const task = makeItem({ id: "t", title: "Send brief" });
  const decision = makeItem({ id: "d", kind: "decision", title: "Use vendor X" });
  it.each([
    ["task to in progress", task, "open", "in-progress", { kind: "set", status: "in-progress" }],
    ["task to done", task, "open", "done", { kind: "set", status: "done" }],
    ["done task back to open", { ...task, status: "done" as const }, "done", "open", { kind: "set", status: "open" }],
    ["decision to done adopts it", decision, "open", "done", { kind: "set", status: "adopted" }],
    ["contested decision to open", { ...decision, status: "contested" as const }, "open", "open", { kind: "none" }],
    ["same column", task, "open", "open", { kind: "none" }],
  ] as const)("%s", (_name, item, from, to, plan) => {
    expect(planMove(item, from, to)).toEqual(plan);
  });
  it("refuses drops on Blocked, decisions in progress and blocked items to their own status", () => {
    expect(planMove(task, "open", "blocked")).toEqual({ kind: "refuse", message: 'Blocked is worked out from dependencies: write "waiting on …" in the source note to block "Send brief".' });
    expect(planMove(decision, "open", "in-progress")).toEqual({ kind: "refuse", message: 'Decisions have no "in progress": move "Use vendor X" to Open or Done (adopted).' });
    expect(planMove({ ...task, status: "in-progress" }, "blocked", "in-progress")).toEqual({ kind: "refuse", message: '"Send brief" is already in progress and stays under Blocked until what it waits on is done.' });
  });
});

describe("isFiltering", () => {
  it.each([
    [NO_FILTER, false], [{ ...NO_FILTER, text: "   " }, false], [{ ...NO_FILTER, text: "x" }, true],
    [{ ...NO_FILTER, person: "Maya" }, true], [{ ...NO_FILTER, channel: "infra" }, true], [{ ...NO_FILTER, tag: "q1" }, true],
  ])("%j → %s", (filter, expected) => {
    expect(isFiltering(filter)).toBe(expected);
  });
});
