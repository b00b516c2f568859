import type { Candidate } from "../model/candidate";

/**
 * Rule candidates and grounded LLM candidates of one note, as one list in document order with
 * no duplicates for the same span. The rules win: an LLM item whose span overlaps a rule
 * candidate of the same kind is the same finding and is dropped; so is one overlapping a rule
 * `fyi` (an FYI sentence is not also read as anything else, as the rules do). An LLM item of a
 * kind the rules did not find there, or on a span they missed, is added with `extractedBy: "llm"`.
 */

/** The merged list and how many LLM items were already found by the rules (or twice by the model). */
export interface MergedCandidates {
  readonly candidates: Candidate[];
  readonly duplicates: number;
}

/** Merges; `rules` must be in document order (as `extractNote` returns them). Pure. */
export function mergeCandidates(rules: readonly Candidate[], llm: readonly Candidate[]): MergedCandidates {
  const added: Candidate[] = [];
  let duplicates = 0;
  for (const c of [...llm].sort((a, b) => a.from - b.from)) {
    const known = rules.some((r) => overlaps(r, c) && (r.kind === c.kind || r.kind === "fyi")) || added.some((a) => overlaps(a, c) && a.kind === c.kind);
    if (known) duplicates++;
    else added.push(c);
  }
  if (added.length === 0) return { candidates: [...rules], duplicates };
  const candidates: Candidate[] = [];
  let i = 0;
  for (const r of rules) {
    while (i < added.length && added[i].from < r.from) candidates.push(added[i++]);
    candidates.push(r);
  }
  while (i < added.length) candidates.push(added[i++]);
  return { candidates, duplicates };
}

/** True when two spans share at least one character. */
function overlaps(a: Candidate, b: Candidate): boolean {
  return a.from < b.to && b.from < a.to;
}
