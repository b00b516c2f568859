import { END_OF_DAY, ORDINAL_DAY, QUARTER_PERIOD, quarterPeriodTags, TAG, WEEK_PERIOD, weekPeriodTags } from "./chrono-parsers";
import type { ClockFacts } from "./clock-facts";
import type { DateComponent, DateComponents, DateMention } from "./date-mention";
import { addDays, calendarDate, daysInMonth, isoWeekday } from "./wall-clock";

/**
 * The fast path of {@link parseDateMentions}: what chrono (configured as in
 * `deadline-chrono.ts`) returns for a text made only of the common deadline phrasings, computed
 * with calendar math, or null when the text holds anything else (then chrono reads it).
 *
 * It decides only when it can prove chrono's answer: the text holds one recognised phrase, or a
 * day and a time chrono merges ("Tuesday EOD", "3pm Friday", "tomorrow at 10am"), and what is
 * left once they are blanked holds nothing any chrono parser starts on ({@link CHRONO_TRIGGER}).
 * Recognised: full weekday names ("on Friday"), "today", "tomorrow", EOD/COB/"end of (the) day",
 * clock times ("3pm", "at 10:30am", "17:00"), week periods ("end of (the) week", "next week",
 * "this week", EOW), "in N days", ordinal days ("the 30th") and ISO dates. The results carry the
 * components and tags chrono gives; the conventions (`deadline-resolve.ts`) then read them as
 * they read chrono's. test/time/fast-mentions.test.ts checks equality with chrono on a large
 * generated set of sentences.
 */

/** Weekday names, as chrono's weekday parser reads them (0 = Sunday). Abbreviations are left to chrono. */
const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/**
 * A full weekday name as chrono's weekday parser matches it, with what it takes into its text: an
 * opening comma or bracket and "on" before ("(on Friday"), a comma or closing bracket after
 * ("Friday,"). Group 1: the boundary character chrono does not keep; group 2: the text; group 3:
 * the name. ("this/next Friday", "Friday next week" and abbreviations are left to chrono.)
 */
const WEEKDAY_NAME = /(\W|^)((?:[,(（]\s*)?(?:on\s*?)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s*[,)）])?)(?=\W|$)/gi;

/** "today" or "tomorrow" as a word. Group 1: the word. */
const CASUAL_DAY = /\b(today|tomorrow)\b/gi;

/**
 * A clock time with a meridiem ("3pm", "3 pm", "10:30am") or in 24-hour form ("17:00").
 * Groups: 1 hour, 2 minutes, 3 am|pm. The digits must not touch a word or a slash (checked in code).
 */
