import { displayName } from "../extract/name-key";
import { noteDate } from "../extract/note-date";
import { readNoteHeader } from "../extract/note-header";
import { scalarText } from "../extract/person-fields";
import type { Blocker } from "../model/item";
import type { Directory } from "../model/person";
import { readBlockerLines } from "./blocker-lines";
import { ownString } from "./own-string";

/**
 * What the async-health features need to know about one note, read once per change (issue 7):
 * who wrote it and when, what it links to, its blocker lines and a decision type it states. Kept per note by {@link LinkIndex} and replaced wholesale when
 * the note changes (markdown is the database: nothing here is stored anywhere else).
 */
export interface NoteFacts {
  readonly path: string;
  /** Whether the note is a source note or an item note (item notes contribute blockers only). */
  readonly role: "source" | "item";
  /** The author as resolved (People note name, else as written), or null. Item notes: null. */
  readonly author: string | null;
  /** The note's own date (YYYY-MM-DD), or null. Item notes: null (their date is the source's). */
  readonly date: string | null;
  /** Wiki and markdown links to other notes, in order; item notes: none. */
  readonly links: readonly NoteLink[];
  /** Blocker lines with who raised them and when. */
  readonly blockers: readonly Blocker[];
  /** A decision type the note states: frontmatter `decision_type`, a `#decision/<type>` tag, or "<type> call|decision|question" for a configured type. */
  readonly decisionType: string | null;
}

/** One link: its target as a lookup key and the part after `#` (`^block` or a heading), or null. */
export interface NoteLink {
  /** `path:<lower-case path without .md>` when the target has a folder, else `name:<lower-case name>`. */
  readonly key: string;
  readonly anchor: string | null;
}

