import { describe, expect, it } from "vitest";
import { BLOCK_ID, HANDLE, INLINE_CODE, LINK_TARGET, maskNoise, REFERENCE_NUMBER, TICKET_KEY, URL, VERSION } from "../../src/time/noise-mask";

const matches = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((m) => m[0]);

/** [pattern, name, texts it matches (whole match), texts it must not match at all]. */
const TABLES: readonly (readonly [RegExp, string, readonly (readonly [string, string])[], readonly string[]])[] = [
  [URL, "URL", [["see https://peps.python.org/pep-0689/ now", "https://peps.python.org/pep-0689/"], ["<https://a.b/c?d=1>", "https://a.b/c?d=1"], ["www.force11.org/meetings", "www.force11.org/meetings"]], ["http is a protocol", "a.b.c"]],
  [LINK_TARGET, "LINK_TARGET", [["[here](pull/87983)", "](pull/87983)"], ["[x](#friday)", "](#friday)"]], ["[not a link] (aside)"]],
  [INLINE_CODE, "INLINE_CODE", [["run `cron 0 9 * * MON` daily", "`cron 0 9 * * MON`"]], ["no code here", "a ` single tick"]],
  [VERSION, "VERSION", [["ready for 1.24", "1.24"], ["after 3.12", "3.12"], ["v2.3 lands", "v2.3"], ["to 3.11.1.", "3.11.1"], ["1.0.0-rc1 out", "1.0.0-rc1"]], ["10.30am", "10.30 pm", "at 3pm", "2026-11-27"]],
  [REFERENCE_NUMBER, "REFERENCE_NUMBER", [["fixes #43784", "#43784"], ["PEP 689", "PEP 689"], ["PEPs 655", "PEPs 655"], ["GH-12", "GH-12"], ["PR 87983", "PR 87983"], ["issue 31", "issue 31"]], ["PEP talk", "#hashtag", "PR review"]],
  [TICKET_KEY, "TICKET_KEY", [["KEP-1234 merged", "KEP-1234"], ["see SEC2-9", "SEC2-9"]], ["mid-2027", "covid-19", "Q-"]],
  [HANDLE, "HANDLE", [["ask @maya", "@maya"], ["mail ops@example.com", "ops@example.com"]], ["a @ b", "email me"]],
  [BLOCK_ID, "BLOCK_ID", [["Send it Friday ^ho-abc1234", " ^ho-abc1234"]], ["x^2 + y", "^ho-abc in the middle"]],
];

describe.each(TABLES)("%s", (pattern, _name, positives, negatives) => {
  it.each(positives)("matches in %s", (text, match) => {
    expect(matches(pattern, text)).toContain(match);
  });
  it.each(negatives)("does not match %s", (text) => {
    expect(matches(pattern, text)).toEqual([]);
  });
});

describe("maskNoise", () => {
  it("blanks noise and keeps every offset", () => {
    const text = "Due Friday, see https://example.com/may-1 and PEP 689 for 3.12 😀 by 10.30";
    const masked = maskNoise(text);
    expect(masked.length).toBe(text.length);
    const blank = (s: string, part: string): string => s.replace(part, " ".repeat(part.length));
    expect(masked).toBe(["https://example.com/may-1", "PEP 689", "3.12"].reduce(blank, text));
  });
  it("returns the same string when nothing is noise", () => {
    const text = "by Thursday EOD";
    expect(maskNoise(text)).toBe(text);
  });
});
