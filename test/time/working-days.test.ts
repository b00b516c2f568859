import { describe, expect, it } from "vitest";
import { monthPeriod, partOfMonth, partOfWeek, periodDueDate, quarterPeriod, weekOf, weekOfMonth } from "../../src/time/periods";
import { addWorkdays, endOfWorkingDay, isWorkday, lastWorkdayBetween, nextWorkday, previousWorkday, startOfWorkingDay } from "../../src/time/working-days";
import { clockOf } from "./clocks";

const london = clockOf();
const sunToThu = clockOf({ workdays: [7, 1, 2, 3, 4] });

describe("working days", () => {
  it.each([
    ["2026-11-23", true], ["2026-11-27", true], ["2026-11-28", false], ["2026-11-29", false],
  ])("isWorkday %s", (date, expected) => {
    expect(isWorkday(date, london)).toBe(expected);
  });
  it.each([
    // [date, previous, next] for Monday-Friday
    ["2026-11-27", "2026-11-26", "2026-11-30"],
    ["2026-11-30", "2026-11-27", "2026-12-01"],
    ["2026-11-29", "2026-11-27", "2026-11-30"],
    ["2027-01-01", "2026-12-31", "2027-01-04"],
  ])("around %s", (date, previous, next) => {
    expect(previousWorkday(date, london)).toBe(previous);
    expect(nextWorkday(date, london)).toBe(next);
  });
  it("follows the writer's own week (Sunday to Thursday)", () => {
    expect(previousWorkday("2026-11-29", sunToThu)).toBe("2026-11-26");
    expect(nextWorkday("2026-11-26", sunToThu)).toBe("2026-11-29");
  });
  it.each([[0, "2026-11-26"], [1, "2026-11-27"], [2, "2026-11-30"], [-4, "2026-11-20"]])("addWorkdays(Thursday, %i)", (n, date) => {
    expect(addWorkdays("2026-11-26", n, london)).toBe(date);
  });
  it("ends and starts the working day in the writer's zone", () => {
    expect(endOfWorkingDay("2026-11-26", clockOf({ zone: "Asia/Singapore", dayEnd: "17:30" }))).toBe("2026-11-26T17:30:00+08:00");
    expect(startOfWorkingDay("2026-11-26", clockOf({ zone: "America/Toronto", dayStart: "08:00" }))).toBe("2026-11-26T08:00:00-05:00");
    expect(endOfWorkingDay("2026-11-26", clockOf({ dayEnd: "24:00" }))).toBe("2026-11-27T00:00:00+00:00");
  });
  it("finds the last workday in a range", () => {
    expect(lastWorkdayBetween("2026-11-23", "2026-11-29", london)).toBe("2026-11-27");
    expect(lastWorkdayBetween("2026-11-28", "2026-11-29", london)).toBeNull();
  });
  it("throws on a malformed date", () => {
    expect(() => endOfWorkingDay("26/11/2026", london)).toThrow('endOfWorkingDay: "26/11/2026" is not a YYYY-MM-DD date');
  });
});

describe("periods", () => {
  it("weeks are ISO weeks", () => {
    expect(weekOf("2026-11-26")).toEqual({ start: "2026-11-23", end: "2026-11-29" });
    expect(weekOf("2026-11-29", 1)).toEqual({ start: "2026-11-30", end: "2026-12-06" });
  });
  it("months and quarters", () => {
    expect(monthPeriod(2028, 2)).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(quarterPeriod(2027, 1)).toEqual({ start: "2027-01-01", end: "2027-03-31" });
  });
  it.each([
    ["early", "2026-11-24"], ["mid", "2026-11-25"], ["late", "2026-11-27"], ["whole", "2026-11-27"],
  ])("%s week", (part, due) => {
    expect(periodDueDate(partOfWeek(weekOf("2026-11-23"), part as "early", london), "2026-11-23", london)).toBe(due);
  });
  it.each([
    ["early", "2027-01-08"], ["mid", "2027-01-20"], ["late", "2027-01-29"],
  ])("%s January 2027", (part, due) => {
    expect(periodDueDate(partOfMonth(monthPeriod(2027, 1), part as "early"), "2026-11-23", london)).toBe(due);
  });
  it.each([
    // June 2026 starts on a Monday; August 2026 on a Saturday; the last week of May 2026 is cut by the month end.
    [2026, 6, 1, { start: "2026-06-01", end: "2026-06-07" }],
    [2026, 8, 1, { start: "2026-08-03", end: "2026-08-09" }],
    [2026, 8, 2, { start: "2026-08-10", end: "2026-08-16" }],
    [2026, 5, -1, { start: "2026-05-25", end: "2026-05-31" }],
    [2026, 3, -1, { start: "2026-03-30", end: "2026-03-31" }],
  ])("week %i of %i/%i", (year, month, n, period) => {
    expect(weekOfMonth(monthPeriod(year, month), n, london)).toEqual(period);
  });
  it("a period with no workday left is due on its last day", () => {
    expect(periodDueDate(weekOf("2026-11-28"), "2026-11-28", london)).toBe("2026-11-29");
  });
});
