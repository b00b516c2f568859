/**
 * Blanks out the parts of a sentence that look like dates or times but are not: URLs, markdown
 * link targets, inline code, version numbers ("3.12", "v2.3.1"), issue and proposal numbers
 * ("#43784", "PEP 689", "KEP-1234"), @handles and e-mail addresses, block ids. Each masked
 * character becomes a space, so offsets in the masked text are offsets in the sentence.
 */

/** URLs: `http(s)://…` or `www.…` up to whitespace or a closing bracket. */
export const URL = /\b(?:https?:\/\/|www\.)[^\s<>)\]]+/gi;

/** Markdown link targets: the `(…)` right after `]` in `[text](target)`. */
export const LINK_TARGET = /\]\([^)\s]*\)/g;

/** Inline code spans: `` `…` `` on one line. */
export const INLINE_CODE = /`[^`\n]*`/g;

/**
 * Version numbers: digits with one or more dotted parts ("3.12", "1.24", "v2.3", "3.11.1-rc1").
 * A dotted time is kept when it is written like one: followed by am/pm ("10.30am") or, for
 * `H.MM`, preceded by at/by/before/until (see {@link isDottedTime}).
 */
export const VERSION = /\bv?\d+(?:\.\d+)+(?:-[\w.]+)?\b(?![\d.]*\s*[ap]\.?m\b)/gi;

/** A dotted time `H.MM`/`HH.MM` (minutes 00-59) as a whole match. */
const DOTTED_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;

/** Text ending in a time preposition, so a following `10.30` is a time: "by ", "at ". */
const TIME_PREPOSITION_BEFORE = /\b(?:at|by|before|until|till|from|to)\s+$/i;

/** Issue, pull request and proposal references: "#43784", "GH-12", "PR 87983", "PEP 689", "PEPs 655", "KEP-1234", "issue 31". */
export const REFERENCE_NUMBER = /(?:#\d+|\b(?:GH|PR|PEPs?|KEP|RFC|issue|ticket)[-\s]?#?\d+)\b/gi;

/**
 * Tracker keys in capitals: "ABC-123", "SEC2-9" (case-sensitive, so "mid-2027" is not one). Not
 * a negative UTC offset as chrono reads one ("UTC-05:00", "GMT-5", "UTC-0330"): that is a zone.
 */
export const TICKET_KEY = /\b(?!(?:UTC|GMT)-(?:0?\d|1[0-4])(?::?[0-5]\d)?\b)[A-Z][A-Z\d]+-\d+\b/g;

/** E-mail addresses and @handles. */
export const HANDLE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w-]+/g;

/** Obsidian block ids at the end of a line: " ^ho-abc1234". */
export const BLOCK_ID = /\s\^[\w-]+$/g;

const MASKS: readonly RegExp[] = [URL, LINK_TARGET, INLINE_CODE, REFERENCE_NUMBER, TICKET_KEY, HANDLE, BLOCK_ID];

/** True when `match` at `index` of `text` is a dotted time ("by 10.30"), not a version. */
export function isDottedTime(text: string, index: number, match: string): boolean {
  return DOTTED_TIME.test(match) && TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, index - 12), index));
}

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) chars[i] = " ";
}

/**
 * The sentence with every noise span replaced by spaces (same length, same offsets). Returns
 * the input itself when nothing was masked.
 */
export function maskNoise(sentence: string): string {
  let chars: string[] | null = null;
  for (const pattern of MASKS) {
    for (const m of sentence.matchAll(pattern)) {
      chars ??= sentence.split("");
      blank(chars, m.index, m.index + m[0].length);
    }
  }
  for (const m of sentence.matchAll(VERSION)) {
    if (isDottedTime(sentence, m.index, m[0])) continue;
    chars ??= sentence.split("");
    blank(chars, m.index, m.index + m[0].length);
  }
  return chars === null ? sentence : chars.join("");
}
