import { TAG } from "./chrono-parsers";
import type { DateMention } from "./date-mention";
import type { PrefixRole } from "./deadline-resolve";

/**
 * What around a parsed date says whether it is a deadline: the cheap prefilter, the word
 * before it ("by", "before", "in"), and the signs of a past event, a version number or a
 * duration that chrono would otherwise read as a date. Precision matters as much as recall:
 * these rules run on real meeting notes.
 */

const WEEKDAY_WORDS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";
const MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

/**
 * Could this sentence contain a date or time? Weekday and month names, relative day words,
 * EOD-style abbreviations, period words, recurrence words, clock times (`3pm`, `10:30`),
 * numeric and ISO dates, ordinals. A sentence without any is skipped before chrono runs; a
 * match only means chrono is worth running (a version "1.24" passes here and is masked later).
 */
export const DATE_WORD = new RegExp(
  String.raw`\b(?:(?:${WEEKDAY_WORDS})s?|${MONTH_WORDS}|today|tomorrow|tmrw|tonight|eod|cob|eob|eow|sod|noon|midnight|morning|afternoon|evening|weekend|weeks?|months?|quarter|years?|days?|hours?|minutes?|daily|weekly|fortnight(?:ly)?|monthly|quarterly|yearly|annually|every|each|first\s+thing)\b|\b[Qq][1-4]\b|\d\s*(?:[ap]\.?m\b|mins?\b)|\d[:.]\d\d|\d\/\d|\d{4}-\d\d-\d\d|\d(?:st|nd|rd|th)\b`,
  "i",
);

/**
 * The word or words right before a phrase that say how it is meant, at the end of the text
 * before the phrase. Group 1: the words as written (with a trailing "the"). See {@link prefixRole}.
 * The words that start something ("starting", "beginning", "commencing", "effective", "as of")
 * may be followed by "on" or "from" ("starting on Monday").
 */
