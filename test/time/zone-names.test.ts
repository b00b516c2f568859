import { describe, expect, it } from "vitest";
import { findZoneMentions, ZONE_ABBREVIATION, ZONE_PLACE } from "../../src/time/zone-mentions";
import { isValidZone, zoneFromName } from "../../src/time/zone-names";

describe("zoneFromName: abbreviations, cities and IANA names", () => {
  it.each([
    ["SGT", "Asia/Singapore"], ["BST", "Europe/London"], ["GMT", "UTC"], ["UTC", "UTC"],
    ["CET", "Europe/Berlin"], ["CEST", "Europe/Berlin"], ["EST", "America/New_York"], ["EDT", "America/New_York"],
    ["ET", "America/New_York"], ["PST", "America/Los_Angeles"], ["PDT", "America/Los_Angeles"], ["PT", "America/Los_Angeles"],
    ["AEST", "Australia/Sydney"], ["NZST", "Pacific/Auckland"], ["NZDT", "Pacific/Auckland"], ["IST", "Asia/Kolkata"],
    ["JST", "Asia/Tokyo"], ["est", "America/New_York"],
    ["London", "Europe/London"], ["Singapore", "Asia/Singapore"], ["Toronto", "America/Toronto"],
    ["New York", "America/New_York"], ["new  york", "America/New_York"], ["San Francisco", "America/Los_Angeles"],
    ["Sydney", "Australia/Sydney"], ["Auckland", "Pacific/Auckland"], ["Tokyo", "Asia/Tokyo"], ["Berlin", "Europe/Berlin"],
    ["Paris", "Europe/Paris"], ["Bangalore", "Asia/Kolkata"], ["Bengaluru", "Asia/Kolkata"], ["Toronto time", "America/Toronto"],
    ["Pacific time", "America/Los_Angeles"], ["Eastern time", "America/New_York"], ["UK time", "Europe/London"],
    ["Asia/Singapore", "Asia/Singapore"], ["America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
  ])("%s → %s", (name, zone) => {
    expect(zoneFromName(name)).toBe(zone);
  });
  it.each(["Pacific", "Eastern", "Mars", "XYZ", "", "Europe/Londn"])("%s is not a zone", (name) => {
    expect(zoneFromName(name)).toBeNull();
  });
});

describe("isValidZone", () => {
  it.each(["Europe/London", "Asia/Singapore", "America/Toronto", "Pacific/Auckland", "UTC", "Etc/GMT+5"])("%s", (zone) => {
    expect(isValidZone(zone)).toBe(true);
  });
  it.each(["Europe/Londn", "SGT", "GMT+8", "UTC+8", "", "Mars/Base", "local"])("not %s", (zone) => {
    expect(isValidZone(zone)).toBe(false);
  });
});

describe("ZONE_ABBREVIATION", () => {
  const all = (text: string): string[] => [...text.matchAll(ZONE_ABBREVIATION)].map((m) => m[0]);
  it.each([
    ["9am SGT", ["SGT"]], ["5pm (BST)", ["(BST)"]], ["10:00 ET and 7:00 PT", ["ET", "PT"]], ["17:00 CEST", ["CEST"]],
  ])("%s", (text, found) => {
    expect(all(text)).toEqual(found);
  });
  it.each(["et al.", "a pt of view", "eat lunch", "UTC+8", "GMT-5", "ESTIMATE", "SGTX"])("not in %s", (text) => {
    expect(all(text)).toEqual([]);
  });
});

describe("ZONE_PLACE", () => {
  const all = (text: string): string[] => [...text.matchAll(ZONE_PLACE)].map((m) => m[0]);
  it.each([
    ["5pm Toronto time", ["Toronto time"]], ["3pm London", ["London"]], ["9am (Singapore)", ["(Singapore)"]],
    ["noon New York time", ["New York time"]], ["4pm san francisco", ["san francisco"]],
  ])("%s", (text, found) => {
    expect(all(text)).toEqual(found);
  });
  it.each(["Londoner", "Parisian style", "Torontonian"])("not in %s", (text) => {
    expect(all(text)).toEqual([]);
  });
});

describe("findZoneMentions", () => {
  it("marks places without 'time' as not explicit", () => {
    expect(findZoneMentions("3pm London or 9am SGT or 5pm Toronto time")).toEqual([
      { from: 4, to: 10, zone: "Europe/London", explicit: false },
      { from: 18, to: 21, zone: "Asia/Singapore", explicit: true },
      { from: 29, to: 41, zone: "America/Toronto", explicit: true },
    ]);
  });
  it("ignores region names that need 'time'", () => {
    expect(findZoneMentions("the Pacific office")).toEqual([]);
  });
});
