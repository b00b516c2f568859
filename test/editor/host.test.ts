import { describe, expect, it } from "vitest";
import { sameContext } from "../../src/editor/host";
import { EMPTY_DIRECTORY } from "../../src/extract/directory";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";

describe("sameContext", () => {
  const base = { path: "a.md", directory: EMPTY_DIRECTORY, settings: DEFAULT_TEAM_SETTINGS };
  it.each([
    ["the same object", base, base, true],
    ["an equal copy", base, { ...base }, true],
    ["both null", null, null, true],
    ["one null", base, null, false],
    ["another path", base, { ...base, path: "b.md" }, false],
    ["other settings", base, { ...base, settings: { ...DEFAULT_TEAM_SETTINGS } }, false],
    ["a zone override", base, { ...base, zone: "Asia/Singapore" }, false],
    ["an author override", base, { ...base, author: "Maya" }, false],
    ["a reference instant", base, { ...base, now: "2026-11-24T00:00:00Z" }, false],
  ] as const)("%s: %j", (_name, a, b, same) => {
    expect(sameContext(a, b)).toBe(same);
  });
});
