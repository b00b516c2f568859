import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noteDate } from "../../src/extract/note-date";
import { readNoteHeader } from "../../src/extract/note-header";
import { makeTitle, MAX_TITLE_LENGTH } from "../../src/extract/title";
import { splitFrontmatter } from "../../src/store/frontmatter";

describe("readNoteHeader", () => {
  it("reads flat frontmatter on the fast path with the same values as the yaml package", () => {
    const text = `---\nauthor: "[[Maya Chen]]"\ndate: 2026-11-23\nhours: "09:00-17:30"\nworkdays: [Mon, Tue, "Wed"]\ncount: 3\ndraft: false\ntags:\n  - standup\n  - infra\nempty:\n---\nbody\n`;
    const split = splitFrontmatter(text);
    expect(readNoteHeader(text)).toEqual({ data: split.data, bodyOffset: split.bodyOffset, bodyLine: split.bodyLine, error: null });
    expect(readNoteHeader(text).bodyLine).toBe(13);
  });

  it("hands anything else to the yaml package: nested maps, unquoted links, block scalars", () => {
    for (const yaml of ["author: [[Maya Chen]]", "owners:\n  design: Amara", "note: |\n  multi\n  line", "a: &x 1\nb: *x"]) {
      const text = `---\n${yaml}\n---\nbody`;
      expect(readNoteHeader(text).data).toEqual(splitFrontmatter(text).data);
    }
  });

  it("reports invalid YAML and duplicate keys like splitFrontmatter, and never throws", () => {
    expect(readNoteHeader("---\nauthor: [unclosed\n---\nbody").error).toMatch(/invalid YAML/);
    expect(readNoteHeader("---\na: 1\na: 2\n---\nbody").error).toMatch(/invalid YAML/);
    expect(readNoteHeader("no frontmatter")).toEqual({ data: {}, bodyOffset: 0, bodyLine: 1, error: null });
    expect(readNoteHeader("---\nnever closed\n").bodyOffset).toBe(0);
  });

  it("agrees with splitFrontmatter on random flat frontmatter", () => {
    const key = fc.stringMatching(/^[a-z][a-z_]{0,8}$/);
    const scalar = fc.oneof(fc.stringMatching(/^[A-Za-z0-9 .\-/]{0,12}$/), fc.integer().map(String), fc.constantFrom("true", "false", "null", "~", '"quoted: text"', "'single'", "2026-11-23", "09:00-17:30", "[a, b]", "[]"));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, scalar), { selector: ([k]) => k, maxLength: 6 }), (pairs) => {
        const text = `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\nbody\n`;
        const fast = readNoteHeader(text);
        const slow = splitFrontmatter(text);
        expect(fast.data).toEqual(slow.data);
        expect([fast.bodyOffset, fast.bodyLine, fast.error]).toEqual([slow.bodyOffset, slow.bodyLine, slow.error]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("noteDate", () => {
  it.each([
    [{ date: "2026-11-23" }, "x.md", "2026-11-23", "2026-11-23"],
    [{ created: "2026-11-23T14:05:00+08:00" }, "x.md", "2026-11-23", "2026-11-23T14:05:00+08:00"],
    [{ day: "2026-11-23 09:30" }, "x.md", "2026-11-23", "2026-11-23"],
    [{}, "Channels/infra/2026-11-23 Maya.md", "2026-11-23", "2026-11-23"],
    [{}, "Daily/2026-11-23/standup.md", "2026-11-23", "2026-11-23"],
    [{}, "Notes/standup.md", null, null],
    [{}, "Daily/2026-02-30.md", null, null],
  ] as const)("%j at %s → %s", (data, path, date, reference) => {
    expect(noteDate(data, path)).toMatchObject({ date, reference, problem: null });
  });

  it("reports a date it cannot read, naming the file, and falls back to the file name", () => {
    const got = noteDate({ date: "next tuesday" }, "Daily/2026-11-23.md");
    expect(got.date).toBe("2026-11-23");
    expect(got.problem).toMatch(/^Daily\/2026-11-23\.md: `date: next tuesday` is not a date/);
  });
});

describe("makeTitle", () => {
  it.each([
    ["have the mockups ready Thursday", "Thursday", "Have the mockups ready"],
    ["send the brief by Wednesday.", "by Wednesday", "Send the brief"],
    ["to review [[API spec|the spec]] #infra", null, "Review the spec"],
    ["I'll send it tomorrow", "tomorrow", "Send it"],
    ["be presenting the findings", null, "Presenting the findings"],
    ["", null, "Untitled"],
  ] as const)("%j minus %j → %j", (words, due, expected) => {
    expect(makeTitle(words, due, "")).toBe(expected);
  });

  it("caps long titles at a word with an ellipsis", () => {
    const t = makeTitle("write ".repeat(40), null, "");
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(t.endsWith("…")).toBe(true);
  });
});
