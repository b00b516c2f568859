import { describe, expect, it } from "vitest";
import { ALL_DECISIONS, buildDecisionLog } from "../../src/ui/decision-log-model";
import { countdownText } from "../../src/ui/decision-entry";
import { makeItem } from "./fixtures";

const blocker = (open: boolean) => ({ path: "Notes/x.md", line: 3, text: "Blocker: not yet", author: "Oliver Hughes", raisedAt: null, open });

describe("buildDecisionLog", () => {
  const items = [
    makeItem({ id: "a", kind: "decision", title: "Late window", owner: "Maya Chen", decisionType: "product", windowCloses: "2026-11-25T17:00:00Z" }),
    makeItem({ id: "b", kind: "decision", title: "Soon window", owner: "Wei Ling Tan", decisionType: "engineering", windowCloses: "2026-11-24T09:00:00+08:00" }),
    makeItem({ id: "c", kind: "decision", title: "Past window, not ticked", owner: "Maya Chen", decisionType: "Product", windowCloses: "2026-11-23T09:00:00Z", blockers: [blocker(true), blocker(false)] }),
    makeItem({ id: "d", kind: "decision", title: "No window, older", owner: "Maya Chen", created: "2026-11-10" }),
    makeItem({ id: "e", kind: "decision", title: "No window, newer", owner: null, created: "2026-11-20" }),
    makeItem({ id: "f", kind: "decision", status: "adopted", title: "Adopted long ago", owner: "Maya Chen", windowCloses: "2026-10-01T12:00:00Z" }),
    makeItem({ id: "g", kind: "decision", status: "adopted", title: "Adopted last week", owner: "Wei Ling Tan", windowCloses: "2026-11-16T12:00:00Z" }),
    makeItem({ id: "h", kind: "decision", status: "contested", title: "Contested", owner: "Maya Chen", blockers: [blocker(true)] }),
    makeItem({ id: "i", kind: "decision", status: "withdrawn", title: "Withdrawn", owner: "Wei Ling Tan" }),
    makeItem({ id: "j", kind: "decision", status: "superseded", title: "Superseded", owner: "Maya Chen" }),
    makeItem({ id: "k", title: "Not a decision", owner: "Maya Chen" }),
  ];

  it("sorts sections: open by window close (windowless newest after), others newest first", () => {
    const log = buildDecisionLog(items, ALL_DECISIONS);
    expect(log.sections.map((s) => [s.id, s.entries.map((e) => e.item.id)])).toEqual([
      ["open", ["c", "b", "a", "e", "d"]],
      ["contested", ["h"]],
      ["adopted", ["g", "f"]],
      ["withdrawn", ["i"]],
      ["superseded", ["j"]],
    ]);
    expect(log.sections[0].entries[0].openBlockers).toBe(1);
    expect({ shown: log.shown, total: log.total }).toEqual({ shown: 10, total: 10 });
  });

  it("filters by owner and decision type, case-insensitively", () => {
    const log = buildDecisionLog(items, { owner: "maya chen", type: "PRODUCT" });
    expect(log.sections.flatMap((s) => s.entries.map((e) => e.item.id))).toEqual(["c", "a"]);
    expect(log.shown).toBe(2);
  });

  it("lists owners and types from every decision, each once", () => {
    const log = buildDecisionLog(items, { owner: "Nobody", type: null });
    expect(log.owners).toEqual(["Maya Chen", "Wei Ling Tan"]);
    expect(log.types).toEqual(["engineering", "product"]);
    expect(log.shown).toBe(0);
  });
});

describe("countdownText", () => {
  it.each([
    [3 * 3_600_000, 0, "closes in 3h 00m", "open"],
    [59 * 60_000 + 5_000, 0, "closes in 59m 05s", "soon"],
    [-125_000, 0, "closed 2m 05s ago · adopts at the next check", "closed"],
    [-125_000, 2, "closed 2m 05s ago · contested: 2 open blockers", "closed"],
    [-1_000, 1, "closed 1s ago · contested: 1 open blocker", "closed"],
  ])("window %d ms away with %d open blockers → %s", (left, blockers, text, state) => {
    expect(countdownText(1_000_000 + left, 1_000_000, blockers)).toEqual({ text, state });
  });
});
