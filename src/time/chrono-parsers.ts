import type { Parser, ParsingComponents, ParsingContext } from "chrono-node";

/**
 * chrono-node parsers for the deadline phrases chrono does not know (or reads otherwise): "EOD",
 * "first thing", "end of week", "early next week", "first week of June", "Q1", "the 30th",
 * "in 3 working days". They only recognise the phrase and tag it (`handoff:*` tags carry the
 * details); the day and time are decided by the conventions in `deadline-resolve.ts`, which
 * know the writer's clock. Components they assign are placeholders that let chrono's own
 * refiners merge them ("Thursday EOD" is a date merged with a time).
 */

/** Tags the parsers put on components (and `deadline-resolve.ts` reads). */
export const TAG = {
  endOfDay: "handoff:eod",
  startOfDay: "handoff:sod",
  week: "handoff:week",
  month: "handoff:month",
  quarter: "handoff:quarter",
  year: "handoff:year-period",
  ordinalDay: "handoff:ordinal-day",
  workdays: "handoff:workdays",
} as const;

/** Prefix of a tag holding a number (`handoff:offset=1`), see {@link tagNumber}. */
const NUMBER_TAG = /^handoff:([\w-]+)=(-?\d+)$/;

/** The number stored in a `handoff:<name>=<n>` tag, or null. */
export function tagNumber(tags: ReadonlySet<string>, name: string): number | null {
  for (const tag of tags) {
    const m = NUMBER_TAG.exec(tag);
    if (m && m[1] === name) return Number(m[2]);
  }
  return null;
}

