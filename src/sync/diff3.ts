/**
 * A small pure three-way line merge (diff3), so merging works where no `git` binary runs
 * (Obsidian mobile, the browser). No package in the tree provides one: `node-diff3` and `diff`
 * are not installed, and `git merge-file` needs the git binary.
 *
 * {@link matchSequences} is Myers' O((N+M)·D) longest common subsequence; {@link diff3} aligns
 * base→ours and base→theirs on it and cuts the three versions into chunks, each either stable
 * (all three agree) or changed by ours, by theirs, by both alike, or in conflict. Callers decide
 * what a conflict becomes: nothing here writes markers.
 */

/** The most work Myers may do (sum of its trace sizes) before the middle is treated as unmatched. */
const MAX_TRACE_CELLS = 8_000_000;

/**
 * Index pairs `[i, j]` with `key(a[i]) === key(b[j])`, strictly increasing in both, forming a
 * longest common subsequence (common prefix and suffix first, Myers on the rest). When the
 * rest is so different that Myers would exceed {@link MAX_TRACE_CELLS}, its lines are left
 * unmatched: the merge then sees one changed block there, which is safe (never a wrong match).
 */
export function matchSequences(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  for (const [i, j] of myers(a, b, start, endA, start, endB)) pairs.push([i, j]);
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

function myers(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): Array<[number, number]> {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return [];
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let cells = 0;
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    // Snapshot V over k in [-d-1, d+1]: what step d reads.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    cells += 2 * d + 3;
    if (cells > MAX_TRACE_CELLS) return [];
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  const pairs: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const snap = trace[d];
    const at = (k: number): number => snap[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      pairs.push([a0 + x, b0 + y]);
    }
    x = prevX;
    y = prevY;
  }
  return pairs.reverse();
}

/** How a chunk of the three versions relates to the base. */
export type ChunkKind = "stable" | "ours" | "theirs" | "same" | "conflict";

/**
 * One region of a three-way merge, with each version's lines in it:
 * `stable` all agree; `ours` / `theirs` only that side changed (take its lines); `same` both
 * changed alike; `conflict` both changed differently (an insertion by both has `base` empty).
 */
export interface Diff3Chunk<T> {
  readonly kind: ChunkKind;
  readonly base: readonly T[];
  readonly ours: readonly T[];
  readonly theirs: readonly T[];
}

/**
 * Cuts three versions into {@link Diff3Chunk}s (in order; concatenating a chunk list's chosen
 * sides rebuilds a merge). Elements are compared by `key` (the identity for strings).
 */
export function diff3<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[], key: (item: T) => string): Array<Diff3Chunk<T>> {
  const kb = base.map(key);
  const ko = ours.map(key);
  const kt = theirs.map(key);
  const oursAt = alignment(kb, ko);
  const theirsAt = alignment(kb, kt);
  const chunks: Array<Diff3Chunk<T>> = [];
  let b = 0;
  let o = 0;
  let t = 0;
  for (;;) {
    let i = b;
    while (i < base.length && (oursAt[i] < 0 || theirsAt[i] < 0)) i++;
    const oi = i < base.length ? oursAt[i] : ours.length;
    const ti = i < base.length ? theirsAt[i] : theirs.length;
    if (i > b || oi > o || ti > t) {
      chunks.push(classify(base.slice(b, i), ours.slice(o, oi), theirs.slice(t, ti), kb.slice(b, i), ko.slice(o, oi), kt.slice(t, ti)));
    }
    if (i >= base.length) break;
    let j = i + 1;
    while (j < base.length && oursAt[j] === oi + (j - i) && theirsAt[j] === ti + (j - i)) j++;
    const len = j - i;
    chunks.push({ kind: "stable", base: base.slice(i, j), ours: ours.slice(oi, oi + len), theirs: theirs.slice(ti, ti + len) });
    b = j;
    o = oi + len;
    t = ti + len;
  }
  return chunks;
}

function alignment(base: readonly string[], side: readonly string[]): Int32Array {
  const at = new Int32Array(base.length).fill(-1);
  for (const [i, j] of matchSequences(base, side)) at[i] = j;
  return at;
}

function classify<T>(base: T[], ours: T[], theirs: T[], kb: string[], ko: string[], kt: string[]): Diff3Chunk<T> {
  const oursSame = sameKeys(ko, kb);
  const theirsSame = sameKeys(kt, kb);
  let kind: ChunkKind;
  if (oursSame && theirsSame) kind = "stable";
  else if (oursSame) kind = "theirs";
  else if (theirsSame) kind = "ours";
  else if (sameKeys(ko, kt)) kind = "same";
  else kind = "conflict";
  return { kind, base, ours, theirs };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Two insertions made at the same place, both kept: the lines they start and end with in common
 * once, and between them `first`'s own lines, then `second`'s. `[a, x]` and `[a, y]` give
 * `[a, x, y]`; identical insertions give one copy.
 */
export function unionInsertions<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): T[] {
  const kf = first.map(key);
  const ks = second.map(key);
  let head = 0;
  while (head < kf.length && head < ks.length && kf[head] === ks[head]) head++;
  let tail = 0;
  while (tail < kf.length - head && tail < ks.length - head && kf[kf.length - 1 - tail] === ks[ks.length - 1 - tail]) tail++;
  return [
    ...first.slice(0, head),
    ...first.slice(head, first.length - tail),
    ...second.slice(head, second.length - tail),
    ...first.slice(first.length - tail),
  ];
}

/**
 * Settles a `conflict` chunk without losing either side when the two edits do not overlap in
 * substance, or returns null when they do (both rewrote the same lines):
 * - both inserted at one place (empty base): both insertions, see {@link unionInsertions};
 * - one side kept the base lines and added lines after them (a comment appended under a line
 *   the other side edited): the other side's lines, then the added ones; likewise before;
 * - both kept the base lines and added after (or before) them: the base lines and both additions.
 * `oursFirst` orders two insertions (callers pass "the side that edited earlier").
 */
export function settleConflict<T>(chunk: Diff3Chunk<T>, key: (item: T) => string, oursFirst: boolean): T[] | null {
  const { base, ours, theirs } = chunk;
  const union = (a: readonly T[], b: readonly T[]): T[] => (oursFirst ? unionInsertions(a, b, key) : unionInsertions(b, a, key));
  const n = base.length;
  if (n === 0) return union(ours, theirs);
  const kb = base.map(key);
  const oursStarts = sameKeys(ours.slice(0, n).map(key), kb) && ours.length > n;
  const theirsStarts = sameKeys(theirs.slice(0, n).map(key), kb) && theirs.length > n;
  if (oursStarts && theirsStarts) return [...ours.slice(0, n), ...union(ours.slice(n), theirs.slice(n))];
  if (theirsStarts) return [...ours, ...theirs.slice(n)];
  if (oursStarts) return [...theirs, ...ours.slice(n)];
  const oursEnds = ours.length > n && sameKeys(ours.slice(ours.length - n).map(key), kb);
  const theirsEnds = theirs.length > n && sameKeys(theirs.slice(theirs.length - n).map(key), kb);
  if (oursEnds && theirsEnds) return [...union(ours.slice(0, ours.length - n), theirs.slice(0, theirs.length - n)), ...ours.slice(ours.length - n)];
  if (theirsEnds) return [...theirs.slice(0, theirs.length - n), ...ours];
  if (oursEnds) return [...ours.slice(0, ours.length - n), ...theirs];
  return null;
}

/** Splits text into lines on `\n` (a trailing newline gives a last empty line), so join("\n") restores it. */
export function splitLines(text: string): string[] {
  return text.split("\n");
}
