import { describe, expect, it } from "vitest";
import { END_OF_DAY, MONTH_PERIOD, ORDINAL_DAY, QUARTER_PERIOD, RELATIVE_MONTH, START_OF_DAY, WEEK_PERIOD, WORKDAYS_LATER, YEAR_PERIOD } from "../../src/time/chrono-parsers";
import { chronoTrimmed } from "../../src/time/deadline-chrono";

/** [pattern, name, texts and the match expected in each, texts with no match]. */
const TABLES: readonly (readonly [RegExp, string, readonly (readonly [string, string])[], readonly string[]])[] = [
  [END_OF_DAY, "END_OF_DAY", [["by EOD", "EOD"], ["eod Monday", "eod"], ["by the end of the day", "the end of the day"], ["end of business day", "end of business day"], ["by COB", "COB"], ["close of business Friday", "close of business"], ["end of the working day", "end of the working day"]], ["the end of the road", "EODX", "periodic"]],
  [START_OF_DAY, "START_OF_DAY", [["first thing tomorrow", "first thing"], ["first thing Monday", "first thing"], ["I'll do it first thing.", "first thing"], ["start of day Friday", "start of day"], ["first thing in the morning", "first thing in the morning"]], ["the first thing we need is a plan", "a fresh start of the project"]],
  [WEEK_PERIOD, "WEEK_PERIOD", [["this week", "this week"], ["next week", "next week"], ["end of week", "end of week"], ["by the end of the week", "the end of the week"], ["by the end of next week", "the end of next week"], ["early next week", "early next week"], ["later this week", "later this week"], ["midweek", "midweek"], ["the week after next", "the week after next"], ["by EOW", "EOW"]], ["weekly", "weekend", "weeks"]],
  [MONTH_PERIOD, "MONTH_PERIOD", [["end of the month", "end of the month"], ["the end of next month", "the end of next month"], ["early January", "early January"], ["mid-June", "mid-June"], ["late Sept.", "late Sept."], ["end of March 2027", "end of March 2027"], ["first week of june", "first week of june"], ["the last week of May", "the last week of May"], ["the last day of the month", "the last day of the month"]], ["in January", "start March 3", "end of the road"]],
  [RELATIVE_MONTH, "RELATIVE_MONTH", [["this month", "this month"], ["by next month", "next month"]], ["last month", "monthly"]],
  [YEAR_PERIOD, "YEAR_PERIOD", [["this year", "this year"], ["end of the year", "end of the year"], ["by EOY", "EOY"], ["next year", "next year"]], ["yearly", "years ago"]],
  [QUARTER_PERIOD, "QUARTER_PERIOD", [["by Q1", "Q1"], ["in Q3 2027", "Q3 2027"], ["Q4 '26", "Q4 '26"], ["this quarter", "this quarter"], ["end of the quarter", "end of the quarter"], ["q2", "q2"]], ["Q5", "FAQ1", "Q12"]],
  [ORDINAL_DAY, "ORDINAL_DAY", [["by the 30th", "the 30th"], ["by the 30th.", "the 30th"], ["on the 3rd at noon", "the 3rd"], ["due 1st", "1st"], ["the 1st of next month", "the 1st of next month"]], ["the 3rd option", "2nd PR", "the 30th of November"]],
  [WORKDAYS_LATER, "WORKDAYS_LATER", [["in 3 working days", "in 3 working days"], ["within two business days", "within two business days"], ["in a work day", "in a work day"]], ["in 3 days", "working days are long"]],
];

describe.each(TABLES)("%s", (pattern, _name, positives, negatives) => {
  it.each(positives)("in %s", (text, match) => {
    expect(pattern.exec(text)?.[0]).toBe(match);
  });
  it.each(negatives)("not in %s", (text) => {
    expect(pattern.exec(text)).toBeNull();
  });
});

it("chrono's own end-of-period refiner and unused parsers are found and left out", () => {
  expect(chronoTrimmed()).toBe(true);
});
