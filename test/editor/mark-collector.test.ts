// Tests the DECORATION MECHANISM (windows, cache, placed marks) with a trivial line source,
// not extraction; what gets highlighted is tested with the real extractor elsewhere.
import { ChangeSet, Text } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { MarkCollector } from "../../src/editor/mark-collector";
import { lineSource } from "./line-source";

function note(): Text {
  const lines: string[] = [];
  for (let i = 0; i < 2000; i++) lines.push(i % 50 === 0 ? `## Section ${i}` : i % 5 === 0 ? `Person ${i} will send item ${i}` : `plain line ${i}`);
  return Text.of(lines);
}

const noLookup = () => null;
const spans = (placed: ReturnType<MarkCollector["collect"]>): Array<[number, number]> =>
  placed.flatMap((u) => (u.marks ?? []).map((m) => [u.from + m.from, u.from + m.to] as [number, number]));

describe("MarkCollector (mechanism, trivial source)", () => {
  it("marks the units of a range and extracts only its window", () => {
    const doc = note();
    const source = lineSource();
    const collector = new MarkCollector();
    const range = { from: doc.line(1000).from, to: doc.line(1040).to };
    const placed = collector.collect(doc, [range], source.prepare(), noLookup);
    const expected = [];
    for (let n = 1000; n <= 1040; n++) if (doc.line(n).text.includes(" will ")) expected.push([doc.line(n).from, doc.line(n).to]);
    expect(spans(placed).filter(([f]) => f >= range.from)).toEqual(expected);
    expect(collector.counters.windowChars).toBeLessThan(doc.line(1042).from - doc.line(1000).from + 4_000);
  });

  it("re-extracts only the unit a keystroke changed, placing cached marks where they moved", () => {
    let doc = note();
    const source = lineSource();
    const prepared = source.prepare();
    const collector = new MarkCollector();
    const range = (d: Text) => ({ from: d.line(1000).from, to: d.line(1040).to });
    collector.collect(doc, [range(doc)], prepared, noLookup);
    const before = collector.counters.extractedUnits;
    const change = ChangeSet.of({ from: doc.line(1010).from, insert: "x" }, doc.length);
    doc = change.apply(doc);
    collector.checkpoints.mapChanges(change, doc);
    const placed = collector.collect(doc, [range(doc)], prepared, noLookup);
    expect(collector.counters.extractedUnits - before).toBe(1);
    const moved = doc.line(1016);
    expect(moved.text).toContain(" will ");
    expect(spans(placed)).toContainEqual([moved.from, moved.to]);
  });

  it("extracts the newly visible units on a scroll and nothing when scrolling back", () => {
    const doc = note();
    const source = lineSource();
    const prepared = source.prepare();
    const collector = new MarkCollector();
    const top = { from: doc.line(100).from, to: doc.line(140).to };
    const bottom = { from: doc.line(1900).from, to: doc.line(1940).to };
    collector.collect(doc, [top], prepared, noLookup);
    const afterTop = collector.counters.extractedUnits;
    collector.collect(doc, [bottom], prepared, noLookup);
    const afterBottom = collector.counters.extractedUnits;
    collector.collect(doc, [top], prepared, noLookup);
    expect(afterBottom - afterTop).toBeGreaterThan(30);
    expect(afterBottom - afterTop).toBeLessThan(100);
    expect(collector.counters.extractedUnits).toBe(afterBottom);
  });
});
