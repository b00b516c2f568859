import { describe, expect, it } from "vitest";
import { isItemNoteText } from "../../src/sync/item-note";

describe("isItemNoteText", () => {
  const table: Array<[string, string, boolean]> = [
    ["commitment", "---\ntype: commitment\nid: ho-abc1234\n---\n", true],
    ["numeric id", "---\ntype: decision\nid: 42\n---\n", true],
    ["fyi is not an item", "---\ntype: fyi\nid: ho-abc1234\n---\n", false],
    ["no id", "---\ntype: request\n---\n", false],
    ["empty id", "---\ntype: request\nid: ''\n---\n", false],
    ["no frontmatter", "type: commitment\nid: x\n", false],
    ["broken YAML", "---\ntype: [commitment\nid: x\n---\n", false],
  ];
  it.each(table)("%s", (_n, text, expected) => expect(isItemNoteText(text)).toBe(expected));
});
