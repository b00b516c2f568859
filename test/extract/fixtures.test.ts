import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ExtractContext, extractNote } from "../../src/extract/extract";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { TEAM } from "./helpers";

/**
 * One folder per case under test/fixtures/extract: `input.md` (the note), `context.json` (its
 * vault path and optional `now`, `zone`, `author`) and `expected.json` (every candidate, in
 * order). Each expected entry lists the fields that matter for it; fields not listed (parties,
 * choice, window …) must be empty on the candidate, so nothing extra slips in. The directory is
 * the story's team (test/extract/helpers.ts).
 */
const ROOT = "test/fixtures/extract";
const ALWAYS = ["kind", "line", "text", "title", "owner", "status", "due", "dueText"] as const;
const OPTIONAL = ["parties", "action", "waitingFor", "choice", "rationale", "windowCloses", "windowText", "recurrence", "blockId"] as const;

const cases = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, "input.md"))).sort();

describe("extraction fixtures", () => {
  it("has the cases the brief asks for", () => {
    expect(cases).toEqual(expect.arrayContaining(["team-update", "meeting-notes", "source-story", "tasks-lines", "done-next-blockers", "hard-negatives", "docs-prose"]));
  });

  it.each(cases)("%s", (name) => {
    const text = readFileSync(join(ROOT, name, "input.md"), "utf8");
    const context = JSON.parse(readFileSync(join(ROOT, name, "context.json"), "utf8")) as Partial<ExtractContext> & { path: string };
    const expected = JSON.parse(readFileSync(join(ROOT, name, "expected.json"), "utf8")) as Array<Record<string, unknown>>;
    const result = extractNote(text, { directory: TEAM, settings: DEFAULT_TEAM_SETTINGS, ...context });
    expect(result.problems).toEqual([]);
    const got = result.candidates.map((c) => {
      const row: Record<string, unknown> = {};
      for (const key of ALWAYS) row[key] = c[key];
      for (const key of OPTIONAL) {
        const value = c[key];
        if (Array.isArray(value) ? value.length > 0 : value !== null) row[key] = value;
      }
      if (c.extractedBy !== "rules") row.extractedBy = c.extractedBy;
      return row;
    });
    expect(got).toEqual(expected);
    for (const c of result.candidates) expect(text.slice(c.from, c.to)).toContain(c.text);
  });
});
