import { splitFrontmatter } from "../store/frontmatter";

/**
 * The frontmatter fields extraction needs (author and the note's date), read fast.
 *
 * A full YAML parse costs about three times the whole scan's floor on a 10,000-note vault, and
 * most team notes have flat frontmatter (`key: value`, `key: [a, b]`, `- item` lists). Such
 * frontmatter is read here with one anchored regex per line; anything else (nested maps, block
 * scalars, anchors, unquoted `[[links]]`, odd quoting) goes to `splitFrontmatter` and the `yaml`
 * package, so both paths give the same values and invalid YAML is still reported.
 */
export interface NoteHeader {
  /** The frontmatter keys read (all keys on the fast path; the parsed mapping on the slow path). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly bodyOffset: number;
  readonly bodyLine: number;
  /** Invalid YAML or not a mapping: the message from `splitFrontmatter`, else null. */
  readonly error: string | null;
}

/** The opening fence: `---` alone on the first line. */
export const OPEN_FENCE = /^---[ \t]*\r?\n/;
/** A closing fence line: `---` or `...`. */
export const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
/** `key: value` with a plain key (group 1) and an optional value (group 2). */
export const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_ -]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
/** A block list item `  - value` (group 1). */
export const LIST_LINE = /^[ ]{0,8}-[ \t]+(.*?)[ \t]*$/;
/** A character YAML reads as an indicator at the start of a plain scalar. */
export const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Inside a plain scalar: `: `, a final `:`, or ` #` (a comment) make it not simple. */
export const PLAIN_BREAKER = /:[ \t]|:$|[ \t]#/;
/** A YAML core-schema number: integer or float with optional exponent. */
export const NUMBER = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;
/** Core-schema scalars that are not plain strings and that we leave to the `yaml` package. */
export const SPECIAL_SCALAR = /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$|^0[xo]/;
/** A double-quoted scalar without escapes, or a single-quoted one without '' (group 1 or 2). */
export const QUOTED_SCALAR = /^"([^"\\]*)"$|^'([^']*)'$/;
/** A flow list of plain or simply quoted items: `[a, "b c"]`. */
export const FLOW_LIST = /^\[((?:[ \t]*(?:"[^"\\,]*"|'[^',]*'|[^\][{}"',#]+)[ \t]*,)*[ \t]*(?:"[^"\\,]*"|'[^',]*'|[^\][{}"',#]+)?[ \t]*)\]$/;

/** Reads the header of `text`. Never throws. */
export function readNoteHeader(text: string): NoteHeader {
  const open = OPEN_FENCE.exec(text);
  if (!open) return { data: {}, bodyOffset: 0, bodyLine: 1, error: null };
  const data: Record<string, unknown> = {};
  let listKey: string | null = null;
  let line = 2;
  for (let ls = open[0].length; ls < text.length; line++) {
    const nl = text.indexOf("\n", ls);
    const le = nl === -1 ? text.length : nl;
    const raw = text.slice(ls, le > ls && text.charCodeAt(le - 1) === 13 ? le - 1 : le);
    if (CLOSE_FENCE.test(raw)) {
      const bodyOffset = nl === -1 ? text.length : nl + 1;
      return { data, bodyOffset, bodyLine: line + 1, error: null };
    }
    ls = nl === -1 ? text.length : nl + 1;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) continue;
    const item = listKey !== null ? LIST_LINE.exec(raw) : null;
    if (item && listKey !== null) {
      const value = scalar(item[1] ?? "");
      if (value === undefined) return slow(text);
      const list = data[listKey];
      if (Array.isArray(list)) list.push(value);
      else data[listKey] = [value];
      continue;
    }
    const kv = KEY_LINE.exec(raw);
    if (!kv) return slow(text);
    const key = kv[1] ?? "";
    if (Object.prototype.hasOwnProperty.call(data, key)) return slow(text);
    const rawValue = kv[2];
    if (rawValue === undefined || rawValue === "") {
      data[key] = null;
      listKey = key;
      continue;
    }
    listKey = null;
    const value = rawValue.startsWith("[") ? flowList(rawValue) : scalar(rawValue);
    if (value === undefined) return slow(text);
    data[key] = value;
  }
  return slow(text);
}

function slow(text: string): NoteHeader {
  const split = splitFrontmatter(text);
  return { data: split.data, bodyOffset: split.bodyOffset, bodyLine: split.bodyLine, error: split.error };
}

/** A scalar as YAML's core schema reads it for our purposes (strings, numbers, booleans, null), or undefined when not simple. */
function scalar(raw: string): unknown {
  const quoted = QUOTED_SCALAR.exec(raw);
  if (quoted) return quoted[1] ?? quoted[2] ?? "";
  if (INDICATOR_START.test(raw) || PLAIN_BREAKER.test(raw) || SPECIAL_SCALAR.test(raw)) return undefined;
  if (raw === "null" || raw === "~" || raw === "Null" || raw === "NULL") return null;
  if (raw === "true" || raw === "True" || raw === "TRUE") return true;
  if (raw === "false" || raw === "False" || raw === "FALSE") return false;
  if (NUMBER.test(raw)) return Number(raw);
  return raw;
}

function flowList(raw: string): unknown[] | undefined {
  const m = FLOW_LIST.exec(raw);
  if (!m) return undefined;
  const inner = (m[1] ?? "").trim();
  if (inner === "") return [];
  const out: unknown[] = [];
  for (const part of inner.split(",")) {
    const p = part.trim();
    if (p === "") continue;
    const v = scalar(p);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}
