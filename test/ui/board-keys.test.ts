import { describe, expect, it } from "vitest";
import { boardKeyAction, neighbourColumn } from "../../src/ui/board-keys";

const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe("boardKeyAction", () => {
  it.each([
    [key("ArrowDown"), { type: "focus-row", delta: 1 }],
    [key("ArrowUp"), { type: "focus-row", delta: -1 }],
    [key("PageDown"), { type: "focus-row", delta: 8 }],
    [key("ArrowRight"), { type: "focus-column", delta: 1 }],
    [key("Home"), { type: "focus-edge", edge: "first" }],
    [key("End"), { type: "focus-edge", edge: "last" }],
    [key("ArrowRight", { shiftKey: true }), { type: "move", delta: 1 }],
    [key("ArrowLeft", { shiftKey: true }), { type: "move", delta: -1 }],
    [key("1"), { type: "move-to", column: "open" }],
    [key("2"), { type: "move-to", column: "in-progress" }],
    [key("4"), { type: "move-to", column: "done" }],
    [key("Enter"), { type: "open" }],
    [key("Enter", { shiftKey: true }), { type: "open-source" }],
    [key(" "), { type: "details" }],
    [key("Escape"), { type: "escape" }],
    [key("/"), { type: "search" }],
    [key("3"), null],
    [key("ArrowDown", { shiftKey: true }), null],
    [key("ArrowRight", { ctrlKey: true }), null],
    [key("c", { metaKey: true }), null],
    [key("Tab"), null],
  ])("%j → %j", (input, action) => {
    expect(boardKeyAction(input)).toEqual(action);
  });
});

describe("neighbourColumn", () => {
  it.each([
    ["open", 1, "in-progress"], ["in-progress", 1, "done"], ["blocked", 1, "done"], ["blocked", -1, "in-progress"],
    ["done", -1, "in-progress"], ["open", -1, null], ["done", 1, null],
  ] as const)("%s %d → %s", (from, delta, to) => {
    expect(neighbourColumn(from, delta)).toBe(to);
  });
});
