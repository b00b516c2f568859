import { type Candidate, makeCandidate } from "../model/candidate";
import type { Person, Team } from "../model/person";
import { deadlineOf } from "./deadlines";
import type { ModelItem } from "./llm-answer";
import { groundQuote } from "./llm-grounding";
import { lineOf } from "./llm-paragraphs";
import type { Paragraph } from "./llm-paragraphs";
import { displayName, nameKey } from "./name-key";
import type { NotePreamble } from "./preamble";
import { makeTitle } from "./title";

/**
 * An item the model proposed, made into a candidate only when it is grounded: its quote is in
 * its paragraph (llm-grounding.ts; else null, and the caller counts it dropped). Everything
 * else is Handoff's own reading, never the model's: the deadline is the model's `due_text`
 * resolved through src/time with the writer's clock (and only when that phrase is in the
 * paragraph too); the owner resolves through the directory (and only when the paragraph names
 * them, or it is the writer: "I" is the note's author); `extractedBy` is `llm`.
 */

/** First-person owners as the model writes them: the note's writer. */
export const FIRST_PERSON = /^(?:i|me|my|myself|we|us|our|the (?:writer|author)|author|writer)$/i;

/** A sentence's subject and auxiliary at its start ("I'll ", "Maya will ", "Dev team to "), dropped from titles. */
export const LEADING_SUBJECT = /^(?:I|We|They|He|She|[A-Z][\p{L}’'-]*(?:[ \t]+[A-Z][\p{L}’'-]*)?)(?:['’]ll|[ \t]+(?:will|shall|can|to|(?:is|are|am)[ \t]+going[ \t]+to))[ \t]+/u;

/** A block id at the end of a line: ` ^abc-123`. Group 1 is the id. */
export const BLOCK_ID_AT_END = /[ \t]\^([A-Za-z0-9-]+)[ \t]*\r?$/;

/** A list marker and checkbox a quote may start with (`- `, `1. `, `- [ ] `): not part of the item's text. */
export const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?/;

/** A line break with the indentation or quote markers after it: one space in candidate text. */
const WRAP = /[ \t]*\r?\n[ \t>]*/g;

/** A word (letters and digits), for owner names. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The candidate for `item` of `paragraph`, or null when its quote is not in the paragraph.
 * `lineStarts` are the note's line starts (llm-paragraphs.ts `lineStartsOf`).
 */
export function llmCandidate(note: string, paragraph: Paragraph, item: ModelItem, pre: NotePreamble, lineStarts: readonly number[]): Candidate | null {
  const span = groundQuote(paragraph.text, item.quote);
  if (span === null) return null;
  const marker = LIST_MARKER.exec(paragraph.text.slice(span.from, span.to));
  const from = paragraph.from + span.from + (marker && marker[0].length < span.to - span.from ? marker[0].length : 0);
  const to = paragraph.from + span.to;
  const raw = note.slice(from, to);
  const text = raw.includes("\n") ? raw.replace(WRAP, " ") : raw;
  const dueSpan = item.due_text === null ? null : groundQuote(paragraph.text, item.due_text, { ignoreCase: true, minChars: 2 });
  const dueText = dueSpan === null ? null : paragraph.text.slice(dueSpan.from, dueSpan.to).replace(WRAP, " ");
  const deadline = dueText === null ? null : deadlineOf(dueText, pre.clock ?? pre.phraseClock);
  const owner = resolveOwner(item.owner, paragraph.text, pre);
  const lineEnd = note.indexOf("\n", to);
  const lastLine = note.slice(note.lastIndexOf("\n", to - 1) + 1, lineEnd === -1 ? note.length : lineEnd);
  return makeCandidate({
    kind: item.kind,
    line: lineOf(lineStarts, from),
    from,
    to,
    text,
    title: makeTitle(text.replace(LEADING_SUBJECT, ""), dueText, text),
    heading: paragraph.heading,
    owner: owner.name,
    ownerPath: owner.path,
    due: pre.clock ? (deadline?.due ?? null) : null,
    dueText,
    recurrence: deadline?.recurrence ?? null,
    status: item.kind === "decision" ? "adopted" : "open",
    blockId: BLOCK_ID_AT_END.exec(lastLine)?.[1] ?? null,
    extractedBy: "llm",
  });
}

/** The owner as Handoff names them: the author for "I", a directory name, else as written; null when the paragraph does not name them. */
function resolveOwner(raw: string | null, paragraph: string, pre: NotePreamble): { name: string | null; path: string | null } {
  if (raw === null) return { name: null, path: null };
  if (FIRST_PERSON.test(raw.trim())) return { name: pre.author, path: pre.authorPerson?.path ?? null };
  const found = pre.directory.resolve(raw);
  if (!ownerNamed(raw, found, paragraph)) return { name: null, path: null };
  if (found) return { name: found.name, path: found.path };
  const name = displayName(raw);
  return { name: name === "" ? null : name, path: null };
}

/**
 * True when the paragraph names the owner: the name as given, a capitalised word of it ("Sarah"
 * for "Sarah Jones", "Dev" for "Dev team"), or a name or alias of the person or team it
 * resolves to (`@sjones`). An owner the paragraph does not mention is the model's guess.
 */
function ownerNamed(raw: string, found: Person | Team | null, paragraph: string): boolean {
  const words = new Set(Array.from(paragraph.matchAll(WORD), (m) => m[0]));
  const lowerWords = new Set(Array.from(words, (w) => w.toLowerCase()));
  const key = nameKey(raw);
  if (key !== "" && phraseIn(key, lowerWords, paragraph.toLowerCase())) return true;
  for (const m of raw.matchAll(WORD)) if (m[0].length >= 2 && /^\p{Lu}/u.test(m[0]) && words.has(m[0])) return true;
  if (found === null) return false;
  const names = [found.name, ...("aliases" in found ? found.aliases : [])];
  return names.some((n) => {
    const k = nameKey(n);
    return k !== "" && phraseIn(k, lowerWords, paragraph.toLowerCase());
  });
}

/** A lower-case name in a paragraph: as one word, or as a phrase of several. */
function phraseIn(key: string, lowerWords: ReadonlySet<string>, lowerParagraph: string): boolean {
  return key.includes(" ") || !/^[\p{L}\p{N}]+$/u.test(key) ? lowerParagraph.includes(key) : lowerWords.has(key);
}
