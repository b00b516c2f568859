import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDeadline, resolveDeadline } from "../../src/time/deadline";
import { clockOf } from "./clocks";

// Random text, and random text built from date-like pieces so the parser paths are exercised.
const WORDS = ["by", "before", "Friday", "EOD", "next", "week", "3pm", "SGT", "Toronto", "time", "the", "30th", "every", "Monday", "at", "10:30",
  "Jan.", "27", "in", "two", "days", "Q1", "v2.3", "#12", "https://x.y/may", "3/21", "to", "😀", "\n", "(", ")", ",", "end", "of", "month", "weekly", "on", "Fridays"];
const datey = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((ws) => ws.join(" "));
const text = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: "grapheme", maxLength: 60 }), datey);
const zones = fc.constantFrom("Europe/London", "Asia/Singapore", "America/Toronto", "Pacific/Auckland", "UTC");
const dates = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("findDeadline on any text", () => {
  it("never throws, and text is always the sentence's slice at index", () => {
    fc.assert(
      fc.property(text, zones, dates, (sentence, zone, reference) => {
        const found = findDeadline(sentence, clockOf({ zone, reference }));
        if (found === null) return;
        expect(found.text).toBe(sentence.slice(found.index, found.index + found.text.length));
        expect(found.text.length).toBeGreaterThan(0);
        if (found.due !== null) expect(found.due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      }),
      { numRuns: 400 },
    );
  });

  it("resolveDeadline never throws and keeps the whole phrase", () => {
    fc.assert(
      fc.property(text, zones, (phrase, zone) => {
        const found = resolveDeadline(phrase, clockOf({ zone }));
        if (found !== null) expect(found).toMatchObject({ text: phrase, index: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same answer for the same input (no hidden clock)", () => {
    fc.assert(
      fc.property(datey, (sentence) => {
        expect(findDeadline(sentence, clockOf())).toEqual(findDeadline(sentence, clockOf()));
      }),
      { numRuns: 100 },
    );
  });
});

describe("findDeadline on huge input", () => {
  it("reads only the first MAX_SENTENCE_CHARS of a 5 MB line", () => {
    const filler = "lorem ipsum dolor ".repeat(300_000);
    expect(findDeadline(`${filler}by Friday`, clockOf())).toBeNull();
    expect(findDeadline(`by Friday ${filler}`, clockOf())).toEqual({ text: "by Friday", index: 0, due: "2026-11-27T17:00:00+00:00", recurrence: null });
  });
});
