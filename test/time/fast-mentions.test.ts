import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { readClock } from "../../src/time/clock-facts";
import type { DateComponent, DateMention } from "../../src/time/date-mention";
import { findDeadline, resolveDeadline, type Deadline } from "../../src/time/deadline";
import { parseWithChrono, useFastPath } from "../../src/time/deadline-chrono";
import { CHRONO_TRIGGER, fastDateMentions } from "../../src/time/fast-mentions";
import type { WriterClock } from "../../src/time/writer-clock";
import { clockOf } from "./clocks";

// The fast path must give exactly what chrono gives: on every string literal of test/time's
// suites, on the shared corpus's sentences, and on a large generated set of sentences built
// from the phrasings it reads, their neighbours and near misses, under many reference dates and
// zones. findDeadline and resolveDeadline are run with the fast path on and off and compared.

afterEach(() => {
  useFastPath(true);
});

/** What both paths must agree on, for every phrase: the Deadline, or null. */
function bothPaths(run: () => Deadline | null): { fast: Deadline | null; chrono: Deadline | null } {
  useFastPath(true);
  const fast = run();
  useFastPath(false);
  const chrono = run();
  useFastPath(true);
  return { fast, chrono };
}

const CLOCKS: readonly WriterClock[] = [
  clockOf({ reference: "2026-11-23" }),
  clockOf({ reference: "2026-11-24T10:00:00Z", zone: "UTC" }),
  clockOf({ reference: "2026-02-02", zone: "Asia/Singapore", dayEnd: "17:30" }),
  clockOf({ reference: "2026-03-29T00:30:00+00:00", zone: "Europe/London" }),
  clockOf({ reference: "2026-12-31", zone: "America/Toronto", workdays: [1, 2, 3, 4, 5, 6] }),
  clockOf({ reference: "2027-02-28T23:00:00-05:00", zone: "America/Toronto" }),
  clockOf({ reference: "2026-07-05", zone: "Pacific/Auckland", dayStart: "08:00", dayEnd: "16:00" }),
];

function expectSame(sentences: readonly string[], clocks: readonly WriterClock[]): void {
  for (const clock of clocks) {
    for (const sentence of sentences) {
      const found = bothPaths(() => findDeadline(sentence, clock));
      expect(found.fast, `findDeadline ${JSON.stringify(sentence)} at ${clock.reference} ${clock.zone}`).toEqual(found.chrono);
      const resolved = bothPaths(() => resolveDeadline(sentence, clock));
      expect(resolved.fast, `resolveDeadline ${JSON.stringify(sentence)} at ${clock.reference} ${clock.zone}`).toEqual(resolved.chrono);
    }
  }
}

const COMPONENTS: readonly DateComponent[] = ["year", "month", "day", "weekday", "hour", "minute", "timezoneOffset"];

/** A mention as the deadline code reads it: the span without the punctuation it trims, tags, certain components and their values. */
function shape(text: string, m: DateMention): unknown {
  let from = m.index;
  let to = m.index + m.text.length;
  while (from < to && /[\s,(（]/.test(text[from] ?? "")) from++;
  while (to > from && /[\s,)）]/.test(text[to - 1] ?? "")) to--;
  const certain = COMPONENTS.filter((c) => m.start.isCertain(c));
  return { from, to, tags: [...m.tags()].sort(), end: m.end == null, certain: Object.fromEntries(certain.map((c) => [c, m.start.get(c)])) };
}

describe("fastDateMentions", () => {
  const facts = readClock(clockOf({ reference: "2026-11-24" }));
  const decides: readonly string[] = [
    "by Friday", "on Friday", "before Tuesday EOD.", "Thursday EOD", "EOD Friday", "Friday at EOD", "Friday, EOD", "by 3pm Friday",
    "at 3pm Friday unless", "Friday at 3pm", "3pm on Friday", "Friday 17:00", "tomorrow", "today", "tomorrow at 10am", "by end of week",
    "by the end of the week", "next week", "this week", "EOW", "in two days", "in 3 days", "by the 30th", "the 30th EOD", "due 2026-12-01",
    "the Q1 roadmap draft", "finish the Q1 roadmap draft tomorrow.", "by friday so we can ship", "by 3pm", "mid next week",
  ];
  it.each(decides)("decides %j, as chrono does", (text) => {
    const fast = fastDateMentions(text, facts);
    expect(fast).not.toBeNull();
    expect((fast ?? []).map((m) => shape(text, m))).toEqual(parseWithChrono(text, facts).map((m) => shape(text, m)));
  });

  const leaves: readonly string[] = [
    "next Friday", "by Fri", "Friday next week", "3pm get lunch", "in 2 hours", "within two days", "by May 1", "3/21", "at 10.30", "Friday 3pm ET",
    "from 3pm Friday", "Friday and Monday", "by Friday PT", "by noon Friday", "in a week", "Monday to Friday", "the day after tomorrow",
    "every Monday", "first thing tomorrow", "by the 30th of next month", "by cob Friday",
  ];
  it.each(leaves)("leaves %j to chrono", (text) => {
    expect(fastDateMentions(text, facts)).toBeNull();
  });

  it("leaves 'the 30th' to chrono in a month without one (chrono drops it)", () => {
    const february = readClock(clockOf({ reference: "2026-02-02" }));
    expect(fastDateMentions("by the 30th", february)).toBeNull();
    expect(parseWithChrono("by the 30th", february)).toEqual([]);
  });
});

