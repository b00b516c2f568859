import { FixedOffsetZone, type Zone } from "luxon";
import { ZONE_ABBREVIATION_NAMES, ZONE_PLACE_PATTERNS, zoneFromName } from "./zone-names";

/**
 * Zone names and offsets written in a sentence ("9am SGT", "5pm Toronto time", "3pm London
 * (BST)", "17:00 UTC-05:00"). A mention only counts for a deadline when it directly follows the
 * date or time phrase; that is decided by the caller (`deadline-phrases.ts`), which also masks
 * the mentions before parsing so "5pm Toronto time on Friday" still reads as one phrase.
 */

/**
 * Zone abbreviations in capitals, optionally in parentheses ("SGT", "(BST)"). Case-sensitive so
 * the words "et", "pt", "eat" are never zones; not before an offset ("UTC+8" is {@link UTC_OFFSET}'s).
 */
export const ZONE_ABBREVIATION = new RegExp(String.raw`\(?\b(?:${ZONE_ABBREVIATION_NAMES.join("|")})\b\)?(?!\s*[+-]\d)`, "g");

/**
 * A numeric offset after "UTC" or "GMT", optionally in parentheses: "UTC-05:00", "GMT-5",
 * "UTC+05:30", "(UTC-0330)", the forms chrono's offset refiner reads. Read here so an offset is
 * a zone like any other: masked before parsing ("5pm UTC-05:00 on Friday" stays one phrase) and
 * applied to the phrase it follows. Groups: 1 sign, 2 hours, 3 minutes. At most 14:00 either
 * way (checked in code).
 */
export const UTC_OFFSET = /\(?\b(?:UTC|GMT) ?([+-])(\d{1,2})(?::?(\d{2}))?(?![\d:])\)?/gi;

/** The largest offset a written "UTC±HH:MM" may have, in minutes (UTC+14 is the furthest zone). */
const MAX_OFFSET_MINUTES = 14 * 60;

/** City and region names, optionally followed by "time" and in parentheses ("Toronto time", "(London)"). Group 1: the name, 2: " time". */
export const ZONE_PLACE = new RegExp(String.raw`\(?\b(${ZONE_PLACE_PATTERNS.join("|")})(\s+time)?\b\)?`, "gi");

/** One zone named in a sentence. */
export interface ZoneMention {
  /** Offsets of the mention in the sentence, `[from, to)`, parentheses and " time" included. */
  readonly from: number;
  readonly to: number;
  /** The IANA zone it means, or a fixed offset for a written offset ("UTC-05:00"). */
  readonly zone: string | Zone;
  /**
   * True when the mention can only be a zone ("SGT", "Toronto time", "UTC-5"); false for a bare place
   * ("London"), which counts only right after a time of day ("3pm London").
   */
  readonly explicit: boolean;
}

/** Every zone mention in `sentence`, in order. */
export function findZoneMentions(sentence: string): ZoneMention[] {
  const mentions: ZoneMention[] = [];
  for (const m of sentence.matchAll(ZONE_ABBREVIATION)) {
    const zone = zoneFromName(m[0].replace(/[()]/g, ""));
    if (zone !== null) mentions.push({ from: m.index, to: m.index + m[0].length, zone, explicit: true });
  }
  for (const m of sentence.matchAll(UTC_OFFSET)) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    if (Number(m[3] ?? 0) > 59 || minutes > MAX_OFFSET_MINUTES) continue;
    mentions.push({ from: m.index, to: m.index + m[0].length, zone: FixedOffsetZone.instance(m[1] === "-" ? -minutes : minutes), explicit: true });
  }
  for (const m of sentence.matchAll(ZONE_PLACE)) {
    const name = `${m[1] ?? ""}${m[2] ?? ""}`;
    const zone = zoneFromName(name);
    if (zone !== null) mentions.push({ from: m.index, to: m.index + m[0].length, zone, explicit: m[2] !== undefined });
  }
  return mentions.sort((a, b) => a.from - b.from);
}

/** `text` with each mention's span replaced by spaces (same length). */
export function maskZoneMentions(text: string, mentions: readonly ZoneMention[]): string {
  if (mentions.length === 0) return text;
  const chars = text.split("");
  for (const mention of mentions) {
    for (let i = mention.from; i < mention.to; i++) chars[i] = " ";
  }
  return chars.join("");
}
