/**
 * Blocker lines (issue 7): a line that begins "Blocker", "Objection" or "Concern", followed by
 * ":" or a dash, in a list item or a paragraph, optionally a checkbox, optionally after a
 * "Name:" prefix naming who raised it:
 *
 * ```
 * Blocker: the legal review of Tillpoint is not done.
 * - [ ] Objection — the migration window overlaps the freeze.
 * - [x] Concern: the hints repeat. Resolved with Maya this afternoon.
 * - [ ] Hana Yusof: Blocker (2026-11-24T10:00:00Z): who and when before the text.
 * - [ ] Blocker: the DPA is unsigned — Hana Yusof, 2026-11-24T10:00+00:00
 * ```
 *
 * The last form is what the plugin's "Raise a blocker" command writes (`src/obsidian/blocker-line.ts`):
 * a signature `— <who>, <instant>` at the end says who raised it and when.
 *
 * Pure: the caller says who wrote the note and when; this module only reads lines. A blocker is
 * closed when its checkbox is checked (`[x]`, or `[-]` cancelled) or when "resolved" is written on
 * it or under it (a child line, or the rest of its paragraph). Quotes (`>`), headings, code and
 * frontmatter are never blockers: a quoted objection is someone else's, already raised elsewhere.
 */

/**
 * List marker and checkbox at the start of a line. Group 1 the indentation, group 2 the list
 * marker (`-`, `*`, `+`, `1.`, `1)`) when the line is a list item, group 3 the checkbox character.
 */
export const LINE_LEAD = /^([ \t]*)(?:([-*+]|\d{1,9}[.)])[ \t]+(?:\[(.)\][ \t]+)?)?/;

/**
 * The blocker head after the list marker: an optional `Name:` prefix (group 1), the keyword
 * (group 2: Blocker, Objection or Concern, singular, any case, optionally bold), an optional
 * parenthesis right after it (group 3: a stamp like `(2026-11-24T10:00:00Z)`), then `:` or a dash
 * (`—`, `–`, `-`, `--`), then the text (group 4). "Blockers: none" (plural) is a heading-like
 * summary, not a blocker.
 */