describe("CHRONO_TRIGGER", () => {
  it.each(["3", "Fri", "sat", "May", "tonight", "noon", "this", "next", "later", "hours", "weekend", "midweek", "every", "end of", "first thing", "in a d", "Mondays", "EOY", "o'clock", "thisMonday", "in oneday", "in them", "inJanuary", "decfirst", "two days out", "dayslater", "onSun"])(
    "matches %j",
    (text) => expect(CHRONO_TRIGGER.test(text)).toBe(true),
  );
  it.each(["the roadmap draft", "sign-off from Dev", "I'd", "it's", "unless someone raises a blocker", "Waiting on Emma", "ready", "saturation", "mayor", "sundae", "decided", "take them home", "any"])(
    "does not match %j",
    (text) => expect(CHRONO_TRIGGER.test(text)).toBe(false),
  );
});

/**
 * Sentences of fixed deadline bugs, checked under every clock (dated and instant references,
 * five zones): the fix lives in the shared conventions, so both paths must carry it.
 */
const FIXED: readonly string[] = [
  // A span of hours from a bare date has no instant; from an instant it counts from it.
  "Can someone from Dev look at this within the hour?", "in an hour", "Back in 30 minutes", "Please confirm within 2 hours.", "within 24 hours",
  "Take a look in 2 hours and send the report by Friday", "Look at it within the hour, we ship Friday", "within the hour EOD", "in 2 hours on Friday",
  // A written offset after UTC/GMT is an explicit zone, whatever its sign.
  "by 17:00 UTC-05:00", "by 17:00 UTC-5", "by 17:00 GMT-05:00", "by 17:00 UTC+05:30", "at 10am UTC-08:00 on Friday", "Friday 9am (UTC-03:30)",
  "by Friday EOD GMT-5", "Input needed by Thu 26 Nov 2026 17:00 UTC-05:00.", "by 17:00 UTC-15", "Our office is on UTC-5 and we ship Friday", "every Monday at 10am UTC-5",
  // "from X" is a start; a range from it is due at its end.
  "I'm on leave from Monday", "Starting Tuesday we use the new board", "I'm offline from 3pm", "From Friday EOD the repo is frozen", "As of Friday, the API is read-only",
  "Code freeze from now until Friday", "from Monday to Wednesday", "I'm out from Monday, but I'll send the brief Friday", "starting on Tuesday, reviews by Thursday EOD",
];

