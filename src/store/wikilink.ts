/**
 * Obsidian wikilinks as Handoff writes and reads them in item notes: `[[target]]`,
 * `[[target#^block]]`, `[[target|alias]]`. Targets are vault paths without `.md`, or a bare
 * note name that Obsidian resolves by basename.
 */

/** A whole string that is one wikilink. Group 1 target, group 2 anchor (after `#`), group 3 alias. */
export const WIKILINK = /^\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]$/;

/** A parsed wikilink. `anchor` is the heading or `^block` after `#`; null when absent. */
export interface Wikilink {
  readonly target: string;
  readonly anchor: string | null;
  readonly alias: string | null;
}

/** The link in `text` when the whole (trimmed) string is one wikilink, else null. */
export function parseWikilink(text: string): Wikilink | null {
  const match = WIKILINK.exec(text.trim());
  if (!match) return null;
  return { target: match[1].trim(), anchor: match[2]?.trim() || null, alias: match[3]?.trim() || null };
}

/** Characters a link target cannot hold and still be read back: `[ ] | # ^` and newlines. */
const UNLINKABLE_TARGET = /[[\]|#^\r\n]/;

/** Characters an alias or anchor cannot hold: `[ ] |` and newlines. */
const UNLINKABLE_PART = /[[\]|\r\n]/;

/** True when `target` can be written as a wikilink target (see {@link formatWikilink}). */
export function canLink(target: string): boolean {
  return target !== "" && !UNLINKABLE_TARGET.test(target);
}

/**
 * Writes a wikilink. Throws when a part holds a character that would end the link early
 * (`[`, `]`, `|`, `#`/`^` in the target, newline): such a link could not be read back. Check
 * with {@link canLink} first when the target comes from a person.
 */
export function formatWikilink(target: string, anchor: string | null = null, alias: string | null = null): string {
  if (!canLink(target) || (anchor !== null && UNLINKABLE_PART.test(anchor)) || (alias !== null && UNLINKABLE_PART.test(alias))) {
    throw new RangeError(`Cannot write a wikilink to "${target}"${anchor ? `#${anchor}` : ""}${alias ? `|${alias}` : ""}: it holds [, ], |, # or a newline`);
  }
  return `[[${target}${anchor ? `#${anchor}` : ""}${alias ? `|${alias}` : ""}]]`;
}

/**
 * The display name in a value that may be a wikilink: `[[People/Maya Chen|Maya]]` → `Maya`,
 * `[[People/Maya Chen]]` → `Maya Chen`, plain `Maya Chen` → `Maya Chen` (trimmed).
 */
export function linkName(text: string): string {
  const link = parseWikilink(text);
  if (!link) return text.trim();
  return link.alias ?? noteName(link.target);
}

/** A note's name from its path: `People/Maya Chen.md` → `Maya Chen`. */
export function noteName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
}

/** A note path without its `.md`, the form wikilinks use: `Channels/x/Note.md` → `Channels/x/Note`. */
export function linkTarget(path: string): string {
  return path.replace(/\.md$/, "");
}
