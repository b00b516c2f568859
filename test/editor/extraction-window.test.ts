import { ChangeSet, Text } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { extractionWindows, RESET_PARAGRAPH, windowEnd, windowStart } from "../../src/editor/extraction-window";
import { ScanCheckpoints } from "../../src/editor/scan-checkpoint";

const doc = (lines: readonly string[]): Text => Text.of([...lines]);
const BODY = { offset: 0, line: 1 };

describe("RESET_PARAGRAPH", () => {
  const yes = ["Maya will send the brief.", "We decided to ship", "\"Quoted start\" and more", "(aside) then text", "Émilie owns it"];
  const no = ["- list item", "1. numbered", "> quote", "# heading", "| table |", "<div>", "Action items:", "**Next**", "__Blockers__", "  indented", "Has a block id ^abc", "```", "[!note] callout", "x"];
  it.each(yes)("matches %j", (s) => expect(RESET_PARAGRAPH.test(s)).toBe(true));
  it.each(no)("does not match %j", (s) => expect(RESET_PARAGRAPH.test(s)).toBe(false));
});

describe("windowStart", () => {
  it("starts at the nearest heading above, or the line itself when it is one", () => {
    const d = doc(["intro", "## A", "one", "two", "## B", "three"]);
    const cp = new ScanCheckpoints();
    expect(windowStart(d, d.line(4).from, BODY, cp)).toBe(d.line(2).from);
    expect(windowStart(d, d.line(5).from + 2, BODY, cp)).toBe(d.line(5).from);
    expect(windowStart(d, d.line(6).from, BODY, cp)).toBe(d.line(5).from);
  });

  it("starts at the body when the nearest heading is inside code, or above any heading before a fence", () => {
    const d = doc(["```", "# not", "```", "text", "", "Plain paragraph", "here"]);
    expect(windowStart(d, d.line(7).from, BODY, new ScanCheckpoints())).toBe(0);
  });

  it("without headings, starts at a plain paragraph after a blank line with no comment or fence between", () => {
    const d = doc(["- item", "", "Action items:", "- x", "", "Plain paragraph", "continues here", "- and a list"]);
    expect(windowStart(d, d.line(8).from, BODY, new ScanCheckpoints())).toBe(d.line(6).from);
    const commented = doc(["", "Plain paragraph", "%% note %%", "- x"]);
    expect(windowStart(commented, commented.line(4).from, BODY, new ScanCheckpoints())).toBe(0);
  });

  it("never starts inside the frontmatter", () => {
    const d = doc(["---", "author: Maya", "---", "text"]);
    const body = { offset: d.line(4).from, line: 4 };
    expect(windowStart(d, d.line(4).from, body, new ScanCheckpoints())).toBe(body.offset);
  });
});

describe("windowEnd", () => {
  it("runs to the end of the paragraph, stopping before a blank line, heading, fence or list item", () => {
    const d = doc(["a", "b", "c", "", "d", "## H", "e", "```", "f", "  continued", "- item", "g"]);
    expect(windowEnd(d, d.line(1).from)).toBe(d.line(3).to);
    expect(windowEnd(d, d.line(5).from)).toBe(d.line(5).to);
    expect(windowEnd(d, d.line(7).from)).toBe(d.line(7).to);
    expect(windowEnd(d, d.line(9).from)).toBe(d.line(10).to);
    expect(windowEnd(d, d.line(11).from)).toBe(d.length);
  });
});

describe("extractionWindows", () => {
  it("merges overlapping windows and remembers where the shown part starts", () => {
    const d = doc(["## A", "one", "two", "three", "## B", "four"]);
    const windows = extractionWindows(d, [{ from: d.line(2).from, to: d.line(2).to }, { from: d.line(4).from, to: d.line(6).to }], BODY, new ScanCheckpoints());
    expect(windows).toEqual([{ start: 0, end: d.length, shownFrom: d.line(2).from, shownTo: d.line(6).to }]);
  });

  it("keeps distant ranges apart and rejects ranges outside the note", () => {
    const lines = ["## A", ...Array.from({ length: 50 }, (_, i) => `line ${i}`), "", "## B", ...Array.from({ length: 50 }, (_, i) => `more ${i}`)];
    const d = doc(lines);
    const windows = extractionWindows(d, [{ from: d.line(3).from, to: d.line(3).to }, { from: d.line(60).from, to: d.line(60).to }], BODY, new ScanCheckpoints());
    expect(windows.map((w) => d.lineAt(w.start).number)).toEqual([1, 53]);
    expect(() => extractionWindows(d, [{ from: 0, to: d.length + 1 }], BODY, new ScanCheckpoints())).toThrow(`Range 0..${d.length + 1} is not inside the note (0..${d.length})`);
  });
});

describe("ScanCheckpoints", () => {
  const lines = ["## Top", ...Array.from({ length: 300 }, (_, i) => (i === 150 ? "## Middle" : `line ${i}`))];

  it("scans forward only from the nearest checkpoint", () => {
    const d = doc(lines);
    const cp = new ScanCheckpoints();
    cp.stateAt(d, 200);
    expect(cp.scannedLines).toBe(199);
    cp.stateAt(d, 210);
    expect(cp.scannedLines).toBe(209);
    expect(cp.stateAt(d, 200).headingFrom).toBe(d.line(152).from);
  });

  it("keeps a checkpoint across a change below it and drops it for a change above", () => {
    let d = doc(lines);
    const cp = new ScanCheckpoints();
    cp.stateAt(d, 200);
    const below = ChangeSet.of({ from: d.line(250).from, insert: "typed " }, d.length);
    d = below.apply(d);
    cp.mapChanges(below, d);
    cp.stateAt(d, 200);
    expect(cp.scannedLines).toBe(199);
    const above = ChangeSet.of({ from: d.line(10).from, insert: "# new heading\n" }, d.length);
    d = above.apply(d);
    cp.mapChanges(above, d);
    expect(cp.stateAt(d, 201).headingFrom).toBe(d.line(153).from);
    expect(cp.scannedLines).toBe(399);
  });

  it("rejects a line outside the body", () => {
    const d = doc(["---", "a: 1", "---", "text"]);
    const cp = new ScanCheckpoints();
    cp.setBody(d.line(4).from, 4);
    expect(() => cp.stateAt(d, 2)).toThrow("Line 2 is outside the note body (4..4)");
  });
});
