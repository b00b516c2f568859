import { splitFrontmatter } from "../store/frontmatter";
import { diff3, settleConflict, splitLines } from "./diff3";

/**
 * Handoff's block id at the end of a line: one space or tab, `^ho-`, 7 lowercase base-36
 * characters, optional trailing spaces or tabs. Matches `Ship it by Friday. ^ho-k3j9x2a`;
 * not `^ho-k3j9x2a` alone on a line (no text before it), `see ^ho-k3j9x2a here`, `^ho-ABCDEFG`
 * or a person's own `^my-block`. Group 1 is the id.
 */
export const TRAILING_BLOCK_ID = /[ \t]\^(ho-[a-z0-9]{7})[ \t]*$/;

/** One line with its Handoff block id held apart, so text merges without it. */
interface Line {
  /** The line without the block id suffix and without a trailing `\r`. */
  readonly text: string;
  /** The block id suffix as written (` ^ho-k3j9x2a`), or "" when none. */
  readonly suffix: string;
  readonly id: string | null;
  readonly cr: string;
}

/** A plain note merged line by line, or why it could not be (the caller keeps a conflict copy). */
export type PlainMergeResult = { readonly text: string } | { readonly conflict: string };

const keyOf = (line: Line): string => line.text + line.cr;

/**
 * Three-way merge of a plain note (a source note, a People note, anything but an item note),
 * aware of the block ids the store appends: ids are held apart while the text merges and put
 * back afterwards, so "one side appended `^ho-…` ids, the other edited the sentence" gives the
 * edited sentence with its id. Insertions both sides made at one place are both kept, the side
 * that edited first (`oursFirst`) first. Returns a conflict when both sides created the note
 * (`base` null) differently, rewrote the same lines, gave one line different ids, when an id
 * can no longer be placed on a line, or when the merge would break frontmatter both sides had
 * valid (two values added for one key).
 */
export function mergePlainNote(base: string | null, ours: string, theirs: string, oursFirst: boolean): PlainMergeResult {
  if (ours === theirs) return { text: ours };
  if (base === null) return { conflict: "both sides created this note with different content" };
  if (ours === base) return { text: theirs };
  if (theirs === base) return { text: ours };
  const b = parseLines(base);
  const o = parseLines(ours);
  const t = parseLines(theirs);
  const out: Line[] = [];
  for (const chunk of diff3(b, o, t, keyOf)) {
    if (chunk.kind === "stable" || chunk.kind === "same") {
      for (let i = 0; i < chunk.ours.length; i++) {
        const picked = pickSuffix(chunk.kind === "stable" ? chunk.base[i] : undefined, chunk.ours[i], chunk.theirs[i]);
        if (picked === null) return { conflict: `both sides gave the line "${chunk.ours[i].text}" a different block id` };
        out.push(picked);
      }
    } else if (chunk.kind === "ours" || chunk.kind === "theirs") {
      out.push(...(chunk.kind === "ours" ? chunk.ours : chunk.theirs));
    } else {
      const settled = settleConflict(chunk, keyOf, oursFirst);
      if (!settled) return { conflict: "both sides changed the same lines" };
      out.push(...settled);
    }
  }
  const placed = placeBlockIds(out, b, o, t);
  if (typeof placed === "string") return { conflict: placed };
  const text = placed.map((l) => l.text + l.suffix + l.cr).join("\n");
  const broken = splitFrontmatter(text).error;
  if (broken !== null && splitFrontmatter(ours).error === null && splitFrontmatter(theirs).error === null) {
    return { conflict: `merging line by line would leave ${broken}` };
  }
  return { text };
}

function parseLines(text: string): Line[] {
  return splitLines(text).map((raw) => {
    const cr = raw.endsWith("\r") ? "\r" : "";
    const line = cr ? raw.slice(0, -1) : raw;
    const match = TRAILING_BLOCK_ID.exec(line);
    if (!match || match.index === 0) return { text: line, suffix: "", id: null, cr };
    return { text: line.slice(0, match.index), suffix: line.slice(match.index), id: match[1], cr };
  });
}

/** The id of a line all sides kept: the side that changed it from the base; null when both changed it differently. */
function pickSuffix(base: Line | undefined, ours: Line, theirs: Line): Line | null {
  if (ours.id === theirs.id) return ours;
  if (base !== undefined && ours.id === base.id) return theirs.id === null ? { ...ours, suffix: "", id: null } : { ...ours, suffix: theirs.suffix, id: theirs.id };
  if (base !== undefined && theirs.id === base.id) return ours;
  if (ours.id === null) return { ...ours, suffix: theirs.suffix, id: theirs.id };
  if (theirs.id === null) return ours;
  return null;
}

/**
 * Puts back every block id a side added (and every id all three kept) that the merged text lost
 * because the other side rewrote its line: onto a line with the same text, else onto the most
 * similar line without an id. Returns a message when an id appears twice or fits nowhere.
 */
function placeBlockIds(out: Line[], base: readonly Line[], ours: readonly Line[], theirs: readonly Line[]): Line[] | string {
  const ids = (lines: readonly Line[]): Map<string, Line> => new Map(lines.filter((l) => l.id !== null).map((l) => [l.id as string, l]));
  const [b, o, t] = [ids(base), ids(ours), ids(theirs)];
  const wanted = new Map<string, Line>();
  for (const [id, line] of o) if (!b.has(id) || t.has(id)) wanted.set(id, line);
  for (const [id, line] of t) if (!wanted.has(id) && (!b.has(id) || o.has(id))) wanted.set(id, line);
  const present = new Set<string>();
  for (const line of out) {
    if (line.id === null) continue;
    if (present.has(line.id)) return `the block id ^${line.id} would appear twice`;
    present.add(line.id);
  }
  const result = [...out];
  for (const id of [...wanted.keys()].sort()) {
    if (present.has(id)) continue;
    const from = wanted.get(id) as Line;
    const at = bestLine(result, from.text);
    if (at < 0) return `the block id ^${id} no longer fits any line (its sentence was rewritten)`;
    result[at] = { ...result[at], suffix: from.suffix, id };
  }
  return result;
}

/** Index of the id-less line with `text`, else the most similar id-less line (word overlap ≥ 0.5); -1 when none. */
function bestLine(lines: readonly Line[], text: string): number {
  const exact = lines.findIndex((l) => l.id === null && l.text === text);
  if (exact >= 0) return exact;
  const words = wordSet(text);
  let best = -1;
  let bestScore = 0.5;
  lines.forEach((line, i) => {
    if (line.id !== null || line.text.trim() === "") return;
    const score = overlap(words, wordSet(line.text));
    if (score >= bestScore && (best < 0 || score > bestScore)) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ""));
}

/** Jaccard overlap of two word sets, 0 when both are empty. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
