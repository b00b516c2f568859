import { BoundedMemo } from "./bounded-memo";

/**
 * Short imperative titles for board cards and item notes: "I'll have the mockups ready
 * Thursday" → "Have the mockups ready". The rules hand over the words that describe the
 * action; this removes the deadline phrase, tags, links' markup and filler, and caps the length.
 */

/** Longest title in characters; longer ones are cut at a word and end with "…". */
export const MAX_TITLE_LENGTH = 80;

/** Filler at the start: "to", "also", "then", "please", "we'll", "I will". */
export const LEADING_FILLER = /^(?:(?:to|also|then|please|pls|kindly|just|and|so)[ \t]+|(?:I|we)(?:['’]ll|[ \t]+will|['’]m[ \t]+going[ \t]+to|[ \t]+are[ \t]+going[ \t]+to)[ \t]+|be[ \t]+(?=\w+ing\b))+/i;
/** Prepositions and joiners left dangling at the end once the deadline phrase is cut ("send the brief by"). */
const DANGLING_WORDS: ReadonlySet<string> = new Set(["by", "before", "on", "at", "until", "till", "in", "for", "from", "due", "and", "or", "the", "to", "of", "with", "latest", "than", "probably", "maybe", "hopefully", "ideally", "eta", "target"]);
/** A parenthesis left empty, or holding only "due"/"ETA", once the deadline phrase is cut: "Invoice Acme (due)" → "Invoice Acme". */
export const EMPTY_PARENS = /[ \t]*\((?:[ \t]*(?:due|by|before|eta|until|deadline|target)[ \t:]*)?\)/gi;
/** Characters trimmed from a title's end. */
const TRAILING_CHARS = new Set([..." \t\n\r\u00a0,;:.!?–—-"]);
/** `#tags` (the Tasks global filter `#task` among them). */
export const TAGS = /(?:^|[ \t])#[\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*/gu;
/** `[[target|alias]]` → alias, `[[target]]` → target. */
export const WIKILINK = /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;
/** Runs of spaces. */
export const SPACES = /[ \t\u00a0]+/g;
/** Spaces left before punctuation once a deadline phrase is cut out ("the brief , so" → "the brief, so"). */
export const SPACE_BEFORE_PUNCTUATION = /[ \t\u00a0]+(?=[,;:.!?)\]])/g;
/**
 * Where the action ends and an explanation starts: a semicolon, a dash between spaces, or a comma
 * before a conjunction ("Handle the client brief, so the interviews can be booked" → "Handle the
 * client brief"; "Rotate the staging TLS certificates; the current ones expire" → "Rotate the
 * staging TLS certificates").
 */
export const CLAUSE_BOUNDARY = /;|[ \t][–—-][ \t]|[ \t]so[ \t]+(?!far\b|much\b|many\b|long\b|well\b)|,[ \t]+(?:so|because|since|as|which|but|then|and[ \t]+then|while|once|if|unless|until|when|whenever|after|otherwise|though|although|even[ \t]+if|especially|in[ \t]+case|given)\b/i;
/** Shortest title a clause cut may leave (a cut that leaves less keeps the whole text). */
const MIN_CLAUSE = 8;

/**
 * A title from the words of an action, without `dueText` (when given and present), tags and
 * link markup, starting with a capital, at most {@link MAX_TITLE_LENGTH} characters. Falls back
 * to `fallback` when nothing is left.
 */
export function makeTitle(words: string, dueText: string | null, fallback: string): string {
  const made = titles.get(dueText ?? "", () => new BoundedMemo<string, string>(5000)).get(words, () => title(words, dueText));
  return made === "" ? untitled(fallback) : made;
}

/** Titles made, by deadline phrase then words (a board has many "Review the spec by Friday"). */
const titles = new BoundedMemo<string, BoundedMemo<string, string>>(1000);

function untitled(fallback: string): string {
  const t = trimEnd(fallback.replace(SPACES, " ").trim());
  return t === "" ? "Untitled" : cap(t);
}

/** The title of `words` without `dueText`, or "" when nothing is left. */
function title(words: string, dueText: string | null): string {
  let t = words;
  if (dueText) {
    const at = t.indexOf(dueText);
    if (at >= 0) t = `${t.slice(0, at)} ${t.slice(at + dueText.length)}`;
  }
  if (t.includes("#")) t = t.replace(TAGS, " ");
  if (t.includes("[[")) t = t.replace(WIKILINK, (_m, target: string, alias: string | undefined) => alias ?? target);
  t = t.replace(SPACES, " ").trim().replace(LEADING_FILLER, "");
  if (t.includes("(")) t = t.replace(EMPTY_PARENS, "");
  if (t.includes(" ")) t = t.replace(SPACE_BEFORE_PUNCTUATION, "");
  const boundary = CLAUSE_BOUNDARY.exec(t);
  if (boundary && boundary.index >= MIN_CLAUSE) t = t.slice(0, boundary.index);
  t = trimEnd(t);
  for (let space = t.lastIndexOf(" "); space > 0 && DANGLING_WORDS.has(t.slice(space + 1).toLowerCase()); space = t.lastIndexOf(" ")) t = trimEnd(t.slice(0, space));
  return t === "" ? "" : cap(t);
}

/** Capitalised and capped at {@link MAX_TITLE_LENGTH}, cut at a word with "…". */
function cap(text: string): string {
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  if (t.length <= MAX_TITLE_LENGTH) return t;
  const cut = t.slice(0, MAX_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${trimEnd(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut)}…`;
}

/** `text` without trailing spaces and punctuation (a loop: a `$`-anchored regex rescans from every space). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_CHARS.has(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
