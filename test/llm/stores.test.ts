import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FsLlmStore, llmCacheDir } from "../../src/cli/llm-store";
import { BUDGET_KEY, DailyBudget, localDate } from "../../src/extract/llm-budget";
import { cacheKey, decodeEntry, encodeEntry } from "../../src/extract/llm-cache";
import { LLM_STORAGE_KEY, LocalLlmStore, MAX_LLM_ENTRIES } from "../../src/obsidian/llm-store";
import { MemoryStore } from "./harness";

const root = mkdtempSync(join(tmpdir(), "handoff-llm-store-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("cache entries", () => {
  const items = [{ kind: "commitment" as const, quote: "I'll send it by Friday", owner: "I", due_text: "by Friday" }];

  it("round-trip", () => {
    expect(decodeEntry(encodeEntry(items))).toEqual(items);
    expect(decodeEntry(encodeEntry([]))).toEqual([]);
  });

  it("ignore what this version did not write", () => {
    for (const raw of [null, "", "{", "[]", "null", '{"format":2,"items":[]}', '{"format":1}', '{"format":1,"items":[{"kind":"task","quote":"x","owner":null,"due_text":null}]}', '{"format":1,"items":[{"kind":"fyi","quote":3}]}']) {
      expect(decodeEntry(raw)).toBeNull();
    }
  });

  it("keys differ by model and paragraph, and are safe file names", () => {
    const a = cacheKey("gpt-4.1-mini", "abc123");
    expect(a).toMatch(/^[a-z0-9-]+$/);
    expect(cacheKey("llama3.1", "abc123")).not.toBe(a);
    expect(cacheKey("gpt-4.1-mini", "abc124")).not.toBe(a);
  });
});

describe("DailyBudget", () => {
  it("counts calls per local day and stores the count", async () => {
    const store = new MemoryStore();
    const budget = await DailyBudget.load(store, "2026-11-23", 2);
    expect([budget.take(), budget.take(), budget.take()]).toEqual([true, true, false]);
    await budget.flushed();
    expect(JSON.parse(store.entries.get(BUDGET_KEY) ?? "")).toEqual({ date: "2026-11-23", calls: 2 });
    expect((await DailyBudget.load(store, "2026-11-23", 5)).used).toBe(2);
    expect((await DailyBudget.load(store, "2026-11-24", 5)).used).toBe(0);
  });

  it("starts at zero from a count it cannot read; refuses bad arguments", async () => {
    const store = new MemoryStore();
    store.entries.set(BUDGET_KEY, "{oops");
    expect((await DailyBudget.load(store, "2026-11-23", 5)).used).toBe(0);
    await expect(DailyBudget.load(store, "23/11/2026", 5)).rejects.toThrow('budget date must be YYYY-MM-DD, got "23/11/2026"');
    await expect(DailyBudget.load(store, "2026-11-23", -1)).rejects.toThrow("budget limit must be a whole number of calls, got -1");
  });

  it("reads the local date", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});

describe("FsLlmStore", () => {
  it("lives in $XDG_CACHE_HOME/handoff/llm, else ~/.cache/handoff/llm (never a relative XDG path)", () => {
    expect(llmCacheDir({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/a" })).toBe("/x/cache/handoff/llm");
    expect(llmCacheDir({ XDG_CACHE_HOME: "relative", HOME: "/home/a" })).toBe("/home/a/.cache/handoff/llm");
    expect(llmCacheDir({ HOME: "/home/a" })).toBe("/home/a/.cache/handoff/llm");
  });

  it("writes private files atomically and reads them back; a missing entry is null", async () => {
    const dir = join(root, "fs", "handoff", "llm");
    const store = FsLlmStore.at(dir);
    expect(await store.read("p1-a-b")).toBeNull();
    await store.write("p1-a-b", '{"x":1}');
    expect(await store.read("p1-a-b")).toBe('{"x":1}');
    expect(readdirSync(dir)).toEqual(["p1-a-b.json"]);
    expect(statSync(join(dir, "p1-a-b.json")).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    writeFileSync(join(dir, "p1-a-b.json"), "garbage");
    expect(decodeEntry(await store.read("p1-a-b"))).toBeNull();
    await expect(store.write("../escape", "x")).rejects.toThrow('LLM store key must be lowercase letters, digits and dashes, got "../escape"');
    expect(readFileSync(join(dir, "p1-a-b.json"), "utf8")).toBe("garbage");
  });
});

describe("LocalLlmStore", () => {
  function host(initial: unknown = null): { saved: unknown[]; loadLocalStorage(key: string): unknown; saveLocalStorage(key: string, data: unknown): void } {
    const saved: unknown[] = [];
    return {
      saved,
      loadLocalStorage: (key) => (key === LLM_STORAGE_KEY ? initial : null),
      saveLocalStorage: (key, data) => {
        if (key === LLM_STORAGE_KEY) saved.push(JSON.parse(JSON.stringify(data)));
      },
    };
  }

  it("gathers writes into one save per tick and reads its record back", async () => {
    const h = host();
    const later: Array<() => void> = [];
    const store = LocalLlmStore.open(h, (save) => later.push(save));
    await store.write("a", "1");
    await store.write("b", "2");
    expect(later).toHaveLength(1);
    later[0]();
    expect(h.saved).toEqual([{ format: 1, entries: { a: "1", b: "2" } }]);
    const reopened = LocalLlmStore.open(host(h.saved[0]), () => undefined);
    expect([await reopened.read("a"), await reopened.read("c")]).toEqual(["1", null]);
  });

  it("ignores a record that is not its own, and keeps the newest entries (never the budget's)", async () => {
    expect(await LocalLlmStore.open(host({ format: 9, entries: { a: "1" } }), () => undefined).read("a")).toBeNull();
    expect(await LocalLlmStore.open(host("junk"), () => undefined).read("a")).toBeNull();
    const h = host();
    const store = LocalLlmStore.open(h, () => undefined);
    await store.write(BUDGET_KEY, "{}");
    for (let i = 0; i < MAX_LLM_ENTRIES + 5; i++) await store.write(`k${i}`, String(i));
    store.flush();
    const entries = (h.saved[0] as { entries: Record<string, string> }).entries;
    expect(Object.keys(entries)).toHaveLength(MAX_LLM_ENTRIES);
    expect(entries[BUDGET_KEY]).toBe("{}");
    expect(entries.k0).toBeUndefined();
    expect(entries[`k${MAX_LLM_ENTRIES + 4}`]).toBe(String(MAX_LLM_ENTRIES + 4));
  });
});
