import { HEDGE_WORDS, PROMISE_ADVERBS } from "../lexicon";

/**
 * The verb phrase after "will" / "to" in a possible commitment, checked for hedges and states:
 * "have the mockups ready Thursday" is a promise; "probably rain", "be out Friday", "be slower",
 * "see the new layout" are not.
 */

/** Verbs after "will" that describe a state, a perception or an event, not something a person promises. */
const NON_PROMISE_VERBS: ReadonlySet<string> = new Set(
  "see know think guess hear miss like love hate feel seem appear happen become remain stay wait rain clash come go cost mean need want wish hope expect depend vary be".split(" "),
);

/** "go" with a particle or a second verb: "go through the notes", "go over it", "go and check". A promise, unlike "it will go well". */
export const GO_PHRASAL = /^go[ \t]+(?:through|over|and|back[ \t]+to|round|around|via|check|get|fix|find|talk|ask)\b/i;

/** Modals, which cannot be the verb after "will" or "to". */
const MODALS: ReadonlySet<string> = new Set("will shall would should can could must may might".split(" "));

/** A word: letters with inner apostrophes or hyphens. */
export const WORD = /^[\p{L}][\p{L}'’-]*/u;

/** The checked verb phrase: the main verb (lower-case) and the phrase from it to the end. */
export interface Predicate {
  readonly verb: string;
  /** Index in the input where the verb phrase starts (after adverbs like "also"). */
  readonly start: number;
}

/**
 * Reads the verb phrase at the start of `text` (the words after "will", "to", "I'll").
 * Returns null for hedges ("probably"), adverbs in -ly other than a few promise adverbs,
 * negation, states ("be out", "be slower"; but "be sending" is a promise) and non-promise verbs.
 */
export function readPredicate(text: string): Predicate | null {
  let at = 0;
  for (let guard = 0; guard < 4; guard++) {
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    const m = WORD.exec(text.slice(at));
    if (!m) return null;
    const word = m[0];
    const lower = word.toLowerCase();
    if (word !== lower) return null;
    if (HEDGE_WORDS.has(lower) || lower === "not" || lower.endsWith("n't") || lower.endsWith("n’t")) return null;
    if (PROMISE_ADVERBS.has(lower)) {
      at += word.length;
      continue;
    }
    if (lower === "try" && /^try[ \t]+to[ \t]/.test(text.slice(at))) {
      at += text.slice(at).indexOf("to") + 2;
      continue;
    }
    if (lower.endsWith("ly") && lower.length > 4) return null;
    if (lower === "be") {
      const next = WORD.exec(text.slice(at + 2).trimStart());
      const nextWord = next?.[0].toLowerCase() ?? "";
      if (nextWord.endsWith("ing") && nextWord.length > 4) return { verb: nextWord, start: at };
      return null;
    }
    if (NON_PROMISE_VERBS.has(lower) && !(lower === "go" && GO_PHRASAL.test(text.slice(at)))) return null;
    // A modal where the verb should be: "Will will pull the audit" starts with a name, not a bare "will".
    if (MODALS.has(lower)) return null;
    return { verb: lower, start: at };
  }
  return null;
}
