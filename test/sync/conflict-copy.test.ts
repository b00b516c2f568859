import { describe, expect, it } from "vitest";
import { conflictCopyPath } from "../../src/sync/conflict-copy";

describe("conflictCopyPath", () => {
  it("puts the copy beside the note, named for the other side and its date (UTC)", () => {
    expect(conflictCopyPath("Notes/Standup.md", "Wei Ling", "2026-11-24T07:00:00+08:00")).toBe("Notes/Standup (conflict Wei Ling 2026-11-23).md");
    expect(conflictCopyPath("Standup.md", "Wei Ling", "2026-11-24T07:00:00Z", 2)).toBe("Standup (conflict Wei Ling 2026-11-24 2).md");
  });
  it("keeps names a file system and a link can hold", () => {
    expect(conflictCopyPath("a/b.c/notes", "x/y: [z]#1", "2026-11-24T00:00:00Z")).toBe("a/b.c/notes (conflict x y z 1 2026-11-24)");
    expect(conflictCopyPath(".gitignore", "", "nonsense")).toBe(".gitignore (conflict unknown undated)");
    expect(conflictCopyPath("img/photo.final.png", "Sam", "2026-11-24T00:00:00Z")).toBe("img/photo.final (conflict Sam 2026-11-24).png");
  });
  it("throws on a bad copy number", () => {
    expect(() => conflictCopyPath("a.md", "x", "2026-11-24T00:00:00Z", 0)).toThrow("Conflict copy number must be a positive integer, got 0");
  });
});
