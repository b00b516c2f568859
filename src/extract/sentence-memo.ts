import { hash53 } from "../model/hash";
import { BoundedMemo } from "./bounded-memo";
import type { Directory } from "../model/person";
import { classify } from "./classify";
import { type Lead, readLead } from "./lead";
import type { Finding, SentenceView } from "./rules/finding";
import type { Section } from "./section";

/**
 * What the rules read in one sentence, remembered. The rules are a pure function of the
 * sentence's plain words, its context (section, checkbox, list item, whether the note has a
 * writer and a date) and what the directory knows, so the same sentence in the same context
 * reads the same everywhere: in the next note of a standup series, on a re-scan, and in the
 * editor on every keystroke. Bounded maps keyed by the directory's content (people, their
 * aliases, teams, members); they only ever return what the rules returned.
 */
export interface SentenceReading {
  readonly lead: Lead;
  readonly findings: readonly Finding[];
}

/** Sentences remembered per directory before the memo starts over. */
const MEMO_LIMIT = 20_000;

/** Memos by directory content: a directory rebuilt from the same People/Team notes reads alike. The last few are kept. */
const memos = new Map<string, Map<number, BoundedMemo<string, SentenceReading>>>();
const MEMO_DIRECTORIES = 4;
const contentKeys = new WeakMap<Directory, string>();

/** What a directory knows, as a key: its people and teams with every name they answer to. */
function contentKey(directory: Directory): string {
  let key = contentKeys.get(directory);
  if (key === undefined) {
    key = String(hash53(JSON.stringify([directory.people.map((p) => [p.path, p.aliases]), directory.teams.map((t) => [t.path, t.members])])));
    contentKeys.set(directory, key);
  }
  return key;
}

/** A small number per section for the context key. */
const SECTION_CODES: ReadonlyMap<Section | null, number> = new Map<Section | null, number>([[null, 0], ["action", 1], ["done", 2], ["blockers", 3], ["decisions", 4], ["requests", 5], ["fyi", 6], ["waiting", 7]]);

/** The context a reading depends on besides the words. */
export interface SentenceContext {
  readonly section: Section | null;
  readonly checkbox: string | null;
  readonly listItem: boolean;
  /** The note has an author (a sentence's own speaker is read from its words). */
  readonly hasAuthor: boolean;
  /** The note has an author or a date of its own. */
  readonly teamNote: boolean;
  /**
   * The sentence is the first of its unit (list item, paragraph). A heading says what the lines
   * under it are, so "Decisions needed" or "Blockers" makes the first sentence of a line a
   * request or a dependency; the sentences after it explain it and are read on their own words.
   */
  readonly leadSentence: boolean;
}

/** The lead and the findings of `plain` in `context`, read once per directory, words and context. */
export function readSentence(plain: string, context: SentenceContext, directory: Directory): SentenceReading {
  const dirKey = contentKey(directory);
  let byContext = memos.get(dirKey);
  if (byContext === undefined) {
    if (memos.size >= MEMO_DIRECTORIES) memos.clear();
    byContext = new Map();
    memos.set(dirKey, byContext);
  }
  // Nested by context (a number), then by the words: no key string is built per sentence.
  const contextKey = (((SECTION_CODES.get(context.section) ?? 0) * 0x20000 + (context.checkbox === null ? 0x10000 : context.checkbox.charCodeAt(0))) * 16) + (context.leadSentence ? 8 : 0) + (context.listItem ? 4 : 0) + (context.hasAuthor ? 2 : 0) + (context.teamNote ? 1 : 0);
  let memo = byContext.get(contextKey);
  if (memo === undefined) {
    memo = new BoundedMemo(MEMO_LIMIT);
    byContext.set(contextKey, memo);
  }
  return memo.get(plain, () => read(plain, context, directory));
}

function read(plain: string, context: SentenceContext, directory: Directory): SentenceReading {
  const lead = readLead(plain, directory);
  const view: SentenceView = {
    text: plain,
    lower: plain.toLowerCase(),
    lead,
    label: lead.label,
    section: context.section,
    checkbox: context.checkbox,
    listItem: context.listItem,
    hasWriter: context.hasAuthor || lead.speaker !== null,
    teamNote: context.teamNote,
    leadSentence: context.leadSentence,
    directory,
  };
  return { lead, findings: classify(view) };
}
