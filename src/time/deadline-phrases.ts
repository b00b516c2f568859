import { FixedOffsetZone, type Zone } from "luxon";
import { TAG } from "./chrono-parsers";
import type { ClockFacts } from "./clock-facts";
import type { DateMention } from "./date-mention";
import { parseDateMentions } from "./deadline-chrono";
import { DATE_WORD, findPrefix, type Candidate } from "./deadline-signals";
import { maskNoise } from "./noise-mask";
import { findZoneMentions, maskZoneMentions, type ZoneMention } from "./zone-mentions";

/**
 * Every date or time phrase in a sentence with its surroundings: the word before it, the zone
 * named after it, and the span a user sees ("by Thursday EOD", "5pm Toronto time"). Noise
 * (URLs, versions, issue numbers) and zone words are blanked before chrono reads the text, so
 * offsets stay those of the sentence.
 */

/** A phrase found in a sentence. */
export interface Phrase extends Candidate {
  /** The zone the text names for this phrase, or null for the writer's zone. */
  readonly zone: string | Zone | null;
  /** The span shown to users: the phrase with a shown prefix ("by") and a zone word ("SGT"). */
  readonly shownFrom: number;
  readonly shownTo: number;
}

/** Characters trimmed from either end of chrono's text: spaces, commas, brackets. */
const TRIM_START = /^[\s,(（]+/;
const TRIM_END = /[\s,)）]+$/;

/** A full stop after a whole word or number ("by the end of September."), not after an abbreviation ("Jan.", "Sept."). */
const SENTENCE_STOP = /(?:\d|[A-Za-z]{5,})\.$/;

/** What may stand between a phrase and the zone word after it: spaces, a comma. */
const ZONE_GAP = /^[\s,]*$/;

/** A lower-case word that chrono took for a zone abbreviation ("3pm get lunch"): not a zone. */
const LOWERCASE_ZONE_WORD = /\s\(?[a-z]{2,4}\)?$/;

/** Tags of results chrono counts from the reference, whose offset it copies from the machine's clock. */
const FROM_REFERENCE: readonly string[] = ["result/relativeDate", "casualReference/now"];

/** True when the phrase names a time of day (a bare place after it is then a zone: "3pm London"). */
function namesTime(result: DateMention): boolean {
  const tags = result.tags();
  return result.start.isCertain("hour") || tags.has(TAG.endOfDay) || tags.has(TAG.startOfDay);
}

function zoneFor(from: number, to: number, result: DateMention, zones: readonly ZoneMention[], sentence: string): ZoneMention | null {
  for (const zone of zones) {
    const inside = zone.from >= from && zone.from < to;
    const after = zone.from >= to && ZONE_GAP.test(sentence.slice(to, zone.from));
    if ((inside || after) && (zone.explicit || namesTime(result))) return zone;
  }
  return null;
}

/** Every date word, to find the part of a sentence worth giving chrono. */
const DATE_WORDS = new RegExp(DATE_WORD.source, "gi");

/** Characters kept around the date words: enough for "on", "next", "at", a zone name after a time. */
const WINDOW_MARGIN = 20;

/**
 * The part of `text` that holds its date words, widened by {@link WINDOW_MARGIN} to whole
 * words; null when there is none. chrono's cost grows with the text it reads, and the words it
 * needs around a date ("next", "on", "at 3pm") are next to it. Prefixes are read in the full text.
 */
function dateWindow(text: string): { from: number; to: number } | null {
  let first = -1;
  let last = -1;
  for (const m of text.matchAll(DATE_WORDS)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  if (first < 0) return null;
  let from = Math.max(0, first - WINDOW_MARGIN);
  while (from > 0 && /\S/.test(text[from - 1] ?? "")) from--;
  let to = Math.min(text.length, last + WINDOW_MARGIN);
  while (to < text.length && /\S/.test(text[to] ?? "")) to++;
  return { from, to };
}

/**
 * The phrases in `sentence`, in order. `limit` caps how much of a long sentence is read
 * (chrono's cost grows with the text); phrases past it are not found.
 */
export function findPhrases(sentence: string, facts: ClockFacts, limit = Infinity): Phrase[] {
  const text = sentence.length > limit ? sentence.slice(0, limit) : sentence;
  const masked = maskNoise(text);
  const zones = findZoneMentions(masked);
  const window = dateWindow(masked);
  if (window === null) return [];
  const results = parseDateMentions(maskZoneMentions(masked, zones).slice(window.from, window.to), facts);
  const phrases: Phrase[] = [];
  for (const result of results) {
    let from = window.from + result.index;
    let to = from + result.text.length;
    const head = TRIM_START.exec(text.slice(from, to));
    if (head) from += head[0].length;
    const tail = TRIM_END.exec(text.slice(from, to));
    if (tail) to -= tail[0].length;
    if (SENTENCE_STOP.test(text.slice(from, to))) to -= 1;
    let zone: string | Zone | null = null;
    // chrono's offset counts when the text wrote one ("+01:00", an ISO offset); relative results
    // ("in 2 hours") and "now" ("from now until Friday") carry the machine's offset, which means nothing here.
    const offset = result.start.get("timezoneOffset");
    if (result.start.isCertain("timezoneOffset") && offset !== null && !FROM_REFERENCE.some((tag) => result.tags().has(tag))) {
      const word = LOWERCASE_ZONE_WORD.exec(text.slice(from, to));
      if (word) to -= word[0].length;
      else zone = FixedOffsetZone.instance(offset);
    }
    if (to <= from) continue;
    const mention = zoneFor(from, to, result, zones, text);
    if (mention !== null) zone = mention.zone;
    const prefix = findPrefix(text, from);
    phrases.push({
      result,
      from,
      to,
      prefix,
      zone,
      shownFrom: prefix?.shown ? prefix.from : from,
      shownTo: mention !== null ? Math.max(to, mention.to) : to,
    });
  }
  return phrases;
}
