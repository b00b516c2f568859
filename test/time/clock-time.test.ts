import { describe, expect, it } from "vitest";
import { clockMinutes, formatClockMinutes, parseHours } from "../../src/time/clock-time";

describe("parseHours", () => {
  it.each([
    ["09:00-17:30", "09:00", "17:30"],
    ["9:00 – 17:30", "09:00", "17:30"],
    ["08:00-16:00", "08:00", "16:00"],
    ["0900-1730", "09:00", "17:30"],
    ["9-17", "09:00", "17:00"],
    ["9am to 5:30pm", "09:00", "17:30"],
    ["8.30 am - 4.30 pm", "08:30", "16:30"],
    ["12pm-8pm", "12:00", "20:00"],
    ["10:00-24:00", "10:00", "24:00"],
  ])("%s", (text, start, end) => {
    expect(parseHours(text)).toEqual({ ok: true, value: { start, end } });
  });

  it.each([
    ["9 to 5", 'working hours "9 to 5" end before they start (hours crossing midnight are not supported)'],
    ["22:00-06:00", 'working hours "22:00-06:00" end before they start (hours crossing midnight are not supported)'],
    ["09:00", 'working hours "09:00" are not a range like "09:00-17:30"'],
    ["09:75-17:00", 'working hours "09:75-17:00" are not a range like "09:00-17:30"'],
    ["25:00-26:00", 'working hours "25:00-26:00" are not a range like "09:00-17:30"'],
    ["13pm-5pm", 'working hours "13pm-5pm" are not a range like "09:00-17:30"'],
    ["office hours", 'working hours "office hours" are not a range like "09:00-17:30"'],
  ])("rejects %s", (text, error) => {
    expect(parseHours(text)).toEqual({ ok: false, error });
  });
});

describe("clockMinutes", () => {
  it.each([
    ["00:00", 0],
    ["9:05", 545],
    ["17:30", 1050],
    ["24:00", 1440],
  ])("%s", (text, minutes) => {
    expect(clockMinutes(text)).toBe(minutes);
    expect(formatClockMinutes(minutes)).toBe(text.padStart(5, "0"));
  });
  it.each(["24:01", "17:60", "5pm", "17", "", "-1:00"])("rejects %s", (text) => {
    expect(clockMinutes(text)).toBeNull();
  });
  it("formatClockMinutes throws outside a day", () => {
    expect(() => formatClockMinutes(1441)).toThrow("Clock minutes must be an integer from 0 to 1440, got 1441");
  });
});
