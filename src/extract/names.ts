import type { Directory } from "../model/person";
import { BoundedMemo } from "./bounded-memo";
import { BASE_VERBS, HUMAN_VERBS, isOrdinaryWord } from "./lexicon";

/** A name read from a sentence. */
export interface NameMatch {
  /** The name as written ("Zach C", "@maya", "[[Maya Chen]]", "ihor"). */
  readonly raw: string;
  /** Index just after the name. */
  readonly end: number;
  /** True when the directory knows the name (a People or Team note). */
  readonly known: boolean;
  /** True for an unknown all-lower-case word, which counts as a handle only before a {@link HUMAN_VERBS} verb. */
  readonly lower: boolean;
}

/**
 * A name at a position (sticky): a wikilink, an `@handle`, up to three capitalised words
 * (the last may be an initial: "Zach C"), a CamelCase handle, or a lower-case handle.
 */
export const NAME_AT = /\[\[[^\][]{1,80}\]\]|@[\p{L}\p{N}_.-]*[\p{L}\p{N}_]|[\p{Lu}][\p{L}'’-]*(?:[ \t]+(?:[\p{Lu}][\p{L}'’-]+|[\p{Lu}]\.?(?![\p{L}])))?(?:[ \t]+[\p{Lu}][\p{L}'’-]+)?|[\p{Ll}][\p{L}\p{N}_-]{2,30}/uy;
/** Separators in a list of names: ", ", " and ", " & ", " / ". */
export const NAME_JOINER = /[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]and[ \t]|[ \t]*&[ \t]*|[ \t]*\/[ \t]*)/y;
/** "from Curvenote", "at Acme", "(Dev)", " team" after a name: where the person is from, skipped. */
export const AFFILIATION = /[ \t]+team\b|[ \t]+(?:from|at|of|on)[ \t]+(?:the[ \t]+)?[\p{Lu}][\p{L}\p{N}&.-]*(?:[ \t]+[\p{Lu}][\p{L}\p{N}&.-]*)?(?:[ \t]+team)?|[ \t]*\([^()]{1,30}\)/uy;
/** Suffixes of ordinary lower-case nouns and adjectives ("performance", "deployment", "quality"). */
export const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ing|ed|ly|ous|ive|able|ible|ship|ism|ist|ics|ure|age|cy|al|ful|less)$/;
/** A plural or third-person form: a consonant before the final "s" ("Attempts", "Tags", "Customers"); names like "James", "Chris", "Ross" keep a vowel or "s" there. */
export const CONSONANT_S = /[^aeiousy]s$/i;
/** "-ing", "-er"/"-or" endings whose stem may be a verb ("Looking", "Importer", "Interpreter", "Editor"). */
export const VERB_DERIVED = /^(.+?)(?:ing|er|or|r)$/i;
/** All capitals (an acronym like "SC", "PSF", "CNCF"): an organisation, not a person. */
export const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;

/**
 * Reads one name at `index` in `text`. Known names (directory) are tried longest first; an
 * unknown capitalised name must not be an ordinary word ("Customers", "Go") or an acronym; an
 * unknown lower-case word must not look like an ordinary noun.
 */
export function readName(text: string, index: number, directory: Directory): NameMatch | null {
  const c = text.charCodeAt(index);
  if (!(c === 91 || c === 64 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127)) return null;
  NAME_AT.lastIndex = index;
  const m = NAME_AT.exec(text);
  if (!m) return null;
  let byRaw = readings.get(directory);
  if (byRaw === undefined) {
    byRaw = new BoundedMemo(20_000);
    readings.set(directory, byRaw);
  }
  const reading = byRaw.get(m[0], (token) => readToken(token, directory));
  return reading === null ? null : { raw: reading.raw, end: index + reading.length, known: reading.known, lower: reading.lower };
}

/** What a matched token reads as, independent of where it stands: the name, how many characters it takes. */
interface Reading {
  readonly raw: string;
  readonly length: number;
  readonly known: boolean;
  readonly lower: boolean;
}

/** Readings per directory and token (names repeat across a vault's notes). */
const readings = new WeakMap<Directory, BoundedMemo<string, Reading | null>>();

