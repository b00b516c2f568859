import { describe, expect, it } from "vitest";
import { IGNORE_HEADER, managedIgnoreLines, missingIgnoreLines, withIgnoreLines } from "../../src/sync/gitignore-lines";

describe(".gitignore lines", () => {
  // Any configuration folder name: Obsidian lets a person rename it (the plugin passes Vault#configDir).
  const opts = { configDir: ".vaultconfig" };
  it("lists workspace files, Handoff's device settings and caches", () => {
    expect(managedIgnoreLines(opts)).toEqual([".vaultconfig/workspace*.json", ".vaultconfig/plugins/handoff/data.json", ".vaultconfig/plugins/handoff/cache/"]);
    expect(managedIgnoreLines({ configDir: ".config", pluginId: "ho", vaultPrefix: "vault/" })).toEqual(["vault/.config/workspace*.json", "vault/.config/plugins/ho/data.json", "vault/.config/plugins/ho/cache/"]);
  });
  it("returns only the missing lines (a leading slash counts as present)", () => {
    expect(missingIgnoreLines("node_modules\n/.vaultconfig/workspace*.json\n", opts)).toEqual([".vaultconfig/plugins/handoff/data.json", ".vaultconfig/plugins/handoff/cache/"]);
    expect(missingIgnoreLines(managedIgnoreLines(opts).join("\r\n"), opts)).toEqual([]);
  });
  it("appends under one header and ends with a newline", () => {
    const once = withIgnoreLines("node_modules", ["a", "b"]);
    expect(once).toBe(`node_modules\n\n${IGNORE_HEADER}\na\nb\n`);
    expect(withIgnoreLines(once, ["c"])).toBe(`${once}c\n`);
    expect(withIgnoreLines("", ["a"])).toBe(`${IGNORE_HEADER}\na\n`);
    expect(withIgnoreLines("x\n", [])).toBe("x\n");
  });
});