export const BLOCKER_HEAD =
  /^(?:(?:\*\*|__)?((?:@[\w.-]+|\[\[[^[\]|#\n]+(?:\|[^[\]\n]+)?\]\]|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}))(?:\*\*|__)?[ \t]*:[ \t]+)?(?:\*\*|__)?(blocker|objection|concern)\b(?:[ \t]*\(([^)\n]*)\))?[ \t]*(?:\*\*|__)?[ \t]*(?::|—|–|--?)[ \t]*(?:\*\*|__)?[ \t]*(.*)$/i;

/** Text after the keyword that says there is none: "Blocker: none", "Concern: n/a", "Objection: nothing yet." */
export const NO_BLOCKER = /^(?:none|nothing|nope|no|n\/a|na|-+|—|–)(?:[ \t]+(?:yet|so[ \t]+far|for[ \t]+now|right[ \t]+now|today|from[ \t]+me))?[ \t]*[.!]?$/i;

/** The word "resolved" (not "unresolved"). Used with {@link NOT_RESOLVED_BEFORE} and {@link QUESTION_AFTER}. */
export const RESOLVED = /\bresolved\b/gi;

/**
 * Words right before "resolved" that say it is not resolved yet: "not resolved", "isn't
 * resolved", "until resolved", "once resolved", "needs to be resolved", "if it gets resolved".
 * Tested against the text before the word (a suffix match: no lookbehind).
 */
export const NOT_RESOLVED_BEFORE = /(?:\b(?:not|never|until|till|once|when|if|unless|be|get|gets|getting|before)|n['’]t)[ \t]+(?:(?:yet|fully|really|been)[ \t]+)?$/i;

/** A question mark right after "resolved" ("resolved?") asks; it does not say so. */
export const QUESTION_AFTER = /^[ \t]*\?/;

/**
 * A stamp: a date (`2026-11-24`) or an instant with its zone (`2026-11-24T10:00:00Z`,
 * `2026-11-24T18:00+08:00`), group 1. A time without a zone is not a stamp (whose clock?).
 */
export const STAMP = /\b(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?)(?![\w:])/;

/** A stamp right after "resolved": "resolved 2026-11-20", "resolved on 2026-11-20", "resolved (2026-11-20T10:00Z)". Group 1. */
export const RESOLVED_STAMP = /\bresolved[ \t]*(?:on[ \t]+|at[ \t]+)?\(?(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?)/i;

/**
 * A signature at the end of the text: a dash, who (group 1), a comma and a stamp (group 2):
 * ` — Hana Yusof, 2026-11-24T10:00+00:00`. Removed from the blocker's text.
 */
export const TRAILING_SIGNATURE = /[ \t]+[—–-][ \t]+([^,—–\n]{1,60}?),[ \t]*(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?)[ \t]*$/;

/** Obsidian Tasks created (`➕ 2026-11-24`, group 1) and done (`✅ 2026-11-25`, group 2) dates on the line. */
export const TASK_CREATED = /➕[ \t]*(\d{4}-\d{2}-\d{2})/u;
export const TASK_DONE = /✅[ \t]*(\d{4}-\d{2}-\d{2})/u;

/** A block id at the end of a line (`^ho-k3j9x2a`), removed from the blocker's text. */
export const TRAILING_BLOCK_ID = /[ \t]+\^[A-Za-z0-9-]+[ \t]*$/;

/** Tasks emoji fields at the end of the text (`➕ 2026-11-24 ✅ 2026-11-25`), removed from the blocker's text. */
export const TRAILING_TASK_FIELDS = /(?:[ \t]*(?:➕|✅|📅|⏳|🛫|❌)[ \t]*\d{4}-\d{2}-\d{2})+[ \t]*$/u;

/** A fenced code block's fence line (``` or ~~~). */
export const FENCE = /^[ \t]*(?:```|~~~)/;

/** A heading line. */
export const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;

/** A blockquote or callout line. */
export const QUOTE = /^[ \t]*>/;

/** One blocker line as read from a note. Who and when come from the line or, when it says nothing, the caller's note facts. */
export interface BlockerLine {
  /** 1-based line in the note (frontmatter lines count). */
  readonly line: number;
  /** From the keyword on: "Blocker: the legal review …", without block id or Tasks fields. */
  readonly text: string;
  /** The `Name:` prefix as written ("Hana Yusof", "@hana", "[[Hana Yusof]]"), or null. */
  readonly name: string | null;
  /** A stamp in the parenthesis after the keyword, or a Tasks `➕` date; null when the line has none. */
  readonly stamp: string | null;
  readonly open: boolean;
  /** A stamp on the resolution ("resolved 2026-11-20", Tasks `✅`), or null. */
  readonly resolvedStamp: string | null;
}

/** True when `text` says "resolved" and means it (not "not resolved", "until resolved", "resolved?"). */
export function saysResolved(text: string): boolean {
  RESOLVED.lastIndex = 0;
  for (let m = RESOLVED.exec(text); m !== null; m = RESOLVED.exec(text)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (!NOT_RESOLVED_BEFORE.test(before) && !QUESTION_AFTER.test(after)) return true;
  }
  return false;
}

/** Cheap test before reading lines: the note mentions a keyword at all. */
const ANY_KEYWORD = /blocker|objection|concern/i;

/**
 * Every blocker line in a note's text, in line order. `bodyLine` is the 1-based first line after
 * the frontmatter (lines before it are never blockers). Never throws on any text.
 */
export function readBlockerLines(text: string, bodyLine = 1): BlockerLine[] {
  if (!ANY_KEYWORD.test(text)) return [];
  const lines = text.split("\n");
  const out: BlockerLine[] = [];
  let fenced = false;
  for (let i = Math.max(0, bodyLine - 1); i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (FENCE.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || QUOTE.test(line) || HEADING.test(line) || !ANY_KEYWORD.test(line)) continue;
    const lead = LINE_LEAD.exec(line);
    const indent = lead?.[1]?.length ?? 0;
    const listItem = lead?.[2] !== undefined;
    const head = BLOCKER_HEAD.exec(line.slice(lead?.[0].length ?? 0));
    if (!head) continue;
    const unsigned = (head[4] ?? "").replace(TRAILING_BLOCK_ID, "").replace(TRAILING_TASK_FIELDS, "");
    const signature = TRAILING_SIGNATURE.exec(unsigned);
    const rest = (signature ? unsigned.slice(0, signature.index) : unsigned).trim();
    if (rest === "" || NO_BLOCKER.test(rest)) continue;
    const box = lead?.[3];
    const following = continuation(lines, i, indent, listItem);
    const whole = [line, ...following].join("\n");
    const checked = box === "x" || box === "X" || box === "-";
    const resolved = checked || saysResolved([head[4] ?? "", ...following].join("\n"));
    const keyword = head[2];
    const stampIn = head[3] ? STAMP.exec(head[3]) : null;
    out.push({
      line: i + 1,
      text: `${keyword[0].toUpperCase()}${keyword.slice(1).toLowerCase()}: ${rest}`,
      name: head[1] ?? signature?.[1]?.trim() ?? null,
      stamp: stampIn?.[1] ?? signature?.[2] ?? TASK_CREATED.exec(line)?.[1] ?? null,
      open: !resolved,
      resolvedStamp: resolved ? (TASK_DONE.exec(line)?.[1] ?? RESOLVED_STAMP.exec(whole)?.[1] ?? null) : null,
    });
  }
  return out;
}

/**
 * Lines that belong under line `at`: for a list item, the lines indented deeper than it (its
 * children and wrapped text, blank lines between them included); for a paragraph, the lines up to
 * the next blank line, list item or heading.
 */
function continuation(lines: readonly string[], at: number, indent: number, listItem: boolean): string[] {
  const out: string[] = [];
  for (let j = at + 1; j < lines.length; j++) {
    const line = lines[j].replace(/\r$/, "");
    if (line.trim() === "") {
      if (!listItem) break;
      const next = lines[j + 1]?.replace(/\r$/, "") ?? "";
      if (next.trim() === "" || leadingWidth(next) <= indent) break;
      continue;
    }
    if (HEADING.test(line) || FENCE.test(line)) break;
    if (listItem) {
      if (leadingWidth(line) <= indent) break;
    } else if (LINE_LEAD.exec(line)?.[2] !== undefined) break;
    out.push(line);
  }
  return out;
}

function leadingWidth(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}
