import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_DIRECTORY } from "../../src/extract/directory";
import { extractNote, extractRange, prepareNote } from "../../src/extract/extract";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { TEAM } from "./helpers";

/** Pieces notes are made of: markdown structure, item sentences, Tasks fields, and noise. */
const PIECES = [
  "---", "---\nauthor: [[Maya Chen]]\ndate: 2026-11-23\n---", "---\nauthor: [unclosed\n", "# Next", "## Done", "### Blockers", "Action items:",
  "- ", "- [ ] ", "- [x] ", "* [/] ", "1. ", "> ", "> [!note] ", "```", "```tasks", "~~~", "%%", "<!--", "-->", "| a | b |", "<div>",
  "I'll send the brief by Wednesday.", "Sarah will handle it by Friday EOD.", "AI: Josh to open a PR", "Waiting on Wei Ling for the results.",
  "need sign-off from Dev before Friday EOD", "Decision: we go with X because it is small.", "Please review the spec by 3pm SGT tomorrow?",
  "I'm proceeding with Option A at 3pm Friday unless someone raises a blocker.", "FYI, no action required.", "Blocked until the API is merged.",
  "📅 2026-11-27", "✅ 2024-02-19", "🔁 every week on Monday", "⛔ abc,def", "🆔 abc", "⏫", "[due:: 2026-11-27]", "^block-1", "#task",
  "[[Maya Chen]]", "@maya", "\\[Leo\\]", "**Erik:**", "e.g.", "?", ".", "\t", "  ", "\u0000", "\uFFFD", "\u200B", "é", "𝔘", "\r\n",
];

const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(" "));
const note = fc.array(line, { maxLength: 25 }).map((lines) => lines.join("\n"));
const ctx = { path: "Channels/x/2026-11-23 Maya.md", directory: TEAM, settings: DEFAULT_TEAM_SETTINGS, now: "2026-11-24T10:00:00Z" };

/** Whitespace runs (and quote markers after line breaks) folded to one space, as candidate text folds a wrapped sentence. */
function fold(text: string): string {
  return text.replace(/\s*\n[\s>]*/g, " ");
}

describe("extractNote on random and malformed notes", () => {
  it("never throws, and every candidate's span holds its text", () => {
    fc.assert(
      fc.property(note, (text) => {
        const result = extractNote(text, ctx);
        for (const c of result.candidates) {
          expect(c.from).toBeGreaterThanOrEqual(0);
          expect(c.to).toBeLessThanOrEqual(text.length);
          expect(c.line).toBeGreaterThanOrEqual(1);
          const span = text.slice(c.from, c.to);
          expect(span.includes("\n") ? fold(span) : span).toContain(c.text);
          expect(text.slice(0, c.from).split("\n").length).toBe(c.line);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic and extractRange agrees with extractNote on any range", () => {
    fc.assert(
      fc.property(note, fc.nat(), fc.nat(), (text, a, b) => {
        const whole = extractNote(text, ctx);
        expect(extractNote(text, ctx)).toEqual(whole);
        const pre = prepareNote(text, ctx);
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        const ranged = extractRange(text, from, to, pre);
        expect(ranged).toEqual(whole.candidates.filter((c) => c.from >= from && c.from < to));
        expect(extractRange(text, 0, text.length, pre)).toEqual(whole.candidates);
      }),
      { numRuns: 200 },
    );
  });

  it("reads binary-looking text, broken frontmatter and an empty note without throwing", () => {
    const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("");
    for (const text of [bytes, "", "---", "---\n---", "---\n: : :\n---\nI'll send it by Friday.", "---\nauthor: [[\n---\n- [ ] task 📅 2026-02-30"]) {
      const result = extractNote(text, { ...ctx, directory: EMPTY_DIRECTORY });
      expect(Array.isArray(result.candidates)).toBe(true);
    }
    const broken = extractNote("---\nauthor: [unclosed\n---\nI'll send the brief by Friday.\n", ctx);
    expect(broken.problems[0]).toMatch(/^Channels\/x\/2026-11-23 Maya\.md: invalid YAML/);
    expect(broken.candidates.map((c) => c.kind)).toEqual(["commitment"]);
  });

  it("reads CRLF notes like LF notes (same kinds, lines, texts, owners, dues)", () => {
    fc.assert(
      fc.property(note, (text) => {
        const lf = text.replace(/\r\n?/g, "\n");
        const crlf = lf.replace(/\n/g, "\r\n");
        const pick = (t: string) => extractNote(t, ctx).candidates.map((c) => [c.kind, c.line, c.text.replace(/\r/g, ""), c.owner, c.due, c.status]);
        expect(pick(crlf)).toEqual(pick(lf));
      }),
      { numRuns: 150 },
    );
  });

  it("skips a 5 MB single line (no sentence end) and still reads the lines around it", () => {
    const giant = "word ".repeat(1_000_000);
    const text = `I'll send the brief by Friday.\n${giant}\n- [ ] Review the spec 📅 2026-11-27\n`;
    const result = extractNote(text, ctx);
    expect(result.candidates.map((c) => [c.line, c.kind])).toEqual([[1, "commitment"], [3, "commitment"]]);
  });
});