const CLOCK_TIME = /(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b|(\d{1,2}):(\d{2})\b/gi;

/** A meridiem as chrono's time parser reads it after a time ("10:30 a", "10:30 p.m."): such a time is left to chrono. */
const MERIDIEM_AFTER = /^\s*(?:a\.m\.|p\.m\.|am?|pm?)(?=\W|$)/i;

/** "at" (with any spaces) right before a time, which chrono's time parser takes into its text ("at 3pm"). Group 1: "at" and the spaces. */
const AT_BEFORE = /(at\s*)$/i;

/** "from" right before a time: chrono reads it as the start of a range; left to chrono. */
const FROM_BEFORE = /from\s*$/i;

/** "in N days" (digits or a number word up to twelve), as chrono's "within" parser reads it. Group 1: the count. */
const IN_DAYS = /\bin\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+days?\b/gi;

const COUNT_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** An ISO date `YYYY-MM-DD`. Groups: year, month, day. What may stand around it is checked in code. */
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Characters allowed right before and after an ISO date the fast path reads (anything else is left to chrono). */
const ISO_EDGE = /^[\s(,]?$/;
const ISO_AFTER = /^(?:$|[\s.,;!?)])/;

/** Global copies of Handoff's parser patterns, to find every match in a text. */
const END_OF_DAY_ALL = new RegExp(END_OF_DAY.source, `${END_OF_DAY.flags}g`);
const WEEK_PERIOD_ALL = new RegExp(WEEK_PERIOD.source, `${WEEK_PERIOD.flags}g`);
const ORDINAL_DAY_ALL = new RegExp(ORDINAL_DAY.source, `${ORDINAL_DAY.flags}g`);
const QUARTER_PERIOD_ALL = new RegExp(QUARTER_PERIOD.source, `${QUARTER_PERIOD.flags}g`);

/** What may stand between a day and a time that chrono merges into one result: spaces, a comma, "at". */
const MERGE_GAP = /^\s*(?:at|,)?\s*$/i;

/**
 * What chrono's time-zone refiner reads right after a result: a 2-4 letter word (optionally after
 * a comma or in brackets). The fast path leaves any such text to chrono (it may name a zone).
 */
const ZONE_WORD_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

const WEEKDAYS = "sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat";
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty";
const CASUAL = "now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|night|morning|afternoon|evening|midnight|midday|noon";
const RELATIVE = "ago|later|hence|henceforth|forward|within|every|each|daily|weekly|monthly|quarterly|yearly|annually";
const UNITS = "secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|mo|mos|months?|qtrs?|quarters?|yrs?|years?|fortnight\\w*";
const ALL_UNITS = "s|sec|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks|mo|mon|mos|month|months|qtr|quarter|quarters|y|yr|year|years";
const HANDOFF_WORDS = "eod|cob|eob|eow|eoy|sod|clock";
const NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|a\\s*couple\\s*of";

/**
 * Anything a chrono parser (chrono's English casual parsers and Handoff's) can start a result on,
 * in the text left once the recognised phrases are blanked. A superset: a match only means the
 * fast path leaves the text to chrono. Alternatives, in order: a digit; weekday names and
 * abbreviations (and plurals, and glued to "on": "onSun"); casual day and time words, relative,
 * recurrence and Handoff's own words; time units; any word holding "week";
 * "this/last/past/next/after" even glued to the next word ("thisMonday", as chrono reads it); a
 * month name after a boundary, "in", "on", "of" or a day name, unless more letters follow (so
 * "decided", "mayor" are words, "inJanuary" is not); a number and a unit after "within/in/for"
 * (even glued: "in oneday", "in them" = "in the m"); a unit before "later/after/from now/out" (even
 * glued: "dayslater", whose number may be a time's digits); "end/close/start/beginning of";
 * "first thing".
 */
export const CHRONO_TRIGGER = new RegExp(
  [
    String.raw`\d`,
    String.raw`\b(?:(?:on\s*)?(?:${WEEKDAYS})s?|${CASUAL}|${RELATIVE}|${UNITS}|${HANDOFF_WORDS})\b`,
    String.raw`\b\w*week`,
    String.raw`\b(?:this|last|past|next|after)`,
    String.raw`(?:\b|in|on|of|day)(?:${MONTHS})(?:(?![a-z])|(?=${ORDINAL_WORDS}))`,
    String.raw`(?:within|in|for)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?(?:(?:about|around)\s*)?(?:${NUMBER})\s*(?:${ALL_UNITS})(?![a-z])`,
    String.raw`(?:${ALL_UNITS})\s*(?:later|after|from\s*now|henceforth|forward|out)(?![a-z])`,
    String.raw`\b(?:end|close|start|beginning)\s+of\b`,
    String.raw`\bfirst\s+thing\b`,
  ].join("|"),
  "i",
);

/** Components known and implied, read the way chrono's `ParsedComponents` are. */
class Components implements DateComponents {
  constructor(
    private readonly known: Partial<Record<DateComponent, number>>,
    private readonly implied: Partial<Record<DateComponent, number>>,
  ) {}

  get(component: DateComponent): number | null {
    return this.known[component] ?? this.implied[component] ?? null;
  }

  isCertain(component: DateComponent): boolean {
    return this.known[component] !== undefined;
  }
}

/** A result as chrono would return it. */
class Mention implements DateMention {
  /** No range: null, as chrono has it. */
  readonly end = null;

  constructor(
    readonly index: number,
    readonly text: string,
    readonly start: DateComponents,
    private readonly tagList: readonly string[],
  ) {}

  tags(): Set<string> {
    return new Set(this.tagList);
  }
}

type Kind = "day" | "time" | "period";

type Known = Partial<Record<DateComponent, number>>;

/** One recognised phrase: its span, what it knows, its tags and whether it is a day, a time or a whole result. */
interface Atom {
  readonly from: number;
  readonly to: number;
  readonly kind: Kind;
  /** Components read from the words alone. */
  readonly known: Known;
  /** Components that depend on the reference date ("tomorrow", "next week"); null from it: chrono drops the result (left to chrono). */
  readonly dated: ((facts: ClockFacts) => Known | null) | null;
  readonly tags: readonly string[];
  /** Whether the result has a time (chrono's zone refiner then reads lower-case words too). */
  readonly timed: boolean;
}

const ymd = (date: string): { year: number; month: number; day: number } => ({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });
const onReference = (facts: ClockFacts): Known => ymd(facts.date);

/** The phrases in `text` (what they say without the reference date), or null when one is of a form the fast path does not read. */
function findAtoms(text: string): Atom[] | null {
  const atoms: Atom[] = [];
  const add = (m: RegExpMatchArray, kind: Kind, known: Known, dated: Atom["dated"], tags: readonly string[], timed = false): void => {
    atoms.push({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, kind, known, dated, tags, timed });
  };
  for (const m of text.matchAll(WEEKDAY_NAME)) {
    const from = m.index + (m[1] ?? "").length;
    atoms.push({ from, to: from + (m[2] ?? "").length, kind: "day", known: { weekday: WEEKDAY_NUMBERS[(m[3] ?? "").toLowerCase()] }, dated: null, tags: [], timed: false });
  }
  for (const m of text.matchAll(CASUAL_DAY)) {
    const word = (m[1] ?? "").toLowerCase();
    add(m, "day", {}, word === "tomorrow" ? (facts) => ymd(addDays(facts.date, 1)) : onReference, [`casualReference/${word}`, "parser/ENCasualDateParser"]);
  }
  for (const m of text.matchAll(END_OF_DAY_ALL)) {
    const abbreviation = m[1];
    if (abbreviation !== undefined && abbreviation.toUpperCase() !== "EOD" && abbreviation !== abbreviation.toUpperCase()) return null;
    add(m, "time", { hour: 17, minute: 0 }, null, [TAG.endOfDay], true);
  }
  for (const m of text.matchAll(CLOCK_TIME)) {
    const atom = clockAtom(text, m);
    if (atom === null) return null;
    atoms.push(atom);
  }
  for (const m of text.matchAll(WEEK_PERIOD_ALL)) {
    const tags = weekPeriodTags(m);
    if (tags === null) return null;
    add(m, "period", {}, onReference, tags);
  }
  for (const m of text.matchAll(IN_DAYS)) {
    const word = (m[1] ?? "").toLowerCase();
    const count = COUNT_WORDS[word] ?? Number(word);
    add(m, "period", {}, (facts) => {
      const date = addDays(facts.date, count);
      return { ...ymd(date), weekday: isoWeekday(date) % 7 };
    }, ["result/relativeDate"]);
  }
  for (const m of text.matchAll(ORDINAL_DAY_ALL)) {
    const day = Number(m[1]);
    if (m[2] !== undefined || day < 1 || day > 31) return null;
    // chrono drops a day the reference's month does not have ("the 30th" written in February): left to it.
    add(m, "day", { day }, (facts) => (day > daysInMonth(Number(facts.date.slice(0, 4)), Number(facts.date.slice(5, 7))) ? null : {}), [TAG.ordinalDay]);
  }
  for (const m of text.matchAll(QUARTER_PERIOD_ALL)) add(m, "period", {}, onReference, quarterPeriodTags(m));
  for (const m of text.matchAll(ISO_DAY)) {
    const { year, month, day } = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (calendarDate(year, month, day) === null || !ISO_EDGE.test(text.slice(Math.max(0, m.index - 1), m.index)) || !ISO_AFTER.test(text.slice(m.index + m[0].length))) return null;
    add(m, "period", { year, month, day }, null, []);
  }
  return atoms.sort((a, b) => a.from - b.from);
}

/** A clock time as chrono's time parser reads it, or null when chrono might read it otherwise. */
function clockAtom(text: string, m: RegExpMatchArray): Atom | null {
  const index = m.index ?? 0;
  const before = text.slice(0, index);
  const after = text.slice(index + m[0].length);
  if (/\w$/.test(before) || after.startsWith("/") || FROM_BEFORE.test(before) || MERIDIEM_AFTER.test(after)) return null;
  const meridiem = m[3]?.toLowerCase();
  let hour = Number(m[1] ?? m[4]);
  const minute = Number(m[2] ?? m[5] ?? 0);
  if (minute > 59) return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = meridiem === "pm" ? (hour % 12) + 12 : hour % 12;
  } else if (hour > 23) {
    return null;
  }
  // chrono takes a leading "at" into the time when the word before it ends at a boundary (or in "t").
  const at = AT_BEFORE.exec(before);
  let from = index;
  if (at) {
    const start = index - (at[1] ?? "").length;
    const prev = text[start - 1];
    if (prev === undefined || /[\Wt]/i.test(prev)) from = start;
    else return null;
  }
  return { from, to: index + m[0].length, kind: "time", known: { hour, minute }, dated: null, tags: ["parser/ENTimeExpressionParser"], timed: true };
}

