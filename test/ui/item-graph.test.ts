import { describe, expect, it } from "vitest";
import { ItemGraph, describeWaitingOn } from "../../src/ui/item-graph";
import { makeItem } from "./fixtures";

describe("ItemGraph", () => {
  const dep = makeItem({ id: "dep", kind: "dependency", title: "Dev sign-off", parties: ["Dev"], action: "sign-off" });
  const api = makeItem({ id: "api", title: "API is merged", owner: "Wei Ling Tan", status: "in-progress" });
  const thing = makeItem({ id: "thing", kind: "dependency", title: "the API is merged", waitingFor: "the API is merged" });
  const done = makeItem({ id: "old", status: "done", owner: "Maya Chen" });
  const page = makeItem({ id: "page", title: "Build the page", blockedBy: ["dep", "api", "old", "gone", "thing"] });
  const closedDependant = makeItem({ id: "late", status: "done", blockedBy: ["api"] });
  const graph = ItemGraph.from([dep, api, thing, done, page, closedDependant]);

  it("says what an item waits on: open blockers by party or owner, and missing ids", () => {
    expect(graph.waitingOn(page).map(describeWaitingOn)).toEqual([
      "waiting on Dev: sign-off",
      "waiting on Wei Ling Tan: API is merged",
      "waiting on: unknown item gone",
      "waiting on: the API is merged",
    ]);
    expect(graph.waitingOn(page).find((w) => w.itemId === "gone")?.missing).toBe(true);
  });

  it("says what an open dependency itself waits on", () => {
    expect(graph.waitingOn(dep).map(describeWaitingOn)).toEqual(["waiting on Dev: sign-off"]);
    expect(graph.waitingOn({ ...dep, status: "done" })).toEqual([]);
  });

  it("says a dependency's wait once when its party task says the same (need sign-off from Dev → Dev's sign-off task)", () => {
    const task = makeItem({ id: "task", title: "Sign-off for Maya", parties: ["Dev"], action: "sign-off" });
    const waiting = makeItem({ id: "wait", kind: "dependency", title: "Sign-off from Dev", parties: ["Dev"], action: "sign-off", blockedBy: ["task"] });
    const g = ItemGraph.from([task, waiting]);
    expect(g.waitingOn(waiting).map(describeWaitingOn)).toEqual(["waiting on Dev: sign-off"]);
    expect(g.isBlocked(waiting)).toBe(true);
    const other = makeItem({ id: "other", title: "Legal review", parties: ["Legal"], action: "review" });
    const both = ItemGraph.from([task, other, { ...waiting, blockedBy: ["task", "other"] }]);
    expect(both.waitingOn({ ...waiting, blockedBy: ["task", "other"] }).map(describeWaitingOn)).toEqual(["waiting on Dev: sign-off", "waiting on Legal: review"]);
  });

  it("lists the open items an item blocks, not closed ones", () => {
    expect(graph.dependantsOf("api").map((i) => i.id)).toEqual(["page"]);
    expect(graph.dependantsOf("page")).toEqual([]);
  });

  it("is blocked only by existing, open items", () => {
    expect(graph.isBlocked(page)).toBe(true);
    expect(graph.isBlocked(makeItem({ id: "x", blockedBy: ["old", "gone"] }))).toBe(false);
    expect(graph.size).toBe(6);
    expect(graph.get("dep")).toBe(dep);
  });
});
