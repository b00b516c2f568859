import { displayName } from "../extract/name-key";
import { noteDate } from "../extract/note-date";
import { readNoteHeader } from "../extract/note-header";
import { scalarText } from "../extract/person-fields";
import type { Blocker } from "../model/item";
import type { Directory } from "../model/person";
import { readBlockerLines } from "./blocker-lines";

/** A blocker keyword anywhere: item notes without one (nearly all) are not read further. */
const BLOCKER_WORD = /blocker|objection|concern/i;
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
    links: frozen(readLinks(text)),
    blockers: frozen(blockers),
    decisionType: ownString(decisionTypeOf(header.data.decision_type, text, ctx.decisionTypes)),
  });
}

/** Reads an item note's facts: its blocker lines (raised on the decision note itself, by hand or by the palette command). */
export function readItemFacts(path: string, text: string, directory: Directory): NoteFacts {
  if (!BLOCKER_WORD.test(text)) return Object.freeze({ path, role: "item", author: null, date: null, links: NONE, blockers: NONE, decisionType: null });
  const header = readNoteHeader(text);
  const blockers = readBlockerLines(text, header.bodyLine).map((line) => toBlocker(path, line, null, null, directory));
  return Object.freeze({ path, role: "item", author: null, date: null, links: NONE, blockers: frozen(blockers), decisionType: null });
}

/** One shared empty list: most notes have no links or no blockers. */
const NONE: readonly never[] = Object.freeze([]);

function frozen<T>(list: T[]): readonly T[] {
  return list.length === 0 ? NONE : Object.freeze(list);
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
  const call = types.length === 0 ? null : typeCallPattern(types).exec(text);
  if (!call) return null;
  const said = call[1].toLowerCase();
  return types.find((t) => t.toLowerCase() === said) ?? said;
}

/** Characters with a meaning in a regular expression, escaped when a type name goes into one. */
export const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

let lastTypes: { readonly key: string; readonly pattern: RegExp } | null = null;

/**
 * "<type> call|decision|question" for the team's types, as a word (group 1 the type): built from
 * `decision_owners`' keys once per set of types (every note of a scan shares it).
 */
export function typeCallPattern(types: readonly string[]): RegExp {
  const key = types.join("\u0000");
  if (lastTypes?.key === key) return lastTypes.pattern;
  const names = [...types].sort((a, b) => b.length - a.length).map((t) => t.replace(REGEX_SPECIAL, "\\$&"));
  const pattern = new RegExp(`(?:^|[^\\w-])(${names.join("|")})[ \\t]+(?:call|decision|question)\\b`, "i");
  lastTypes = { key, pattern };
  return pattern;
}

function firstText(value: unknown): string | null {
  const item = Array.isArray(value) && !(value.length === 1 && Array.isArray(value[0])) ? (value as unknown[])[0] : value;
  const text = scalarText(item);
  return text === null || text.trim() === "" ? null : text.trim();
}