/**
 * Words between two results that chrono's merging refiners may join them over ("Friday at 3pm",
 * "Monday to Friday", "2 days after Friday"). Two results are kept apart only when the text
 * between them has some other word.
 */
const CONNECTORS: ReadonlySet<string> = new Set(["t", "at", "after", "before", "on", "of", "to", "until", "through", "till", "since", "from", "and", "or", "by", "in"]);

/** Whether chrono keeps two results apart over `gap`: it holds a word that is not a connector. */
function separated(gap: string): boolean {
  for (const word of gap.toLowerCase().match(/[a-z]+/g) ?? []) if (!CONNECTORS.has(word)) return true;
  return false;
}

/** A day and a time merged, or a lone atom, as one result; null when chrono drops it for this reference date. */
function toMention(text: string, atoms: readonly Atom[], facts: ClockFacts): Mention | null {
  const first = atoms[0];
  const last = atoms[atoms.length - 1];
  const known: Known = {};
  for (const atom of atoms) {
    Object.assign(known, atom.known);
    if (atom.dated === null) continue;
    const dated = atom.dated(facts);
    if (dated === null) return null;
    Object.assign(known, dated);
  }
  const day = atoms.find((a) => a.kind !== "time");
  const tags = day === undefined ? first.tags : [...day.tags, ...atoms.filter((a) => a !== day).flatMap((a) => a.tags)];
  return new Mention(first.from, text.slice(first.from, last.to), new Components(known, {}), tags);
}

