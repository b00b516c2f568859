/**
 * The words of a sentence without the markdown around them, for the rules to read: backslash
 * escapes undone (`\[Leo\]` → `[Leo]`), `[text](url)` → `text`, `<https://…>` → the URL, bold,
 * highlight and strike-through marks dropped, line breaks and quote markers folded to one space.
 * Wikilinks `[[…]]` stay (they name people). Single `*`/`_` stay (they occur inside handles
 * like `OWNERS_ALIASES`).
 */

/** A backslash escape of markdown punctuation; group 1 is the character. */
export const ESCAPE = /\\([\\`*_{}[\]()#+\-.!<>|~])/g;
/** An inline link or image `[text](url "title")`; group 1 is the text. Nested parentheses one level deep. */
export const INLINE_LINK = /!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
/** An autolink `<https://…>` or `<mailto:…>`; group 1 is the address. */
export const AUTOLINK = /<((?:https?|mailto):[^>\s]*)>/g;
/** Bold, highlight and strike-through markers. */
export const MARKS = /\*\*|__|==|~~/g;
/** HTML inline tags such as `<u>` or `</u>`. */
export const INLINE_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?>/g;
/** An inline code span; its `?` and `!` are code, not punctuation (group 1 is the code). */
export const CODE_SPAN = /`([^`\n]*)`/g;
/** A line break with the indentation and quote markers of the next line. */
export const LINE_BREAK = /[ \t]*\r?\n[ \t>]*/g;

/** The plain words of `text` (see the module comment). Cheap when `text` has no markdown. */
export function toPlain(text: string): string {
  let s = text;
  if (s.includes("\n")) s = s.replace(LINE_BREAK, " ");
  if (s.includes("\\")) s = s.replace(ESCAPE, "$1");
  if (s.includes("](")) s = s.replace(INLINE_LINK, "$1");
  if (s.includes("<")) s = s.replace(AUTOLINK, "$1").replace(INLINE_TAG, "");
  if (s.includes("`")) s = s.replace(CODE_SPAN, (span) => span.replace(/[?!]/g, "\u00b7"));
  if (s.includes("**") || s.includes("__") || s.includes("==") || s.includes("~~")) s = s.replace(MARKS, "");
  return s.trim();
}
