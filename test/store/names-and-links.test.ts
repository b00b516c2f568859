import { describe, expect, it } from "vitest";
import { idFromPath, itemNotePath, MAX_SLUG_LENGTH, titleSlug } from "../../src/store/item-path";
import { canLink, formatWikilink, linkName, parseWikilink } from "../../src/store/wikilink";

describe("titleSlug", () => {
  it.each<[string, string]>([
    ["Send the brief", "Send the brief"],
    ['Decide: A/B "test" <now>?', "Decide A B test now"],
    ["Link [[Maya]] #tag ^id | pipe", "Link Maya tag id pipe"],
    ["  ...Dots and spaces...  ", "Dots and spaces"],
    ["tab\tand\nnewline", "tab and newline"],
    ["", "Untitled"],
    ["???", "Untitled"],
    ["Café – 🚀 launch", "Café – 🚀 launch"],
    ["word ".repeat(30), "word word word word word word word word word word word word"],
    ["x".repeat(100), "x".repeat(MAX_SLUG_LENGTH)],
    [`${"a".repeat(59)}🚀tail`, "a".repeat(59)],
  ])("%j → %j", (title, slug) => {
    expect(titleSlug(title)).toBe(slug);
    expect(titleSlug(title).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  it("puts the note under the kind's folder with the id in the name", () => {
    expect(itemNotePath("Handoff", "decision", "Go with Option A", "ho-1a2b3c4")).toBe("Handoff/Decisions/Go with Option A (ho-1a2b3c4).md");
    expect(idFromPath("Handoff/Decisions/Go with Option A (ho-1a2b3c4).md")).toBe("ho-1a2b3c4");
    expect(idFromPath("Handoff/Commitments/Sign-off (ho-1a2b3c4-c1)")).toBe("ho-1a2b3c4-c1");
    expect(idFromPath("Notes/Plain note.md")).toBeNull();
  });
});

describe("wikilinks", () => {
  it.each<[string, ReturnType<typeof parseWikilink>]>([
    ["[[Maya Chen]]", { target: "Maya Chen", anchor: null, alias: null }],
    ["[[People/Maya Chen|Maya]]", { target: "People/Maya Chen", anchor: null, alias: "Maya" }],
    ["[[Channels/x/Note#^ho-1a2b3c4]]", { target: "Channels/x/Note", anchor: "^ho-1a2b3c4", alias: null }],
    ["  [[A#Heading|Shown]] ", { target: "A", anchor: "Heading", alias: "Shown" }],
    ["Maya Chen", null],
    ["[[A]] and [[B]]", null],
    ["[[unclosed", null],
  ])("parses %j", (text, link) => {
    expect(parseWikilink(text)).toEqual(link);
  });

  it.each<[string, string]>([
    ["[[People/Maya Chen|Maya]]", "Maya"],
    ["[[People/Maya Chen]]", "Maya Chen"],
    ["[[Maya Chen.md]]", "Maya Chen"],
    ["  Maya Chen ", "Maya Chen"],
  ])("names %j as %j", (text, name) => {
    expect(linkName(text)).toBe(name);
  });

  it("writes links that read back, and refuses targets that cannot be links", () => {
    const link = formatWikilink("Handoff/Commitments/Send (ho-1)", null, "Send");
    expect(parseWikilink(link)).toEqual({ target: "Handoff/Commitments/Send (ho-1)", anchor: null, alias: "Send" });
    expect(formatWikilink("Note", "^ho-1")).toBe("[[Note#^ho-1]]");
    for (const bad of ["Notes [draft]", "a|b", "a#b", "a^b", ""]) {
      expect(canLink(bad)).toBe(false);
      expect(() => formatWikilink(bad)).toThrow(RangeError);
    }
    expect(() => formatWikilink("ok", null, "bad]]alias")).toThrow(RangeError);
  });
});