/** How a text splits into results (each one atom, or a day and a time merged), or null when it is left to chrono. Depends on the text only. */
function planResults(text: string): readonly (readonly Atom[])[] | null {
  const atoms = findAtoms(text);
  if (atoms === null) return null;
  let rest = text;
  for (const atom of atoms) rest = rest.slice(0, atom.from) + " ".repeat(atom.to - atom.from) + rest.slice(atom.to);
  if (CHRONO_TRIGGER.test(rest)) return null;
  const groups: Atom[][] = [];
  let previousEnd = -1;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    if (previousEnd >= 0 && (a.from < previousEnd || !separated(text.slice(previousEnd, a.from)))) return null;
    let group: Atom[] = [a];
    if (b !== undefined && b.from < a.to) return null;
    if (b !== undefined && MERGE_GAP.test(text.slice(a.to, b.from))) {
      if (!((a.kind === "day" && b.kind === "time") || (a.kind === "time" && b.kind === "day"))) return null;
      group = [a, b];
      i++;
    }
    const end = (group[group.length - 1]).to;
    const zoneWord = ZONE_WORD_AFTER.exec(text.slice(end));
    if (zoneWord && (group.some((g) => g.timed) || zoneWord[1] === (zoneWord[1] ?? "").toUpperCase())) return null;
    groups.push(group);
    previousEnd = end;
  }
  return groups;
}

/**
 * Plans by text: a scan meets the same deadline windows in many notes (one writer's standups,
 * the same phrasing across a team), and a plan does not depend on the reference date. Bounded:
 * starts over when full.
 */
const plans = new Map<string, readonly (readonly Atom[])[] | null>();
const PLAN_MEMO_LIMIT = 5000;

/**
 * What chrono returns for `text` (the deadline window of a sentence, noise and zone words blanked)
 * when the fast path can tell, else null. See the file comment.
 */
export function fastDateMentions(text: string, facts: ClockFacts): DateMention[] | null {
  let plan = plans.get(text);
  if (plan === undefined) {
    plan = planResults(text);
    if (plans.size >= PLAN_MEMO_LIMIT) plans.clear();
    plans.set(text, plan);
  }
  if (plan === null) return null;
  const mentions: DateMention[] = [];
  for (const group of plan) {
    const mention = toMention(text, group, facts);
    if (mention === null) return null;
    mentions.push(mention);
  }
  return mentions;
}
