import { describe, expect, it } from "vitest";
import type { Item } from "../../src/model/item";
import { chainFlowchart } from "../../src/review/chain-graph";
import { DependencyGraph } from "../../src/review/dependency-graph";
import { flowchart, mermaidLabel, pie, xychart } from "../../src/review/mermaid";
import { makeItem } from "../ui/fixtures";

// Who waits on whom, chains and who can unblock, over plain Item values; then the Mermaid text.

const dep = (id: string, owner: string, fields: Partial<Item> = {}): Item => makeItem({ id, kind: "dependency", owner, title: `dep ${id}`, ...fields });

describe("DependencyGraph", () => {
  // Noah waits on Josh (v2 endpoints); Josh waits on Wei Ling (load test); Wei Ling waits on nobody.
  const noah = dep("noah", "Noah", { parties: ["Josh"], waitingFor: "v2 endpoints merged", created: "2026-11-18" });
  const josh = dep("josh", "Josh", { parties: ["Wei Ling"], waitingFor: "the load test results" });
  const api = dep("api", "Noah", { waitingFor: "the API is merged" });
  const task = makeItem({ id: "task", owner: "Priya", blockedBy: ["signoff", "gone"], title: "Ship the mockups" });
  const signoff = makeItem({ id: "signoff", owner: "Marcus", title: "Sign-off for Priya" });
  const done = dep("done", "Emily", { status: "done", parties: ["Recruiter"] });

  const graph = DependencyGraph.of([noah, josh, api, task, signoff, done]);

  it("lists each open item's waits: a dependency's parties or thing, a blocked_by item's owner", () => {
    expect(graph.waitsOf(noah).map((w) => [w.waiter, w.on, w.what])).toEqual([["Noah", "Josh", "v2 endpoints merged"]]);
    expect(graph.waitsOf(api).map((w) => [w.waiter, w.on, w.what])).toEqual([["Noah", null, "the API is merged"]]);
    // A blocked_by id naming no item does not block (nobody to wait on).
    expect(graph.waitsOf(task).map((w) => [w.waiter, w.on, w.what, w.blocker?.id])).toEqual([["Priya", "Marcus", "Sign-off for Priya", "signoff"]]);
    expect(graph.waitsOf(done)).toEqual([]);
    expect(graph.blocked().map((i) => i.id)).toEqual(["noah", "josh", "api", "task"]);
  });

  it("follows the chain through the people waited on, and finds who can unblock it", () => {
    expect(graph.chain(noah).map((s) => [s.depth, s.wait.waiter, s.wait.on, s.cycle])).toEqual([
      [0, "Noah", "Josh", false],
      [1, "Josh", "Wei Ling", false],
    ]);
    expect(graph.unblockers(noah).map((u) => [u.who, u.what])).toEqual([["Wei Ling", "the load test results"]]);
    expect(graph.unblockers(api).map((u) => [u.who, u.what])).toEqual([[null, "the API is merged"]]);
    expect(graph.unblockers(task).map((u) => u.who)).toEqual(["Marcus"]);
  });

  it("ends a cycle instead of looping, and marks it", () => {
    const a = dep("a", "Ana", { parties: ["Ben"], waitingFor: "specs" });
    const b = dep("b", "Ben", { parties: ["Cy"], waitingFor: "designs" });
    const c = dep("c", "Cy", { parties: ["Ana"], waitingFor: "budget" });
    const cyclic = DependencyGraph.of([a, b, c]);
    expect(cyclic.chain(a).map((s) => [s.depth, s.wait.waiter, s.wait.on, s.cycle])).toEqual([
      [0, "Ana", "Ben", false],
      [1, "Ben", "Cy", false],
      [2, "Cy", "Ana", true],
    ]);
    expect(cyclic.unblockers(a)).toEqual([]);
    // blocked_by cycles between items end too.
    const x = makeItem({ id: "x", owner: "Xi", blockedBy: ["y"] });
    const y = makeItem({ id: "y", owner: "Yu", blockedBy: ["x"] });
    const items = DependencyGraph.of([x, y]);
    expect(items.chain(x).map((s) => [s.wait.waiter, s.wait.on, s.cycle])).toEqual([
      ["Xi", "Yu", false],
      ["Yu", "Xi", true],
    ]);
  });

  it("says who waits on whom, one entry per pair, things apart from people", () => {
    expect(graph.whoWaitsOnWhom().map((p) => [p.waiter, p.on, p.thing, p.items.map((i) => i.id)])).toEqual([
      ["Josh", "Wei Ling", false, ["josh"]],
      ["Noah", "Josh", false, ["noah"]],
      ["Noah", "the API is merged", true, ["api"]],
      ["Priya", "Marcus", false, ["task"]],
    ]);
  });

  it("draws the chain behind an item as a Mermaid flowchart", () => {
    expect(chainFlowchart(graph, noah)).toBe(
      ["```mermaid", "flowchart LR", '  n0("Noah")', '  n1("Josh")', '  n0 -->|"v2 endpoints merged"| n1', '  n2("Wei Ling")', '  n1 -->|"the load test results"| n2', "```"].join("\n"),
    );
    expect(chainFlowchart(graph, api)).toBe(["```mermaid", "flowchart LR", '  n0("Noah")', '  n1["the API is merged"]', '  n0 -->|"waits for"| n1', "```"].join("\n"));
    expect(chainFlowchart(graph, signoff)).toBe(["```mermaid", "flowchart LR", '  n0("Nobody is waiting on anyone")', "```"].join("\n"));
  });
});

describe("Mermaid text", () => {
  it.each<[string, string]>([
    ['say "hi"', "say #quot;hi#quot;"],
    ["C# <b>bold</b>", "C#35; #lt;b#gt;bold#lt;/b#gt;"],
    ["two\nlines\t here", "two lines here"],
    ["x".repeat(70), `${"x".repeat(59)}…`],
  ])("mermaidLabel(%j)", (text, label) => {
    expect(mermaidLabel(text)).toBe(label);
  });

  it("an xychart has the labels, a y axis to the largest value and one line per series", () => {
    expect(xychart("Created vs closed", ["W47", "W48"], "Items", [{ kind: "bar", values: [3, 5] }, { kind: "line", values: [1, 2] }])).toBe(
      ["```mermaid", "xychart-beta", '  title "Created vs closed"', '  x-axis ["W47", "W48"]', '  y-axis "Items" 0 --> 5', "  bar [3, 5]", "  line [1, 2]", "```"].join("\n"),
    );
    expect(() => xychart("t", ["a"], "y", [{ kind: "bar", values: [1, 2] }])).toThrow("xychart: a series has 2 values for 1 labels");
  });

  it("a pie leaves out empty slices, and says none when all are empty", () => {
    expect(pie("Created", [["a", 2], ["b", 0]])).toBe(["```mermaid", "pie title Created", '  "a" : 2', "```"].join("\n"));
    expect(pie("Created", [["a", 0]])).toBe(["```mermaid", "pie title Created", '  "none" : 1', "```"].join("\n"));
  });

  it("a flowchart without edges says nobody waits", () => {
    expect(flowchart([])).toContain('n0("Nobody is waiting on anyone")');
  });
});
