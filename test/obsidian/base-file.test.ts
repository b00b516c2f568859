import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BASE_COLUMNS, BASES_BOARD_VIEW, baseFileText, basePath } from "../../src/obsidian/base-file";

describe("the shipped Bases file", () => {
  it("is what the create-base command writes for the default items folder", () => {
    expect(readFileSync("templates/Handoff items.base", "utf8")).toBe(baseFileText("Handoff", true));
  });

  it("is YAML with a table grouped by status showing the useful columns, plus the board", () => {
    const base = parse(baseFileText("Handoff", true)) as { filters: unknown; views: { type: string; groupBy?: { property: string }; order?: string[] }[] };
    expect(base.views[0]).toMatchObject({ type: "table", groupBy: { property: "note.status" } });
    expect(base.views[0].order).toEqual(BASE_COLUMNS.map(([id]) => id));
    expect(base.views[1].type).toBe(BASES_BOARD_VIEW);
    expect(JSON.stringify(base.filters)).toContain('file.inFolder(\\"Handoff/Decisions\\")');
  });

  it("follows the team's items folder and leaves the board out where it is not registered", () => {
    const base = parse(baseFileText("Team/Tracked", false)) as { views: unknown[]; filters: unknown };
    expect(base.views).toHaveLength(1);
    expect(JSON.stringify(base.filters)).toContain("Team/Tracked/Commitments");
    expect(basePath("Team/Tracked")).toBe("Team/Tracked/Handoff items.base");
  });
});
