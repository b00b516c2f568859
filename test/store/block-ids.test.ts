import { describe, expect, it } from "vitest";
import { blockAt, insertBlockIds, lineText, newBlockId, segmentBlocks, TRAILING_BLOCK_ID } from "../../src/store/block-ids";

describe("TRAILING_BLOCK_ID", () => {
  it.each<[string, string | null]>([
    ["Send the brief ^ho-k3j9x2a", "ho-k3j9x2a"],
    ["Send the brief ^abc123  ", "abc123"],
    ["^lonely", "lonely"],
    ["- [ ] Task 📅 2026-11-27 ^ho-1a2b3c4", "ho-1a2b3c4"],
    ["x^notanid", null],
    ["Send ^ho-x and more", null],
    ["caret ^ with space", null],
    ["emoji ^id_with_underscore", null],
  ])("%j → %j", (line, id) => {
    expect(TRAILING_BLOCK_ID.exec(line)?.[1] ?? null).toBe(id);
  });
});

describe("segmentBlocks", () => {
  const note = [
    "---", // 1
    "date: 2026-11-23", // 2
    "---", // 3
    "## Next", // 4
    "- I'll send the brief", // 5
    "  by Wednesday.", // 6
    "  - nested item ^own-id", // 7
    "1. numbered [x]", // 8
    "- [x] done task", // 9
    "", // 10
    "A paragraph over", // 11
    "two lines.", // 12
    "^after", // 13
    "```", // 14
    "I'll never be a block", // 15
    "```", // 16
    "> quoted", // 17
    "> more", // 18
    "> [!note] callout", // 19
    "| a | b |", // 20
    "| - | - |", // 21
    "---", // 22
    "Last line ^ho-0000001", // 23
  ].join("\n");

  it("finds paragraphs, list items, quotes, tables and headings with their lines and ids", () => {
    expect(segmentBlocks(note).map((b) => [b.startLine, b.endLine, b.blockId, b.linkable, b.text])).toEqual([
      [4, 4, null, false, "## Next"],
      [5, 6, null, true, "I'll send the brief by Wednesday."],
      [7, 7, "own-id", true, "nested item"],
      [8, 8, null, true, "numbered [x]"],
      [9, 9, null, true, "done task"],
      [11, 13, "after", true, "A paragraph over two lines."],
      [17, 19, null, true, "> quoted > more > [!note] callout"],
      [20, 21, null, false, "| a | b | | - | - |"],
      [22, 22, null, false, "---"],
      [23, 23, "ho-0000001", true, "Last line"],
    ]);
  });

  it("treats a callout as not linkable, and CRLF like LF", () => {
    const blocks = segmentBlocks("> [!warning] Careful\r\n> text\r\n\r\nPlain ^ho-abc1234\r\n");
    expect(blocks.map((b) => [b.startLine, b.linkable, b.blockId, b.text])).toEqual([
      [1, false, null, "> [!warning] Careful > text"],
      [4, true, "ho-abc1234", "Plain"],
    ]);
  });

  it("finds a block by any of its lines", () => {
    const blocks = segmentBlocks(note);
    expect(blockAt(blocks, 6)?.startLine).toBe(5);
    expect(blockAt(blocks, 12)?.endLine).toBe(13);
    expect(blockAt(blocks, 10)).toBeNull();
    expect(blockAt(blocks, 15)).toBeNull();
    expect(blockAt(blocks, 99)).toBeNull();
  });
});

describe("newBlockId", () => {
  it("is ho- and 7 base-36 chars from the path and text, the same on every call", () => {
    const id = newBlockId("Channels/a.md", "I'll send the brief", new Set());
    expect(id).toMatch(/^ho-[0-9a-z]{7}$/);
    expect(newBlockId("Channels/a.md", "I'll send the brief", new Set())).toBe(id);
    expect(newBlockId("Channels/b.md", "I'll send the brief", new Set())).not.toBe(id);
    expect(newBlockId("Channels/a.md", "I'll send the memo", new Set())).not.toBe(id);
  });

  it("gives a second identical block in the note a different id", () => {
    const first = newBlockId("n.md", "same", new Set());
    const second = newBlockId("n.md", "same", new Set([first]));
    expect(second).not.toBe(first);
    expect(newBlockId("n.md", "same", new Set([first]))).toBe(second);
  });
});

describe("insertBlockIds", () => {
  const text = "# Title\n- I'll send the brief\nA paragraph  \r\nlast";

  it("appends ids at the end of the lines, changing nothing else", () => {
    const result = insertBlockIds(text, [
      { line: 2, expected: "- I'll send the brief", blockId: "ho-aaaaaaa" },
      { line: 3, expected: "A paragraph  ", blockId: "ho-bbbbbbb" },
      { line: 4, expected: "last", blockId: "ho-ccccccc" },
    ]);
    expect(result.text).toBe("# Title\n- I'll send the brief ^ho-aaaaaaa\nA paragraph  ^ho-bbbbbbb\r\nlast ^ho-ccccccc");
    expect(result.inserted.map((i) => i.line)).toEqual([2, 3, 4]);
  });

  it("follows a line a teammate moved, and skips a line they changed or that already has an id", () => {
    const moved = `new first line\n${text}`;
    const result = insertBlockIds(moved, [
      { line: 2, expected: "- I'll send the brief", blockId: "ho-aaaaaaa" },
      { line: 4, expected: "A paragraph (edited)", blockId: "ho-bbbbbbb" },
    ]);
    expect(result.text).toBe(`new first line\n# Title\n- I'll send the brief ^ho-aaaaaaa\nA paragraph  \r\nlast`);
    expect(result.inserted).toEqual([{ line: 3, expected: "- I'll send the brief", blockId: "ho-aaaaaaa" }]);
    const withId = "done ^mine";
    expect(insertBlockIds(withId, [{ line: 1, expected: "done ^mine", blockId: "ho-x" }]).text).toBe(withId);
  });

  it("does not guess between two lines that read the same", () => {
    const twice = "a\nsame\nsame\n";
    expect(insertBlockIds(twice, [{ line: 1, expected: "same", blockId: "ho-x" }]).text).toBe(twice);
  });
});

describe("lineText", () => {
  it.each<[number, string]>([
    [1, "one"],
    [2, "two"],
    [3, ""],
    [9, ""],
  ])("line %d is %j", (line, expected) => {
    expect(lineText("one\ntwo\r\n", line)).toBe(expected);
  });
});
