import { describe, expect, it } from "vitest";
import { MAX_ANSWER_ITEMS, parseAnswer } from "../../src/extract/llm-answer";
import { LlmFailure } from "../../src/extract/llm-failure";

const ITEM = { kind: "commitment", quote: "I'll send it by Friday", owner: "I", due_text: "by Friday" };

describe("parseAnswer", () => {
  const good: Array<[string, string, number]> = [
    ["a JSON object", JSON.stringify({ items: [ITEM] }), 1],
    ["no items", '{"items": []}', 0],
    ["a ```json fence", "```json\n" + JSON.stringify({ items: [ITEM] }) + "\n```", 1],
    ["a bare fence after prose", "Sure:\n```\n" + JSON.stringify({ items: [ITEM, ITEM] }) + "\n```\nHope that helps.", 2],
    ["an object inside prose", `The answer is ${JSON.stringify({ items: [ITEM] })}.`, 1],
    ["a bare array", JSON.stringify([ITEM]), 1],
  ];
  for (const [name, content, n] of good) {
    it(`reads ${name}`, () => {
      const parsed = parseAnswer(content);
      expect(parsed.items).toHaveLength(n);
      if (n > 0) expect(parsed.items[0]).toEqual(ITEM);
    });
  }

  it("normalises kinds and optional fields, and counts entries that are not items", () => {
    const parsed = parseAnswer(
      JSON.stringify({ items: [{ kind: " Decision ", quote: "We go with X" }, { kind: "task", quote: "x" }, { kind: "request", quote: "" }, "text", { kind: "fyi", quote: "FYI all", owner: "null", due_text: "" }] }),
    );
    expect(parsed.items).toEqual([
      { kind: "decision", quote: "We go with X", owner: null, due_text: null },
      { kind: "fyi", quote: "FYI all", owner: null, due_text: null },
    ]);
    expect(parsed.malformed).toBe(3);
  });

  it(`reads at most ${MAX_ANSWER_ITEMS} items`, () => {
    expect(parseAnswer(JSON.stringify({ items: Array.from({ length: MAX_ANSWER_ITEMS + 50 }, () => ITEM) })).items).toHaveLength(MAX_ANSWER_ITEMS);
  });

  const bad: Array<[string, string | null, RegExp]> = [
    ["null content", null, /empty answer/],
    ["empty content", "  ", /empty answer/],
    ["prose", "I found two commitments: Maya's and Sarah's.", /not JSON/],
    ["broken JSON", '{"items": [{"kind": "commitment", "quote": ', /not JSON/],
    ["the wrong shape", '{"results": []}', /without an "items" list/],
    ["items not a list", '{"items": "none"}', /without an "items" list/],
    ["a number", "42", /without an "items" list/],
    ["only entries that are not items", '{"items": [{"type": "task"}]}', /without a kind and a quote/],
  ];
  for (const [name, content, message] of bad) {
    it(`refuses ${name} as garbage`, () => {
      let thrown: unknown = null;
      try {
        parseAnswer(content);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(LlmFailure);
      expect((thrown as LlmFailure).reason).toBe("garbage");
      expect((thrown as LlmFailure).message).toMatch(message);
    });
  }
});