/** `[[target#anchor|alias]]` or `![[…]]` anywhere in a line: group 1 target, group 2 anchor. */
export const WIKILINK_IN_TEXT = /!?\[\[([^[\]|#\n]*)(?:#([^[\]|\n]*))?(?:\|[^[\]\n]*)?\]\]/g;

/** A markdown link to a note, `[text](Folder/Note%20name.md#anchor)`: group 1 the path, group 2 the anchor. */
export const MARKDOWN_NOTE_LINK = /\]\(<?([^()<>\s#]+?\.md)(?:#([^()<>\s]*))?>?\)/g;

/** A `#decision/<type>` tag (group 1 the type). */
export const DECISION_TAG = /(?:^|\s)#decision\/([\w-]+)/i;

/** After a decision type's name: " call", " decision", " question" ("It is a product call"). */
export const TYPE_CALL_AFTER = /^[ \t]+(?:call|decision|question)\b/;

/** A character that continues a word: a type name preceded by one is part of another word. */
export const WORD_CHAR = /[\w-]/;

/** A URL scheme (`https:`, `obsidian:`): such a link target is not a note. */
export const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** What the reader needs besides the text. */
export interface NoteFactsContext {
  readonly directory: Directory;
  /** Decision types the team routes (`decision_owners` keys), for "<type> call" in the text. */
  readonly decisionTypes: readonly string[];
}

/** Reads a source note's facts. Never throws on any text. */
export function readSourceFacts(path: string, text: string, ctx: NoteFactsContext): NoteFacts {
  const header = readNoteHeader(text);
  const rawAuthor = firstText(header.data.author);
  const resolved = rawAuthor ? ctx.directory.resolve(rawAuthor) : null;
  const author = resolved ? resolved.name : rawAuthor ? displayName(rawAuthor) || null : null;
  const date = noteDate(header.data, path).date;
  const blockers = readBlockerLines(text, header.bodyLine).map((line) => toBlocker(path, line, author, date, ctx.directory));
  return Object.freeze({
    path,
    role: "source",
    author: ownString(author),
    date,
    links: Object.freeze(readLinks(text)),
    blockers: Object.freeze(blockers),
    decisionType: ownString(decisionTypeOf(header.data.decision_type, text, ctx.decisionTypes)),
  });
}

/** Reads an item note's facts: its blocker lines (raised on the decision note itself, by hand or by the palette command). */
export function readItemFacts(path: string, text: string, directory: Directory): NoteFacts {
  const header = readNoteHeader(text);
  const blockers = readBlockerLines(text, header.bodyLine).map((line) => toBlocker(path, line, null, null, directory));
  return Object.freeze({ path, role: "item", author: null, date: null, links: Object.freeze([]), blockers: Object.freeze(blockers), decisionType: null });
}

function toBlocker(path: string, line: ReturnType<typeof readBlockerLines>[number], author: string | null, date: string | null, directory: Directory): Blocker {
  const named = line.name ? (directory.resolve(line.name)?.name ?? (displayName(line.name) || null)) : null;
  return Object.freeze({
    path,
    line: line.line,
    text: ownString(line.text),
    author: named ?? author,
    raisedAt: line.stamp ?? date,
    open: line.open,
    resolvedAt: line.resolvedStamp,
  });
}

/** The lookup key of a link target: `path:` with a folder, `name:` without; null for an empty or external target. */
export function linkKey(target: string): string | null {
  let t = target.trim().replace(/\\/g, "/");
  if (t === "" || URL_SCHEME.test(t)) return null;
  if (t.toLowerCase().endsWith(".md")) t = t.slice(0, -3);
  t = t.replace(/^\.?\//, "").toLowerCase();
  return t.includes("/") ? `path:${t}` : `name:${t}`;
}

/** The two keys a note is linked by: its path and its name. */
export function keysOfPath(path: string): readonly [string, string] {
  const base = path.replace(/\.md$/i, "").toLowerCase();
  return [`path:${base}`, `name:${base.slice(base.lastIndexOf("/") + 1)}`];
}

function readLinks(text: string): NoteLink[] {
  if (!text.includes("[[") && !text.includes("](")) return [];
  const out: NoteLink[] = [];
  for (const m of text.matchAll(WIKILINK_IN_TEXT)) push(out, m[1] ?? "", m[2]);
  if (text.includes("](")) {
    for (const m of text.matchAll(MARKDOWN_NOTE_LINK)) {
      let target = m[1] ?? "";
      try {
        target = decodeURIComponent(target);
      } catch {
        // A malformed %-escape: keep the target as written.
      }
      push(out, target, m[2]);
    }
  }
  return out;
}

function push(out: NoteLink[], target: string, anchor: string | undefined): void {
  const key = linkKey(target);
  if (key !== null) out.push(Object.freeze({ key: ownString(key), anchor: anchor ? ownString(anchor.trim()) : null }));
}

function decisionTypeOf(value: unknown, text: string, types: readonly string[]): string | null {
  const stated = firstText(value);
  if (stated) return stated;
  const tag = DECISION_TAG.exec(text);
  if (tag) return tag[1];
  const lower = text.toLowerCase();
  let best: { at: number; type: string } | null = null;
  for (const type of types) {
    const at = typeCallIndex(lower, type.toLowerCase());
    if (at >= 0 && (best === null || at < best.at)) best = { at, type };
  }
  return best?.type ?? null;
}

/** "<type> call", "<type> decision", "<type> question" as words: the first index in `lower`, or -1. */
function typeCallIndex(lower: string, type: string): number {
  for (let at = lower.indexOf(type); at >= 0; at = lower.indexOf(type, at + 1)) {
    const before = at === 0 ? " " : lower[at - 1];
    const after = lower.slice(at + type.length);
    if (WORD_CHAR.test(before)) continue;
    if (TYPE_CALL_AFTER.test(after)) return at;
  }
  return -1;
}

function firstText(value: unknown): string | null {
  const item = Array.isArray(value) && !(value.length === 1 && Array.isArray(value[0])) ? (value as unknown[])[0] : value;
  const text = scalarText(item);
  return text === null || text.trim() === "" ? null : text.trim();
}
