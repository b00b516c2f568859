import { KIND_FOLDER } from "../model/kind";
import type { Item } from "../model/item";

/** Longest title slug in an item note's file name, in characters (before ` (<id>).md`). */
export const MAX_SLUG_LENGTH = 60;

/**
 * Characters that cannot be in a file name on some platform or break an Obsidian link:
 * `\ / : * ? " < > |` (Windows, macOS), `# ^ [ ] |` (links), and control characters.
 */
const UNSAFE_FILENAME_CHARS = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;

/** Runs of whitespace, collapsed to one space. */
const WHITESPACE_RUN = /\s+/g;

/** Dots and spaces at either end, which Windows strips or hides. */
const EDGE_DOTS_AND_SPACES = /^[.\s]+|[.\s]+$/g;

/** The id at the end of an item note's file name: `Send the brief (ho-k3j9x2a).md`. Group 1 the id. */
export const ID_IN_FILENAME = /\(([A-Za-z0-9_-]+)\)(?:\.md)?$/;

/**
 * A file-system-safe slug of an item's title: unsafe characters become spaces, whitespace is
 * collapsed, and it is cut to {@link MAX_SLUG_LENGTH} characters at a word boundary when one is
 * near (never inside a surrogate pair). An empty result becomes `Untitled`.
 */
export function titleSlug(title: string): string {
  let slug = title.slice(0, MAX_SLUG_LENGTH * 4).replace(UNSAFE_FILENAME_CHARS, " ").replace(WHITESPACE_RUN, " ").replace(EDGE_DOTS_AND_SPACES, "");
  if (slug.length > MAX_SLUG_LENGTH) {
    const wholeWord = slug[MAX_SLUG_LENGTH] === " ";
    let cut = slug.slice(0, MAX_SLUG_LENGTH);
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    const space = cut.lastIndexOf(" ");
    slug = (wholeWord || space < MAX_SLUG_LENGTH / 2 ? cut : cut.slice(0, space)).replace(EDGE_DOTS_AND_SPACES, "");
  }
  return slug === "" ? "Untitled" : slug;
}

/**
 * Where a new item note goes: `<itemsFolder>/<Kind folder>/<title slug> (<id>).md`. The id in
 * the name keeps it unique; the path never changes after creation, even when the title does.
 */
export function itemNotePath(itemsFolder: string, kind: Item["kind"], title: string, id: string): string {
  return `${itemsFolder}/${KIND_FOLDER[kind]}/${titleSlug(title)} (${id}).md`;
}

/** The item id in an item note's path or link target, or null when the name has none. */
export function idFromPath(path: string): string | null {
  return ID_IN_FILENAME.exec(path)?.[1] ?? null;
}
