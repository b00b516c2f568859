import { describe, expect, it } from "vitest";
import { findDeadline, resolveDeadline } from "../../src/time/deadline";
import { clockOf } from "./clocks";

// The note's own date is Monday 2026-11-23 unless a row says otherwise; the writer is in London
// (UTC+0 in November) working 09:00-17:00 Monday to Friday.

/** [sentence, phrase as written, due] for a London writer on Monday 2026-11-23. */
const FOUND: readonly (readonly [string, string, string])[] = [
  // Real phrasings from meeting notes (corpus/notes-dev.jsonl).
  ["\\[Leo\\] we will confirm the team by the end of the day", "by the end of the day", "2026-11-23T17:00:00+00:00"],
  ["Paris to get started on that this week", "this week", "2026-11-27T17:00:00+00:00"],
  ["Nitish will do a presentation on the LFX project in January", "in January", "2027-01-29T17:00:00+00:00"],
  ["The group and Ezio agreed that by Oct 1 the plan is to have a test repo", "by Oct 1", "2027-10-01T17:00:00+01:00"],
  ["we decided to push the release from 3/21 to 3/26, and lift code freeze by EOD Monday assuming all goes to plan", "by EOD Monday", "2026-11-23T17:00:00+00:00"],
  ["We will do it first week of june if there is no push back", "first week of june", "2027-06-04T17:00:00+01:00"],
  ["Please object this week if you have any concerns", "this week", "2026-11-27T17:00:00+00:00"],
  ["[ehashman] PRR Freeze Jan. 27, please fill out our PRR questionnaire", "Jan. 27", "2027-01-27T17:00:00+00:00"],
  ["Talk at Force 18? (due by May 1): https://www.force11.org/meetings/force2018", "by May 1", "2027-05-01T17:00:00+01:00"],
  // The benchmark vault's phrasings (tools/gen-vault.mjs) and the design's examples.
  ["I'll have the mockups ready Thursday and need sign-off from Dev before Friday EOD", "before Friday EOD", "2026-11-27T17:00:00+00:00"],
  ["I'll have the design mockups ready Thursday.", "Thursday", "2026-11-26T17:00:00+00:00"],
  ["Input needed by Thursday EOD: which of Option A or Option B should we take?", "by Thursday EOD", "2026-11-26T17:00:00+00:00"],
  ["I'm proceeding with Option A at 3pm Friday unless someone raises a blocker.", "at 3pm Friday", "2026-11-27T15:00:00+00:00"],
  ["We're going with vendor X unless there's a blocker by Wednesday.", "by Wednesday", "2026-11-25T17:00:00+00:00"],
  ["Oliver will handle the client brief Tuesday EOD.", "Tuesday EOD", "2026-11-24T17:00:00+00:00"],
  ["- [ ] Review the API spec before Wednesday", "before Wednesday", "2026-11-24T17:00:00+00:00"],
  ["I will send the release notes to Maya by end of week.", "by end of week", "2026-11-27T17:00:00+00:00"],
  ["Next: finish the migration plan tomorrow.", "tomorrow", "2026-11-24T17:00:00+00:00"],
  ["Could someone from Dev review the load test results by 3pm Friday?", "by 3pm Friday", "2026-11-27T15:00:00+00:00"],
  ["Sophie will handle the invoice export next week.", "next week", "2026-12-04T17:00:00+00:00"],
  ["I'll have the vendor comparison ready by the 30th.", "by the 30th", "2026-11-30T17:00:00+00:00"],
  ["Let's aim for the 30th.", "the 30th", "2026-11-30T17:00:00+00:00"],
  ["I'll have the retro notes ready in two days.", "in two days", "2026-11-25T17:00:00+00:00"],
  // Days, dates and times.
  ["Ship it Nov 30", "Nov 30", "2026-11-30T17:00:00+00:00"],
  ["due 2026-12-01", "2026-12-01", "2026-12-01T17:00:00+00:00"],
  ["I'll have it by 10:30 tomorrow", "by 10:30 tomorrow", "2026-11-24T10:30:00+00:00"],
  ["Deadline Thursday 17:00 for comments", "Thursday 17:00", "2026-11-26T17:00:00+00:00"],
  ["Send it by noon Friday", "by noon Friday", "2026-11-27T12:00:00+00:00"],
  ["I'll look first thing tomorrow", "first thing tomorrow", "2026-11-24T09:00:00+00:00"],
  ["I'll send it by this afternoon", "by this afternoon", "2026-11-23T17:00:00+00:00"],
  ["We'll reply by 10.30 Thursday", "by 10.30 Thursday", "2026-11-26T10:30:00+00:00"],
  ["Please review by the end of the working day", "by the end of the working day", "2026-11-23T17:00:00+00:00"],
  ["Reply by COB Wednesday", "by COB Wednesday", "2026-11-25T17:00:00+00:00"],
  ["I'll finish it in 3 working days", "in 3 working days", "2026-11-26T17:00:00+00:00"],
  ["Results in a week", "in a week", "2026-11-30T17:00:00+00:00"],
  ["Ready the day after tomorrow", "the day after tomorrow", "2026-11-25T17:00:00+00:00"],
  // "before" is the working day before, unless a time is given.
  ["I need sign-off before Friday", "before Friday", "2026-11-26T17:00:00+00:00"],
  ["Answer before the 30th please", "before the 30th", "2026-11-27T17:00:00+00:00"],
  ["Get it merged before next week", "before next week", "2026-11-27T17:00:00+00:00"],
  ["Tell me before 3pm Thursday", "before 3pm Thursday", "2026-11-26T15:00:00+00:00"],
  // Periods: the last workday of the period at the end of the day.
  ["Finish it end of the week", "end of the week", "2026-11-27T17:00:00+00:00"],
  ["Done by the end of this week", "by the end of this week", "2026-11-27T17:00:00+00:00"],
  ["We'll decide early next week", "early next week", "2026-12-01T17:00:00+00:00"],
  ["Land it later this week", "later this week", "2026-11-27T17:00:00+00:00"],
  ["Due the week after next", "the week after next", "2026-12-11T17:00:00+00:00"],
  ["Close the books by end of the month", "by end of the month", "2026-11-30T17:00:00+00:00"],
  ["Close the books by the end of next month", "by the end of next month", "2026-12-31T17:00:00+00:00"],
  ["Hiring plan mid-January", "mid-January", "2027-01-20T17:00:00+00:00"],
  ["Launch by the end of March 2027", "by the end of March 2027", "2027-03-31T17:00:00+01:00"],
  ["Roadmap due by Q1", "by Q1", "2027-03-31T17:00:00+01:00"],
  ["Budget in Q4 2026", "in Q4 2026", "2026-12-31T17:00:00+00:00"],
  ["Wrap up by end of the quarter", "by end of the quarter", "2026-12-31T17:00:00+00:00"],
  ["Migrate next month", "next month", "2026-12-31T17:00:00+00:00"],
  ["Migrate this month", "this month", "2026-11-30T17:00:00+00:00"],
  ["Rewrite it by the end of the year", "by the end of the year", "2026-12-31T17:00:00+00:00"],
  ["Rewrite it next year", "next year", "2027-12-31T17:00:00+00:00"],
  ["Have it done by the weekend", "by the weekend", "2026-11-27T17:00:00+00:00"],
  ["I'll read it this weekend", "this weekend", "2026-11-29T17:00:00+00:00"],
  // Explicit zones and cities win; `due` is in their offset.
  ["Call at 9am SGT", "at 9am SGT", "2026-11-23T09:00:00+08:00"],
  ["Send it by 5pm Toronto time", "by 5pm Toronto time", "2026-11-23T17:00:00-05:00"],
  ["by 5pm Toronto time on Friday", "by 5pm Toronto time on Friday", "2026-11-27T17:00:00-05:00"],
  ["Vote closes Friday 9am (EST)", "Friday 9am (EST)", "2026-11-27T09:00:00-05:00"],
  ["Due Thursday 10:00 Singapore time", "Thursday 10:00 Singapore time", "2026-11-26T10:00:00+08:00"],
  ["Reply by Friday EOD SGT", "by Friday EOD SGT", "2026-11-27T17:00:00+08:00"],
  ["Standup moved to 4pm NZDT tomorrow", "4pm NZDT tomorrow", "2026-11-24T16:00:00+13:00"],
  ["Cutover at 10am UTC+8 on Friday", "at 10am UTC+8 on Friday", "2026-11-27T10:00:00+08:00"],
];

