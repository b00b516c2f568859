import { Document, visit, type Node, type ToStringOptions } from "yaml";

/**
 * YAML for item notes: one fixed set of `yaml` options so every machine writes the same bytes
 * (DESIGN principle 2), and a fast reader for exactly the shapes those options produce.
 */

/**
 * The options every item note is written with. Set explicitly, never left to the library's
 * defaults, so an upgrade cannot change the bytes: plain scalars where YAML allows them, else
 * double quotes; no line folding (`lineWidth: 0`); block lists indented two spaces, as Obsidian
 * writes properties; empty values as `key:` (no `null`), as Obsidian writes them.
 */
export const ITEM_YAML_OPTIONS: ToStringOptions = Object.freeze({
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  defaultStringType: "PLAIN",
  defaultKeyType: "PLAIN",
  singleQuote: false,
  doubleQuotedAsJSON: false,
  nullStr: "",
  trueStr: "true",
  falseStr: "false",
  flowCollectionPadding: false,
  collectionStyle: "block",
} satisfies ToStringOptions);

/**
 * Strings YAML 1.1 readers (older Dataview, js-yaml in 1.1 mode) take as booleans. YAML 1.2 writes
 * them plain; we quote them so every reader sees a string.
 */
const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** Writes a mapping (keys in the order given) as item-note YAML, ending with a newline. */
export function stringifyItemYaml(data: Readonly<Record<string, unknown>>): string {
  const doc = new Document(data);
  quoteAmbiguousScalars(doc);
  return doc.toString(ITEM_YAML_OPTIONS);
}

/** Forces double quotes on string values (not keys) a YAML 1.1 reader would read as booleans. */
export function quoteAmbiguousScalars(doc: Document | Node): void {
  visit(doc, {
    Scalar(key, node) {
      if (key !== "key" && typeof node.value === "string" && YAML11_BOOLEAN.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
}

/** A key line `key: value` or `key:` as Handoff writes it. Group 1 the key, group 2 the value (maybe ""). */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;

/** A block-list entry `  - value` (two-space indent, as written) or `- value`. Group 1 the indent, group 2 the value. */
const LIST_LINE = /^( {2})?- (.+)$/;

/**
 * A character that may not start a plain scalar the fast reader accepts: a YAML indicator or a
 * space (with {@link UNSAFE_PLAIN_CHAR}, `: ` / ` #` anywhere and a final `:` or space, this is
 * what the fast reader takes as a plain scalar).
 */
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@` ]/;

/** A character never in a plain scalar the fast reader accepts: a control character (`\p{Cc}`), U+2028, U+2029 or a BOM. */
const UNSAFE_PLAIN_CHAR = /[\p{Cc}\u2028\u2029\ufeff]/u;

/**
 * Plain scalars the YAML 1.2 core schema reads as something other than a string (null, booleans,
 * numbers, infinities, NaN). The fast reader leaves them to `yaml`.
 */
const NON_STRING_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** A double-quoted scalar whose escapes are all ones JSON and YAML read the same way. */
const SIMPLE_QUOTED = /^"(?:[^"\\\p{Cc}\u2028\u2029\ufeff]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/u;

/** A double-quoted scalar without any escape: its value is the text between the quotes. */
const VERBATIM_QUOTED = /^"[^"\\\p{Cc}\u2028\u2029\ufeff]*"$/u;

/**
 * Reads YAML in exactly the shapes {@link stringifyItemYaml} writes (`key: plain`,
 * `key: "quoted"`, `key: true`, `key:` then `  - item` lines, `key: []`) and returns what `yaml` would
 * return for it; returns undefined for anything else (comments, flow lists, anchors, odd
 * indentation, duplicate keys), which the caller then gives to `yaml`. About 20× faster than
 * `yaml` on a typical item note, which is what keeps a full scan near the read-every-file floor.
 */
export function readCanonicalYaml(text: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let list: unknown[] | null = null;
  let listKey: string | null = null;
  let listIndent = "";
  // Line by line as `split("\n")` would give them (a final "" after a trailing newline), without the array.
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf("\n", from);
    if (to === -1) to = text.length;
    const line = text.slice(from, to);
    from = to + 1;
    const item = line.charCodeAt(0) === 45 || line.charCodeAt(0) === 32 ? LIST_LINE.exec(line) : null;
    if (item) {
      const indent = item[1] ?? "";
      if (listKey === null || (list !== null && indent !== listIndent)) return undefined;
      if (list === null) {
        data[listKey] = list = [];
        listIndent = indent;
      }
      const value = readScalar(item[2]);
      if (value === undefined) return undefined;
      list.push(value);
      continue;
    }
    if (listKey !== null && list === null) data[listKey] = null;
    list = null;
    listKey = null;
    if (line === "") continue;
    const match = KEY_LINE.exec(line);
    if (!match || Object.hasOwn(data, match[1]) || match[1] === "__proto__") return undefined;
    const raw = match[2] ?? "";
    if (raw === "") {
      listKey = match[1];
      continue;
    }
    const value = raw === "[]" ? [] : readScalar(raw);
    if (value === undefined) return undefined;
    data[match[1]] = value;
  }
  if (listKey !== null && list === null) data[listKey] = null;
  return data;
}

function readScalar(raw: string): string | boolean | undefined {
  const first = raw.charCodeAt(0);
  if (first === 34) {
    if (VERBATIM_QUOTED.test(raw)) return raw.slice(1, -1);
    if (!SIMPLE_QUOTED.test(raw)) return undefined;
    try {
      return JSON.parse(raw) as string;
    } catch {
      return undefined;
    }
  }
  if (first === 116 || first === 84 || first === 102 || first === 70) {
    const bool = BOOLEAN_PLAIN.get(raw);
    if (bool !== undefined) return bool;
  }
  if (!isSafePlain(raw) || NON_STRING_PLAIN.test(raw)) return undefined;
  return raw;
}

/**
 * A plain scalar the fast reader accepts: not empty, does not start with a YAML indicator or
 * space, holds no `: ` or ` #` (which would end it) and no control character, and does not end
 * with `:` or a space.
 */
function isSafePlain(raw: string): boolean {
  if (raw === "" || PLAIN_START.test(raw)) return false;
  const last = raw.charCodeAt(raw.length - 1);
  if (last === 58 || last === 32) return false;
  return !raw.includes(": ") && !raw.includes(" #") && !UNSAFE_PLAIN_CHAR.test(raw);
}

/** Plain scalars the core schema reads as booleans. */
const BOOLEAN_PLAIN: ReadonlyMap<string, boolean> = new Map([
  ["true", true],
  ["True", true],
  ["TRUE", true],
  ["false", false],
  ["False", false],
  ["FALSE", false],
]);
