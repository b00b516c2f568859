// A trivial candidate source for testing the DECORATION MECHANISM only (windows, cache, marks),
// not extraction: every non-blank line is a unit, and a line containing " will " is one
// commitment spanning the line. Tests of what gets highlighted use the real extractor.
import type { CandidateSource, PreparedNote, SourceUnit } from "../../src/editor/candidate-source";
import type { ExtractContext } from "../../src/extract/extract";
import { makeCandidate, type Candidate } from "../../src/model/candidate";

function lines(text: string, from: number, to: number, start: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (let ls = start; ls <= text.length; ) {
    const nl = text.indexOf("\n", ls);
    const le = nl === -1 ? text.length : nl;
    if (ls >= to && ls > from) break;
    if (le >= from && text.slice(ls, le).trim() !== "") out.push({ from: ls, to: le });
    if (nl === -1) break;
    ls = nl + 1;
  }
  return out;
}

/** Counts calls so mechanism tests can see what was asked. */
export interface LineSource extends CandidateSource {
  readonly calls: { prepare: number; extract: number };
  prepare(text?: string, ctx?: ExtractContext): PreparedNote;
}

export function lineSource(): LineSource {
  const calls = { prepare: 0, extract: 0 };
  return {
    calls,
    prepare(): PreparedNote {
      calls.prepare++;
      return {
        bodyOffset: 0,
        bodyLine: 1,
        preambleEnd: 0,
        writerZone: null,
        key: "line-source",
        units: (text, from, to): SourceUnit[] => lines(text, from, to, 0).map((l) => ({ ...l, context: "" })),
        extract(text, from, to): Candidate[] {
          calls.extract++;
          return lines(text, from, to, 0)
            .filter((l) => l.from >= from && text.slice(l.from, l.to).includes(" will "))
            .map((l) => makeCandidate({ kind: "commitment", line: 1, from: l.from, to: l.to, text: text.slice(l.from, l.to), title: "t" }));
        },
      };
    },
  };
}