describe("findDeadline: phrases found, with the text as written and the instant", () => {
  const clock = clockOf();
  it.each(FOUND)("%s", (sentence, text, due) => {
    const found = findDeadline(sentence, clock);
    expect(found).toEqual({ text, index: sentence.indexOf(text), due, recurrence: null });
  });
});

/** Sentences with numbers and words that are not deadlines. */
const NOT_FOUND: readonly string[] = [
  "Decided we’re ok with shipping 1.3 with either, both, or neither features.",
  "KEP and code PR are ready for 1.24 and waiting for approver feedback",
  "The SC discussed release blockers for 3.11, and decided that fixes can be postponed to 3.11.1.",
  "The SC discussed and accepted [PEP 689 (Unstable C API tier)](https://peps.python.org/pep-0689/).",
  "Upgrade to v2.3 once it lands",
  "The SC discussed the state of the effort to require 2FA in the [python](https://github.com/python) organisation.",
  "Joe to pull together spreadsheet for folks to list their 3 top things from backlog",
  "The design system uses 8px spacing.",
  "Blocked on [insecure healthz](https://github.com/kubernetes/kubernetes/issues/43784)",
  "Fixed in #1230 and GH-45, see PEP 703 and KEP-2876",
  "Notes at https://example.com/meetings/friday-march-3-2026 for reference",
  "Run `cron 0 9 * * MON` every build",
  "will need rebase after 87759 is merged",
  "what about the JOSS paper that is stalled? Waiting for 0.1",
  "we met at 3pm to go over it",
  "We met on Monday and agreed the plan",
  "The incident started at 2am and was fixed quickly",
  "Yesterday I finished the design mockups and paired with Wei on the tests.",
  "Last Friday we shipped it",
  "It landed 3 weeks ago",
  "The Q1 roadmap draft is in the drive",
  "We provide 24/7 support",
  "About 1/2 the team agreed",
  "Give me a second",
  "It ran 3.5 mins faster",
  "One day we will rewrite it",
  "We sat down with the client",
  "March on, team",
  "Tide is used on the majority of our repos now",
  "Spent most of the day on the API spec; it took longer than expected.",
  "At the end of the day, it is a tradeoff.",
  "The 3rd option is best",
  "It keeps the 3rd and all following elements",
  "Open today's daily note",
  "Notes from Friday's call are below",
  "We have 10 at 5 each",
  "The build will be slower since Monday",
  "Nothing blocking right now, and it will probably stay that way.",
  "Good conversation with Maya about the client brief, notes below.",
];

