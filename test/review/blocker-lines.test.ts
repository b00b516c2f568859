import { describe, expect, it } from "vitest";
import {
  BLOCKER_HEAD,
  LINE_LEAD,
  NO_BLOCKER,
  NOT_RESOLVED_BEFORE,
  readBlockerLines,
  RESOLVED_STAMP,
  saysResolved,
  STAMP,
  TRAILING_SIGNATURE,
} from "../../src/store/blocker-lines";

// Blocker lines: the named regexes, table-driven with positive and negative rows, then whole notes.

describe("BLOCKER_HEAD (after the list marker)", () => {
  it.each<[string, string | null, string, string | null, string]>([
    ["Blocker: the legal review is not done.", null, "Blocker", null, "the legal review is not done."],
    ["Objection — the freeze overlaps", null, "Objection", null, "the freeze overlaps"],
    ["Concern – two hints on one screen", null, "Concern", null, "two hints on one screen"],
    ["Concern - two hints", null, "Concern", null, "two hints"],
    ["blocker: lower case works", null, "blocker", null, "lower case works"],
    ["**Blocker:** bold keyword", null, "Blocker", null, "bold keyword"],
    ["**Objection**: bold, colon outside", null, "Objection", null, "bold, colon outside"],
    ["Sarah: Blocker: legal", "Sarah", "Blocker", null, "legal"],
    ["Hana Yusof: Concern: hints", "Hana Yusof", "Concern", null, "hints"],
    ["[[Hana Yusof]]: Blocker: hints", "[[Hana Yusof]]", "Blocker", null, "hints"],
    ["@hana: Objection: hints", "@hana", "Objection", null, "hints"],
    ["Blocker (2026-11-24T10:00:00Z): stamped", null, "Blocker", "2026-11-24T10:00:00Z", "stamped"],
    ["Concern (minor): wording", null, "Concern", "minor", "wording"],
  ])("matches %s", (line, name, keyword, paren, text) => {
    const m = BLOCKER_HEAD.exec(line);
    expect(m).not.toBeNull();
    expect([m?.[1] ?? null, m?.[2], m?.[3] ?? null, m?.[4]]).toEqual([name, keyword, paren, text]);
  });

  it.each([
    "Blockers: none",
    "Concerns: budget",
    "No engineering objection to Tillpoint",
    "Nothing blocking right now.",
    "The blocker: is gone",
    "Concerned: a little",
    "Blocker",
    "Blocking: the API",
    "We have a concern: budget",
  ])("does not match %s", (line) => {
    expect(BLOCKER_HEAD.exec(line)).toBeNull();
  });
});

describe("LINE_LEAD", () => {
  it.each<[string, string, string | null, string | null]>([
    ["- [ ] Blocker: x", "", "-", " "],
    ["  * [x] Concern: x", "  ", "*", "x"],
    ["1. Objection: x", "", "1.", null],
    ["3) [-] Blocker: x", "", "3)", "-"],
    ["Blocker: x", "", null, null],
  ])("%s", (line, indent, marker, box) => {
    const m = LINE_LEAD.exec(line);
    expect([m?.[1], m?.[2] ?? null, m?.[3] ?? null]).toEqual([indent, marker, box]);
  });
});

describe("NO_BLOCKER", () => {
  it.each(["none", "None.", "nothing yet", "n/a", "N/A", "no", "—", "-", "none so far", "Nothing right now."])("%s says there is none", (text) => {
    expect(NO_BLOCKER.test(text)).toBe(true);
  });
  it.each(["no one has reviewed the DPA", "nobody signed off", "none of the vendors support PayNow", "nothing works on iOS 15"])("%s is a blocker", (text) => {
    expect(NO_BLOCKER.test(text)).toBe(false);
  });
});

describe("saysResolved (with NOT_RESOLVED_BEFORE)", () => {
  it.each([
    "Resolved with Maya this afternoon.",
    "resolved",
    "This has been resolved.",
    "(resolved 2026-11-20)",
    "Resolved: hints are off on onboarding screens.",
    "not blocking any more, resolved",
  ])("%s resolves", (text) => {
    expect(saysResolved(text)).toBe(true);
  });
  it.each([
    "not resolved",
    "isn't resolved yet",
    "still unresolved",
    "until resolved, we wait",
    "once resolved we can ship",
    "needs to be resolved first",
    "if it gets resolved",
    "resolved?",
    "is it resolved ?",
    "when resolved, ping me",
    "not yet resolved",
    "never really resolved",
  ])("%s does not", (text) => {
    expect(saysResolved(text)).toBe(false);
  });
  it("NOT_RESOLVED_BEFORE is a suffix test", () => {
    expect(NOT_RESOLVED_BEFORE.test("this is not ")).toBe(true);
    expect(NOT_RESOLVED_BEFORE.test("notably ")).toBe(false);
  });
});

