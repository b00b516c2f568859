import { describe, expect, it } from "vitest";
import { compareInstants, EditTimes, utcSeconds } from "../../src/sync/edit-times";

describe("EditTimes.parse", () => {
  const cases: Array<[string, unknown, Record<string, string>, string[]]> = [
    ["empty string", "", {}, []],
    ["null", null, {}, []],
    ["one entry", "status=2026-11-24T09:12:00Z", { status: "2026-11-24T09:12:00Z" }, []],
    ["two entries, unsorted, extra spaces", "  status=2026-11-24T09:12:00Z   owner=2026-11-24T10:00:00+08:00 ", { owner: "2026-11-24T10:00:00+08:00", status: "2026-11-24T09:12:00Z" }, []],
    ["fraction and no seconds", "due=2026-11-24T09:12:00.5Z title=2026-11-24T09:12Z", { due: "2026-11-24T09:12:00.5Z", title: "2026-11-24T09:12Z" }, []],
    ["date only is invalid", "status=2026-11-24", {}, ["status=2026-11-24"]],
    ["no zone is invalid", "status=2026-11-24T09:12", {}, ["status=2026-11-24T09:12"]],
    ["no name is invalid", "=2026-11-24T09:12:00Z", {}, ["=2026-11-24T09:12:00Z"]],
    ["impossible date is invalid", "status=2026-13-45T09:12:00Z", {}, ["status=2026-13-45T09:12:00Z"]],
    ["repeated field keeps the later", "status=2026-11-24T09:12:00Z status=2026-11-25T00:00:00Z status=2026-11-20T00:00:00Z", { status: "2026-11-25T00:00:00Z" }, []],
    ["a list typed by hand", ["status"], {}, ['["status"]']],
  ];
  it.each(cases)("%s", (_name, input, expected, invalid) => {
    const times = EditTimes.parse(input);
    expect(Object.fromEntries(times.fields().map((f) => [f, times.get(f)]))).toEqual(expected);
    expect(times.invalid).toEqual(invalid);
  });
});

describe("EditTimes", () => {
  it("formats sorted by field and round-trips", () => {
    const times = EditTimes.empty().with("status", "2026-11-24T09:12:00Z").with("owner", "2026-11-24T10:00:00Z");
    expect(times.toString()).toBe("owner=2026-11-24T10:00:00Z status=2026-11-24T09:12:00Z");
    expect(EditTimes.parse(times.toString()).toString()).toBe(times.toString());
  });

  it("is immutable: with() returns a copy", () => {
    const a = EditTimes.empty();
    const b = a.with("status", "2026-11-24T09:12:00Z");
    expect(a.get("status")).toBeNull();
    expect(b.get("status")).toBe("2026-11-24T09:12:00Z");
  });

  it("throws exact messages on misuse", () => {
    expect(() => EditTimes.empty().with("bad field", "2026-11-24T09:12:00Z")).toThrow('Invalid edit-time field "bad field"');
    expect(() => EditTimes.empty().with("status", "yesterday")).toThrow('Invalid edit time "yesterday" for status: expected ISO 8601 with Z or an offset');
  });

  it("merges keeping the later instant per field, whichever side it is on", () => {
    const a = EditTimes.parse("owner=2026-11-24T10:00:00Z status=2026-11-24T09:00:00Z");
    const b = EditTimes.parse("status=2026-11-24T18:00:00+08:00 title=2026-11-01T00:00:00Z");
    // 18:00+08:00 is 10:00Z: later than 09:00Z.
    const expected = "owner=2026-11-24T10:00:00Z status=2026-11-24T18:00:00+08:00 title=2026-11-01T00:00:00Z";
    expect(a.merge(b).toString()).toBe(expected);
    expect(b.merge(a).toString()).toBe(expected);
  });

  it("breaks a tie of equal instants written differently the same way in both orders", () => {
    const a = EditTimes.parse("status=2026-11-24T10:00:00Z");
    const b = EditTimes.parse("status=2026-11-24T18:00:00+08:00");
    expect(a.merge(b).toString()).toBe(b.merge(a).toString());
  });
});

describe("instants", () => {
  it("compares by the moment, not the text", () => {
    expect(compareInstants("2026-11-24T18:00:00+08:00", "2026-11-24T09:00:00Z")).toBeGreaterThan(0);
    expect(compareInstants("2026-11-24T10:00:00Z", "2026-11-24T18:00:00+08:00")).toBe(0);
  });
  it("shows UTC to the second", () => {
    expect(utcSeconds("2026-11-24T18:00:00+08:00")).toBe("2026-11-24T10:00:00Z");
    expect(utcSeconds("not a time")).toBe("not a time");
  });
});
