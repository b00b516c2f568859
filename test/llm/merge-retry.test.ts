import { describe, expect, it } from "vitest";
import { mergeCandidates } from "../../src/extract/llm-merge";
import { askedWait, isRetryableStatus, MAX_RETRY_WAIT_MS, retryDelay } from "../../src/extract/llm-retry";
import { type Candidate, makeCandidate } from "../../src/model/candidate";
import type { ItemKind } from "../../src/model/kind";

function c(kind: ItemKind, from: number, to: number, by: "rules" | "llm"): Candidate {
  return makeCandidate({ kind, line: 1, from, to, text: `${kind} ${from}-${to}`, title: "t", extractedBy: by });
}

describe("mergeCandidates", () => {
  const rules = [c("commitment", 10, 40, "rules"), c("fyi", 50, 70, "rules"), c("dependency", 80, 120, "rules")];
  const cases: Array<[string, Candidate[], string[], number]> = [
    ["same span, same kind: the rule wins", [c("commitment", 15, 30, "llm")], ["commitment 10-40 rules", "fyi 50-70 rules", "dependency 80-120 rules"], 1],
    ["overlap by one character counts", [c("commitment", 39, 45, "llm")], ["commitment 10-40 rules", "fyi 50-70 rules", "dependency 80-120 rules"], 1],
    ["touching spans do not overlap", [c("commitment", 40, 45, "llm")], ["commitment 10-40 rules", "commitment 40-45 llm", "fyi 50-70 rules", "dependency 80-120 rules"], 0],
    ["another kind on a rule span is added", [c("request", 15, 30, "llm")], ["commitment 10-40 rules", "request 15-30 llm", "fyi 50-70 rules", "dependency 80-120 rules"], 0],
    ["nothing is added over a rule FYI", [c("request", 55, 60, "llm")], ["commitment 10-40 rules", "fyi 50-70 rules", "dependency 80-120 rules"], 1],
    ["a span the rules missed is added in document order", [c("decision", 0, 5, "llm"), c("request", 130, 140, "llm")], ["decision 0-5 llm", "commitment 10-40 rules", "fyi 50-70 rules", "dependency 80-120 rules", "request 130-140 llm"], 0],
    ["the model twice on one span keeps the first", [c("request", 130, 140, "llm"), c("request", 132, 138, "llm")], ["commitment 10-40 rules", "fyi 50-70 rules", "dependency 80-120 rules", "request 130-140 llm"], 1],
  ];
  for (const [name, llm, expected, duplicates] of cases) {
    it(name, () => {
      const merged = mergeCandidates(rules, llm);
      expect(merged.candidates.map((x) => `${x.text} ${x.extractedBy}`)).toEqual(expected);
      expect(merged.duplicates).toBe(duplicates);
    });
  }
});

function headers(values: Record<string, string>): { get(name: string): string | null } {
  return { get: (name) => values[name.toLowerCase()] ?? null };
}

describe("retries", () => {
  it("retries 429 and 5xx only", () => {
    expect([429, 500, 502, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 408, 422, 600].some(isRetryableStatus)).toBe(false);
  });

  const now = Date.parse("2026-11-23T10:00:00Z");
  const cases: Array<[string, number, Record<string, string>, number | null]> = [
    ["first backoff", 0, {}, 500],
    ["doubles", 1, {}, 1000],
    ["Retry-After seconds", 0, { "retry-after": "2" }, 2000],
    ["Retry-After fractional", 1, { "retry-after": "0.25" }, 250],
    ["retry-after-ms wins", 0, { "retry-after-ms": "40", "retry-after": "9" }, 40],
    ["Retry-After as an HTTP date", 0, { "retry-after": "Mon, 23 Nov 2026 10:00:03 GMT" }, 3000],
    ["a date in the past waits nothing", 0, { "retry-after": "Mon, 23 Nov 2026 09:00:00 GMT" }, 0],
    ["unreadable Retry-After falls back to backoff", 1, { "retry-after": "soon" }, 1000],
    ["longer than we wait: give up", 0, { "retry-after": String(MAX_RETRY_WAIT_MS / 1000 + 1) }, null],
  ];
  for (const [name, retry, h, expected] of cases) {
    it(name, () => expect(retryDelay(retry, headers(h), 500, now)).toBe(expected));
  }

  it("reads no wait without headers", () => {
    expect(askedWait(undefined, now)).toBeNull();
  });
});
