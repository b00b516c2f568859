import type { Root, RootContent } from "mdast";
import { remark } from "remark";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { digest } from "../model/hash";

/**
 * A note cut into the paragraphs the LLM reads, each with a content hash: only new or changed
 * paragraphs are sent, the rest come from the cache. A full remark AST (with GFM and
 * frontmatter) earns its cost here: only notes opted in to the LLM are parsed, once per run,
 * and it gets lists, quotes and tables right where a line splitter would guess.
 *
 * Units: each paragraph, each top-level list item (with its nested lines), each block quote or
 * callout, each table, each footnote. Not sent: frontmatter, code blocks, HTML, headings (a
 * heading goes with the paragraphs under it as their context), Obsidian `%% comments %%`, and
 * paragraphs longer than {@link MAX_PARAGRAPH_CHARS}.
 */

/** Longest paragraph sent (characters): longer runs are pasted logs or data, not a person's prose. */
export const MAX_PARAGRAPH_CHARS = 4000;

/** One unit of a note as the LLM sees it. */
export interface Paragraph {
  /** Offsets of the paragraph in the whole note, `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** 1-based line of `from`. */
  readonly line: number;
  /** `text.slice(from, to)`. */
  readonly text: string;
  /** What is sent to the model: `text` without block ids (`^ho-1a2b3c4`), which Handoff itself appends. */
  readonly sent: string;
  /** The nearest heading above, as written without its `#` marks, or null. */
  readonly heading: string | null;
  /**
   * Digest of heading and `sent`: the cache key's content part. The same paragraph under the same
   * heading has the same hash, also after a scan appended a block id to it.
   */
  readonly hash: string;
}

/** An Obsidian comment, `%% … %%`, possibly over several lines. */
export const OBSIDIAN_COMMENT = /%%[\s\S]*?(?:%%|$)/g;

/** A block id at the end of a line (` ^ho-1a2b3c4`, ` ^my-id`), with the spaces before it. */
export const BLOCK_ID_MARKER = /[ \t]+\^[A-Za-z0-9-]+[ \t]*(?=\r?$)/gm;

/** Node types sent as one unit each (lists are split into their items). */
const SENT_TYPES: ReadonlySet<string> = new Set(["paragraph", "blockquote", "table", "footnoteDefinition"]);

const parser = remark().use(remarkGfm).use(remarkFrontmatter, ["yaml", "toml"]);

/** The paragraphs of `text` in document order. Pure; never throws on note content. */
export function splitParagraphs(text: string): Paragraph[] {
  const tree: Root = parser.parse(text);
  const comments = commentRanges(text);
  const lineStarts = lineStartsOf(text);
  const out: Paragraph[] = [];
  let heading: string | null = null;
  const add = (node: RootContent): void => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined || to <= from || to - from > MAX_PARAGRAPH_CHARS) return;
    if (comments.some(([a, b]) => a <= from && to <= b)) return;
    const body = text.slice(from, to);
    if (body.trim() === "") return;
    const sent = body.includes("^") ? body.replace(BLOCK_ID_MARKER, "") : body;
    out.push({ from, to, line: lineOf(lineStarts, from), text: body, sent, heading, hash: paragraphHash(heading, sent) });
  };
  for (const node of tree.children) {
    if (node.type === "heading") heading = headingText(text, node);
    else if (node.type === "list") for (const item of node.children) add(item);
    else if (SENT_TYPES.has(node.type)) add(node);
  }
  return out;
}

/** The content hash of a paragraph under a heading: 10 base-36 characters of `digest`, and the length. */
export function paragraphHash(heading: string | null, text: string): string {
  const keyed = `${heading ?? ""}\n${text}`;
  return `${digest(keyed, 10)}${keyed.length.toString(36)}`;
}

/** An ATX heading's marks: leading `#`s and trailing closing `#`s. */
const HEADING_MARKS = /^#{1,6}[ \t]*|[ \t]+#+[ \t]*$/g;

function headingText(text: string, node: RootContent): string | null {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return null;
  const raw = text.slice(from, to).split("\n")[0] ?? "";
  const plain = raw.replace(HEADING_MARKS, "").trim();
  return plain === "" ? null : plain;
}

function commentRanges(text: string): Array<[number, number]> {
  if (!text.includes("%%")) return [];
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(OBSIDIAN_COMMENT)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Offsets where each line starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of `offset`, by binary search over {@link lineStartsOf}. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
