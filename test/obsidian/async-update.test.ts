import { describe, expect, it } from "vitest";
import { extractNote } from "../../src/extract/extract";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { asyncUpdate, nameProblem, UPDATE_HEADINGS } from "../../src/obsidian/async-update";
import { splitFrontmatter } from "../../src/store/frontmatter";
import { EMPTY_DIRECTORY_FOR_TESTS } from "./empty-directory";

describe("asyncUpdate", () => {
  it("is today's note in my channel, named by date and my name, in MY zone", () => {
    // 23:30 UTC on the 23rd is already the 24th in Singapore and still the 23rd in Toronto.
    const sg = asyncUpdate("Channels", "design", "Wei Ling Tan", "2026-11-23T23:30:00Z", "Asia/Singapore");
    const to = asyncUpdate("Channels", "design", "Emily Tremblay", "2026-11-23T23:30:00Z", "America/Toronto");
    expect(sg.path).toBe("Channels/design/2026-11-24 Wei Ling Tan.md");
    expect(to.path).toBe("Channels/design/2026-11-23 Emily Tremblay.md");
  });

  it("fills author and date and has the four headings in order", () => {
    const u = asyncUpdate("Channels", "design", "Maya Chen", "2026-11-24T09:00:00Z", "Europe/London");
    const note = splitFrontmatter(u.text);
    expect(note.error).toBeNull();
    expect(note.data).toEqual({ author: "[[Maya Chen]]", date: "2026-11-24" });
    const headings = u.text.split("\n").filter((l) => l.startsWith("## ")).map((l) => l.slice(3));
    expect(headings).toEqual([...UPDATE_HEADINGS]);
  });

  it("becomes an update the extractor reads once written in", () => {
    const u = asyncUpdate("Channels", "design", "Maya Chen", "2026-11-24T09:00:00Z", "Europe/London");
    const written = u.text.replace("## Next\n- \n", "## Next\n- I'll send the brief by Wednesday.\n");
    const found = extractNote(written, { path: u.path, directory: EMPTY_DIRECTORY_FOR_TESTS, settings: DEFAULT_TEAM_SETTINGS });
    expect(found.date).toBe("2026-11-24");
    expect(found.candidates.map((c) => [c.kind, c.owner, c.due])).toEqual([["commitment", "Maya Chen", "2026-11-25T17:00:00+00:00"]]);
  });

  it("throws on a name or channel that cannot be a file name", () => {
    expect(() => asyncUpdate("Channels", "de/sign", "Maya", "2026-11-24T09:00:00Z", "UTC")).toThrow(/file name/);
    expect(() => asyncUpdate("Channels", "design", "", "2026-11-24T09:00:00Z", "UTC")).toThrow(/empty/);
    expect(() => asyncUpdate("Channels", "design", "Maya", "not a time", "UTC")).toThrow(/ISO instant/);
  });
});

describe("nameProblem", () => {
  it.each(["Maya Chen", "Wei Ling Tan", "design-system", "José Álvarez"])("accepts %j", (n) => expect(nameProblem(n)).toBeNull());
  it.each(["", " Maya", "a/b", "a\\b", "What?", "x:y", "#tag", ".hidden", "[[Maya]]", "a|b", "^id"])("refuses %j", (n) => expect(nameProblem(n)).not.toBeNull());
});
