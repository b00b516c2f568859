import type { ParsedResult } from "chrono-node";
import { FixedOffsetZone, type Zone } from "luxon";
import { TAG } from "./chrono-parsers";
import type { ClockFacts } from "./clock-facts";
import { parseDateMentions } from "./deadline-chrono";
import { findPrefix, type Candidate } from "./deadline-signals";
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

/** What may stand between a phrase and the zone word after it: spaces, a comma. */
const ZONE_GAP = /^[\s,]*$/;

/** A lower-case word that chrono took for a zone abbreviation ("3pm get lunch"): not a zone. */
const LOWERCASE_ZONE_WORD = /\s\(?[a-z]{2,4}\)?$/;

/** True when the phrase names a time of day (a bare place after it is then a zone: "3pm London"). */
function namesTime(result: ParsedResult): boolean {
  const tags = result.tags();
  return result.start.isCertain("hour") || tags.has(TAG.endOfDay) || tags.has(TAG.startOfDay);
}

function zoneFor(from: number, to: number, result: ParsedResult, zones: readonly ZoneMention[], sentence: string): ZoneMention | null {
  for (const zone of zones) {
    const inside = zone.from >= from && zone.from < to;
    const after = zone.from >= to && ZONE_GAP.test(sentence.slice(to, zone.from));
    if ((inside || after) && (zone.explicit || namesTime(result))) return zone;
  }
  return null;
}

/**
 * The phrases in `sentence`, in order. `limit` caps how much of a long sentence is read
 * (chrono's cost grows with the text); phrases past it are not found.
 */
export function findPhrases(sentence: string, facts: ClockFacts, limit = Infinity): Phrase[] {
  const text = sentence.length > limit ? sentence.slice(0, limit) : sentence;
  const masked = maskNoise(text);
  const zones = findZoneMentions(masked);
  const results = parseDateMentions(maskZoneMentions(masked, zones), facts);
  const phrases: Phrase[] = [];
  for (const result of results) {
    let from = result.index;
    let to = result.index + result.text.length;
    const head = TRIM_START.exec(text.slice(from, to));
    if (head) from += head[0].length;
    const tail = TRIM_END.exec(text.slice(from, to));
    if (tail) to -= tail[0].length;
    let zone: string | Zone | null = null;
    // chrono's offset counts when the text wrote one ("UTC+8", "+01:00"); relative results
    // ("in 2 hours") carry the reference's offset, which means nothing here.
    const offset = result.start.get("timezoneOffset");
    if (result.start.isCertain("timezoneOffset") && offset !== null && !result.tags().has("result/relativeDate")) {
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
