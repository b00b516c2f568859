import { Text } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { groupOf, highlightKind, placeGroup, unitMarks } from "../../src/editor/span-marks";
import { makeCandidate, type Candidate } from "../../src/model/candidate";
import type { Item } from "../../src/model/item";
import { makeItem } from "../ui/fixtures";

const cand = (fields: Partial<Candidate> & Pick<Candidate, "kind" | "from" | "to">): Candidate =>
  makeCandidate({ line: 1, text: "x", title: "x", ...fields });

const classes = (m: ReturnType<typeof unitMarks>[number]): string => String((m.mark.spec as { class: string }).class);

describe("highlightKind", () => {
  it("sets decision windows apart from stated decisions", () => {
    expect(highlightKind(cand({ kind: "decision", from: 0, to: 1, windowCloses: "2026-11-27T15:00:00+00:00" }))).toBe("window");
    expect(highlightKind(cand({ kind: "decision", from: 0, to: 1 }))).toBe("decision");
    expect(highlightKind(cand({ kind: "request", from: 0, to: 1 }))).toBe("request");
  });
});

describe("unitMarks", () => {
  it("groups candidates on one span, colours by precedence and keeps every act", () => {
    const marks = unitMarks([cand({ kind: "commitment", from: 10, to: 30 }), cand({ kind: "dependency", from: 10, to: 30 })], 10, 40, () => null);
    expect(marks).toHaveLength(1);
    expect([marks[0].from, marks[0].to]).toEqual([0, 20]);
    expect(marks[0].group.kind).toBe("dependency");
    expect(marks[0].group.candidates.map((c) => c.kind)).toEqual(["dependency", "commitment"]);
    expect(classes(marks[0])).toBe("handoff-hl handoff-hl-dependency handoff-hl-new");
    expect(groupOf(marks[0].mark)).toBe(marks[0].group);
  });

  it("marks a span tracked when any of its candidates has an item, closed when all items are closed", () => {
    const open = makeItem({ id: "a", status: "open" });
    const done = makeItem({ id: "b", status: "done" });
    const [tracked] = unitMarks([cand({ kind: "commitment", from: 0, to: 5 })], 0, 9, () => open);
    expect(classes(tracked)).toBe("handoff-hl handoff-hl-commitment handoff-hl-tracked");
    const [closed] = unitMarks([cand({ kind: "commitment", from: 0, to: 5 })], 0, 9, () => done);
    expect(classes(closed)).toBe("handoff-hl handoff-hl-commitment handoff-hl-tracked handoff-hl-closed");
    expect(tracked.marker).not.toBeNull();
  });

  it("never looks FYIs up and gives them no marker", () => {
    let lookups = 0;
    const [fyi] = unitMarks([cand({ kind: "fyi", from: 0, to: 5 })], 0, 9, () => {
      lookups++;
      return null;
    });
    expect(lookups).toBe(0);
    expect(fyi.group.state).toBe("fyi");
    expect(fyi.marker).toBeNull();
  });

  it("clips spans to the unit, drops spans outside it and sorts by position", () => {
    const marks = unitMarks([cand({ kind: "request", from: 30, to: 60 }), cand({ kind: "commitment", from: 5, to: 15 }), cand({ kind: "fyi", from: 70, to: 80 })], 10, 50, () => null);
    expect(marks.map((m) => [m.from, m.to, m.group.kind])).toEqual([
      [0, 5, "commitment"],
      [20, 40, "request"],
    ]);
  });

  it("throws on a broken extractor span and on a malformed host item", () => {
    expect(() => unitMarks([{ ...cand({ kind: "commitment", from: 0, to: 1 }), from: 1.5 }], 0, 9, () => null)).toThrow("Extractor returned a candidate with a bad span 1.5..1");
    const bad = { id: 7 } as unknown as Item;
    expect(() => unitMarks([cand({ kind: "commitment", from: 0, to: 1 })], 0, 9, () => bad)).toThrow('Host lookup returned a malformed item (need id, path and status strings): {"id":7}');
  });
});

describe("placeGroup", () => {
  it("moves candidates to where their span is now, with the current line", () => {
    const doc = Text.of(["new line", "- Maya will send it"]);
    const [mark] = unitMarks([cand({ kind: "commitment", from: 2, to: 19 })], 2, 19, () => null);
    const [moved] = placeGroup(mark.group, 11, doc);
    expect([moved.from, moved.to, moved.line]).toEqual([11, 28, 2]);
  });
});
