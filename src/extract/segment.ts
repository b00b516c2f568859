import { type Section, sectionOf } from "./section";

/**
 * One run of prose in a note: a list item, a paragraph line, or several lines when a sentence
 * wraps onto the next line. Offsets are in the whole note; `[from, to)` covers the text after
 * any list marker, checkbox and quote markers, before a trailing block id.
 */
export interface Unit {
  readonly from: number;
  readonly to: number;
  /** 1-based line of `from` in the whole note. */
  readonly line: number;
  /** Nearest heading above, without `#` marks. */
  readonly heading: string | null;
  /** What the heading or the label line above says about this unit. */
  readonly section: Section | null;
  /** True for a list item (`-`, `*`, `+`, `1.`, `1)`), with or without a checkbox. */
  readonly listItem: boolean;
  /** The checkbox status character (" ", "x", "/", "-", …), or null when there is no checkbox. */
  readonly checkbox: string | null;
  /** An existing block id `^id` at the end of the unit's last line, without `^`. */
  readonly blockId: string | null;
}

/** Markdown structure around a line: quote markers (group 1), then the rest. */
const QUOTE_PREFIX = /^((?:[ \t]{0,3}>[ \t]?)+)/;
/** An ATX heading: `#` to `######`, a space, the text (group 1), optional closing `#`s. */
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** A code fence opening or closing: indentation (1), three or more backticks or tildes (2). */
const FENCE = /^([ \t]*)(`{3,}|~{3,})/;
/** A list marker (1) with an optional checkbox whose status character is group 2. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[(.)\](?=[ \t]|$))?(?:[ \t]+|$)/u;
/** A thematic break (`---`, `***`, `- - -`), which is not a list item. */
const THEMATIC_BREAK = /^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A table row (starts with `|`) or a delimiter row. */
const TABLE_ROW = /^[ \t]*\|/;
/** An HTML block line starting with a tag or `<!`, but not an autolink like `<https://…>`. */
const HTML_LINE = /^[ \t]*<(?:[a-zA-Z][a-zA-Z0-9-]*(?:[\s/>]|$)|\/[a-zA-Z]|!(?!--))/;
/** A block id at the end of a line: ` ^abc-123`; group 1 is the id. */
const BLOCK_ID = /[ \t]\^([A-Za-z0-9-]+)[ \t]*$/;
/** A callout header `[!note]` (with optional `+`/`-` fold mark) at the start of quoted text. */
const CALLOUT = /^\[![\w-]+\][+-]?[ \t]*/;
/**
 * A label line that opens a section for the lines below: "Action items:", "**Next steps:**",
 * "__Blockers__". Group 1 or 2 is the label. Short (up to 40 characters) and nothing after it.
 */
const LABEL_LINE = /^(?:\*\*|__)?([\p{L}][\p{L}\p{N} /&'’-]{0,39}?)[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*$|^(?:\*\*|__)([\p{L}][\p{L}\p{N} /&'’-]{0,39}?)(?:\*\*|__)[ \t]*$/u;
/** Sentence-final punctuation at the end of a line (a following lowercase line is then a new unit). */
const LINE_END_STOP = /[.!?:;][)\]"'’*_]*[ \t]*$/;
/** A line whose first letter is lowercase: it continues the sentence above when that did not end. */
const LOWER_START = /^[ \t]*[a-z(]/;

/** Options for {@link segment}: where the body starts and which part of the note to emit. */
export interface SegmentWindow {
  /** Offset and 1-based line where the body starts (after frontmatter). */
  readonly bodyOffset: number;
  readonly bodyLine: number;
  /** Emit only units overlapping `[from, to)`; the whole note when absent. Context is still read from the start. */
  readonly from?: number;
  readonly to?: number;
}

interface OpenUnit {
  from: number;
  to: number;
  line: number;
  listItem: boolean;
  checkbox: string | null;
  blockId: string | null;
  endsSentence: boolean;
  indent: number;
}

/**
 * Walks a note line by line (no AST: one pass, a few anchored regexes per line) and calls
 * `emit` with each unit of prose in order. Skipped: frontmatter, fenced code blocks (including
 * Tasks query blocks), `%% comments %%`, HTML comments and HTML lines, tables, headings (read
 * as context), label lines (read as context), and lines that repeat the code block just above
 * them (documentation showing a sample and then its rendering).
 */
export function segment(text: string, window: SegmentWindow, emit: (unit: Unit) => void): void {
  const limit = window.to ?? text.length;
  const start = window.from ?? 0;
  let heading: string | null = null;
  let headingSection: Section | null = null;
  let label: Section | null = null;
  let fence: string | null = null;
  let fenceQuoted = false;
  let codeLines: string[] = [];
  let echo: Set<string> | null = null;
  let comment: "%%" | "-->" | null = null;
  let open: OpenUnit | null = null;
  let blankBefore = false;

  const flush = (): void => {
    if (open && open.to > open.from && open.to > start) {
      emit({ from: open.from, to: open.to, line: open.line, heading, section: label ?? headingSection, listItem: open.listItem, checkbox: open.checkbox, blockId: open.blockId });
    }
    open = null;
  };

  let lineNo = window.bodyLine;
  for (let ls = window.bodyOffset; ls <= text.length; lineNo++) {
    const nl = text.indexOf("\n", ls);
    const next = nl === -1 ? text.length + 1 : nl + 1;
    let le = nl === -1 ? text.length : nl;
    if (le > ls && text.charCodeAt(le - 1) === 13) le--;
    if (ls >= limit && !open) break;
    if (ls >= limit) {
      flush();
      break;
    }
    let raw = text.slice(ls, le);
    let offset = ls;

    // Quote markers: strip them, remember the depth for fences inside callouts.
    let quoted = false;
    if (raw.length > 0 && (raw.charCodeAt(0) === 62 || raw.includes(">"))) {
      const q = QUOTE_PREFIX.exec(raw);
      if (q) {
        quoted = true;
        offset += q[0].length;
        raw = raw.slice(q[0].length);
      }
    }

    if (fence !== null) {
      const f = FENCE.exec(raw);
      if (f && f[2]?.[0] === fence[0] && (f[2]?.length ?? 0) >= fence.length && raw.slice(f[0].length).trim() === "" && quoted === fenceQuoted) {
        fence = null;
        echo = new Set(codeLines);
        codeLines = [];
      } else if (raw.trim() !== "") {
        codeLines.push(raw.trim());
      }
      ls = next;
      continue;
    }

    // Comments: keep only the visible pieces of the line.
    let pieces: Array<[number, number]> | null = null;
    if (comment !== null || raw.includes("%%") || raw.includes("<!--")) {
      const visible = visiblePieces(raw, comment);
      comment = visible.state;
      pieces = visible.pieces.map(([a, b]) => [offset + a, offset + b]);
      if (pieces.length === 0) {
        flush();
        ls = next;
        continue;
      }
      flush();
    }

    const trimmed = raw.trim();
    if (trimmed === "") {
      flush();
      blankBefore = true;
      ls = next;
      continue;
    }
    const f = pieces === null ? FENCE.exec(raw) : null;
    if (f) {
      flush();
      fence = f[2] ?? "```";
      fenceQuoted = quoted;
      codeLines = [];
      ls = next;
      continue;
    }
    const first = trimmed.charCodeAt(0);
    if (first === 35 /* # */) {
      const h = HEADING.exec(raw);
      if (h) {
        flush();
        heading = (h[1] ?? "").trim() || null;
        headingSection = heading === null ? null : sectionOf(heading);
        label = null;
        echo = null;
        blankBefore = false;
        ls = next;
        continue;
      }
    }
    if (echo !== null && echo.has(trimmed)) {
      flush();
      ls = next;
      continue;
    }
    if (first === 124 /* | */ && TABLE_ROW.test(raw)) {
      flush();
      ls = next;
      continue;
    }
    if (first === 60 /* < */ && HTML_LINE.test(raw)) {
      flush();
      ls = next;
      continue;
    }

    const segments = pieces ?? [[offset, offset + raw.length] as [number, number]];
    for (const [pieceFrom, pieceTo] of segments) {
      handlePiece(pieceFrom, pieceTo, pieces !== null && pieceFrom !== offset);
    }
    blankBefore = false;
    ls = next;
  }
  flush();

  function handlePiece(pieceFrom: number, pieceTo: number, broken: boolean): void {
    let from = pieceFrom;
    let to = pieceTo;
    let piece = text.slice(from, to);
    const indent = piece.length - piece.trimStart().length;
    let listItem = false;
    let checkbox: string | null = null;
    const c0 = piece.trimStart().charCodeAt(0);
    const mayList = c0 === 45 || c0 === 42 || c0 === 43 || (c0 >= 48 && c0 <= 57);
    if (mayList && !broken) {
      if (THEMATIC_BREAK.test(piece)) {
        flush();
        return;
      }
      const m = LIST_ITEM.exec(piece);
      if (m) {
        listItem = true;
        checkbox = m[1] ?? null;
        from += m[0].length;
        piece = piece.slice(m[0].length);
      }
    }
    if (!listItem) {
      const lead = piece.length - piece.trimStart().length;
      from += lead;
      piece = piece.slice(lead);
      if (!broken && piece.startsWith("[!")) {
        const callout = CALLOUT.exec(piece);
        if (callout) {
          from += callout[0].length;
          piece = piece.slice(callout[0].length);
        }
      }
    }
    let blockId: string | null = null;
    if (piece.includes("^")) {
      const b = BLOCK_ID.exec(piece);
      if (b) {
        blockId = b[1] ?? null;
        piece = piece.slice(0, b.index);
      }
    }
    const trimmedEnd = piece.trimEnd();
    to = from + trimmedEnd.length;
    if (trimmedEnd === "") {
      if (listItem) flush();
      return;
    }
    if (!broken && checkbox === null && trimmedEnd.length <= 46 && (trimmedEnd.endsWith(":") || trimmedEnd.endsWith("*") || trimmedEnd.endsWith("_"))) {
      const l = LABEL_LINE.exec(trimmedEnd);
      if (l) {
        flush();
        label = sectionOf(l[1] ?? l[2] ?? "");
        return;
      }
    }
    // A new paragraph (after a blank line) that is not a list item ends a label's scope.
    if (blankBefore && !listItem && indent === 0) label = null;

    const current: OpenUnit | null = open;
    if (current !== null && !listItem && !broken && !current.endsSentence && current.blockId === null && LOWER_START.test(trimmedEnd)) {
      current.to = to;
      current.blockId = blockId;
      current.endsSentence = LINE_END_STOP.test(trimmedEnd);
      return;
    }
    flush();
    open = { from, to, line: lineNo, listItem, checkbox, blockId, endsSentence: LINE_END_STOP.test(trimmedEnd) || checkbox !== null, indent };
  }
}

/**
 * The visible parts of a line given `%% … %%` and `<!-- … -->` comments, and the comment state
 * at the end of the line (comments may span lines).
 */
function visiblePieces(line: string, state: "%%" | "-->" | null): { pieces: Array<[number, number]>; state: "%%" | "-->" | null } {
  const pieces: Array<[number, number]> = [];
  let i = 0;
  let current = state;
  while (i <= line.length) {
    if (current !== null) {
      const end = line.indexOf(current, i);
      if (end === -1) return { pieces, state: current };
      i = end + current.length;
      current = null;
      continue;
    }
    const a = line.indexOf("%%", i);
    const b = line.indexOf("<!--", i);
    const next = a === -1 ? b : b === -1 ? a : Math.min(a, b);
    if (next === -1) {
      if (line.slice(i).trim() !== "") pieces.push([i, line.length]);
      break;
    }
    if (line.slice(i, next).trim() !== "") pieces.push([i, next]);
    if (next === a) {
      current = "%%";
      i = a + 2;
    } else {
      current = "-->";
      i = b + 4;
    }
  }
  return { pieces, state: current };
}