describe("fast path and chrono give the same deadlines", () => {
  it("on the sentences of fixed bugs, under every clock", () => {
    expectSame(FIXED, CLOCKS);
  });

  it("on every string literal in test/time's suites", () => {
    const folder = fileURLToPath(new URL(".", import.meta.url));
    const literals = new Set<string>();
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".test.ts"))) {
      for (const m of readFileSync(`${folder}/${file}`, "utf8").matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) literals.add(m[1]?.replace(/\\(.)/g, "$1") ?? "");
    }
    expect(literals.size).toBeGreaterThan(500);
    expectSame([...literals], CLOCKS.slice(0, 3));
  });

  const corpus = fileURLToPath(new URL("../../../shared/corpus/notes-dev.jsonl", import.meta.url));
  it.skipIf(!existsSync(corpus))("on every sentence of the shared corpus", () => {
    const rows = readFileSync(corpus, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => (JSON.parse(l) as { text: string }).text);
    expectSame(rows, CLOCKS.slice(1, 3));
  });

  // Sentences built from the phrasings the fast path reads, their neighbours and near misses.
  const PREFIXES = ["", "by ", "before ", "on ", "until ", "due ", "due by ", "at ", "in ", "for ", "after ", "from ", "no later than ", "ahead of ", "(", ", ", "starting ", "as of ", "from now until "];
  const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "friday", "FRIDAY", "tomorrow", "today", "Tomorrow", "the 30th", "30th", "the 31st", "the 1st", "the 29th"];
  const TIMES = ["EOD", "eod", "COB", "cob", "end of day", "the end of the day", "end of the working day", "3pm", "3 pm", "10:30am", "17:00", "9:05", "12am", "12pm", "at 9am", "at 17:30", "13pm", "24:00"];
  const PERIODS = ["end of week", "the end of the week", "end of next week", "next week", "this week", "EOW", "late next week", "the week after next", "in two days", "in 3 days", "in twelve days", "Q1", "Q3 2027", "next quarter", "2026-11-27", "2027-02-30", "2026-12-01."];
  const GAPS = [" ", ", ", " at ", " on ", " - ", " to ", "  "];
  const FILLERS = ["", ".", "?", ":", " so we can ship", " within the hour", " or in 30 minutes", " UTC-05:00", " GMT-5", " (UTC+05:30)", " and", " ET", " SGT", " PT", " get lunch", " for the Q1 roadmap draft", " (see notes)", " unless someone objects", " this", " next Friday",
    " Fri", " may", " of the day", " or Monday", " latest", " please", " 👍", ", thanks", " x-3pm", " o'clock", " in the morning", " Toronto time", " 2027", " week", " the roadmap"];
  const LEADS = ["", "I'll have the brief ready ", "Review the API spec ", "We decided ", "Waiting on Emma ", "Spent most of the day on it ", "Ship v2.3 ", "See #12 ", "Met ", "We met "];

  const phrase = fc.oneof(
    fc.constantFrom(...DAYS, ...TIMES, ...PERIODS),
    fc.tuple(fc.constantFrom(...DAYS), fc.constantFrom(...GAPS), fc.constantFrom(...TIMES)).map(([d, g, t]) => d + g + t),
    fc.tuple(fc.constantFrom(...TIMES), fc.constantFrom(...GAPS), fc.constantFrom(...DAYS)).map(([t, g, d]) => t + g + d),
    fc.tuple(fc.constantFrom(...PERIODS, ...DAYS), fc.constantFrom(" then ", " or ", " and ", " for ", " roadmap "), fc.constantFrom(...DAYS, ...PERIODS)).map(([a, g, b]) => a + g + b),
  );
  const sentence = fc.tuple(fc.constantFrom(...LEADS), fc.constantFrom(...PREFIXES), phrase, fc.constantFrom(...FILLERS)).map(([l, p, x, f]) => l + p + x + f);
  const clock = fc.tuple(
    fc.integer({ min: 0, max: 800 }),
    fc.constantFrom("Europe/London", "Asia/Singapore", "America/Toronto", "UTC", "Pacific/Auckland"),
    fc.boolean(),
  ).map(([day, zone, timed]) => {
    const date = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    return clockOf({ reference: timed ? `${date}T16:45:00Z` : date, zone });
  });

  it("on a large generated set of sentences (the fast path deciding a good share of them)", () => {
    let decided = 0;
    let runs = 0;
    fc.assert(
      fc.property(sentence, clock, (text, c) => {
        runs++;
        const found = bothPaths(() => findDeadline(text, c));
        expect(found.fast, `${JSON.stringify(text)} at ${c.reference} ${c.zone}`).toEqual(found.chrono);
        const resolved = bothPaths(() => resolveDeadline(text, c));
        expect(resolved.fast, `resolveDeadline ${JSON.stringify(text)} at ${c.reference} ${c.zone}`).toEqual(resolved.chrono);
        if (fastDateMentions(text, readClock(c)) !== null) decided++;
      }),
      { numRuns: 4000, seed: 451 },
    );
    // Most generated sentences carry a near miss on purpose; the share decided shows the comparison is not vacuous.
    expect(decided / runs).toBeGreaterThan(0.1);
  });

  // Words glued and spaced at random ("thisMonday", "onSun", "dayslater"): chrono reads some glued forms.
  const WORDS = ["by", "before", "Friday", "friday", "EOD", "eod", "COB", "next", "week", "3pm", "9am", "SGT", "ET", "Toronto", "the", "30th", "Monday", "at", "10:30", "17:00",
    "in", "two", "3", "days", "day", "Q1", "v2.3", "#12", "to", "(", ")", ",", ".", "end", "of", "on", "tomorrow", "today", "this", "so", "AND", "get", "from", "until",
    "2026-11-27", "due", "a", "for", "later", "UTC-5", "GMT+05:30", "after", "EOW", "mid", "late", "roadmap", "o'clock", "-", "is", "met", "we", "'s", "PT", "Sun", "Sat", "out", "them"];
  const glued = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(" ", "", "  ", ", ")), { minLength: 1, maxLength: 9 }).map((ws) => ws.map(([w, g]) => w + g).join("").trim());

  it("on generated runs of words, glued and spaced", () => {
    fc.assert(
      fc.property(glued, clock, (text, c) => {
        const found = bothPaths(() => findDeadline(text, c));
        expect(found.fast, `${JSON.stringify(text)} at ${c.reference} ${c.zone}`).toEqual(found.chrono);
      }),
      { numRuns: 3000, seed: 451 },
    );
  });
});
