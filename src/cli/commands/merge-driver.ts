import { readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { conflictCopyPath } from "../../sync/conflict-copy";
import type { CommitStamp } from "../../sync/git-backend";
import { openGitRepository, type SimpleGitBackend } from "../../sync/git-simple";
import { mergeVersions } from "../../sync/resolve-conflicts";
import { encodeText } from "../../sync/text-bytes";
import { CliError, type CliIo, type CommandSpec } from "../command";

/** The stamp of a side nobody can name (the driver run by hand, outside a merge): ties go by value. */
const UNKNOWN_SIDE: CommitStamp = { time: "1970-01-01T00:00:00Z", author: "unknown" };

/** `GITHEAD_<sha>`: the variable git sets for the branch being merged, naming its commit. */
const MERGED_HEAD_VARIABLE = /^GITHEAD_([0-9a-f]{40,64})$/;

/**
 * `handoff merge-driver BASE OURS THEIRS PATH`: git's custom merge driver protocol (`%O %A %B
 * %P`). Merges the three versions as sync does (item notes field by field, other notes line
 * by line, block-id aware) and writes the result to OURS, exiting 0. When they cannot merge
 * (both rewrote the same lines, YAML that does not parse, binary), OURS is left as it was, the
 * other version is written beside PATH as a conflict copy, and it exits 1 so git reports the
 * path as conflicted: no conflict markers either way. Recipe in docs/sync.md.
 */
export const mergeDriverCommand: CommandSpec = {
  name: "merge-driver",
  summary: "git merge driver for vault notes: item notes field by field, others line by line; never writes conflict markers.",
  usage: 'handoff merge-driver BASE OURS THEIRS PATH   (git config merge.handoff.driver "npx handoff merge-driver %O %A %B %P")',
  async run(args: readonly string[], io: CliIo): Promise<number> {
    if (args.length !== 4) throw new CliError(`give four arguments, BASE OURS THEIRS PATH (git passes %O %A %B %P), not ${args.length}.`, 2);
    const [basePath, oursPath, theirsPath, path] = args.map((a, i) => (i < 3 ? resolve(io.cwd, a) : a));
    const [base, ours, theirs] = await Promise.all([basePath, oursPath, theirsPath].map((file) => readInput(file)));
    const sides = await sideStamps(io, path);
    // git passes an empty file as the base when both sides added the path.
    const merged = mergeVersions(base.length === 0 ? null : base, ours, theirs, sides.ours, sides.theirs);
    if ("text" in merged) {
      await writeFile(oursPath, encodeText(merged.text));
      if (merged.conflicts.length > 0) io.stderr(`handoff merge-driver: ${path}: kept in its conflicts field: ${merged.conflicts.join("; ")}\n`);
      return 0;
    }
    const copy = await freeCopy(io.cwd, path, sides.theirs);
    await writeFile(join(io.cwd, copy), theirs);
    io.stderr(`handoff merge-driver: kept both versions of ${path}: yours stays there, theirs is in ${copy} (${merged.reason}). Add both and commit to finish the merge.\n`);
    return 1;
  },
};

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch {
    throw new CliError(`cannot read ${file}; git passes the three versions as files (%O %A %B).`);
  }
}

/** Author and time of the last change to `path` on each side: ours is HEAD, theirs the commit git names in `GITHEAD_<sha>` (or MERGE_HEAD). */
async function sideStamps(io: CliIo, path: string): Promise<{ ours: CommitStamp; theirs: CommitStamp }> {
  const git = await openGitRepository(io.cwd).catch(() => null);
  if (git === null || "error" in git) return { ours: UNKNOWN_SIDE, theirs: UNKNOWN_SIDE };
  const head = await git.resolve("HEAD");
  const named = Object.keys(io.env).flatMap((k) => MERGED_HEAD_VARIABLE.exec(k)?.[1] ?? []).find((sha) => sha !== head);
  const other = named ?? (await git.resolve("MERGE_HEAD"));
  if (head === null) return { ours: UNKNOWN_SIDE, theirs: UNKNOWN_SIDE };
  const base = other === null ? null : await git.mergeBase(head, other);
  return { ours: await lastChange(git, base, head, path), theirs: other === null ? UNKNOWN_SIDE : await lastChange(git, base, other, path) };
}

async function lastChange(git: SimpleGitBackend, base: string | null, rev: string, path: string): Promise<CommitStamp> {
  return (await git.lastChanges(base, rev)).get(path) ?? (await git.stamp(rev));
}

async function freeCopy(root: string, path: string, theirs: CommitStamp): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = conflictCopyPath(path, theirs.author, theirs.time, n);
    if ((await stat(join(root, candidate)).catch(() => null)) === null) return candidate;
  }
}