describe("findDeadline: no deadline invented", () => {
  const clock = clockOf();
  it.each(NOT_FOUND)("%s", (sentence) => {
    expect(findDeadline(sentence, clock)).toBeNull();
  });
});

describe("findDeadline: weekdays resolve forward from the note's date", () => {
  it.each([
    // [reference, phrase, due]: a note dated Thursday saying "by Thursday" means that same day.
    ["2026-11-26", "by Thursday", "2026-11-26T17:00:00+00:00"],
    ["2026-11-26", "by Wednesday", "2026-12-02T17:00:00+00:00"],
    ["2026-11-27", "by Monday", "2026-11-30T17:00:00+00:00"],
    ["2026-11-25", "before Monday", "2026-11-27T17:00:00+00:00"],
    ["2026-11-23", "next Friday", "2026-12-04T17:00:00+00:00"],
    ["2026-11-26", "next Monday", "2026-11-30T17:00:00+00:00"],
    ["2026-11-28", "this week", "2026-11-29T17:00:00+00:00"],
    // An instant reference after the stated time moves a same-day weekday a week on, a bare time a day on.
    ["2026-11-27T16:00:00Z", "at 3pm Friday", "2026-12-04T15:00:00+00:00"],
    ["2026-11-27T16:00:00Z", "by 3pm", "2026-11-28T15:00:00+00:00"],
    ["2026-11-27T10:00:00Z", "by 3pm", "2026-11-27T15:00:00+00:00"],
    ["2026-11-23T10:00:00Z", "in 2 hours", "2026-11-23T12:00:00+00:00"],
    // A yearless date within 30 days before the note is this year's (a reported date); older ones are next year's.
    ["2026-11-23", "on Nov 20", "2026-11-20T17:00:00+00:00"],
    ["2026-12-20", "by Jan 5", "2027-01-05T17:00:00+00:00"],
  ])("%s: %s", (reference, phrase, due) => {
    expect(findDeadline(phrase, clockOf({ reference }))?.due).toBe(due);
  });
});

