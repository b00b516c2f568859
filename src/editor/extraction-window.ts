import type { Text } from "@codemirror/state";
import { BLANK_LINE, FENCE_LINE, HEADING_LINE, LIST_ITEM_START, scanLine } from "./line-scan";
import type { ScanCheckpoints } from "./scan-checkpoint";

/**
 * A stretch of a note's body the highlighter hands to the extractor instead of the whole note:
 * `[start, end)` in note offsets. `start` is a line where the extractor's context is reset (a
 * real heading, or in a note without headings a plain paragraph after a blank line), so the
 * extractor reading the window sees exactly the context it would see reading from the top;
 * `end` is the end of a line after which no sentence continues (a blank line, a heading, a
 * fence, a list item or the end of the note follows), so no sentence is cut.
 */
export interface ExtractionWindow {
  readonly start: number;
  readonly end: number;
  /** Where the ranges it was grown from start and end: units outside are context, not shown. */
  readonly shownFrom: number;
  readonly shownTo: number;
}

/** Where the body starts: after the frontmatter, as the prepared note says. */
export interface BodyStart {
  readonly offset: number;
  /** 1-based line of `offset`. */
  readonly line: number;
}

/** How far a window's edges are searched for a reset point or a sentence end, in lines. */
const MAX_WALK = 400;

/**
 * A first line that resets the extractor's context in a note without headings: prose at the
 * margin starting with a letter, quote mark or parenthesis (so not a list item, quote, table,
 * HTML, heading, fence or callout), with no `^` (a block id would hide a label's colon), and
 * not a label line (ending with `:`, `*` or `_`, which opens a section for what follows).
 */
export const RESET_PARAGRAPH = /^[\p{L}"'“‘(][^^]*[^:*_\s^]$/u;

/** Text that opens or closes a comment or fence, which a reset window must not cut across. */
const STRUCTURE_MARK = /%%|<!--|-->|^[ \t]*(?:`{3,}|~{3,})/;

/**
 * The windows to extract for `ranges` (sorted, e.g. `view.visibleRanges`): one per range,
 * merged where they overlap, each grown to a context reset above and a sentence end below.
 */
export function extractionWindows(doc: Text, ranges: readonly { from: number; to: number }[], body: BodyStart, checkpoints: ScanCheckpoints): ExtractionWindow[] {
  const windows: ExtractionWindow[] = [];
  for (const range of ranges) {
    if (range.to < range.from || range.from < 0 || range.to > doc.length) {
      throw new RangeError(`Range ${range.from}..${range.to} is not inside the note (0..${doc.length})`);
    }
    if (range.to < body.offset) continue;
    const shownFrom = Math.max(range.from, body.offset);
    const start = windowStart(doc, shownFrom, body, checkpoints);
    const end = windowEnd(doc, range.to);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last.end + 1) windows[windows.length - 1] = { ...last, end: Math.max(last.end, end), shownTo: range.to };
    else windows.push({ start, end, shownFrom, shownTo: range.to });
  }
  return windows;
}

/**
 * The window cut at every clean heading inside it: each section starts where the extractor's
 * context resets, so each can be segmented and cached on its own (typing in one section leaves
 * the others' text, and so their cache entries, untouched). Offsets in the note, in order.
 */
export function windowSections(doc: Text, window: ExtractionWindow, body: BodyStart, checkpoints: ScanCheckpoints): Array<{ start: number; end: number }> {
  const sections: Array<{ start: number; end: number }> = [];
  const first = Math.max(doc.lineAt(window.start).number, body.line);
  let state = checkpoints.stateAt(doc, first);
  let start = window.start;
  let pos = doc.line(first).from;
  const iter = doc.iterLines(first, doc.lineAt(window.end).number + 1);
  for (let next = iter.next(); !next.done; next = iter.next()) {
    const scanned = scanLine(next.value, pos, state);
    if (scanned.reset && pos > start) {
      sections.push({ start, end: pos - 1 });
      start = pos;
    }
    state = scanned.next;
    pos += next.value.length + 1;
  }
  sections.push({ start, end: window.end });
  return sections;
}

/** A line at or above `pos` where the extractor's context resets, or the body's start. */
export function windowStart(doc: Text, pos: number, body: BodyStart, checkpoints: ScanCheckpoints): number {
  const line = doc.lineAt(pos);
  if (line.number <= body.line) return body.offset;
  const state = checkpoints.stateAt(doc, line.number);
  if (scanLine(line.text, line.from, state).reset) return line.from;
  if (state.headingFrom !== null) return state.headingFrom;
  if (state.headed || state.fence !== null || state.comment !== null || state.echo) return body.offset;
  // No heading above: the nearest plain paragraph after a blank line, with no fence or comment
  // mark between it and `pos` (so none can be open at it either).
  for (let n = line.number, walked = 0; n > body.line && walked < MAX_WALK; n--, walked++) {
    const text = doc.line(n).text;
    if (STRUCTURE_MARK.test(text)) break;
    if (RESET_PARAGRAPH.test(text) && BLANK_LINE.test(doc.line(n - 1).text)) return doc.line(n).from;
  }
  return body.offset;
}

/** The end of the line at or below `pos` after which a blank line, heading, fence, list item or the note's end follows. */
export function windowEnd(doc: Text, pos: number): number {
  let line = doc.lineAt(pos);
  for (let walked = 0; line.number < doc.lines && walked < MAX_WALK; walked++) {
    const next = doc.line(line.number + 1);
    const text = next.text;
    if (BLANK_LINE.test(text) || HEADING_LINE.test(text) || FENCE_LINE.test(text) || LIST_ITEM_START.test(text)) break;
    line = next;
  }
  return line.to;
}
