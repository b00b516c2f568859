import { readClock } from "./clock-facts";
import { isTimeSpan, resolveMention } from "./deadline-resolve";
import { findPhrases, type Phrase } from "./deadline-phrases";
import { DATE_WORD, rejectReason } from "./deadline-signals";
import { RECURRENCE } from "./recurrence";
import { recurrenceFromText } from "./recurrence-phrase";
import { formatInstant } from "./wall-clock";
import type { WriterClock } from "./writer-clock";

export type { WriterClock } from "./writer-clock";

/**
 * Deadline phrases in team notes → instants (ARCHITECTURE "Deadlines"; conventions in
 * docs/time-conventions.md). chrono-node recognises the phrases behind this wrapper; the
 * conventions (reference date, writer's zone and working day, "before", periods, explicit
 * zones, DST) are Handoff's. Pure and deterministic: no clock, no machine zone.
 */

/** A deadline found in text. */
export interface Deadline {
  /** The phrase exactly as written, with a leading "by"/"before"/"in"/"on" ("by Thursday EOD"). */
  readonly text: string;
  /** Offset of `text` in the sentence: `sentence.slice(index, index + text.length) === text`. */
  readonly index: number;
  /** ISO 8601 with offset ("2026-11-26T17:00:00+00:00"), in the zone the phrase meant; null if it names no instant. */
  readonly due: string | null;
  /** RFC 5545 RRULE body (no "RRULE:" prefix) for a recurring deadline, else null. */
  readonly recurrence: string | null;
}

/**
 * Longest sentence read in full. Past this only the first part is read: chrono's cost grows
 * with the text, and a deadline phrase sits in the sentence that states the commitment.
 */
export const MAX_SENTENCE_CHARS = 4000;

/** How strongly a phrase reads as a deadline: "by/before/until" over "in/on" over a bare date. */
function strength(phrase: Phrase): number {
  const role = phrase.prefix?.role;
  return role === "by" || role === "before" ? 2 : role === "in" || role === "on" ? 1 : 0;
}

function toDeadline(sentence: string, phrase: Phrase, due: string | null): Deadline {
  return { text: sentence.slice(phrase.shownFrom, phrase.shownTo), index: phrase.shownFrom, due, recurrence: null };
}

/**
 * The deadline phrase in a sentence, or null. Version numbers, issue numbers, URLs, counts,
 * durations and reported past events ("we met at 3pm") are not deadlines. A recurrence ("every
 * Monday by 10am") comes back with its RRULE and next due. When a sentence holds several
 * dates, one after "by"/"before"/"until" wins, then one after "in"/"on", then the first. A
 * span counted from the moment of writing ("within the hour", "in 30 minutes") has `due` null
 * unless the clock's reference is an instant: a note's date does not say when it was written.
 * Throws only for an invalid clock (build clocks with `makeWriterClock`).
 */
export function findDeadline(sentence: string, clock: WriterClock): Deadline | null {
  const facts = readClock(clock);
  const text = sentence.length > MAX_SENTENCE_CHARS ? sentence.slice(0, MAX_SENTENCE_CHARS) : sentence;
  if (!DATE_WORD.test(text)) return null;
  const phrases = findPhrases(text, facts);
  if (RECURRENCE.test(text)) {
    const recurring = recurrenceFromText(text, clock, phrases);
    if (recurring !== null) return { text: recurring.text, index: recurring.index, due: recurring.due, recurrence: recurring.rrule };
  }
  let best: { phrase: Phrase; due: string | null } | null = null;
  for (const phrase of phrases) {
    if (rejectReason(phrase, text, false) !== null) continue;
    const due = resolveMention({ result: phrase.result, text: text.slice(phrase.from, phrase.to), role: phrase.prefix?.role ?? null, zone: phrase.zone }, facts, clock);
    // A time span from a bare date ("within the hour") is still the sentence's deadline phrase; it has no instant.
    if (due === null && !isTimeSpan(phrase.result)) continue;
    if (best === null || strength(phrase) > strength(best.phrase)) best = { phrase, due: due === null ? null : formatInstant(due) };
  }
  return best === null ? null : toDeadline(text, best.phrase, best.due);
}

/**
 * A deadline from a string that is all date: Obsidian Tasks' `📅 2026-11-27`, Dataview's
 * `[due:: 2026-11-27T14:00]`, a frontmatter `due: Friday`. `text` is the whole phrase and
 * `index` 0. The same conventions apply, without the rules that need surrounding prose (a
 * date in a date field is a deadline even when it is past). Null when no date is found.
 */
export function resolveDeadline(phrase: string, clock: WriterClock): Deadline | null {
  const facts = readClock(clock);
  const text = phrase.length > MAX_SENTENCE_CHARS ? phrase.slice(0, MAX_SENTENCE_CHARS) : phrase;
  const phrases = findPhrases(text, facts);
  if (RECURRENCE.test(text)) {
    const recurring = recurrenceFromText(text, clock, phrases);
    if (recurring !== null) return { text: phrase, index: 0, due: recurring.due, recurrence: recurring.rrule };
  }
  let best: Phrase | null = null;
  for (const candidate of phrases) {
    if (rejectReason(candidate, text, true) !== null) continue;
    if (best === null || candidate.to - candidate.from > best.to - best.from) best = candidate;
  }
  if (best === null) return null;
  const due = resolveMention({ result: best.result, text: text.slice(best.from, best.to), role: best.prefix?.role ?? null, zone: best.zone }, facts, clock);
  return { text: phrase, index: 0, due: due === null ? null : formatInstant(due), recurrence: null };
}
