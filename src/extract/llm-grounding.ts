/**
 * Grounding: an item the LLM proposes counts only when its quote is really in the note (DESIGN
 * principle 5). The quote is searched verbatim, case-sensitive, with whitespace normalised (a
 * run of spaces, tabs and line breaks, including a block quote's `>` at the start of a wrapped
 * line, equals one space) and typographic quotes equal to straight ones (`’` = `'`, `“` = `"`:
 * models straighten them, and either way no word is changed). The match maps back to exact
 * offsets in the original text.
 */

/** Fewest non-space characters a quote needs: "I will" matches anywhere and grounds nothing. */
export const MIN_QUOTE_CHARS = 8;

/** A span of the searched text, `[from, to)`. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** Whitespace in a quote or a note. */
const WHITESPACE = /\s/;

/** Typographic quote marks and the straight mark each equals. */
const QUOTE_FOLD: Readonly<Record<string, string>> = { "\u2018": "'", "\u2019": "'", "\u201C": '"', "\u201D": '"' };

/** A text with whitespace runs collapsed, and for each of its characters the offset it came from. */
interface Normalised {
  readonly text: string;
  /** `offsets[i]` is where `text[i]` starts in the original; one extra entry for the end. */
  readonly offsets: readonly number[];
  /** `ends[i]` is where `text[i]` ends in the original. */
  readonly ends: readonly number[];
}

function fold(ch: string, ignoreCase: boolean): string {
  const straight = QUOTE_FOLD[ch] ?? ch;
  if (!ignoreCase) return straight;
  const lower = straight.toLowerCase();
  return lower.length === 1 ? lower : straight;
}

/** Collapses whitespace (and a block quote's `>` markers after a line break) to single spaces. */
function normalise(text: string, ignoreCase: boolean, quoteMarkers: boolean): Normalised {
  let out = "";
  const offsets: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (WHITESPACE.test(ch)) {
      const start = i;
      let sawBreak = false;
      while (i < text.length) {
        const c = text.charAt(i);
        if (WHITESPACE.test(c)) {
          if (c === "\n") sawBreak = true;
          i++;
        } else if (quoteMarkers && sawBreak && c === ">") i++;
        else break;
      }
      out += " ";
      offsets.push(start);
      ends.push(i);
      continue;
    }
    out += fold(ch, ignoreCase);
    offsets.push(i);
    ends.push(i + 1);
    i++;
  }
  return { text: out, offsets, ends };
}

/**
 * Where `quote` occurs in `text` (its first occurrence), or null when
 * it does not, or is too short to ground ({@link MIN_QUOTE_CHARS}). Case-sensitive unless
 * `ignoreCase` (used for deadline phrases, never for quotes).
 */
export function groundQuote(text: string, quote: string, options: { readonly ignoreCase?: boolean; readonly minChars?: number } = {}): Span | null {
  const ignoreCase = options.ignoreCase ?? false;
  const q = normalise(quote, ignoreCase, false).text.trim();
  if (q.replace(/ /g, "").length < (options.minChars ?? MIN_QUOTE_CHARS)) return null;
  const hay = normalise(text, ignoreCase, true);
  const at = hay.text.indexOf(q);
  if (at < 0) return null;
  return { from: hay.offsets[at], to: hay.ends[at + q.length - 1] };
}
