/**
 * Splits a run of prose into sentences. A sentence ends at `.`, `!` or `?` (with any closing
 * quotes, brackets or emphasis) followed by space and a character that can start a sentence
 * (a capital letter, a quote, `[`, `@`, `*`, `_`, a backslash escape, or a name like "iOS" or
 * "eBay" that starts lower-case before a capital). A period after a known
 * abbreviation ("e.g.", "esp.", "approx.") or a single capital initial ("Zach C.") does not end one.
 * Month and weekday abbreviations do: before a number ("Jan. 27") there is no sentence end to
 * find anyway, and before a capital ("on 26 Nov. Femi to pick …") the date ends the sentence.
 */

/** A sentence end: punctuation run (group 1 ends where the terminal punctuation does), then space, then a sentence start. */
export const SENTENCE_END = /([.!?]+)[)\]"'’”*_]*\s+(?=[\p{Lu}"“'‘[@*_\\]|\p{Ll}\p{Lu})/gu;
/** The word right before a period: letters and internal dots ("e.g", "U.S", "esp"). */
export const WORD_BEFORE = /(\p{L}[\p{L}.]*)$/u;

/** Abbreviations whose period does not end a sentence (lower-case, without the final period). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ("e.g eg i.e ie etc vs approx esp incl cf al dr mr mrs ms mt st jr sr prof inc ltd co corp dept est fig no nos vol rev ed eds min max approx " +
    "wk hr hrs re ref p pp approx ca viz").split(" "),
);

/**
 * Sentence spans `[start, end)` within `text`, trimmed of surrounding whitespace, in order.
 * Never returns an empty span; text with no terminal punctuation is one sentence.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  if (text.includes(".") || text.includes("!") || text.includes("?")) {
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
      const punct = m[1] ?? "";
      if (punct === "." && isAbbreviation(text.slice(start, m.index))) continue;
      push(spans, text, start, m.index + m[0].trimEnd().length);
      start = m.index + m[0].length;
    }
  }
  push(spans, text, start, text.length);
  return spans;
}

function isAbbreviation(before: string): boolean {
  const w = WORD_BEFORE.exec(before);
  if (!w) return false;
  const word = w[1] ?? "";
  if (word.length === 1) return word === word.toUpperCase();
  return ABBREVIATIONS.has(word.toLowerCase()) || word.includes(".");
}

function push(spans: Array<[number, number]>, text: string, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) spans.push([a, b]);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}
