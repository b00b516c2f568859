import { describe, expect, it } from "vitest";
import { BlockCache } from "../../src/editor/block-cache";

describe("BlockCache", () => {
  it("returns what was stored and counts hits and misses", () => {
    const cache = new BlockCache<number>(3);
    cache.set("a", 1);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("b")).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it("evicts the least recently used entry beyond capacity", () => {
    const cache = new BlockCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.get("a");
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("clears", () => {
    const cache = new BlockCache<number>();
    cache.set("a", 1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get("a")).toBeUndefined();
  });

  it("rejects a capacity that is not a positive integer", () => {
    expect(() => new BlockCache(0)).toThrow("BlockCache capacity must be a positive integer, got 0");
    expect(() => new BlockCache(1.5)).toThrow("BlockCache capacity must be a positive integer, got 1.5");
  });
});
