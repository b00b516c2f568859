import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diff3, matchSequences, settleConflict, unionInsertions, type Diff3Chunk } from "../../src/sync/diff3";

const id = (s: string): string => s;

/** Longest common subsequence length by dynamic programming: the reference Myers must reach. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return row[b.length];
}

/** The merge a chunk list describes when every conflict takes ours (for shape checks). */
function pick(chunks: Array<Diff3Chunk<string>>): string[] {
  return chunks.flatMap((c) => (c.kind === "theirs" ? c.theirs : c.ours));
}

const lines = fc.array(fc.constantFrom("a", "b", "c", "d", "", "e"), { maxLength: 12 });

describe("matchSequences", () => {
  it("finds a longest common subsequence (checked against dynamic programming)", () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const pairs = matchSequences(a, b);
        for (let k = 0; k < pairs.length; k++) {
          const [i, j] = pairs[k];
          expect(a[i]).toBe(b[j]);
          if (k > 0) {
            expect(i).toBeGreaterThan(pairs[k - 1][0]);
            expect(j).toBeGreaterThan(pairs[k - 1][1]);
          }
        }
        expect(pairs.length).toBe(lcsLength(a, b));
      }),
      { numRuns: 400 },
    );
  });

  it("matches a long file with one changed line in the middle", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `line ${i}`);
    const b = [...a];
    b[1500] = "changed";
    expect(matchSequences(a, b)).toHaveLength(2999);
  });
});

describe("diff3 chunks", () => {
  const table: Array<[string, string[], string[], string[], string[]]> = [
    ["ours changed one line", ["a", "b", "c"], ["a", "B", "c"], ["a", "b", "c"], ["stable", "ours", "stable"]],
    ["theirs changed one line", ["a", "b", "c"], ["a", "b", "c"], ["a", "b", "C"], ["stable", "theirs"]],
    ["both changed different lines", ["a", "b", "c"], ["A", "b", "c"], ["a", "b", "C"], ["ours", "stable", "theirs"]],
    ["both changed one line alike", ["a", "b", "c"], ["a", "X", "c"], ["a", "X", "c"], ["stable", "same", "stable"]],
    ["both changed one line differently", ["a", "b", "c"], ["a", "X", "c"], ["a", "Y", "c"], ["stable", "conflict", "stable"]],
    ["both appended", ["a"], ["a", "x"], ["a", "y"], ["stable", "conflict"]],
  ];
  it.each(table)("%s", (_name, base, ours, theirs, kinds) => {
    expect(diff3(base, ours, theirs, id).map((c) => c.kind)).toEqual(kinds);
  });

  it("partitions each version: the chunks' ranges concatenate back to base, ours and theirs", () => {
    fc.assert(
      fc.property(lines, lines, lines, (base, ours, theirs) => {
        const chunks = diff3(base, ours, theirs, id);
        expect(chunks.flatMap((c) => c.base)).toEqual(base);
        expect(chunks.flatMap((c) => c.ours)).toEqual(ours);
        expect(chunks.flatMap((c) => c.theirs)).toEqual(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it("merge(b, b, x) = x, merge(b, x, b) = x and merge(b, x, x) = x, without conflicts", () => {
    fc.assert(
      fc.property(lines, lines, (base, x) => {
        for (const [o, t] of [[base, x], [x, base], [x, x]]) {
          const chunks = diff3(base, o, t, id);
          expect(chunks.some((c) => c.kind === "conflict")).toBe(false);
          expect(pick(chunks)).toEqual(x);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("settling conflicts", () => {
  const settle = (base: string[], ours: string[], theirs: string[], oursFirst = true): string[] | null =>
    settleConflict({ kind: "conflict", base, ours, theirs }, id, oursFirst);

  it("keeps both insertions at one place, the earlier side first", () => {
    expect(settle([], ["x"], ["y"])).toEqual(["x", "y"]);
    expect(settle([], ["x"], ["y"], false)).toEqual(["y", "x"]);
  });
  it("writes shared leading and trailing lines of two insertions once", () => {
    expect(unionInsertions(["", "x", "end"], ["", "y", "end"], id)).toEqual(["", "x", "y", "end"]);
    expect(unionInsertions(["x"], ["x"], id)).toEqual(["x"]);
  });
  it("keeps an edit and the lines the other side appended after the edited lines", () => {
    expect(settle(["l"], ["L2"], ["l", "comment"])).toEqual(["L2", "comment"]);
    expect(settle(["l"], ["l", "comment"], ["L2"])).toEqual(["L2", "comment"]);
  });
  it("keeps an edit and the lines the other side put before the edited lines", () => {
    expect(settle(["l"], ["L2"], ["note", "l"])).toEqual(["note", "L2"]);
  });
  it("keeps both sides' additions after lines both kept", () => {
    expect(settle(["l"], ["l", "x"], ["l", "y"])).toEqual(["l", "x", "y"]);
  });
  it("gives up when both rewrote the same lines", () => {
    expect(settle(["l"], ["X"], ["Y"])).toBeNull();
  });
});