/** The part tag (`handoff:part=early|mid|late`), or "whole". */
export function tagPart(tags: ReadonlySet<string>): "whole" | "early" | "mid" | "late" {
  if (tags.has("handoff:part=early")) return "early";
  if (tags.has("handoff:part=mid")) return "mid";
  if (tags.has("handoff:part=late")) return "late";
  return "whole";
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** Month names and their common abbreviations (`Sept`, `Jan.`), longest first. */
const MONTH_NAME = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`;
const monthNumber = (name: string): number => {
  const key = name.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
};

const PART_WORDS: Readonly<Record<string, string>> = { early: "early", beginning: "early", start: "early", mid: "mid", middle: "mid", late: "late", later: "late", end: "late" };
const ORDINAL_WEEKS: Readonly<Record<string, number>> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, last: -1 };
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * End of the working day: "EOD", "COB", "EOB", "end of (the) (working|business) day", "close of
 * business", "end of business". `eod` may be lower case; `COB`/`EOB` must be capitals (a cob is
 * also corn). Group 1: the abbreviation when one was used.
 */
export const END_OF_DAY = /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:(?:working|work|business)\s+)?day|close\s+of\s+(?:business|play)|end\s+of\s+business|(EOD|COB|EOB))\b/i;

/**
 * Start of the working day: "first thing" (only before a day word, "in the morning", or at a
 * clause end, so "the first thing we need" is not a time), "start/beginning of (the) day", "SOD".
 */
export const START_OF_DAY = /\b(?:first\s+thing(?:\s+in\s+the\s+morning)?(?=\s*(?:$|[.,;:!?)]|tomorrow\b|today\b|on\b|next\b|this\b|mon|tue|wed|thu|fri|sat|sun))|(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?(?:(?:working|work|business)\s+)?day|SOD)\b/i;

/**
 * A week as a period: "this week", "next week", "the week after next", "end of (the) week",
 * "by the end of this week", "early/mid/late next week", "later this week", "midweek", "EOW".
 * Groups: 1 part word, 2 "end of" prefix, 3 this|next|the following|following|the, 4 "after next".
 * "week" alone and "the week" alone are rejected in `extract` (no period is named).
 */
export const WEEK_PERIOD = /\b(?:(early|mid|middle|late|later)[\s-]*(?:in\s+|of\s+)?(?:the\s+)?|((?:the\s+)?end\s+of\s+(?:the\s+)?))?(?:(this|next|the\s+following|following|the)\s+)?week(\s+after\s+next)?\b|\bEOW\b/i;

/**
 * A month or part of one: "end of (the) month", "end of next month", "early/mid/late January",
 * "mid-June", "the end of March 2027", "first/second/last week of June", "the last day of the
 * month". Groups: 1 early|mid|middle|late, 2 end|beginning|start|middle (before "of"), 3 ordinal
 * week word, 4 this|next|the, 5 "month", 6 month name, 7 year. Plain month names ("in January")
 * are chrono's; this covers what chrono would read as a single day.
 */
export const MONTH_PERIOD = new RegExp(
  String.raw`\b(?:the\s+)?(?:(early|mid|middle|late)(?:[\s-]+|\s+in\s+)|(end|beginning|start|middle)\s+of\s+|last\s+day\s+of\s+|(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+week\s+(?:of|in)\s+)(?:the\s+)?(?:(?:(this|next|the)\s+)?(month)\b|(${MONTH_NAME})(?:\s+(\d{4}))?(?![\w]))`,
  "i",
);

/**
 * "this month" / "next month" as periods (chrono's own reading of "this month" uses the
 * machine's clock zone). Group 1: this|next.
 */
export const RELATIVE_MONTH = /\b(this|next)\s+month\b/i;

/** A year as a period: "this year", "next year", "end of (the) year", "EOY". Groups: 1 "end of", 2 this|next|the. */
export const YEAR_PERIOD = /\b(?:((?:the\s+)?end\s+of\s+(?:the\s+)?)?(this|next|the)\s+year|EOY)\b/i;

/**
 * A quarter: "Q1", "Q3 2027", "Q4 '26", "this/next quarter", "end of (the) quarter". A bare
 * "Q1" is only a deadline after "by", "in", "before" and the like (decided in
 * `deadline-signals.ts`). Groups: 1 "end of", 2 quarter digit, 3 four-digit year, 4 two-digit
 * year (after an apostrophe), 5 this|next|the.
 */
export const QUARTER_PERIOD = /\b((?:the\s+)?end\s+of\s+(?:the\s+)?)?(?:[Qq]([1-4])(?:\s+(\d{4})|\s*'(\d{2}))?|(this|next|the)\s+quarter)\b/;

/**
 * A day of the month alone: "the 30th", "30th", "the 1st of next month". Only before the end
 * of the clause or a linking word, so "the 3rd option" and "2nd PR" are not dates.
 * Groups: 1 day, 2 this|next|the (month).
 */
export const ORDINAL_DAY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(this|next|the)\s+month)?(?=\s*(?:$|[.,;:!?)\]]|[-–—]|(?:at|by|and|or|so|if|but|unless|when|then|EOD|COB|latest|please|to|in|for|with|as|before|after)\b))/i;

/** "in 3 working days", "within two business days". Group 1: the count (digits or a word up to ten). */
export const WORKDAYS_LATER = /\b(?:in|within)\s+(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:working|work|business)\s+days?\b/i;

/** A chrono parser from a named pattern and an extractor; a null from `extract` skips the match. */
function parser(pattern: RegExp, extract: (context: ParsingContext, match: RegExpMatchArray) => ParsingComponents | null): Parser {
  return { pattern: () => pattern, extract };
}

/** A component on the reference date (a placeholder the resolver replaces), tagged. */
function onReferenceDate(context: ParsingContext, ...tags: string[]): ParsingComponents {
  const ref = context.reference.getDateWithAdjustedTimezone();
  const components = context.createParsingComponents({ day: ref.getDate(), month: ref.getMonth() + 1, year: ref.getFullYear() });
  for (const tag of tags) components.addTag(tag);
  return components;
}

const endOfDay = parser(END_OF_DAY, (context, match) => {
  const abbreviation = match[1];
  if (abbreviation !== undefined && abbreviation.toUpperCase() !== "EOD" && abbreviation !== abbreviation.toUpperCase()) return null;
  return context.createParsingComponents({ hour: 17, minute: 0 }).addTag(TAG.endOfDay);
});

const startOfDay = parser(START_OF_DAY, (context) => context.createParsingComponents({ hour: 9, minute: 0 }).addTag(TAG.startOfDay));

/**
 * The tags of a {@link WEEK_PERIOD} match (week, offset, part), or null when it names no period
 * ("week" or "the week" alone). Shared with the fast path (`fast-mentions.ts`).
 */
export function weekPeriodTags(match: RegExpMatchArray): readonly string[] | null {
  if (match[0].toUpperCase() === "EOW") return [TAG.week, "handoff:offset=0", "handoff:part=late"];
  const part = match[1] ? PART_WORDS[match[1].toLowerCase()] : match[2] ? "late" : "whole";
  const which = (match[3] ?? "").toLowerCase().replace(/\s+/g, " ");
  if (!match[1] && !match[2] && !match[4] && (which === "" || which === "the")) return null;
  const offset = which === "next" || which.endsWith("following") ? 1 : 0;
  return [TAG.week, `handoff:offset=${match[4] ? 2 : offset}`, `handoff:part=${part ?? "whole"}`];
}

const weekPeriod = parser(WEEK_PERIOD, (context, match) => {
  const tags = weekPeriodTags(match);
  return tags === null ? null : onReferenceDate(context, ...tags);
});

const monthPeriod = parser(MONTH_PERIOD, (context, match) => {
  const partWord = match[1] ?? match[2];
  const part = partWord ? (PART_WORDS[partWord.toLowerCase()] ?? "whole") : "late";
  const components = onReferenceDate(context, TAG.month, `handoff:part=${match[3] ? "whole" : part}`);
  if (match[3]) components.addTag(`handoff:week-of-month=${ORDINAL_WEEKS[match[3].toLowerCase()] ?? 1}`);
  if (match[5]) {
    components.addTag(`handoff:offset=${(match[4] ?? "").toLowerCase() === "next" ? 1 : 0}`);
  } else {
    components.addTag(`handoff:month=${monthNumber(match[6] ?? "")}`);
    if (match[7]) components.addTag(`handoff:year=${match[7]}`);
  }
  return components;
});

const relativeMonth = parser(RELATIVE_MONTH, (context, match) =>
  onReferenceDate(context, TAG.month, `handoff:offset=${(match[1] ?? "").toLowerCase() === "next" ? 1 : 0}`, "handoff:part=whole"));

const yearPeriod = parser(YEAR_PERIOD, (context, match) => {
  const which = (match[2] ?? "").toLowerCase();
  if (match[0].toUpperCase() !== "EOY" && which === "the" && !match[1]) return null;
  return onReferenceDate(context, TAG.year, `handoff:offset=${which === "next" ? 1 : 0}`);
});

/** The tags of a {@link QUARTER_PERIOD} match. Shared with the fast path (`fast-mentions.ts`). */
export function quarterPeriodTags(match: RegExpMatchArray): readonly string[] {
  const tags: string[] = [TAG.quarter];
  if (match[2]) {
    tags.push(`handoff:quarter=${match[2]}`);
    if (match[3]) tags.push(`handoff:year=${match[3]}`);
    if (match[4]) tags.push(`handoff:year=${2000 + Number(match[4])}`);
  } else {
    tags.push(`handoff:offset=${(match[5] ?? "").toLowerCase() === "next" ? 1 : 0}`);
  }
  if (match[1]) tags.push("handoff:end-of");
  return tags;
}

const quarterPeriod = parser(QUARTER_PERIOD, (context, match) => onReferenceDate(context, ...quarterPeriodTags(match)));

const ordinalDay = parser(ORDINAL_DAY, (context, match) => {
  const day = Number(match[1]);
  if (day < 1 || day > 31) return null;
  const components = context.createParsingComponents({ day }).addTag(TAG.ordinalDay);
  if ((match[2] ?? "").toLowerCase() === "next") components.addTag("handoff:offset=1");
  return components;
});

const workdaysLater = parser(WORKDAYS_LATER, (context, match) => {
  const word = (match[1] ?? "").toLowerCase();
  const count = COUNT_WORDS[word] ?? Number(word);
  return onReferenceDate(context, TAG.workdays, `handoff:count=${count}`);
});

/** Handoff's parsers, to run before chrono's own (so they win ties over the same text). */
export const HANDOFF_PARSERS: readonly Parser[] = Object.freeze([endOfDay, startOfDay, weekPeriod, monthPeriod, relativeMonth, yearPeriod, quarterPeriod, ordinalDay, workdaysLater]);