describe("findDeadline: the writer's zone and working day", () => {
  it.each([
    ["Europe/London", "2026-11-26T17:00:00+00:00"],
    ["Asia/Singapore", "2026-11-26T17:00:00+08:00"],
    ["America/Toronto", "2026-11-26T17:00:00-05:00"],
    ["UTC", "2026-11-26T17:00:00+00:00"],
  ])("by Thursday EOD in %s", (zone, due) => {
    expect(findDeadline("Input needed by Thursday EOD", clockOf({ zone }))?.due).toBe(due);
  });

  const early = clockOf({ zone: "Asia/Singapore", dayStart: "08:00", dayEnd: "16:00" });
  it.each([
    ["Thursday EOD", "2026-11-26T16:00:00+08:00"],
    ["by Friday", "2026-11-27T16:00:00+08:00"],
    ["before Friday", "2026-11-26T16:00:00+08:00"],
    ["first thing Friday", "2026-11-27T08:00:00+08:00"],
    ["end of week", "2026-11-27T16:00:00+08:00"],
    ["at 3pm Friday", "2026-11-27T15:00:00+08:00"],
  ])("a person working 08:00-16:00: %s", (phrase, due) => {
    expect(findDeadline(phrase, early)?.due).toBe(due);
  });

  it("a four-day week ends on Thursday and 'before Monday' skips to it", () => {
    const clock = clockOf({ workdays: [1, 2, 3, 4], reference: "2026-11-25" });
    expect(findDeadline("end of week", clock)?.due).toBe("2026-11-26T17:00:00+00:00");
    expect(findDeadline("before Monday", clock)?.due).toBe("2026-11-26T17:00:00+00:00");
  });

  it("a city without 'time' counts only right after a time of day", () => {
    const clock = clockOf();
    expect(findDeadline("Let's sync at 3pm London", clockOf({ zone: "Asia/Singapore" }))?.due).toBe("2026-11-23T15:00:00+00:00");
    expect(findDeadline("Send it by Friday, London will review", clock)).toEqual({ text: "by Friday", index: 8, due: "2026-11-27T17:00:00+00:00", recurrence: null });
  });
});

describe("findDeadline: choosing among several dates", () => {
  it("prefers the date after 'by' over an earlier bare one", () => {
    const found = findDeadline("On Tuesday's call we agreed: drafts by Friday", clockOf());
    expect(found?.text).toBe("by Friday");
  });
  it("takes the end of a range when it is the only date", () => {
    expect(findDeadline("The freeze runs from Monday to Wednesday", clockOf())).toEqual({ text: "Monday to Wednesday", index: 21, due: "2026-11-25T17:00:00+00:00", recurrence: null });
  });
});

describe("findDeadline: recurrences", () => {
  it.each([
    ["Report every Monday by 10am", "every Monday by 10am", "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", "2026-11-23T10:00:00+00:00"],
    ["Send the digest weekly on Fridays.", "weekly on Fridays", "FREQ=WEEKLY;BYDAY=FR", "2026-11-27T17:00:00+00:00"],
    ["Check the queue every weekday", "every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-11-23T17:00:00+00:00"],
    ["Retro every 2 weeks on Tuesday", "every 2 weeks on Tuesday", "INTERVAL=2;FREQ=WEEKLY;BYDAY=TU", "2026-11-24T17:00:00+00:00"],
    ["Pay invoices every month on the 25th", "every month on the 25th", "FREQ=MONTHLY;BYMONTHDAY=25", "2026-11-25T17:00:00+00:00"],
    ["Standup every working day at 9am SGT", "every working day at 9am SGT", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0", "2026-11-23T09:00:00+08:00"],
  ])("%s", (sentence, text, recurrence, due) => {
    expect(findDeadline(sentence, clockOf())).toEqual({ text, index: sentence.indexOf(text), due, recurrence });
  });
  it("the adjective is not a recurrence", () => {
    expect(findDeadline("The weekly sync moved to the big room", clockOf())).toBeNull();
  });
});

describe("resolveDeadline: the whole string is the phrase", () => {
  const clock = clockOf({ zone: "Asia/Singapore" });
  it.each([
    ["2026-11-27", "2026-11-27T17:00:00+08:00"],
    ["2025-01-15", "2025-01-15T17:00:00+08:00"],
    ["2026-11-27T14:00", "2026-11-27T14:00:00+08:00"],
    ["2026-11-27T14:00:00+01:00", "2026-11-27T14:00:00+01:00"],
    ["Friday", "2026-11-27T17:00:00+08:00"],
    ["tomorrow 9am", "2026-11-24T09:00:00+08:00"],
    ["March", "2027-03-31T17:00:00+08:00"],
  ])("%s", (phrase, due) => {
    expect(resolveDeadline(phrase, clock)).toEqual({ text: phrase, index: 0, due, recurrence: null });
  });
  it("reads a Tasks recurrence", () => {
    expect(resolveDeadline("every week on Monday when done", clock)).toEqual({ text: "every week on Monday when done", index: 0, due: "2026-11-23T17:00:00+08:00", recurrence: "FREQ=WEEKLY;BYDAY=MO" });
  });
  it("returns null when there is no date", () => {
    expect(resolveDeadline("someday", clock)).toBeNull();
    expect(resolveDeadline("", clock)).toBeNull();
  });
});

describe("findDeadline: misuse", () => {
  it("throws for a clock that was not validated", () => {
    expect(() => findDeadline("by Friday", { reference: "2026-11-23", zone: "Mars/Base", dayStart: "09:00", dayEnd: "17:00", workdays: [1, 2, 3, 4, 5] })).toThrow(
      'Invalid WriterClock: clock: time zone "Mars/Base" is not an IANA zone name like "Europe/London"',
    );
  });
});
