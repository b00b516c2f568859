import { digest } from "../model/hash";
import { frontmatterBounds } from "./frontmatter";

/**
 * Source blocks and their Obsidian block ids (`^ho-k3j9x2a`). A block is a paragraph, a list
 * item (its own line plus continuation lines, not its nested items) or a blockquote; the id goes
 * at the end of its last line, where Obsidian looks for it. Items anchor to block ids so they
 * survive the note being renamed, moved or lightly edited (the id travels with the line).
 */

/** A block in a source note. Lines are 1-based and count the frontmatter. */
export interface SourceBlock {
  readonly startLine: number;
  /** The last line: where the block id is (or goes). */
  readonly endLine: number;
  /** The block id already on it (without `^`), or null. */
  readonly blockId: string | null;
  /**
   * The block's text with list marker, checkbox and block id removed, whitespace collapsed; at
   * most {@link MAX_BLOCK_TEXT} characters, so a huge single-line note costs no more than a normal one.
   */
  readonly text: string;
  /** False for headings, tables, callouts and rules, where an id at the line end would not work. */
  readonly linkable: boolean;
}

/** A block id at the end of a line: ` ^abc-123`. Group 1 the id. */
export const TRAILING_BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;

/** A line that is only a block id (`^abc-123`), which Obsidian attaches to the block above. */
const LONE_BLOCK_ID = /^\s*\^([A-Za-z0-9-]+)\s*$/;

/** A list item's start: indent, marker (`-`, `*`, `+`, `1.`, `1)`), then space or end of line. */
const LIST_ITEM_START = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;

/** A list marker with an optional task checkbox, removed from block text. */
const LIST_MARKER_AND_CHECKBOX = /^\s*(?:[-*+]|\d{1,9}[.)])\s*(?:\[.\]\s*)?/;

/** An ATX heading line (`## Next`). */
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;

/** A fenced code block's opening or closing fence; group 1 the fence characters. */
const CODE_FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** A thematic break (`---`, `***`, `___`). */
const THEMATIC_BREAK = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;

/** A callout's first line (`> [!note]`). */
const CALLOUT_START = /^\s*>\s*\[!/;

/** Whitespace other than one plain space between words: a tab, a line break, a run of spaces. */
const UNEVEN_SPACE = /[^\S ]|\s\s/;

/** Characters of a block's text kept for ids and matching (4 KB: far more than a sentence). */
export const MAX_BLOCK_TEXT = 4096;

/** The prefix of the block ids Handoff creates. */
export const HANDOFF_BLOCK_PREFIX = "ho-";

type BlockStyle = "paragraph" | "list" | "quote" | "table" | "single";

/**
 * Splits a note into blocks, skipping frontmatter and fenced code. One pass over the lines;
 * returns blocks in document order.
 */
export function segmentBlocks(text: string): SourceBlock[] {
  const lines = text.split("\n");
  const bounds = frontmatterBounds(text);
  let lineIndex = bounds ? countNewlines(text, bounds.bodyOffset) : 0;
  const blocks: SourceBlock[] = [];
  let open: OpenBlock | null = null;
  let fence: string | null = null;
  for (; lineIndex < lines.length; lineIndex++) {
    const line = stripCr(lines[lineIndex]);
    const fenceMatch = CODE_FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      open = closeBlock(open, lines, blocks);
      fence = fenceMatch[1];
      continue;
    }
    if (line.trim() === "") {
      open = closeBlock(open, lines, blocks);
      continue;
    }
    if (open && LONE_BLOCK_ID.test(line)) {
      open.end = lineIndex;
      open = closeBlock(open, lines, blocks);
      continue;
    }
    const style = lineStyle(line);
    if (open && continues(open.style, style)) {
      open.end = lineIndex;
      continue;
    }
    closeBlock(open, lines, blocks);
    const linkable = style === "paragraph" || style === "list" || (style === "quote" && !CALLOUT_START.test(line));
    open = { start: lineIndex, end: lineIndex, style, linkable };
    if (style === "single") open = closeBlock(open, lines, blocks);
  }
  closeBlock(open, lines, blocks);
  return blocks;
}

/** A block being read: 0-based first and last line. */
interface OpenBlock {
  start: number;
  end: number;
  readonly style: BlockStyle;
  readonly linkable: boolean;
}

/** Ends the open block (if any), adding it to `blocks`; returns null, the new open block. */
function closeBlock(open: OpenBlock | null, lines: readonly string[], blocks: SourceBlock[]): null {
  if (open) blocks.push(makeBlock(lines, open));
  return null;
}

