import { describe, expect, it } from "vitest";
import { segment, type Unit } from "../../src/extract/segment";
import { splitSentences } from "../../src/extract/sentences";

function units(text: string): Array<Unit & { text: string }> {
  const out: Array<Unit & { text: string }> = [];
  segment(text, { bodyOffset: 0, bodyLine: 1 }, (u) => out.push({ ...u, text: text.slice(u.from, u.to) }));
  return out;
}

describe("segment", () => {
  it("reads list items, checkboxes and paragraphs with 1-based lines and exact offsets", () => {
    const text = "# Standup\n\nPlain paragraph.\n- item one\n- [ ] task two\n  - [x] nested done\n1. numbered\n";
    const got = units(text);
    expect(got.map((u) => [u.line, u.text, u.listItem, u.checkbox])).toEqual([
      [3, "Plain paragraph.", false, null],
      [4, "item one", true, null],
      [5, "task two", true, " "],
      [6, "nested done", true, "x"],
      [7, "numbered", true, null],
    ]);
    for (const u of got) expect(text.slice(u.from, u.to)).toBe(u.text);
  });

  it("gives each unit the heading above it and the section it opens", () => {
    const got = units("## Done\n- shipped it\n## Next\n- send notes\n### Blockers\n- legal\n## Notes\n- misc\n");
    expect(got.map((u) => [u.text, u.heading, u.section])).toEqual([
      ["shipped it", "Done", "done"],
      ["send notes", "Next", "action"],
      ["legal", "Blockers", "blockers"],
      ["misc", "Notes", null],
    ]);
  });

  it("reads a label line as a section for the list below it, until the next paragraph", () => {
    const got = units("Action items:\n- Josh to open a PR\n- Sam to review\n\nSome prose after.\n");
    expect(got.map((u) => [u.text, u.section])).toEqual([
      ["Josh to open a PR", "action"],
      ["Sam to review", "action"],
      ["Some prose after.", null],
    ]);
  });

  it("skips fenced code (including Tasks query blocks), comments, HTML and tables", () => {
    const text = [
      "```tasks", "not done", "```",
      "~~~", "- [ ] in code", "~~~",
      "%% hidden", "- [ ] in comment %%",
      "<!-- - [ ] html comment -->",
      "<div>markup</div>",
      "| a | b |", "|---|---|",
      "visible %% inline %% text",
      "- [ ] real task",
    ].join("\n");
    expect(units(text).map((u) => u.text)).toEqual(["visible", "text", "real task"]);
  });

  it("skips lines that repeat the code sample just above them (documentation showing a rendering)", () => {
    const text = "```md\n- [ ] Task item 1\n```\n\n- [ ] Task item 1\n- [ ] A different task\n";
    expect(units(text).map((u) => u.text)).toEqual(["A different task"]);
  });

  it("strips quote markers and callout headers, keeps block ids out of the text", () => {
    const got = units("> [!todo] Ship it\n> - [ ] task in a callout ^abc-1\n");
    expect(got.map((u) => [u.text, u.blockId, u.checkbox])).toEqual([
      ["Ship it", null, null],
      ["task in a callout", "abc-1", " "],
    ]);
  });

  it("joins a wrapped sentence onto the next line only when it continues in lower case", () => {
    const text = "I'll send the brief\nby Wednesday.\nNew line here.\n";
    const got = units(text);
    expect(got.map((u) => [u.line, u.text])).toEqual([
      [1, "I'll send the brief\nby Wednesday."],
      [3, "New line here."],
    ]);
  });

  it("emits only units overlapping a window, with context read from the top", () => {
    const text = "## Next\n- one\n- two\n- three\n";
    const from = text.indexOf("- two");
    const got: Unit[] = [];
    segment(text, { bodyOffset: 0, bodyLine: 1, from, to: from + 5 }, (u) => got.push(u));
    expect(got.map((u) => [text.slice(u.from, u.to), u.line, u.section])).toEqual([["two", 3, "action"]]);
  });

  it("treats thematic breaks and empty list markers as separators", () => {
    expect(units("one\n---\n- \ntwo\n").map((u) => u.text)).toEqual(["one", "two"]);
  });
});

describe("splitSentences", () => {
  const split = (text: string): string[] => splitSentences(text).map(([a, b]) => text.slice(a, b));
  it.each([
    ["One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]],
    ["Use e.g. Vim. Then stop.", ["Use e.g. Vim.", "Then stop."]],
    ["Zach C. will do it. Done.", ["Zach C. will do it.", "Done."]],
    ["PRR Freeze Jan. 27, please fill it.", ["PRR Freeze Jan. 27, please fill it."]],
    ["Version 3.11. Next item.", ["Version 3.11.", "Next item."]],
    ["Talk at Force 18? (due by May 1): https://x.y", ["Talk at Force 18? (due by May 1): https://x.y"]],
    ["stalled? Waiting for 0.1", ["stalled?", "Waiting for 0.1"]],
    ["   ", []],
  ] as const)("%j", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
