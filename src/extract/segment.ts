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
export const QUOTE_PREFIX = /^((?:[ \t]{0,3}>[ \t]?)+)/;
/** An ATX heading: `#` to `######`, a space, the text (group 1), optional closing `#`s. */
export const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** A code fence opening or closing: indentation (1), three or more backticks or tildes (2). */
export const FENCE = /^([ \t]*)(`{3,}|~{3,})/;
/** A list marker (1) with an optional checkbox whose status character is group 2. */
export const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[(.)\](?=[ \t]|$))?(?:[ \t]+|$)/u;
/** A thematic break (`---`, `***`, `- - -`), which is not a list item. */
export const THEMATIC_BREAK = /^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A table row (starts with `|`) or a delimiter row. */
export const TABLE_ROW = /^[ \t]*\|/;
/** An HTML block line starting with a tag or `<!`, but not an autolink like `<https://…>`. */
export const HTML_LINE = /^[ \t]*<(?:[a-zA-Z][a-zA-Z0-9-]*(?:[\s/>]|$)|\/[a-zA-Z]|!(?!--))/;
/** A block id at the end of a line: ` ^abc-123`; group 1 is the id. */
export const BLOCK_ID = /[ \t]\^([A-Za-z0-9-]+)[ \t]*$/;
/** A callout header `[!note]` (with optional `+`/`-` fold mark) at the start of quoted text. */
export const CALLOUT = /^\[![\w-]+\][+-]?[ \t]*/;
/**
 * A label line that opens a section for the lines below: "Action items:", "**Next steps:**",
 * "__Blockers__". Group 1 or 2 is the label. Short (up to 40 characters) and nothing after it.
 */
export const LABEL_LINE = /^(?:\*\*|__)?([\p{L}][\p{L}\p{N} /&'’-]{0,39}?)[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*$|^(?:\*\*|__)([\p{L}][\p{L}\p{N} /&'’-]{0,39}?)(?:\*\*|__)[ \t]*$/u;
/**
 * A line that is only a section name, without colon or emphasis: "Done", "Next", "Next steps",
 * "Blockers" above a list, as people type a heading without `#`. Capitalised, letters and spaces
 * only, no end punctuation; it opens a section only when {@link sectionOf} knows the words.
 */
export const BARE_LABEL = /^\p{Lu}[\p{L} /&'’-]{0,29}$/u;
/** A line whose first letter is lowercase: it continues the sentence above when that did not end. */
export const LOWER_START = /^[ \t]*[a-z(]/;

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
}

/**
 * Walks a note line by line (no AST: one pass, a few anchored regexes per line) and calls
 * `emit` with each unit of prose in order. Skipped: frontmatter, fenced code blocks (including
 * Tasks query blocks), `%% comments %%`, HTML comments and HTML lines, tables, headings (read
 * as context), label lines (read as context), and lines that repeat the code block just above
 * them (documentation showing a sample and then its rendering).
 */
export function segment(text: string, window: SegmentWindow, emit: (unit: Unit) => void): void {
  new Walker(text, window, emit).run();
}

/** The state of one walk over a note (a class, so no closures are created per note). */
class Walker {
  private readonly limit: number;
  private readonly start: number;
  private heading: string | null = null;
  private headingSection: Section | null = null;
  private label: Section | null = null;
  private fence: string | null = null;
  private fenceQuoted = false;
  private codeLines: string[] = [];
  private echo: Set<string> | null = null;
  private comment: "%%" | "-->" | null = null;
  private open: OpenUnit | null = null;
  private blankBefore = false;
  private lineNo: number;

  constructor(
    private readonly text: string,
    private readonly window: SegmentWindow,
    private readonly emit: (unit: Unit) => void,
  ) {
    this.limit = window.to ?? text.length;
    this.start = window.from ?? 0;
    this.lineNo = window.bodyLine;
  }

  run(): void {
    const text = this.text;
    const hasComments = text.includes("%%", this.window.bodyOffset) || text.includes("<!--", this.window.bodyOffset);
    // Before the window only context matters (fences, comments, headings, labels): lines before the
    // last blank line above it cannot be part of a unit that reaches into it, so they are read lightly.
    const light = this.window.from === undefined ? -1 : lastBlankLineStart(text, this.window.bodyOffset, this.window.from);
    for (let ls = this.window.bodyOffset; ls <= text.length; this.lineNo++) {
      const nl = text.indexOf("\n", ls);
      const next = nl === -1 ? text.length + 1 : nl + 1;
      let le = nl === -1 ? text.length : nl;
      if (le > ls && text.charCodeAt(le - 1) === 13) le--;
      if (ls >= this.limit) {
        // Past the window: read on only while a unit that started inside it continues.
        if (this.open === null) break;
        this.line(ls, le, hasComments);
        const opened: OpenUnit | null = this.open;
        if (opened !== null && opened.from >= this.limit) {
          this.open = null;
          break;
        }
      } else {
        this.line(ls, le, hasComments, ls < light);
      }
      ls = next;
    }
    this.flush();
  }

  private flush(): void {
    const open = this.open;
    if (open && open.to > open.from && open.to > this.start) {
      this.emit({ from: open.from, to: open.to, line: open.line, heading: this.heading, section: this.label ?? this.headingSection, listItem: open.listItem, checkbox: open.checkbox, blockId: open.blockId });
    }
    this.open = null;
  }

  private line(ls: number, le: number, hasComments: boolean, light = false): void {
    const text = this.text;
    let raw = text.slice(ls, le);
    let offset = ls;
    let p = ls;
    while (p < le && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;

    // Quote markers: strip them, remember them for fences inside callouts.
    let quoted = false;
    if (text.charCodeAt(p) === 62 /* > */) {
      const q = QUOTE_PREFIX.exec(raw);
      if (q) {
        quoted = true;
        offset += q[0].length;
        raw = raw.slice(q[0].length);
      }
    }

    if (this.fence !== null) {
      const f = mayFence(raw) ? FENCE.exec(raw) : null;
      if (f && f[2]?.[0] === this.fence[0] && (f[2]?.length ?? 0) >= this.fence.length && raw.slice(f[0].length).trim() === "" && quoted === this.fenceQuoted) {
        this.fence = null;
        this.echo = new Set(this.codeLines);
        this.codeLines = [];
      } else if (raw.trim() !== "") {
        this.codeLines.push(raw.trim());
      }
      return;
    }

    // Comments: keep only the visible pieces of the line.
    let pieces: Array<[number, number]> | null = null;
    if (this.comment !== null || (hasComments && (raw.includes("%%") || raw.includes("<!--")))) {
      const visible = visiblePieces(raw, this.comment);
      this.comment = visible.state;
      pieces = visible.pieces.map(([a, b]) => [offset + a, offset + b]);
      this.flush();
      if (pieces.length === 0) return;
    }

    let q = offset;
    while (q < le && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
    if (q >= le && pieces === null) {
      this.flush();
      this.blankBefore = true;
      return;
    }
    const f = pieces === null && mayFence(raw) ? FENCE.exec(raw) : null;
    if (f) {
      this.flush();
      this.fence = f[2] ?? "```";
      this.fenceQuoted = quoted;
      this.codeLines = [];
      return;
    }
    const first = text.charCodeAt(q);
    if (first === 35 /* # */) {
      const h = HEADING.exec(raw);
      if (h) {
        this.flush();
        this.heading = (h[1] ?? "").trim() || null;
        this.headingSection = this.heading === null ? null : sectionOf(this.heading);
        this.label = null;
        this.echo = null;
        this.blankBefore = false;
        return;
      }
    }
    if ((this.echo !== null && this.echo.has(raw.trim())) || (first === 124 /* | */ && TABLE_ROW.test(raw)) || (first === 60 /* < */ && HTML_LINE.test(raw))) {
      this.flush();
      return;
    }
    if (light) {
      this.context(offset, le, first);
    } else if (pieces === null) {
      this.piece(offset, offset + raw.length, false);
    } else {
      for (const [pieceFrom, pieceTo] of pieces) this.piece(pieceFrom, pieceTo, pieceFrom !== offset);
    }
    this.blankBefore = false;
  }

  /** A content line before the window: only what it does to the label context (see {@link piece}). */
  private context(lineFrom: number, lineTo: number, first: number): void {
    const text = this.text;
    let from = lineFrom;
    while (from < lineTo && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
    const listItem = (first === 45 || first === 42 || first === 43 || (first >= 48 && first <= 57)) && LIST_ITEM.test(text.slice(lineFrom, lineTo));
    let end = lineTo;
    while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    const last = text.charCodeAt(end - 1);
    if (end - from <= 46 && (last === 58 || last === 42 || last === 95)) {
      const body = text.slice(from, end);
      const checkbox = listItem ? (LIST_ITEM.exec(text.slice(lineFrom, lineTo))?.[1] ?? null) : null;
      const l = checkbox === null ? LABEL_LINE.exec(listItem ? body.replace(LIST_ITEM, "") : body) : null;
      if (l) {
        this.label = sectionOf(l[1] ?? l[2] ?? "");
        return;
      }
    }
    const bare = listItem ? null : bareLabel(text.slice(from, end));
    if (bare !== null) {
      this.label = bare;
      return;
    }
    if (this.blankBefore && !listItem && from === lineFrom) this.label = null;
  }

  private piece(pieceFrom: number, pieceTo: number, broken: boolean): void {
    const text = this.text;
    let from = pieceFrom;
    while (from < pieceTo && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
    const indent = from - pieceFrom;
    let listItem = false;
    let checkbox: string | null = null;
    const c0 = text.charCodeAt(from);
    let piece: string;
    if (!broken && (c0 === 45 || c0 === 42 || c0 === 43 || (c0 >= 48 && c0 <= 57))) {
      piece = text.slice(pieceFrom, pieceTo);
      if (THEMATIC_BREAK.test(piece)) {
        this.flush();
        return;
      }
      const m = LIST_ITEM.exec(piece);
      if (m) {
        listItem = true;
        checkbox = m[1] ?? null;
        from = pieceFrom + m[0].length;
        piece = piece.slice(m[0].length);
      } else {
        piece = piece.slice(indent);
      }
    } else {
      piece = text.slice(from, pieceTo);
      if (!broken && c0 === 91 /* [ */ && piece.startsWith("[!")) {
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
    let end = piece.length;
    while (end > 0 && (piece.charCodeAt(end - 1) === 32 || piece.charCodeAt(end - 1) === 9)) end--;
    const body = end === piece.length ? piece : piece.slice(0, end);
    const to = from + body.length;
    if (body === "") {
      if (listItem) this.flush();
      return;
    }
    const last = body.charCodeAt(body.length - 1);
    if (!broken && checkbox === null && body.length <= 46 && (last === 58 /* : */ || last === 42 /* * */ || last === 95 /* _ */)) {
      const l = LABEL_LINE.exec(body);
      if (l) {
        this.flush();
        this.label = sectionOf(l[1] ?? l[2] ?? "");
        return;
      }
    }
    const bare = broken || listItem || checkbox !== null ? null : bareLabel(body);
    if (bare !== null) {
      this.flush();
      this.label = bare;
      return;
    }
    // A new paragraph (after a blank line) that is not a list item ends a label's scope.
    if (this.blankBefore && !listItem && indent === 0) this.label = null;

    const current = this.open;
    if (current !== null && !listItem && !broken && !current.endsSentence && current.blockId === null && LOWER_START.test(body)) {
      current.to = to;
      current.blockId = blockId;
      current.endsSentence = endsSentence(body);
      return;
    }
    this.flush();
    this.open = { from, to, line: this.lineNo, listItem, checkbox, blockId, endsSentence: checkbox !== null || endsSentence(body) };
  }
}

/** The section a bare label line opens ({@link BARE_LABEL}), or null when the line is not one. */
function bareLabel(line: string): Section | null {
  return line.length <= 30 && BARE_LABEL.test(line) ? sectionOf(line) : null;
}

/**
 * Where the last blank line at or before `offset` starts (at most 500 lines back), or -1 when
 * there is none: no unit crosses a blank line, so everything before it is context only.
 */
function lastBlankLineStart(text: string, floor: number, offset: number): number {
  let end = text.lastIndexOf("\n", offset - 1);
  for (let steps = 0; end > floor && steps < 500; steps++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i++;
    if (i === end && start >= floor) return start;
    end = start - 1;
  }
  return -1;
}

/**
 * True when a line ends a sentence: `.`, `!`, `?`, `:` or `;` before any closing brackets, quotes
 * and emphasis. A following lower-case line is then a new unit. (A loop: a `$`-anchored regex
 * would rescan from every punctuation mark.)
 */
function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && ")]\"'’*_ \t".includes(line.charAt(i))) i--;
  return i >= 0 && ".!?:;".includes(line.charAt(i));
}

/** True when a line's first non-blank character is a backtick or tilde (a fence may start there). */
function mayFence(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return c === 96 || c === 126;
  }
  return false;
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
