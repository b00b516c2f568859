import { describe, expect, it } from "vitest";
import { BoundedMemo } from "../../src/extract/bounded-memo";

describe("BoundedMemo", () => {
  it("computes once per key, remembers null and undefined results too", () => {
    const memo = new BoundedMemo<string, string | null | undefined>(10);
    let calls = 0;
    const compute = (k: string): string | null | undefined => {
      calls++;
      return k === "n" ? null : k === "u" ? undefined : k.toUpperCase();
    };
    expect([memo.get("a", compute), memo.get("a", compute), memo.get("n", compute), memo.get("n", compute), memo.get("u", compute), memo.get("u", compute)]).toEqual(["A", "A", null, null, undefined, undefined]);
    expect(calls).toBe(3);
  });

  it("starts over when full, so it never holds more than its limit", () => {
    const memo = new BoundedMemo<number, number>(3);
    for (let i = 0; i < 10; i++) memo.get(i, (k) => k * 2);
    expect(memo.size).toBeLessThanOrEqual(3);
    expect(memo.get(9, () => -1)).toBe(18);
  });

  it("refuses a limit below one", () => {
    expect(() => new BoundedMemo(0)).toThrow("BoundedMemo limit must be a positive integer, got 0");
  });
});
