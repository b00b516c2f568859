// The highlighter extracts windows of a note (from the heading above the viewport) and caches
// units by context + text. These tests run the REAL extractor and check that what the editor
// highlights is exactly what whole-note extraction finds: on every note of the demo vault, and
// on random notes of tricky structure edited at random.
import { ChangeSet, Text } from "@codemirror/state";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractorSource } from "../../src/editor/extractor-source";
import { MarkCollector } from "../../src/editor/mark-collector";
import { placeGroup } from "../../src/editor/span-marks";
import { extractNote } from "../../src/extract/extract";
import type { Candidate } from "../../src/model/candidate";
import { demoContext, demoNotes } from "./demo-team";

const noLookup = () => null;

/** Candidates the collector shows for `ranges`, placed in the current document, in order. */
function shown(collector: MarkCollector, doc: Text, ranges: Array<{ from: number; to: number }>, text: string, path: string): { candidates: Candidate[]; units: Array<[number, number]> } {
  const prepared = extractorSource.prepare(text, demoContext(path));
  const candidates: Candidate[] = [];
  const units: Array<[number, number]> = [];
  for (const unit of collector.collect(doc, ranges, prepared, noLookup)) {
    units.push([unit.from, unit.to]);
    for (const m of unit.marks ?? []) candidates.push(...placeGroup(m.group, unit.from + m.from, doc));
  }
  return { candidates, units };
}

const order = (a: Candidate, b: Candidate): number => a.from - b.from || a.kind.localeCompare(b.kind);

describe("windowed extraction equals whole-note extraction (real extractor)", () => {
  const notes = demoNotes().filter((n) => !n.path.startsWith("People/") && !n.path.startsWith("Teams/"));

  it("covers the demo vault", () => {
    expect(notes.length).toBeGreaterThan(40);
  });

  it.each(notes.map((n) => [n.path, n.text] as const))("%s: every line's window finds exactly the note's candidates", (path, text) => {
    const doc = Text.of(text.split(/\r?\n/));
    const normal = doc.toString();
    const whole = extractNote(normal, demoContext(path)).candidates;
    const collector = new MarkCollector();
    const seen = new Map<string, Candidate>();
    for (let n = 1; n <= doc.lines; n++) {
      const line = doc.line(n);
      for (const c of shown(collector, doc, [{ from: line.from, to: line.to }], normal, path).candidates) seen.set(`${c.kind}@${c.from}`, c);
    }
    expect([...seen.values()].sort(order)).toEqual([...whole].sort(order));
  });
});

/** Lines that exercise every piece of context the extractor reads. */
const POOL = [
  "## Next", "## Done", "## Blockers", "## Decisions", "# Notes", "### Random heading",
  "Action items:", "**Next steps:**", "__Blockers__",
  "- Maya will send the brief by Thursday EOD", "- [ ] Daniel to review the API spec by Friday", "- [x] Shipped the export fix",
  "- Sarah will handle the client brief by Wednesday ^ho-abc1234", "* Wei Ling will draft the migration plan tomorrow",
  "I'll have the mockups ready Thursday and need sign-off from Dev before Friday EOD.",
  "Decision: we go with vendor X because it is cheaper.", "I'm proceeding with Option A at 3pm Friday unless someone raises a blocker.",
  "Input needed by Thursday EOD on the pricing page.", "FYI, no action required.", "Blocked until the API is merged.",
  "It will probably rain tomorrow.", "send the notes to Arjun", "and review them by Monday.",
  "Plain paragraph with nothing to track.", "", "", "",
  "```", "Maya will send the brief by Thursday EOD", "~~~", "%% hidden %%", "%%", "<!-- note", "-->",
  "| a | b |", "> [!note] Olivia will book the room by Monday", "> quoted: Noah will fix it today", "  indented continuation line", "---",
];

const HEADER = "---\nauthor: Maya Chen\ndate: 2026-11-23\n---\n";

/** The same lines without headings: windows then start at plain paragraphs, where fences and comments matter most. */
const HEADINGLESS = POOL.filter((l) => !l.startsWith("#"));

describe("windowed extraction under random edits (real extractor, property)", () => {
  it.each([
    ["with headings", POOL],
    ["without headings", HEADINGLESS],
  ] as const)("keeps the visible highlights equal to a fresh extraction of the edited note (%s)", (_name, pool) => {
    const edit = fc.record({
      kind: fc.constantFrom("insert", "delete", "type", "replace"),
      at: fc.nat(),
      line: fc.nat(pool.length - 1),
      char: fc.constantFrom("x", " ", ":", "#", "`", "%", "\n", "-"),
    });
    fc.assert(
      fc.property(fc.array(fc.nat(pool.length - 1), { minLength: 5, maxLength: 60 }), fc.array(edit, { minLength: 1, maxLength: 12 }), fc.nat(), (picks, edits, viewSeed) => {
        const path = "Channels/billing-v2/2026-11-23 Maya Chen.md";
        let doc = Text.of((HEADER + picks.map((i) => pool[i]).join("\n")).split("\n"));
        const collector = new MarkCollector();
        const bodyLine = 5;
        for (const e of edits) {
          const n = bodyLine + (e.at % Math.max(1, doc.lines - bodyLine + 1));
          const line = doc.line(Math.min(n, doc.lines));
          const spec =
            e.kind === "insert" ? { from: line.from, insert: `${pool[e.line]}\n` }
            : e.kind === "delete" ? { from: line.from, to: Math.min(doc.length, line.to + 1) }
            : e.kind === "type" ? { from: line.from + (e.at % (line.length + 1)), insert: e.char }
            : { from: line.from, to: line.to, insert: pool[e.line] };
          const change = ChangeSet.of(spec, doc.length);
          doc = change.apply(doc);
          collector.checkpoints.mapChanges(change, doc);
          const text = doc.toString();
          const start = doc.line(Math.min(doc.lines, bodyLine + (viewSeed % Math.max(1, doc.lines - bodyLine + 1)))).from;
          const view = { from: start, to: Math.min(doc.length, doc.lineAt(start).from + 400) };
          const got = shown(collector, doc, [view], text, path);
          const expected = extractNote(text, demoContext(path)).candidates.filter((c) => got.units.some(([f, t]) => c.from >= f && c.from < t));
          expect(got.candidates.sort(order)).toEqual(expected.sort(order));
        }
      }),
      { numRuns: 120, seed: 20261124 },
    );
  });

  it("does not start a window at a paragraph inside a comment that closes above the view", () => {
    const path = "Docs/comment.md";
    const text = "%%\n\nHidden paragraph about the plan.\n%%\n\n- Daniel will review the API spec by Monday";
    const doc = Text.of(text.split("\n"));
    const got = shown(new MarkCollector(), doc, [{ from: doc.line(6).from, to: doc.length }], text, path);
    const whole = extractNote(text, demoContext(path)).candidates;
    expect(whole.map((c) => c.kind)).toEqual(["commitment"]);
    expect(got.candidates).toEqual(whole);
  });

  it("does not start a window below a code block whose lines a later paragraph repeats", () => {
    const path = "Docs/echo.md";
    const text = "```\nMaya will send the brief by Thursday EOD\n```\n\nPlain paragraph first.\n\nMaya will send the brief by Thursday EOD";
    const doc = Text.of(text.split("\n"));
    const got = shown(new MarkCollector(), doc, [{ from: doc.line(7).from, to: doc.length }], text, path);
    expect(extractNote(text, demoContext(path)).candidates).toEqual([]);
    expect(got.candidates).toEqual([]);
  });
});
