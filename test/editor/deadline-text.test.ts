import { describe, expect, it } from "vitest";
import { describeInstant, relativeTime } from "../../src/editor/deadline-text";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("relativeTime", () => {
  const cases: ReadonlyArray<readonly [number, string]> = [
    [0, "now"],
    [44_000, "now"],
    [-44_000, "now"],
    [46_000, "in 1 minute"],
    [30 * MIN, "in 30 minutes"],
    [-30 * MIN, "30 minutes ago"],
    [50 * MIN, "in 1 hour"],
    [3 * HOUR + 20 * MIN, "in 3 hours"],
    [-21 * HOUR, "21 hours ago"],
    [23 * HOUR, "in 1 day"],
    [DAY + 23 * HOUR, "in 2 days"],
    [-3 * DAY, "3 days ago"],
    [27 * DAY, "in 1 month"],
    [-90 * DAY, "3 months ago"],
    [400 * DAY, "in 1 year"],
  ];
  it.each(cases)("%d ms reads %j", (ms, text) => {
    expect(relativeTime(ms)).toBe(text);
  });

  it("throws on a non-finite duration", () => {
    expect(() => relativeTime(Number.NaN)).toThrow("relativeTime needs a finite duration, got NaN");
  });
});

describe("describeInstant", () => {
  it("gives the writer's and the viewer's wall clock and how far it is", () => {
    const text = describeInstant("2026-11-26T17:00:00+08:00", { now: "2026-11-24T12:00:00Z", viewerZone: "Europe/London", writerZone: "Asia/Singapore" });
    expect(text).toEqual({
      writer: "Thu 26 Nov 2026, 17:00 SGT",
      viewer: "Thu 26 Nov 2026, 09:00 GMT",
      relative: "in 2 days",
      past: false,
    });
  });

  it("crosses the date line into the viewer's day and marks past instants", () => {
    const text = describeInstant("2026-11-23T09:00:00-05:00", { now: "2026-11-24T12:00:00Z", viewerZone: "Asia/Singapore", writerZone: "America/Toronto" });
    expect(text?.writer).toBe("Mon 23 Nov 2026, 09:00 EST");
    expect(text?.viewer).toBe("Mon 23 Nov 2026, 22:00 SGT");
    expect(text?.relative).toBe("1 day ago");
    expect(text?.past).toBe(true);
  });

  it("leaves out the writer's time when it reads the same as the viewer's, or the zone is unknown", () => {
    const ctx = { now: "2026-11-24T12:00:00Z", viewerZone: "Europe/London" };
    expect(describeInstant("2026-11-26T17:00:00Z", { ...ctx, writerZone: "Europe/London" })?.writer).toBeNull();
    expect(describeInstant("2026-11-26T17:00:00Z", { ...ctx, writerZone: "Mars/Olympus" })?.writer).toBeNull();
    expect(describeInstant("2026-11-26T17:00:00Z", { ...ctx, writerZone: null })?.viewer).toBe("Thu 26 Nov 2026, 17:00 GMT");
  });

  it("falls back to UTC for an unknown viewer zone and returns null for unreadable instants", () => {
    expect(describeInstant("2026-11-26T17:00:00+01:00", { now: "2026-11-24T12:00:00Z", viewerZone: "Nowhere", writerZone: null })?.viewer).toBe("Thu 26 Nov 2026, 16:00 UTC");
    expect(describeInstant("next Thursday", { now: "2026-11-24T12:00:00Z", viewerZone: "UTC", writerZone: null })).toBeNull();
    expect(describeInstant("2026-11-26T17:00:00Z", { now: "soon", viewerZone: "UTC", writerZone: null })).toBeNull();
  });
});
