import type { ItemKind } from "../../model/kind";
import type { Directory } from "../../model/person";
import type { LabelKind, Lead } from "../lead";
import type { Section } from "../section";

/** The writer of the sentence: the speaker tag if any, else the note's author. */
export const SELF = "\u0000self";

/** One sentence as the rules see it. */
export interface SentenceView {
  /** The sentence's plain words (see `toPlain`), without list marker or checkbox. */
  readonly text: string;
  /** `text` lower-cased, for cheap `includes` checks before a rule's regexes. */
  readonly lower: string;
  readonly lead: Lead;
  /** The lead's keyword label ("AI:", "Decision:", "Blocker:"), or null. */
  readonly label: LabelKind | null;
  readonly section: Section | null;
  /** Checkbox status character, or null. */
  readonly checkbox: string | null;
  readonly listItem: boolean;
  /** True when "I"/"we" has someone to refer to: the note has an author or the sentence a speaker. */
  readonly hasWriter: boolean;
  /**
   * True when the note belongs to someone or to a day (an author, or its own date): headings like
   * "Next steps" then make bare imperative lines to-dos. Documentation has neither.
   */
  readonly teamNote: boolean;
  /** The first sentence of its unit: only it takes a kind from its heading (see `SentenceContext.leadSentence`). */
  readonly leadSentence: boolean;
  readonly directory: Directory;
}

/** What one rule found in a sentence, before owners and deadlines are resolved. */
export interface Finding {
  readonly kind: ItemKind;
  /** The clause `[start, end)` in `SentenceView.text` the finding is about: its deadline is searched there. */
  readonly start: number;
  readonly end: number;
  /** Owner as written, {@link SELF} for the writer, or null for nobody. */
  readonly owner: string | null;
  /** The words a title is made from (an action phrase, a request, a choice). */
  readonly title: string;
  readonly parties?: readonly string[];
  readonly action?: string | null;
  readonly waitingFor?: string | null;
  readonly choice?: string | null;
  readonly rationale?: string | null;
  /** A decision that waits for objections: status `open` and a closing time. */
  readonly window?: boolean;
  /** Where the named subject of a commitment ends ("Oliver and James"), so its clauses are not read again. */
  readonly subjectEnd?: number;
  /** Found only from its context (a checkbox, an "Action items" or "Blockers" heading, an "AI:" label), not its own words. */
  readonly fromContext?: boolean;
}

/** Characters trimmed from the end of a phrase: spaces and punctuation. */
const TRAILING_CHARS: ReadonlySet<string> = new Set([..." \t\n\r\u00a0,;:.!?)]–—-"]);

/**
 * A phrase without trailing punctuation and surrounding spaces; "" stays "" (a loop: a
 * `$`-anchored regex rescans from every space). A ")" that closes a "(" in the phrase stays:
 * "Acme brand guidelines (via Jess)." → "Acme brand guidelines (via Jess)".
 */
export function trimPhrase(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_CHARS.has(text.charAt(end - 1))) end--;
  if (end < text.length && text.lastIndexOf("(", end) > text.lastIndexOf(")", end - 1)) {
    const close = text.indexOf(")", end);
    if (close !== -1) end = close + 1;
  }
  return text.slice(0, end).trim();
}

/** `text` with its first letter upper-cased. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A question mark that ends a question (not one inside a URL like `?url=`). */
export const QUESTION = /\?(?=$|[\s)"'’”*_\]])/;
