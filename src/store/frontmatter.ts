import { parseDocument } from "yaml";

/**
 * Frontmatter block at the very start of a note: `---` line, YAML, `---` (or `...`) line.
 * Matches LF and CRLF line ends; the YAML may be empty. Group 1 is the YAML text.
 * Obsidian reads frontmatter only at offset 0, so neither do we.
 */
const FRONTMATTER_BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|$(?![\s\S]))/;

/** A note split into its frontmatter and body. */
export interface SplitNote {
  /** Parsed frontmatter mapping; empty when the note has none or it does not parse. */
  readonly data: Readonly<Record<string, unknown>>;
  /** True when the note starts with a frontmatter block (even an invalid one). */
  readonly hasFrontmatter: boolean;
  /** The YAML text between the fences ("" when none). */
  readonly yaml: string;
  /** Everything after the closing fence. */
  readonly body: string;
  /** Character offset in the note where the body starts. */
  readonly bodyOffset: number;
  /** 1-based line number of the body's first line. */
  readonly bodyLine: number;
  /** A message when the frontmatter is not valid YAML or not a mapping; null when fine. */
  readonly error: string | null;
}

/**
 * Splits a note and parses its frontmatter with `yaml`. Never throws on bad input: invalid
 * YAML, a list or scalar instead of a mapping, or duplicate keys come back as `error` with the
 * data empty, so callers can report the file and leave it alone (DESIGN principle 3).
 */
export function splitFrontmatter(text: string): SplitNote {
  const match = FRONTMATTER_BLOCK.exec(text);
  if (!match) {
    return { data: {}, hasFrontmatter: false, yaml: "", body: text, bodyOffset: 0, bodyLine: 1, error: null };
  }
  const yaml = match[1] ?? "";
  const bodyOffset = match[0].length;
  const bodyLine = countLines(match[0]) + 1;
  const body = text.slice(bodyOffset);
  if (yaml.trim() === "") {
    return { data: {}, hasFrontmatter: true, yaml, body, bodyOffset, bodyLine, error: null };
  }
  const doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false, strict: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const where = first?.linePos?.[0] ? ` (line ${first.linePos[0].line + 1})` : "";
    return { data: {}, hasFrontmatter: true, yaml, body, bodyOffset, bodyLine, error: `invalid YAML frontmatter${where}: ${first?.message.split("\n")[0] ?? "parse error"}` };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 50 });
  if (value === null || value === undefined) {
    return { data: {}, hasFrontmatter: true, yaml, body, bodyOffset, bodyLine, error: null };
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    return { data: {}, hasFrontmatter: true, yaml, body, bodyOffset, bodyLine, error: "frontmatter is not a list of properties (expected `key: value` lines)" };
  }
  return { data: value as Record<string, unknown>, hasFrontmatter: true, yaml, body, bodyOffset, bodyLine, error: null };
}

/** Where a note's frontmatter block is, without parsing it. */
export interface FrontmatterBounds {
  /** The YAML text between the fences ("" when empty). */
  readonly yaml: string;
  /** Character offset where the body starts (just after the closing fence's line end). */
  readonly bodyOffset: number;
}

/**
 * The frontmatter block at the start of `text`, unparsed, or null when the note has none. For
 * callers with a faster reader for their own YAML (item notes); everyone else uses
 * {@link splitFrontmatter}.
 */
export function frontmatterBounds(text: string): FrontmatterBounds | null {
  const match = FRONTMATTER_BLOCK.exec(text);
  return match ? { yaml: match[1] ?? "", bodyOffset: match[0].length } : null;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