function readToken(raw: string, directory: Directory): Reading | null {
  const r = readTokenAt(raw, directory);
  return r === null ? null : { raw: r.raw, length: r.end, known: r.known, lower: r.lower };
}

function readTokenAt(raw: string, directory: Directory): NameMatch | null {
  const index = 0;
  const first = raw.charCodeAt(0);
  if (first === 91 /* [ */ || first === 64 /* @ */) {
    return { raw, end: index + raw.length, known: directory.resolve(raw) !== null, lower: false };
  }
  const words = raw.split(/[ \t]+/);
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join(" ");
    if (directory.resolve(candidate) !== null) {
      return { raw: candidate, end: index + rawLength(raw, n), known: true, lower: false };
    }
  }
  const head = words[0] ?? "";
  if (isOrdinaryWord(head.replace(/['’]s$/, "")) || ACRONYM.test(head) || isWordForm(head)) return null;
  if (first >= 97 && first <= 122) {
    if (COMMON_SUFFIX.test(head) || CONSONANT_S.test(head)) return null;
    return { raw: head, end: index + head.length, known: false, lower: true };
  }
  // Drop trailing ordinary words ("Sarah Next" → "Sarah").
  let keep = words.length;
  while (keep > 1 && (isOrdinaryWord(words[keep - 1] ?? "") || ACRONYM.test(words[keep - 1] ?? ""))) keep--;
  const name = words.slice(0, keep).join(" ");
  return { raw: name, end: index + rawLength(raw, keep), known: false, lower: false };
}

/**
 * True for a capitalised word that is a form of an ordinary word rather than a name: a plural
 * or third person ("Attempts", "Commands"), a gerund or an agent noun of a known verb
 * ("Looking", "Importer", "Interpreter").
 */
function isWordForm(word: string): boolean {
  if (word.length < 4) return false;
  const lower = word.toLowerCase();
  if (CONSONANT_S.test(lower)) return true;
  const m = VERB_DERIVED.exec(lower);
  if (!m) return false;
  const stem = m[1] ?? "";
  return BASE_VERBS.has(stem) || BASE_VERBS.has(`${stem}e`) || (stem.length > 2 && stem.at(-1) === stem.at(-2) && BASE_VERBS.has(stem.slice(0, -1)));
}

function rawLength(raw: string, words: number): number {
  let i = 0;
  for (let w = 0; w < words; w++) {
    while (i < raw.length && (raw[i] === " " || raw[i] === "\t")) i++;
    while (i < raw.length && raw[i] !== " " && raw[i] !== "\t") i++;
  }
  return i;
}

/** One or more names joined by commas, "and", "&" or "/", each optionally followed by an affiliation ("Steve from Curvenote"). */
export function readNames(text: string, index: number, directory: Directory): { names: NameMatch[]; end: number } | null {
  const names: NameMatch[] = [];
  let at = index;
  let commas = 0;
  let conjunction = false;
  for (;;) {
    const name = readName(text, at, directory);
    if (!name) break;
    names.push(name);
    at = name.end;
    AFFILIATION.lastIndex = at;
    const aff = AFFILIATION.exec(text);
    if (aff) at += aff[0].length;
    NAME_JOINER.lastIndex = at;
    const joiner = NAME_JOINER.exec(text);
    if (!joiner) break;
    const after = readName(text, at + joiner[0].length, directory);
    if (!after) break;
    if (/[&/]|\band\b/.test(joiner[0])) conjunction = true;
    else commas++;
    at += joiner[0].length;
  }
  if (names.length === 0) return null;
  // "Wei Ling, could you …", "Additionally, Importer will …": a comma without a final "and"/"&"
  // does not make a list of names; only the first name counts.
  if (commas > 0 && !conjunction) {
    const first = names[0];
    return first === undefined ? null : { names: [first], end: first.end };
  }
  return { names, end: at };
}

/** True when a lower-case handle may be the subject of `verb` (the verb needs a person). */
export function isHumanVerb(verb: string): boolean {
  return HUMAN_VERBS.has(verb.toLowerCase());
}