function lineStyle(line: string): BlockStyle {
  if (HEADING.test(line) || THEMATIC_BREAK.test(line)) return "single";
  if (LIST_ITEM_START.test(line)) return "list";
  const trimmed = line.trimStart();
  if (trimmed.startsWith(">")) return "quote";
  if (trimmed.startsWith("|")) return "table";
  return "paragraph";
}

/** Whether a line of `next` style continues an open block of `open` style. */
function continues(open: BlockStyle, next: BlockStyle): boolean {
  if (open === "quote" || open === "table") return next === open;
  return next === "paragraph";
}

function makeBlock(lines: readonly string[], { start, end, style, linkable }: OpenBlock): SourceBlock {
  let blockId: string | null = null;
  let joined = "";
  for (let i = start; i <= end; i++) {
    let line = stripCr(lines[i]);
    if (i === end) {
      const lone = i > start ? LONE_BLOCK_ID.exec(line) : null;
      if (lone) {
        blockId = lone[1];
        continue;
      }
      const trailing = line.includes("^") ? TRAILING_BLOCK_ID.exec(line) : null;
      if (trailing) {
        blockId = trailing[1];
        line = line.slice(0, trailing.index);
      }
    }
    if (i === start && style === "list") line = line.replace(LIST_MARKER_AND_CHECKBOX, "");
    if (line.length > MAX_BLOCK_TEXT) line = line.slice(0, MAX_BLOCK_TEXT);
    joined = i === start ? line : `${joined} ${line}`;
  }
  if (joined.length > MAX_BLOCK_TEXT * 2) joined = joined.slice(0, MAX_BLOCK_TEXT * 2);
  // Whitespace collapsed only where there is some to collapse (most blocks have single spaces only).
  const collapsed = UNEVEN_SPACE.test(joined) ? joined.replace(/\s+/g, " ") : joined;
  const text = collapsed.trim();
  return { startLine: start + 1, endLine: end + 1, blockId, text: text.length > MAX_BLOCK_TEXT ? text.slice(0, MAX_BLOCK_TEXT) : text, linkable };
}

/** The block containing 1-based `line`, by binary search over blocks in document order, or null. */
export function blockAt(blocks: readonly SourceBlock[], line: number): SourceBlock | null {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid];
    if (line < block.startLine) hi = mid - 1;
    else if (line > block.endLine) lo = mid + 1;
    else return block;
  }
  return null;
}

/**
 * A new Handoff block id for a block: `ho-` and 7 base-36 chars of the digest of the note's path
 * (at first sight) and the block's normalised text. When the id is already taken in the note
 * (two identical blocks), the digest also covers a counter, so ids stay unique and deterministic.
 */
export function newBlockId(path: string, blockText: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = HANDOFF_BLOCK_PREFIX + digest(n === 1 ? `${path}\n${blockText}` : `${path}\n${blockText}\n${n}`);
    if (!taken.has(id)) return id;
  }
}

/** One block id to append: at the end of 1-based `line`, which must still read `expected`. */
export interface BlockIdInsertion {
  readonly line: number;
  readonly expected: string;
  readonly blockId: string;
}

/**
 * Appends block ids to their lines. Each line must still read what it read when the ids were
 * planned; if a teammate changed it, the id is placed on the one line that still reads so, or
 * skipped (the next scan tries again). Nothing else on the line changes: the id is added after
 * one space (none when the line already ends in whitespace), before any `\r`. Pure.
 */
export function insertBlockIds(text: string, insertions: readonly BlockIdInsertion[]): { text: string; inserted: BlockIdInsertion[] } {
  if (insertions.length === 0) return { text, inserted: [] };
  const lines = text.split("\n");
  const inserted: BlockIdInsertion[] = [];
  for (const insertion of insertions) {
    let index = insertion.line - 1;
    if (stripCr(lines[index] ?? "") !== insertion.expected) {
      const matches = lines.flatMap((l, i) => (stripCr(l) === insertion.expected ? [i] : []));
      if (matches.length !== 1) continue;
      index = matches[0];
    }
    const line = lines[index];
    const cr = line.endsWith("\r") ? "\r" : "";
    const content = cr ? line.slice(0, -1) : line;
    if (TRAILING_BLOCK_ID.test(content)) continue;
    lines[index] = `${content}${/\s$/.test(content) ? "" : " "}^${insertion.blockId}${cr}`;
    inserted.push({ ...insertion, line: index + 1 });
  }
  return { text: lines.join("\n"), inserted };
}

/** The line at 1-based `line` without its `\r`, or "" past the end. */
export function lineText(text: string, line: number): string {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return "";
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return stripCr(text.slice(start, end < 0 ? text.length : end));
}

function stripCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

function countNewlines(text: string, until: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < until; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
