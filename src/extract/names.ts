import type { Directory } from "../model/person";
import { HUMAN_VERBS, isOrdinaryWord } from "./lexicon";

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
const NAME_AT = /\[\[[^\][]{1,80}\]\]|@[\p{L}\p{N}_.-]*[\p{L}\p{N}_]|[\p{Lu}][\p{L}'’-]*(?:[ \t]+(?:[\p{Lu}][\p{L}'’-]+|[\p{Lu}]\.?(?![\p{L}])))?(?:[ \t]+[\p{Lu}][\p{L}'’-]+)?|[\p{Ll}][\p{L}\p{N}_-]{2,30}/uy;
/** Separators in a list of names: ", ", " and ", " & ", " / ". */
const NAME_JOINER = /[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]and[ \t]|[ \t]*&[ \t]*|[ \t]*\/[ \t]*)/y;
/** "from Curvenote", "at Acme", "(Dev)" after a name: where the person is from, skipped. */
const AFFILIATION = /[ \t]+(?:from|at|of|on)[ \t]+(?:the[ \t]+)?[\p{Lu}][\p{L}\p{N}&.-]*(?:[ \t]+[\p{Lu}][\p{L}\p{N}&.-]*)?(?:[ \t]+team)?|[ \t]*\([^()]{1,30}\)/uy;
/** Suffixes of ordinary lower-case nouns and adjectives ("performance", "deployment", "quality"). */
const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ing|ed|ly|ous|ive|able|ible|ship|ism|ist|ics|ure|age|cy|al|ful|less|s)$/;
/** All capitals (an acronym like "SC", "PSF", "CNCF"): an organisation, not a person. */
const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;

/**
 * Reads one name at `index` in `text`. Known names (directory) are tried longest first; an
 * unknown capitalised name must not be an ordinary word ("Customers", "Go") or an acronym; an
 * unknown lower-case word must not look like an ordinary noun.
 */
export function readName(text: string, index: number, directory: Directory): NameMatch | null {
  NAME_AT.lastIndex = index;
  const m = NAME_AT.exec(text);
  if (!m) return null;
  const raw = m[0];
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
  if (isOrdinaryWord(head.replace(/['’]s$/, "")) || ACRONYM.test(head)) return null;
  if (first >= 97 && first <= 122) {
    if (COMMON_SUFFIX.test(head)) return null;
    return { raw: head, end: index + head.length, known: false, lower: true };
  }
  // Drop trailing ordinary words ("Sarah Next" → "Sarah").
  let keep = words.length;
  while (keep > 1 && (isOrdinaryWord(words[keep - 1] ?? "") || ACRONYM.test(words[keep - 1] ?? ""))) keep--;
  const name = words.slice(0, keep).join(" ");
  return { raw: name, end: index + rawLength(raw, keep), known: false, lower: false };
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
    at += joiner[0].length;
  }
  return names.length === 0 ? null : { names, end: at };
}

/** True when a lower-case handle may be the subject of `verb` (the verb needs a person). */
export function isHumanVerb(verb: string): boolean {
  return HUMAN_VERBS.has(verb.toLowerCase());
}
