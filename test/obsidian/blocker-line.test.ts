import { describe, expect, it } from "vitest";
import { appendLine, blockerLine } from "../../src/obsidian/blocker-line";
import { readBlockerLines } from "../../src/store/blocker-lines";

describe("blockerLine", () => {
  it("is a checklist line saying what, who and when in the raiser's zone", () => {
    expect(blockerLine("Legal has not\nreviewed the contract ", "Maya Chen", "2026-11-24T10:00:00Z", "Asia/Singapore")).toBe("- [ ] Blocker: Legal has not reviewed the contract — Maya Chen, 2026-11-24T18:00+08:00");
  });

  it("says when to the minute, whatever the seconds", () => {
    expect(blockerLine("x", "Maya", "2026-11-24T10:00:59.853Z", "UTC")).toBe("- [ ] Blocker: x — Maya, 2026-11-24T10:00+00:00");
  });

  it("is read back by the decision window's blocker reader: what, who, when, open", () => {
    const line = blockerLine("Legal has not reviewed the contract", "Hana Yusof", "2026-11-24T10:00:00Z", "Asia/Singapore");
    expect(readBlockerLines(`> quote\n\n## Blockers\n${line}\n`)).toMatchObject([{ line: 4, text: "Blocker: Legal has not reviewed the contract", name: "Hana Yusof", stamp: "2026-11-24T18:00+08:00", open: true }]);
    expect(readBlockerLines(line.replace("[ ]", "[x]"))[0].open).toBe(false);
  });

  it("throws on empty text or a bad instant", () => {
    expect(() => blockerLine("  ", "Maya", "2026-11-24T10:00:00Z", "UTC")).toThrow(/needs some text/);
    expect(() => blockerLine("x", "Maya", "yesterday", "UTC")).toThrow(/ISO instant/);
  });
});

describe("appendLine", () => {
  it.each([
    ["", "L\n"],
    ["Body", "Body\n\nL\n"],
    ["Body\n", "Body\n\nL\n"],
    ["Body\n\n", "Body\n\nL\n"],
    ["## Blockers\n", "## Blockers\n\nL\n"],
    ["- [ ] Blocker: a\n", "- [ ] Blocker: a\nL\n"],
    ["Body\r\n", "Body\r\n\r\nL\r\n"],
  ])("%j + line → %j", (note, expected) => expect(appendLine(note, "L")).toBe(expected));

  it("never changes what was there", () => {
    const note = "---\nid: x\n---\n> quote\n\nSource: [[a]]\n\nmy comment";
    expect(appendLine(note, "L").startsWith(note)).toBe(true);
  });
});
