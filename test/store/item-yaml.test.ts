import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readCanonicalYaml, stringifyItemYaml } from "../../src/store/item-yaml";

/** What `yaml` itself reads (the reference the fast reader must agree with), or "error". */
function reference(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: true }) ?? {};
  } catch {
    return "error";
  }
}

describe("stringifyItemYaml", () => {
  it.each<[string, unknown, string]>([
    ["plain text", "Send the brief", "k: Send the brief\n"],
    ["null as an empty value", null, "k:\n"],
    ["a wikilink, quoted", "[[Maya Chen]]", 'k: "[[Maya Chen]]"\n'],
    ["a colon and space, quoted", "Sign-off for Maya: the mockups", 'k: "Sign-off for Maya: the mockups"\n'],
    ["a date, plain (a string in YAML 1.2)", "2026-11-23", "k: 2026-11-23\n"],
    ["an instant with offset, plain", "2026-11-26T17:00:00+00:00", "k: 2026-11-26T17:00:00+00:00\n"],
    ["digits, quoted so they stay text", "1234", 'k: "1234"\n'],
    ["a YAML 1.1 boolean word, quoted", "yes", 'k: "yes"\n'],
    ["Off, quoted", "Off", 'k: "Off"\n'],
    ["a leading hash, quoted", "#1 priority", 'k: "#1 priority"\n'],
    ["true as a boolean", true, "k: true\n"],
    ["a list as a block sequence", ["handoff/commitment", "[[A]]"], 'k:\n  - handoff/commitment\n  - "[[A]]"\n'],
    ["a long line, never folded", "word ".repeat(40).trim(), `k: ${"word ".repeat(40).trim()}\n`],
  ])("writes %s", (_what, value, expected) => {
    expect(stringifyItemYaml({ k: value })).toBe(expected);
  });

  it("keeps the key order given", () => {
    expect(stringifyItemYaml({ type: "decision", id: "ho-1", title: "x" })).toBe("type: decision\nid: ho-1\ntitle: x\n");
  });
});

describe("readCanonicalYaml", () => {
  it.each<[string, string, Record<string, unknown>]>([
    ["plain and quoted scalars", 'a: text here\nb: "[[Maya]]"\nc: "with \\"escapes\\" \\u00e9"', { a: "text here", b: "[[Maya]]", c: 'with "escapes" é' }],
    ["an empty value", "a:\nb: x", { a: null, b: "x" }],
    ["a block list", "tags:\n  - a\n  - \"[[B]]\"\nnext: 1x", { tags: ["a", "[[B]]"], next: "1x" }],
    ["an unindented block list", "tags:\n- a\n- b", { tags: ["a", "b"] }],
    ["an empty list", "tags: []", { tags: [] }],
    ["an empty key at the end", "a: x\nb:", { a: "x", b: null }],
    ["a colon without a space", "a: 10:30 a:b", { a: "10:30 a:b" }],
    ["blank lines", "a: x\n\nb: y\n", { a: "x", b: "y" }],
    ["booleans", "a: true\nb: False\nc:\n  - TRUE", { a: true, b: false, c: [true] }],
  ])("reads %s exactly as yaml does", (_what, text, expected) => {
    expect(readCanonicalYaml(text)).toEqual(expected);
    expect(reference(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["a comment", "a: x # note"],
    ["a comment line", "# note\na: x"],
    ["a number", "a: 12"],
    ["null written out", "a: null"],
    ["a tilde", "a: ~"],
    ["a float", "a: 1.5e3"],
    ["a flow list", "a: [x, y]"],
    ["a flow map", "a: {x: 1}"],
    ["single quotes", "a: 'x'"],
    ["an anchor", "a: &x y"],
    ["a block scalar", "a: |\n  x"],
    ["a duplicate key", "a: x\na: y"],
    ["a nested map", "a:\n  b: c"],
    ["a CRLF line", "a: x\r\nb: y"],
    ["a list item without a key", "- x"],
    ["two spaces after the colon", "a:  x"],
    ["a trailing colon", "a: x:"],
    ["an unknown escape", 'a: "\\x41"'],
    ["a tab in a value", "a: x\ty"],
    ["__proto__", "__proto__: x"],
  ])("leaves %s to yaml", (_what, text) => {
    expect(readCanonicalYaml(text)).toBeUndefined();
  });

  const scalar = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.constantFrom("yes", "No", "1234", "1e5", "0x1F", "-", "- x", "a: b", "a #b", "[[Maya Chen]]", "2026-11-23", "~", "null", ".inf", " lead", "trail ", "x\ny", '"q"', "'s'", "\\", "\t", "é—🚀"),
  );
  const value = fc.oneof(scalar, fc.constant(null), fc.array(scalar, { maxLength: 4 }), fc.boolean());
  const key = fc.constantFrom("type", "id", "title", "owner", "due", "tags", "handoff_fp", "dateCreated", "blocked_by");
  const record = fc.dictionary(key, value, { maxKeys: 9 });

  it("agrees with yaml on everything Handoff writes (random values go through both readers)", () => {
    let fast = 0;
    fc.assert(
      fc.property(record, (data) => {
        const text = stringifyItemYaml(data);
        const read = readCanonicalYaml(text);
        if (read !== undefined) {
          fast++;
          expect(read).toEqual(reference(text));
        }
        expect(reference(text)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 400 },
    );
    expect(fast).toBeGreaterThan(50);
  });

  it("either declines or agrees with yaml on arbitrary frontmatter-like text", () => {
    const line = fc.oneof(
      fc.tuple(key, fc.constantFrom(": ", ":", ":  "), scalar).map(([k, sep, v]) => `${k}${sep}${v}`),
      scalar.map((v) => `  - ${v}`),
      scalar.map((v) => `- ${v}`),
      scalar,
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.join("\n");
        const read = readCanonicalYaml(text);
        if (read !== undefined) expect(read).toEqual(reference(text));
      }),
      { numRuns: 1500 },
    );
  });
});
