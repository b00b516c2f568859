import { describe, expect, it } from "vitest";
import { extractNote } from "../../src/extract/extract";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { CACHE_FORMAT, ExtractionCache, type NoteStamp } from "../../src/obsidian/extraction-cache";
import type { Extractor, ExtractorContext } from "../../src/store/source-note";
import { EMPTY_DIRECTORY_FOR_TESTS } from "./empty-directory";

const TEXT = "---\nauthor: Maya\ndate: 2026-11-23\n---\nI'll send the brief by Wednesday.\n";
const ctx: ExtractorContext = { path: "Channels/a/n.md", directory: EMPTY_DIRECTORY_FOR_TESTS, settings: DEFAULT_TEAM_SETTINGS };

/** The real extractor, counting its calls. */
function counting(): { extract: Extractor; calls: () => number } {
  let n = 0;
  return { extract: (text, c) => (n++, extractNote(text, c)), calls: () => n };
}

function setup(stamp: NoteStamp | null = { mtime: 1000, size: 60 }) {
  const cache = ExtractionCache.empty("0.1.0");
  const real = counting();
  let current = stamp;
  const extract = cache.extractor(real.extract, () => current);
  return { cache, real, extract, setStamp: (s: NoteStamp | null) => (current = s) };
}

describe("ExtractionCache", () => {
  it("answers an unchanged note from the cache, with what a fresh extraction gives", () => {
    const { cache, real, extract } = setup();
    const first = extract(TEXT, ctx);
    const second = extract(TEXT, ctx);
    expect(real.calls()).toBe(1);
    expect(second).toEqual(extractNote(TEXT, ctx));
    expect(second).toBe(first);
    expect(cache.takeHits()).toBe(1);
    expect(cache.takeHits()).toBe(0);
  });

  it.each([
    ["mtime changed", { stamp: { mtime: 2000, size: 60 } }],
    ["size changed", { stamp: { mtime: 1000, size: 61 } }],
    ["text changed under the same stat", { text: TEXT.replace("Wednesday", "Thursday") }],
    ["team settings changed", { ctx: { ...ctx, settings: { ...DEFAULT_TEAM_SETTINGS, timezone: "Asia/Singapore" } } }],
    ["reference date changed", { ctx: { ...ctx, now: "2026-11-24" } }],
    ["zone override changed", { ctx: { ...ctx, zone: "America/Toronto" } }],
  ])("extracts again when the %s", (_why, change: { stamp?: NoteStamp; text?: string; ctx?: ExtractorContext }) => {
    const { real, extract, setStamp } = setup();
    extract(TEXT, ctx);
    if (change.stamp) setStamp(change.stamp);
    const text = change.text ?? TEXT;
    const c = change.ctx ?? ctx;
    expect(extract(text, c)).toEqual(extractNote(text, c));
    expect(real.calls()).toBe(2);
  });

  it("caches nothing for a note without a stat", () => {
    const { cache, real, extract } = setup(null);
    extract(TEXT, ctx);
    extract(TEXT, ctx);
    expect(real.calls()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it("survives storage: a restored cache answers, dirty only after a change", () => {
    const { cache, extract } = setup();
    extract(TEXT, ctx);
    expect(cache.dirty).toBe(true);
    const stored = JSON.parse(JSON.stringify(cache.toStored())) as unknown;
    expect(cache.dirty).toBe(false);
    const { cache: again, dropped } = ExtractionCache.restore(stored, "0.1.0");
    expect(dropped).toBeNull();
    const real = counting();
    const cached = again.extractor(real.extract, () => ({ mtime: 1000, size: 60 }));
    expect(cached(TEXT, ctx)).toEqual(extractNote(TEXT, ctx));
    expect(real.calls()).toBe(0);
    expect(again.dirty).toBe(false);
  });

  it.each([
    ["junk", "not a cache", /not readable/],
    ["another plugin version", { format: CACHE_FORMAT, version: "0.0.9", notes: {} }, /another version/],
    ["another format", { format: 999, version: "0.1.0", notes: {} }, /another version/],
    ["an array", [], /not readable/],
  ])("drops %s whole", (_what, stored, reason) => {
    const { cache, dropped } = ExtractionCache.restore(stored, "0.1.0");
    expect(dropped).toMatch(reason);
    expect(cache.size).toBe(0);
  });

  it("drops a malformed entry alone and keeps the good ones", () => {
    const { cache, extract } = setup();
    extract(TEXT, ctx);
    const stored = cache.toStored() as unknown as { notes: Record<string, unknown> };
    const good = stored.notes[ctx.path];
    const notes = {
      [ctx.path]: good,
      "x.md": { ...(good as object), extraction: { path: "x.md", date: null, problems: [], candidates: [{ kind: "commitment" }] } },
      "y.md": { ...(good as object), mtime: "yesterday" },
      "z.md": { ...(good as object) },
    };
    const restored = ExtractionCache.restore({ ...stored, notes }, "0.1.0");
    expect(restored.dropped).toBe("3 malformed index cache entries were dropped");
    expect(restored.cache.size).toBe(1);
  });

  it("forgets deleted notes and keeps only the paths still indexed", () => {
    const { cache, extract } = setup();
    extract(TEXT, ctx);
    extract(TEXT, { ...ctx, path: "b.md" });
    cache.retain(new Set(["b.md"]));
    expect(cache.size).toBe(1);
    cache.forget("b.md");
    expect(cache.size).toBe(0);
  });

  it("refuses to be built without a version (a programmer error)", () => {
    expect(() => ExtractionCache.empty("")).toThrow(/plugin version/);
  });
});
