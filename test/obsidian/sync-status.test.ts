import { describe, expect, it } from "vitest";
import { conflictsKept, syncLabel } from "../../src/obsidian/sync-status";
import type { SyncResult } from "../../src/sync/sync-step";

const ok = (resolutions: SyncResult["resolutions"]): SyncResult => ({ ok: true, message: "Synced: 2 commits pushed.", committed: null, merged: true, pushed: true, resolutions, notices: [] });

describe("syncLabel", () => {
  it("shows the last sync's time in the viewer's zone and the conflicts kept", () => {
    const result = ok([
      { path: "Handoff/Commitments/a.md", kind: "item-merged", conflicts: ["status: open (lost to done by Wei, 2026-11-24T09:12:00Z)"] },
      { path: "Channels/team/Standup.md", kind: "conflict-copy", copy: "Channels/team/Standup (conflict Wei 2026-11-24).md" },
      { path: "Channels/team/b.md", kind: "note-merged" },
    ]);
    const label = syncLabel({ kind: "done", at: "2026-11-24T09:30:00Z", result }, "Asia/Singapore");
    expect(label.text).toBe("Synced 17:30 · 2 conflicts kept");
    expect(label.tooltip).toContain("Channels/team/Standup.md → Channels/team/Standup (conflict Wei 2026-11-24).md");
  });

  it("says plainly when nothing was kept twice, when it failed, runs, or is unavailable", () => {
    expect(syncLabel({ kind: "done", at: "2026-11-24T09:30:00Z", result: ok([]) }, "UTC").text).toBe("Synced 09:30");
    const failed: SyncResult = { ok: false, reason: "unreachable", message: "Remote \"origin\" is unreachable.", committed: null, merged: false, pushed: false, resolutions: [], notices: [] };
    const label = syncLabel({ kind: "done", at: "2026-11-24T09:30:00Z", result: failed }, "UTC");
    expect(label.text).toBe("Sync failed 09:30");
    expect(label.tooltip).toContain("unreachable");
    expect(syncLabel({ kind: "running" }, "UTC").text).toBe("Syncing…");
    expect(syncLabel({ kind: "unavailable", reason: "Desktop only." }, "UTC")).toEqual({ text: "Sync: off", tooltip: "Desktop only." });
    expect(syncLabel({ kind: "never" }, "UTC").text).toBe("Sync: not yet");
  });
});

describe("conflictsKept", () => {
  it("counts conflict copies and each losing value recorded in an item note", () => {
    expect(conflictsKept([])).toBe(0);
    expect(conflictsKept([{ path: "a", kind: "item-merged", conflicts: ["x", "y"] }, { path: "b", kind: "kept-edited" }, { path: "c", kind: "conflict-copy", copy: "d" }])).toBe(3);
  });
});
