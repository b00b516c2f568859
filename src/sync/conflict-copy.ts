/**
 * Characters left out of the author part of a conflict copy's name: path separators, what
 * Windows forbids in file names, what Obsidian forbids in link targets (`# ^ [ ] |`) and
 * control characters.
 */
const UNSAFE_NAME_CHARS = /[\\/:*?"<>|#^[\]\p{Cc}]+/gu;

/** A file's extension with its dot (`.md`), when the last path segment has one after its first character. */
const EXTENSION = /(\.[^./]+)$/;

/**
 * Where the other side's version of a conflicted note is kept, beside it:
 * `Notes/Standup.md` → `Notes/Standup (conflict Wei Ling 2026-11-24).md`. `who` is the other
 * side's author (characters a file name or a link cannot hold are dropped), the date is the
 * UTC date of `isoTime` (the other side's commit), so every device derives the same name.
 * `n` > 1 gives the n-th alternative (` 2`, ` 3` … inside the parentheses) for when a name is
 * in use. Throws `Conflict copy number must be a positive integer, got <n>` on a bad `n`.
 */
export function conflictCopyPath(path: string, who: string, isoTime: string, n = 1): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Conflict copy number must be a positive integer, got ${n}`);
  const slash = path.lastIndexOf("/");
  const dir = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const ext = EXTENSION.exec(name.slice(1))?.[1] ?? "";
  const stem = name.slice(0, name.length - ext.length);
  const author = who.replace(UNSAFE_NAME_CHARS, " ").replace(/\s+/g, " ").trim() || "unknown";
  const ms = Date.parse(isoTime);
  const date = Number.isNaN(ms) ? "undated" : new Date(ms).toISOString().slice(0, 10);
  return `${dir}${stem} (conflict ${author} ${date}${n === 1 ? "" : ` ${n}`})${ext}`;
}
