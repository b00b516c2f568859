import { splitFrontmatter } from "../store/frontmatter";
import { conflictCopyPath } from "./conflict-copy";
import type { CommitStamp, GitBackend, UnmergedPath } from "./git-backend";
import { isItemNoteText } from "./item-note";
import { mergeItemNote } from "./merge-item";
import { mergePlainNote } from "./merge-plain";
import { decodeText, encodeText } from "./text-bytes";

/**
 * The opening or closing line of a conflict git wrote into a file: 7 `<` or `>` at a line
 * start, then a space or the line end. Matches `<<<<<<< HEAD`, `>>>>>>> origin/main`, `>>>>>>>`;
 * not `=======` (a setext heading's underline can be exactly that), `<<<<<<` (six),
 * `a <<<<<<< b` or `<<<<<<<<` (eight).
 */
export const CONFLICT_MARKER = /^(?:<{7}|>{7})(?: |\r?$)/m;

/** What became of one conflicted path. */
export type ResolutionKind =
  /** An item note merged field by field; `conflicts` lists values that lost (kept in the note). */
  | "item-merged"
  /** A plain note merged line by line (block-id aware). */
  | "note-merged"
  /** Both versions kept: ours at the path, theirs in `copy`; `reason` says why. */
  | "conflict-copy"
  /** One side deleted the file, the other edited it: the edited version is kept. */
  | "kept-edited"
  /** Both sides deleted it. */
  | "deleted";

/** One resolved path, for the sync report and the status bar. */
export interface Resolution {
  readonly path: string;
  readonly kind: ResolutionKind;
  /** conflict-copy: where the other version went. */
  readonly copy?: string;
  /** conflict-copy and kept-edited: why, in words for the person. */
  readonly reason?: string;
  /** item-merged: the conflict notes recorded in the note. */
  readonly conflicts?: readonly string[];
}

/** Who wrote each side of the merge being resolved, per path, with a fallback for paths not found. */
export interface MergeSides {
  readonly ours: ReadonlyMap<string, CommitStamp>;
  readonly theirs: ReadonlyMap<string, CommitStamp>;
  readonly oursDefault: CommitStamp;
  readonly theirsDefault: CommitStamp;
}

/**
 * Resolves every unmerged path in the index so nothing is lost and no conflict marker is left:
 * item notes through {@link mergeItemNote}, other text notes through {@link mergePlainNote};
 * when those cannot merge (both rewrote the same lines, YAML that does not parse, binary
 * files), ours stays at the path and theirs goes to a conflict copy beside it. A file deleted
 * on one side and edited on the other keeps the edit. Every resolved path is staged.
 */
export async function resolveConflicts(git: GitBackend, entries: readonly UnmergedPath[], sides: MergeSides): Promise<Resolution[]> {
  const ids = entries.flatMap((e) => [e.base, e.ours, e.theirs]).filter((id): id is string => id !== null);
  const blobs = await git.readBlobs(ids);
  const blob = (id: string | null): Uint8Array | null => {
    if (id === null) return null;
    const bytes = blobs.get(id);
    if (!bytes) throw new Error(`git did not return blob ${id}`);
    return bytes;
  };
  const planned = new Set<string>(entries.map((e) => e.path));
  const out: Resolution[] = [];
  const staged: string[] = [];
  const removed: string[] = [];
  for (const entry of entries) {
    const ours = blob(entry.ours);
    const theirs = blob(entry.theirs);
    const oursStamp = sides.ours.get(entry.path) ?? sides.oursDefault;
    const theirsStamp = sides.theirs.get(entry.path) ?? sides.theirsDefault;
    if (ours === null && theirs === null) {
      removed.push(entry.path);
      out.push({ path: entry.path, kind: "deleted" });
      continue;
    }
    if (ours === null || theirs === null) {
      const kept = (ours ?? theirs) as Uint8Array;
      await git.writeFile(entry.path, kept);
      staged.push(entry.path);
      const editor = ours === null ? theirsStamp.author : oursStamp.author;
      out.push({ path: entry.path, kind: "kept-edited", reason: `deleted on one side and edited by ${editor} on the other: the edited version is kept` });
      continue;
    }
    const merged = mergeVersions(blob(entry.base), ours, theirs, oursStamp, theirsStamp);
    if ("text" in merged) {
      await git.writeFile(entry.path, encodeText(merged.text));
      staged.push(entry.path);
      out.push(merged.item ? { path: entry.path, kind: "item-merged", conflicts: merged.conflicts } : { path: entry.path, kind: "note-merged" });
      continue;
    }
    const copy = await freeCopyPath(git, entry.path, theirsStamp, planned);
    planned.add(copy);
    await git.writeFile(entry.path, ours);
    await git.writeFile(copy, theirs);
    staged.push(entry.path, copy);
    out.push({ path: entry.path, kind: "conflict-copy", copy, reason: merged.reason });
  }
  // Staged together at the end: one git call for many files, and nothing staged half way.
  if (removed.length > 0) await git.remove(removed);
  if (staged.length > 0) await git.add(staged);
  return out;
}

/** Two versions merged into one text (`item` when it is an item note), or why both must be kept. */
export type VersionsMerge = { readonly text: string; readonly item: boolean; readonly conflicts: readonly string[] } | { readonly reason: string };

/**
 * Merges two versions of one file (bytes, as git stores them) the way sync does: text files
 * with valid frontmatter on both sides; item notes field by field, other notes line by line.
 * Returns why not when the file is binary, a side's frontmatter does not parse, or the
 * versions cannot merge. Shared by the sync step and `handoff merge-driver`.
 */
export function mergeVersions(baseBytes: Uint8Array | null, oursBytes: Uint8Array, theirsBytes: Uint8Array, oursStamp: CommitStamp, theirsStamp: CommitStamp): VersionsMerge {
  const ours = decodeText(oursBytes);
  const theirs = decodeText(theirsBytes);
  if (ours === null || theirs === null) return { reason: "binary or very large file: git cannot merge it line by line" };
  const base = baseBytes === null ? null : decodeText(baseBytes);
  for (const [side, text] of [["ours", ours], ["theirs", theirs]] as const) {
    const error = splitFrontmatter(text).error;
    if (error !== null) return { reason: `${side === "ours" ? "this device's" : `${theirsStamp.author}'s`} version has ${error}; it is never merged automatically` };
  }
  if (isItemNoteText(ours) || isItemNoteText(theirs)) {
    const result = mergeItemNote(base, ours, theirs, { oursTime: oursStamp.time, theirsTime: theirsStamp.time, oursAuthor: oursStamp.author, theirsAuthor: theirsStamp.author });
    if ("unmergeable" in result) return { reason: `item note not merged: ${result.unmergeable}` };
    return { text: result.text, item: true, conflicts: result.conflicts };
  }
  const order = Date.parse(oursStamp.time) - Date.parse(theirsStamp.time);
  const oursFirst = order !== 0 && !Number.isNaN(order) ? order < 0 : ours <= theirs;
  const result = mergePlainNote(base, ours, theirs, oursFirst);
  if ("conflict" in result) return { reason: result.conflict };
  return { text: result.text, item: false, conflicts: [] };
}

/** The first conflict-copy name not in the working tree and not planned by this resolution. */
async function freeCopyPath(git: GitBackend, path: string, theirs: CommitStamp, planned: ReadonlySet<string>): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = conflictCopyPath(path, theirs.author, theirs.time, n);
    if (!planned.has(candidate) && (await git.readFile(candidate)) === null) return candidate;
  }
}