describe("STAMP, RESOLVED_STAMP, TRAILING_SIGNATURE", () => {
  it.each<[string, string | null]>([
    ["2026-11-24", "2026-11-24"],
    ["2026-11-24T10:00:00Z", "2026-11-24T10:00:00Z"],
    ["2026-11-24T18:00+08:00", "2026-11-24T18:00+08:00"],
    ["2026-11-24T10:00", null],
    ["Friday", null],
    ["v2026-11-24x", null],
  ])("STAMP %s", (text, stamp) => {
    expect(STAMP.exec(text)?.[1] ?? null).toBe(stamp);
  });
  it.each<[string, string | null]>([
    ["Resolved 2026-11-20", "2026-11-20"],
    ["resolved on 2026-11-20T09:00:00Z: fine", "2026-11-20T09:00:00Z"],
    ["resolved (2026-11-20)", "2026-11-20"],
    ["resolved with Maya", null],
  ])("RESOLVED_STAMP %s", (text, stamp) => {
    expect(RESOLVED_STAMP.exec(text)?.[1] ?? null).toBe(stamp);
  });
  it.each<[string, string | null, string | null]>([
    ["the DPA is unsigned — Hana Yusof, 2026-11-24T10:00+00:00", "Hana Yusof", "2026-11-24T10:00+00:00"],
    ["the DPA — Sarah, 2026-11-24", "Sarah", "2026-11-24"],
    ["legal, finance and ops are not aligned", null, null],
    ["see 2026-11-24 plan", null, null],
  ])("TRAILING_SIGNATURE %s", (text, who, when) => {
    const m = TRAILING_SIGNATURE.exec(` ${text}`);
    expect([m?.[1] ?? null, m?.[2] ?? null]).toEqual([who, when]);
  });
});

describe("readBlockerLines", () => {
  it("reads a paragraph, list items, checkboxes, names, stamps and resolutions, with 1-based lines", () => {
    const note = [
      "---", // 1
      "author: Sarah", // 2
      "---", // 3
      "## Blockers", // 4
      "Blocker: the legal review is not done. ^ho-abc1234", // 5
      "- [ ] Objection: the freeze overlaps ➕ 2026-11-19", // 6
      "- [x] Concern: hints repeat", // 7
      "- Concern: contrast on links", // 8
      "  - Resolved with Priya: fixed in tokens 2.0.", // 9
      "- [ ] Hana Yusof: Blocker (2026-11-24T10:00:00Z): stamped", // 10
      "- [ ] Blocker: from the palette — Maya Chen, 2026-11-24T11:00+00:00", // 11
      "- [x] Blocker: done on a day ✅ 2026-11-21", // 12
    ].join("\n");
    expect(readBlockerLines(note, 4)).toEqual([
      { line: 5, text: "Blocker: the legal review is not done.", name: null, stamp: null, open: true, resolvedStamp: null },
      { line: 6, text: "Objection: the freeze overlaps", name: null, stamp: "2026-11-19", open: true, resolvedStamp: null },
      { line: 7, text: "Concern: hints repeat", name: null, stamp: null, open: false, resolvedStamp: null },
      { line: 8, text: "Concern: contrast on links", name: null, stamp: null, open: false, resolvedStamp: null },
      { line: 10, text: "Blocker: stamped", name: "Hana Yusof", stamp: "2026-11-24T10:00:00Z", open: true, resolvedStamp: null },
      { line: 11, text: "Blocker: from the palette", name: "Maya Chen", stamp: "2026-11-24T11:00+00:00", open: true, resolvedStamp: null },
      { line: 12, text: "Blocker: done on a day", name: null, stamp: null, open: false, resolvedStamp: "2026-11-21" },
    ]);
  });

  it("reads 'resolved' in the rest of a paragraph but not past a blank line or into the next item", () => {
    const note = ["Concern: the budget is tight.", "Resolved 2026-11-20 by finance.", "", "Blocker: legal", "", "Resolved elsewhere.", "- Blocker: API", "- resolved: a sibling, not a child"].join("\n");
    expect(readBlockerLines(note).map((b) => [b.line, b.open, b.resolvedStamp])).toEqual([
      [1, false, "2026-11-20"],
      [4, true, null],
      [7, true, null],
    ]);
  });

  it("skips frontmatter, quotes, callouts, headings, code and 'none' lines", () => {
    const note = [
      "---",
      "summary: Blocker: not a line in the body",
      "---",
      "> Blocker: quoted from someone else",
      "> [!warning] Concern: a callout",
      "## Blocker: a heading",
      "```",
      "Blocker: in code",
      "```",
      "Blocker: none",
      "- Concern: n/a",
      "Objection:",
      "Nothing blocking right now.",
    ].join("\n");
    expect(readBlockerLines(note, 4)).toEqual([]);
  });

  it("returns nothing quickly for a note without the words, and never throws on odd text", () => {
    expect(readBlockerLines("just a note\nwith lines\n")).toEqual([]);
    expect(readBlockerLines("")).toEqual([]);
    expect(() => readBlockerLines("Blocker:\u0000\r\n- [x\n".repeat(1000))).not.toThrow();
  });
});
