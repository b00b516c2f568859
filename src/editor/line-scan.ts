/**
 * The structure of a note line by line, as far as the editor needs it to cut a window out of a
 * long note: where code fences and comments are open, and where the nearest real heading is.
 *
 * The extractor reads context (heading, label lines, fences, comments) from the top of the
 * note, so extracting one sentence at line 1,900 would re-read 1,900 lines. After a real
 * heading, though, the extractor's context is only that heading; so the highlighter extracts
 * from a window that starts at the heading above the viewport (see `extraction-window.ts`).
 * These rules follow `src/extract/segment.ts`; the equivalence test in test/editor checks
 * that windowed extraction gives exactly what whole-note extraction gives.
 */

/** Quote and callout markers at the start of a line (`> `, `>> `); stripped before the rest is read. */
export const QUOTE_PREFIX = /^(?:[ \t]{0,3}>[ \t]?)+/;

/** A code fence line: any indentation, then 3+ backticks or tildes (group 1). */
export const FENCE_LINE = /^[ \t]*(`{3,}|~{3,})/;

/** An ATX heading: up to 3 spaces, 1-6 `#`, then a space or tab (`## Next`; not `#tag`). */
export const HEADING_LINE = /^[ \t]{0,3}#{1,6}[ \t]/;

/** A list item's first line: optional indent, `-`, `*`, `+`, `1.` or `1)`, then a space or the end. */
export const LIST_ITEM_START = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** A line with nothing but spaces and tabs. */
export const BLANK_LINE = /^[ \t]*$/;

/**
 * What the lines above a line leave open. `fence` is the open code fence's run (```` ``` ````)
 * and `fenceQuoted` whether it opened inside a quote; `comment` the closer an open comment
 * waits for (`%%` or `-->`); `echo` is true once a code block closed since the last heading
 * (the extractor then skips lines repeating it); `headed` is true below any real heading
 * (outside code and comments); `headingFrom` is the offset of the nearest one when it is a
 * clean reset point (no comment open before it or on it), else null.
 */
export interface ScanState {
  readonly fence: string | null;
  readonly fenceQuoted: boolean;
  readonly comment: "%%" | "-->" | null;
  readonly echo: boolean;
  readonly headed: boolean;
  readonly headingFrom: number | null;
}

/** The state where a note's body starts. */
export const START_STATE: ScanState = Object.freeze({ fence: null, fenceQuoted: false, comment: null, echo: false, headed: false, headingFrom: null });

/** Comment openers and the closer each waits for. */
const COMMENT_OPENERS: readonly (readonly [string, "%%" | "-->"])[] = [
  ["%%", "%%"],
  ["<!--", "-->"],
];

/**
 * The comment state after `line` given the state before it, and whether any of the line is
 * outside comments (a line wholly inside a comment is invisible to the extractor).
 */
export function commentsAfter(line: string, open: "%%" | "-->" | null): { open: "%%" | "-->" | null; visible: boolean } {
  let visible = false;
  let i = 0;
  let state = open;
  while (i <= line.length) {
    if (state !== null) {
      const end = line.indexOf(state, i);
      if (end === -1) return { open: state, visible };
      i = end + state.length;
      state = null;
      continue;
    }
    let next = -1;
    let closer: "%%" | "-->" | null = null;
    let width = 0;
    for (const [opener, close] of COMMENT_OPENERS) {
      const at = line.indexOf(opener, i);
      if (at !== -1 && (next === -1 || at < next)) [next, closer, width] = [at, close, opener.length];
    }
    const end = next === -1 ? line.length : next;
    if (line.slice(i, end).trim() !== "") visible = true;
    if (next === -1) break;
    state = closer;
    i = next + width;
  }
  return { open: state, visible };
}

/**
 * What a line is, and the state after it. `reset` is true for a clean heading: the extractor's
 * context after it is the heading alone, so a window may start there.
 */
export interface ScannedLine {
  readonly reset: boolean;
  readonly next: ScanState;
}

/** Reads one body line (`text`, starting at offset `from`) given the state before it. */
export function scanLine(text: string, from: number, state: ScanState): ScannedLine {
  const quote = QUOTE_PREFIX.exec(text);
  const raw = quote ? text.slice(quote[0].length) : text;
  const quoted = quote !== null;
  const fence = FENCE_LINE.exec(raw);
  if (state.fence !== null) {
    const closes = fence !== null && fence[1][0] === state.fence[0] && fence[1].length >= state.fence.length &&
      BLANK_LINE.test(raw.slice(fence[0].length)) && quoted === state.fenceQuoted;
    return { reset: false, next: closes ? { ...state, fence: null, fenceQuoted: false, echo: true } : state };
  }
  let hasComment = false;
  if (state.comment !== null || raw.includes("%%") || raw.includes("<!--")) {
    const after = commentsAfter(raw, state.comment);
    if (after.open !== state.comment) state = { ...state, comment: after.open };
    if (!after.visible) return { reset: false, next: state };
    hasComment = true;
  }
  if (!hasComment && fence !== null) return { reset: false, next: { ...state, fence: fence[1], fenceQuoted: quoted } };
  if (HEADING_LINE.test(raw)) {
    return { reset: !hasComment, next: { ...state, echo: false, headed: true, headingFrom: hasComment ? null : from } };
  }
  return { reset: false, next: state };
}