export const PREFIX = /(?:^|[^\w'])((?:due\s+(?:by\s+|on\s+|before\s+)?|(?:no|not)\s+later\s+than\s+|on\s+or\s+before\s+|by\s+|before\s+|until\s+|till\s+|til\s+|ahead\s+of\s+|prior\s+to\s+|in\s+|during\s+|within\s+|on\s+|for\s+|from\s+|(?:starting|beginning|commencing|effective|as\s+of)\s+(?:on\s+|from\s+)?|after\s+|since\s+)(?:the\s+)?)$/i;

/** Words before a phrase that make it the start of something: "starting (on) Monday", "as of Friday". */
const START_WORDS = /^(?:from|(?:starting|beginning|commencing|effective|as of)(?: on| from)?)$/;

/** "from" that chrono took into a time's own text ("from 3pm"): the start of a range or a period. */
export const LEADING_FROM = /^from\b/i;

/** "due" before a phrase: a label, not part of the phrase shown ("due by May 1" shows "by May 1"). */
const DUE_LABEL = /^due\s+(?:the\s+)?/i;

/** Prefixes that belong to the phrase as a user sees it ("by Thursday EOD", "in January", "before Friday"). */
const SHOWN_ROLES: ReadonlySet<PrefixRole> = new Set(["by", "before", "in", "on"]);

/**
 * The role of a prefix: "by", "until", "due", "no later than" keep the day; "before", "ahead of",
 * "prior to" move it back; "from", "starting", "as of" start something (see {@link rejectReason}).
 */
export function prefixRole(words: string): PrefixRole {
  const w = words.toLowerCase().replace(/\s+/g, " ").trim().replace(/ the$/, "");
  if (w === "before" || w === "ahead of" || w === "prior to" || w === "due before") return "before";
  if (w === "in" || w === "during" || w === "within") return "in";
  if (w === "on") return "on";
  if (w === "for") return "for";
  if (START_WORDS.test(w)) return "from";
  if (w === "after" || w === "since") return "after";
  return "by";
}

/** A prefix found before a phrase. */
export interface Prefix {
  readonly role: PrefixRole;
  /** Offset where the prefix starts in the sentence. */
  readonly from: number;
  /** Whether it is part of the phrase as shown ("by", "before", "in", "on"; not "for", "after"). */
  readonly shown: boolean;
}

/** The prefix right before offset `at` of `sentence`, or null. Looks at most 24 characters back. */
export function findPrefix(sentence: string, at: number): Prefix | null {
  const start = Math.max(0, at - 24);
  const m = PREFIX.exec(sentence.slice(start, at));
  if (!m || m[1] === undefined) return null;
  const role = prefixRole(m[1]);
  const label = DUE_LABEL.exec(m[1]);
  return { role, from: at - m[1].length + (label ? label[0].length : 0), shown: SHOWN_ROLES.has(role) && (label === null || label[0].length < m[1].length) };
}

/** Words that put a phrase in the past: "yesterday", "last Friday", "3 weeks ago", "earlier this week", "since Monday". */
export const PAST_WORD = /\b(?:yesterday|last|past|previous|ago|earlier|since)\b/i;

/**
 * A reported past event right before the phrase: "we met at 3pm", "shipped on Monday", "was
 * discussed this week". Irregular past verbs need no linking word; other `-ed` verbs need "at" or
 * "on" ("reviewed Friday" may be an instruction). See {@link FUTURE_AUXILIARY} for exceptions.
 */
export const PAST_EVENT_BEFORE = /\b(?:(?:met|was|were|had|did|went|came|spoke|talked|held|happened|began|started|ended|finished|shipped|released|merged|launched|deployed|landed|closed|presented|discussed|decided|agreed|sent|wrote|said|told|announced)\s+(?:(?:at|on|in|during|this)\s+)?|[a-z]{2,}ed\s+(?:at|on)\s+)(?:the\s+)?$/i;

/** A future or passive auxiliary before the verb: "is scheduled at 3pm", "will be released on Monday", "to be merged on Friday". */
export const FUTURE_AUXILIARY = /\b(?:is|are|am|be|will|'ll|to|gets?|'s|'re)\s+[a-z]+\s+(?:(?:at|on|in|during|this)\s+)?(?:the\s+)?$/i;

/** An explicit clock time: "3pm", "3 p.m.", "10:30", "10.30", "noon", "midnight", "5 o'clock". */
export const CLOCK_TIME_TEXT = /\d\s*[ap]\.?m\b|\d[:.]\d\d|\bnoon\b|\bmidnight\b|o'?clock/i;

/** A numeric date without a year: "3/21", "24/7", "1/2". */
export const YEARLESS_SLASH_DATE = /^\d{1,2}\/\d{1,2}$/;

/** A weekday abbreviation in lower case ("sat", "sun", "wed"): words before they are days. */
export const LOWERCASE_WEEKDAY_ABBREVIATION = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/;

/** How relative phrases that are deadlines start or end: "in 2 days", "next month", "2 days from now". Not "one day", "a second". */
export const RELATIVE_ANCHOR = /^(?:in|within|after|next|this|the\s+day\s+after|the\s+following|a\s+week\s+from)\b|\b(?:from\s+now|from\s+today|later|hence)$/i;

/** A quarter written alone ("Q1"): a period only after "by", "in", "before"… ("the Q1 roadmap" is a name). */
const BARE_QUARTER = /^[Qq][1-4]\b/;

/** The end of a clause right after a phrase: "…for the 30th." An ordinal alone must end one ("the 3rd and all following" is a count). */
const CLAUSE_END = /^\s*(?:$|[.,;:!?)\]])/;

/** A possessive right after a phrase: "today's daily note", "Friday's call", "next week's plan". */
export const POSSESSIVE = /^['’]s\b/;

/** "At the end of the day, …" is an idiom, not a deadline. */
const END_OF_DAY_IDIOM = /^\s*,/;

/** A phrase found in a sentence, before it is resolved. */
export interface Candidate {
  readonly result: DateMention;
  /** The phrase's own span in the sentence, trimmed of punctuation. */
  readonly from: number;
  readonly to: number;
  readonly prefix: Prefix | null;
}

/**
 * Why a phrase found in prose is not a deadline, or null when it may be one. `lenient` (for
 * {@link resolveDeadline}, where the whole string is known to be a date field) skips the rules
 * that need surrounding words.
 */
export function rejectReason(candidate: Candidate, sentence: string, lenient: boolean): string | null {
  const { result, prefix } = candidate;
  const text = sentence.slice(candidate.from, candidate.to);
  const tags = result.tags();
  const c = result.start;
  const role = prefix?.role ?? null;
  // chrono gives `end` null (not undefined) when there is no range; the fast path does the same.
  const range = result.end != null;
  if (tags.has("casualReference/now") && !range) return "now is not a deadline";
  if (PAST_WORD.test(text) || PAST_WORD.test(sentence.slice(Math.max(0, candidate.from - 9), candidate.from))) return "in the past";
  if (tags.has("result/relativeDate") && !RELATIVE_ANCHOR.test(text.replace(/^(?:at|on)\s+/i, ""))) return "a duration, not a date";
  if (lenient) return null;
  if (role === "after") return "after a date is not a deadline";
  if ((role === "from" || LEADING_FROM.test(text)) && !range) return "a start, not a deadline";
  const dated = c.isCertain("day") || c.isCertain("weekday") || c.isCertain("month") || tags.has(TAG.week) || tags.has(TAG.month) || tags.has(TAG.quarter);
  const bounded = role === "by" || role === "before" || role === "in" || role === "on";
  if (c.isCertain("hour") && !dated && !tags.has(TAG.endOfDay) && !tags.has(TAG.startOfDay) && !CLOCK_TIME_TEXT.test(text)) return "a bare number, not a time";
  if (LOWERCASE_WEEKDAY_ABBREVIATION.test(text) && c.isCertain("weekday")) return "a word, not a weekday";
  if (YEARLESS_SLASH_DATE.test(text.split(/\s+to\s+/)[0] ?? "") && !bounded && role !== "from") return "a ratio, not a date";
  if (c.isCertain("month") && !c.isCertain("day") && !c.isCertain("year") && !/\b(?:this|next)\b/i.test(text) && !tags.has(TAG.month) && !bounded) return "a month name without a preposition";
  if (tags.has(TAG.quarter) && BARE_QUARTER.test(text) && !bounded) return "a quarter used as a name";
  if (tags.has(TAG.ordinalDay) && !bounded && !CLAUSE_END.test(sentence.slice(candidate.to))) return "an ordinal, not a date";
  if (POSSESSIVE.test(sentence.slice(candidate.to))) return "a possessive names an event, not a deadline";
  if (tags.has(TAG.endOfDay) && /^at$/i.test(sentence.slice(Math.max(0, candidate.from - 3), candidate.from).trim()) && END_OF_DAY_IDIOM.test(sentence.slice(candidate.to))) return "an idiom";
  if (!bounded) {
    const before = sentence.slice(Math.max(0, candidate.from - 40), candidate.from);
    if (PAST_EVENT_BEFORE.test(before) && !FUTURE_AUXILIARY.test(before)) return "a past event";
  }
  return null;
}
