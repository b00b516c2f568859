import { describe, expect, it } from "vitest";
import {
  CLOCK_TIME_TEXT, DATE_WORD, findPrefix, FUTURE_AUXILIARY, LOWERCASE_WEEKDAY_ABBREVIATION, PAST_EVENT_BEFORE, PAST_WORD, POSSESSIVE, PREFIX,
  prefixRole, RELATIVE_ANCHOR, YEARLESS_SLASH_DATE,
} from "../../src/time/deadline-signals";

/** [pattern, name, texts it matches, texts it does not]. */
const TABLES: readonly (readonly [RegExp, string, readonly string[], readonly string[]])[] = [
  [DATE_WORD, "DATE_WORD",
    ["by Thursday EOD", "on Mondays", "tomorrow", "Jan. 27", "at 3pm", "by 10:30", "3/21", "2026-11-27", "by the 30th", "every week", "in two days", "by Q1", "first thing"],
    ["Min will commit a terraform.lock for the GCP deployment", "AI: Brian to give feedback to CNCF", "PEP 689", "Jim to take a look at this", "8px spacing"]],
  [PREFIX, "PREFIX",
    ["need it by ", "before ", "(due by ", "no later than ", "on or before the ", "in ", "until ", "ahead of "],
    ["standby ", "nearby", "by", "therein "]],
  [PAST_WORD, "PAST_WORD", ["yesterday", "last Friday", "3 weeks ago", "earlier this week", "since Monday", "the past week"], ["lasting", "pasta", "next week"]],
  [PAST_EVENT_BEFORE, "PAST_EVENT_BEFORE", ["we met ", "it was ", "shipped on ", "the call started at ", "discussed this ", "deployed on the "], ["we meet ", "please review ", "reviewed ", "I need it "]],
  [FUTURE_AUXILIARY, "FUTURE_AUXILIARY", ["is scheduled at ", "will be released on ", "to be merged on ", "it's planned on "], ["we met at ", "was discussed "]],
  [CLOCK_TIME_TEXT, "CLOCK_TIME_TEXT", ["3pm", "3 p.m.", "10:30", "10.30", "noon", "midnight", "5 o'clock"], ["at 10", "Friday", "3 top things"]],
  [POSSESSIVE, "POSSESSIVE", ["'s daily note", "’s call"], ["s", " is", "'t"]],
  [YEARLESS_SLASH_DATE, "YEARLESS_SLASH_DATE", ["3/21", "24/7", "1/2"], ["3/21/2027", "2026/11/27", "a/b"]],
  [LOWERCASE_WEEKDAY_ABBREVIATION, "LOWERCASE_WEEKDAY_ABBREVIATION", ["we sat down", "sun is out", "wed"], ["Sat", "Monday", "sunday"]],
  [RELATIVE_ANCHOR, "RELATIVE_ANCHOR", ["in two days", "within 2 days", "next month", "2 days from now", "the day after tomorrow", "3 hours later"], ["one day", "a second", "3.5 mins", "the day"]],
];

describe.each(TABLES)("%s", (pattern, _name, positives, negatives) => {
  it.each(positives)("matches %s", (text) => {
    expect(pattern.test(text)).toBe(true);
  });
  it.each(negatives)("does not match %s", (text) => {
    expect(pattern.test(text)).toBe(false);
  });
});

describe("prefix roles", () => {
  it.each([
    ["by", "by"], ["until", "by"], ["due", "by"], ["due by", "by"], ["no later than", "by"], ["on or before the", "by"],
    ["before", "before"], ["ahead of", "before"], ["prior to", "before"], ["in", "in"], ["during", "in"], ["on", "on"],
    ["for", "for"], ["from", "from"], ["after", "after"], ["since", "after"],
  ])("%s → %s", (words, role) => {
    expect(prefixRole(words)).toBe(role);
  });
  it("shows 'by' but not the 'due' label", () => {
    const text = "(due by May 1)";
    expect(findPrefix(text, text.indexOf("May"))).toEqual({ role: "by", from: 5, shown: true });
    expect(findPrefix("due Friday", 4)).toEqual({ role: "by", from: 4, shown: false });
    expect(findPrefix("planned for Friday", 12)).toEqual({ role: "for", from: 8, shown: false });
    expect(findPrefix("ship Friday", 5)).toBeNull();
  });
});
