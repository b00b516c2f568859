import { BASE_VERBS } from "../lexicon";

/**
 * Telling a bare noun phrase from a statement. Under "Next" a line like "Regression pass on the
 * 3.8 iOS beta" is the writer's to-do, and after "Blocker:" a phrase like "staging credentials
 * from IT" is what the writer waits for; but "Harbour & Co interviews are booked for 1 December"
 * and "the legal review is not done" are statements of fact, and nobody owes anything. A line
 * counts as a noun phrase when its first clause has no finite verb: no auxiliary or copula, and
 * no third-person verb ("Dark mode stays behind the flag").
 */

/** An auxiliary, a copula or a modal, or a contraction of one ("'re", "'ve", "'ll", "'d", "'m"; not the possessive "'s"). */
export const FINITE_VERB = /\b(?:is|are|am|was|were|been|has|have|had|does|do|did|will|would|shall|should|can|could|may|might|must|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|doesn['’]t|don['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|cannot|couldn['’]t|shouldn['’]t|mustn['’]t)\b|\b\p{L}+['’](?:re|ve|ll|d|m)\b/iu;

/** Where a line's first clause ends: a comma, semicolon, colon, dash between spaces, or a parenthesis. */
export const FIRST_CLAUSE_END = /[,;:(]|[ \t][–—-][ \t]/;

/**
 * A line that starts with a pronoun, a definite determiner or a possessive, so it is a sentence
 * about something ("It ships Friday", "The dashboard now loads in under a second", "Our build
 * is green"), not a to-do.
 */
export const PRONOUN_START = /^(?:I|we|you|he|she|it|they|this|that|these|those|there|here|everyone|nobody|someone|something|everything|the|our|my|your|their|his|her|its)\b/i;
/** An adverb of time or frequency, which comes with a verb: "dashboard now loads", "tests still fail", "it usually takes". */
export const CLAUSE_ADVERB = /\b(?:now|already|still|just|finally|always|never|usually|currently|suddenly|mostly|generally|again|often|rarely|sometimes)\b/i;

/**
 * A line that reports a state, an absence or how something went rather than naming work: "Same
 * as Monday", "Nothing new", "TBD", "Out Friday", "OOO", "Thanks …", "Good conversation with
 * Noah, notes below", "Long day on the spec".
 */
export const STATUS_START = /^(?:same|more|nothing|none|no|nope|n\/a|tbd|tba|see|as|out|off|ooo|away|back|sick|holiday|vacation|pto|leave|on[ \t]+(?:leave|holiday|vacation|pto)|still|already|done|finished|thanks|thank|kudos|congrats|welcome|good|great|nice|productive|useful|helpful|interesting|fun|solid|long|quick|short|busy|quiet|rough|tough|slow|big|huge|lots|plenty)\b/i;
/**
 * A verb in the past: a word in -ed (not right after a determiner: "the updated copy" is a noun
 * phrase), or a common irregular past at the start ("Spent the day on the spec", "Went through
 * the mockups"). A line with one reports work done.
 */
export const PAST_VERB = /^(?:spent|went|sent|made|took|got|did|had|ran|wrote|met|built|found|left|paid|brought|bought|caught|thought|began|gave|came|saw|told|kept|held|won|lost|broke|chose|drove|flew|fell|forgot|heard|knew|led|meant|rode|rang|sold|shut|sat|spoke|stood|struck|swore|taught|threw|understood|woke|wore)$|^\p{L}{3,}ed$/u;
/** Words after which an -ed word is an adjective, not a verb ("the updated copy", "a failed run"). */
const DETERMINERS: ReadonlySet<string> = new Set("the a an our my your their his her its this that these those some any every each no".split(" "));

/** Verbs that describe a state or an event in the third person ("stays", "goes", "looks"), besides the base verbs. */
const STATE_VERBS: ReadonlySet<string> = new Set("stay remain go seem look feel sit live belong happen come depend need want matter exist".split(" "));

/** A word ending in "s" after the first word: a third-person verb when its stem is a verb ("stays", "ships", "goes"). */
export const THIRD_PERSON = /^(\p{L}+?)(?:es|s)$/u;

/** The words of a line's first clause, lower-cased. */
function firstClauseWords(text: string): string[] {
  const end = FIRST_CLAUSE_END.exec(text);
  const clause = end ? text.slice(0, end.index) : text;
  return clause.toLowerCase().split(/[ \t]+/).filter((w) => w !== "");
}

/**
 * True when `text` (a line without its list marker and label) is a bare noun phrase: not a
 * question, not a statement about someone, no finite verb in its first clause.
 */
export function isNounPhrase(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.endsWith("?") || PRONOUN_START.test(t) || STATUS_START.test(t)) return false;
  const end = FIRST_CLAUSE_END.exec(t);
  const clause = end ? t.slice(0, end.index) : t;
  if (FINITE_VERB.test(clause) || CLAUSE_ADVERB.test(clause)) return false;
  const words = firstClauseWords(t);
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? "").replace(/[^\p{L}]+$/u, "");
    if (PAST_VERB.test(word) && (i === 0 || !DETERMINERS.has(words[i - 1] ?? ""))) return false;
  }
  for (let i = 1; i < words.length; i++) {
    const m = THIRD_PERSON.exec(words[i] ?? "");
    if (!m) continue;
    const word = words[i] ?? "";
    for (const stem of [m[1] ?? "", word.slice(0, -1)]) if (BASE_VERBS.has(stem) || STATE_VERBS.has(stem)) return false;
  }
  return true;
}
