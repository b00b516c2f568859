import { describe, expect, it } from "vitest";
import { JSON_FENCE } from "../../src/extract/llm-answer";
import { BLOCK_ID_AT_END, FIRST_PERSON, LEADING_SUBJECT, LIST_MARKER } from "../../src/extract/llm-candidate";
import { groundQuote, MIN_QUOTE_CHARS } from "../../src/extract/llm-grounding";
import { BLOCK_ID_MARKER, OBSIDIAN_COMMENT } from "../../src/extract/llm-paragraphs";

describe("groundQuote", () => {
  const text = "- Maya will send\n  the deck by Friday.\n> I’ll check the numbers\n> before Monday.\nThe API is “frozen” now.";
  const cases: Array<[string, string, string | null]> = [
    ["verbatim", "Maya will send", "Maya will send"],
    ["across a wrapped line (whitespace normalised)", "Maya will send the deck by Friday.", "Maya will send\n  the deck by Friday."],
    ["extra spaces in the quote", "  Maya   will  send  ", "Maya will send"],
    ["across a block quote's wrapped line", "I’ll check the numbers before Monday.", "I’ll check the numbers\n> before Monday."],
    ["straight apostrophe for a curly one", "I'll check the numbers", "I’ll check the numbers"],
    ["straight quotes for curly ones", 'The API is "frozen" now.', "The API is “frozen” now."],
    ["different case", "maya will send", null],
    ["a word changed", "Maya will mail the deck", null],
    ["paraphrase", "Maya sends the deck on Friday", null],
    ["elided with ...", "Maya will send ... Friday.", null],
    ["too short", "Maya", null],
    ["empty", "   ", null],
  ];
  for (const [name, quote, expected] of cases) {
    it(name, () => {
      const span = groundQuote(text, quote);
      expect(span === null ? null : text.slice(span.from, span.to)).toBe(expected);
    });
  }

  it("finds deadline phrases case-insensitively when asked, with a shorter minimum", () => {
    const span = groundQuote(text, "BY FRIDAY", { ignoreCase: true, minChars: 2 });
    expect(span && text.slice(span.from, span.to)).toBe("by Friday");
    expect(groundQuote(text, "BY FRIDAY")).toBeNull();
  });

  it(`needs ${MIN_QUOTE_CHARS} non-space characters`, () => {
    expect(groundQuote("I will do it", "I will")).toBeNull();
    expect(groundQuote("I will do it", "I will do it")).not.toBeNull();
  });
});

describe("named regexes", () => {
  const table: Array<[string, RegExp, string[], string[]]> = [
    ["JSON_FENCE", JSON_FENCE, ["```json\n{}\n```", "```\n[]\n```", "text ```JSON\n{\"a\":1}```"], ["{}", "`json {}`", "```json {}```"]],
    ["FIRST_PERSON", FIRST_PERSON, ["I", "me", "We", "the writer", "Author"], ["Maya", "I think", "them", "writer's"]],
    ["LEADING_SUBJECT", LEADING_SUBJECT, ["I'll send", "Maya will send", "Sarah Jones is going to ship", "We’ll publish", "Dev to review"], ["send it", "will send", "the team will send", "Maya sent it"]],
    ["BLOCK_ID_AT_END", BLOCK_ID_AT_END, ["Send it ^abc-12", "Send it ^ho-1x2y3z4  ", "x ^a\r"], ["Send it^abc", "Send ^it now", "^abc"]],
    ["LIST_MARKER", LIST_MARKER, ["- Send it", "* Send", "12. Send", "3) Send", "- [ ] Send", "- [x] Sent"], ["Send - it", "-Send", "1.5 days", "[ ] Send"]],
    ["BLOCK_ID_MARKER", BLOCK_ID_MARKER, ["Send it ^ho-1a2b3c4", "Send it ^abc  ", "Send it ^abc\r"], ["Send it^abc", "x ^abc more", "2^10 is big"]],
    ["OBSIDIAN_COMMENT", OBSIDIAN_COMMENT, ["%% hidden %%", "a %%\nmulti\nline%% b", "%% unclosed"], ["50% done", "% one %"]],
  ];
  for (const [name, re, yes, no] of table) {
    for (const s of yes) it(`${name} matches ${JSON.stringify(s)}`, () => expect(new RegExp(re.source, re.flags.replace("g", "")).test(s)).toBe(true));
    for (const s of no) it(`${name} does not match ${JSON.stringify(s)}`, () => expect(new RegExp(re.source, re.flags.replace("g", "")).test(s)).toBe(false));
  }
});
