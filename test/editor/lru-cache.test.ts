import { describe, expect, it } from "vitest";
import { LruCache } from "../../src/editor/lru-cache";

describe("LruCache", () => {
  it("returns what was stored and counts hits and misses", () => {
    const cache = new LruCache<number>(3);
    cache.set("a", 1);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("b")).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it("evicts the least recently used entry beyond capacity", () => {
    const cache = new LruCache<number>(2);
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
    const cache = new LruCache<number>();
    cache.set("a", 1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get("a")).toBeUndefined();
  });

  it("rejects a capacity that is not a positive integer", () => {
    expect(() => new LruCache(0)).toThrow("LruCache capacity must be a positive integer, got 0");
    expect(() => new LruCache(1.5)).toThrow("LruCache capacity must be a positive integer, got 1.5");
  });
});
