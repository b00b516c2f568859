import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CONFLICT_MARKER } from "../../src/sync/resolve-conflicts";
import { syncOnce, type SyncResult } from "../../src/sync/sync-step";
import { backendFor, commitDate, git, LONDON, readTree, SINGAPORE, Team, tempDir, TORONTO, writeFiles } from "./git-fixture";
import { appendLine, editField, itemNote, itemPath, readNote, replaceLine } from "./vault-fixture";

const BRIEF = { id: "ho-k3j9x2a", title: "Send the client brief" };
const MOCKUPS = { id: "ho-p0q1r2s", title: "Mockups ready" };
const STANDUP = "Channels/team/2026-11-24 Standup.md";
const STANDUP_TEXT = "---\nauthor: Maya Chen\n---\n# Standup\n\nSarah will send the brief by Wednesday.\nDev needs sign-off before Friday EOD.\n\nNotes follow.\n";

const SEED = {
  [itemPath(BRIEF)]: itemNote(BRIEF, ["- Maya Chen: started the outline"]),
  [itemPath(MOCKUPS)]: itemNote(MOCKUPS),
  [STANDUP]: STANDUP_TEXT,
};

let team: Team | null = null;
afterEach(() => {
  team?.dispose();
  team = null;
});

async function sync(dir: string, at = "2026-11-24T10:00:00Z"): Promise<SyncResult> {
  return syncOnce(await backendFor(dir, { env: commitDate(at) }), { gitignore: { configDir: ".vault-config" } });
}

function ok(result: SyncResult): SyncResult {
  if (!result.ok) throw new Error(`sync failed (${result.reason}): ${result.message}`);
  return result;
}

describe("syncOnce", () => {
  it("commits local changes with a message naming them, and pushes", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const london = team.clone(LONDON);
    editField(london, itemPath(BRIEF), "status", "in-progress", "2026-11-24T09:00:00Z");
    editField(london, itemPath(MOCKUPS), "owner", "Wei Ling", null);
    appendLine(london, STANDUP, "One more line.");
    const result = ok(await sync(london));
    expect(result.committed).toBe("Handoff: 2 items updated, 1 note edited, 1 other file added (Maya Chen)");
    expect(result.pushed).toBe(true);
    expect(git(team.remote, ["log", "-1", "--format=%s", "main"]).trim()).toBe(result.committed);
    // The .gitignore lines are part of that commit.
    expect(readFileSync(join(london, ".gitignore"), "utf8")).toContain(".vault-config/workspace*.json");
    expect(result.notices.some((n) => n.includes(".gitignore"))).toBe(true);
    // Syncing again with nothing new does nothing.
    const again = ok(await sync(london));
    expect(again.committed).toBeNull();
    expect(again.pushed).toBe(false);
  });

  it("merges concurrent edits of one item field by field: later edit wins, loser kept in conflicts", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    editField(singapore, itemPath(BRIEF), "status", "done", "2026-11-24T03:00:00Z");
    appendLine(singapore, itemPath(BRIEF), "- Wei Ling: reviewed, looks good");
    ok(await sync(singapore, "2026-11-24T03:05:00Z"));
    editField(london, itemPath(BRIEF), "status", "in-progress", "2026-11-24T09:00:00Z");
    editField(london, itemPath(BRIEF), "owner", "Dev Patel", "2026-11-24T09:00:00Z");
    appendLine(london, itemPath(BRIEF), "- Maya Chen: draft attached");
    const result = ok(await sync(london, "2026-11-24T09:05:00Z"));
    expect(result.merged).toBe(true);
    expect(result.resolutions).toEqual([
      { path: itemPath(BRIEF), kind: "item-merged", conflicts: ["status: done (lost to in-progress by Maya Chen, 2026-11-24T09:00:00Z)"] },
    ]);
    expect(git(london, ["log", "-1", "--format=%s"]).trim()).toBe("Handoff: merge origin/main, 1 item merged field by field (Maya Chen)");
    const note = readNote(london, itemPath(BRIEF));
    expect(note.data).toMatchObject({ status: "in-progress", owner: "[[Dev Patel]]", conflicts: ["status: done (lost to in-progress by Maya Chen, 2026-11-24T09:00:00Z)"] });
    expect(note.body).toContain("- Maya Chen: started the outline\n- Wei Ling: reviewed, looks good\n- Maya Chen: draft attached\n");
    ok(await sync(singapore, "2026-11-24T09:10:00Z"));
    expect(readTree(singapore)).toEqual(readTree(london));
  });

  it("uses commit times for fields edited by hand in the YAML", async () => {
    team = Team.create(SEED, [LONDON, TORONTO]);
    const [london, toronto] = [team.clone(LONDON), team.clone(TORONTO)];
    editField(toronto, itemPath(BRIEF), "status", "done", null);
    ok(await sync(toronto, "2026-11-24T15:00:00Z"));
    editField(london, itemPath(BRIEF), "status", "cancelled", null);
    const result = ok(await sync(london, "2026-11-24T11:00:00Z"));
    // London committed at 11:00Z, Toronto at 15:00Z: Toronto's edit is later and wins.
    expect(readNote(london, itemPath(BRIEF)).data).toMatchObject({ status: "done", conflicts: ["status: cancelled (lost to done by Sam Okafor, 2026-11-24T15:00:00Z)"] });
    expect(result.resolutions[0].kind).toBe("item-merged");
  });

  it("merges a block id the store appended with a person's edit of that line, and keeps a conflict copy when both rewrote a line", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    replaceLine(singapore, STANDUP, 6, "Sarah will send the brief by Wednesday. ^ho-k3j9x2a");
    ok(await sync(singapore, "2026-11-24T02:00:00Z"));
    replaceLine(london, STANDUP, 6, "Sarah will send the brief by Thursday.");
    const merged = ok(await sync(london, "2026-11-24T10:00:00Z"));
    expect(merged.resolutions).toEqual([{ path: STANDUP, kind: "note-merged" }]);
    expect(readFileSync(join(london, STANDUP), "utf8")).toContain("\nSarah will send the brief by Thursday. ^ho-k3j9x2a\n");

    ok(await sync(singapore, "2026-11-24T10:30:00Z"));
    replaceLine(singapore, STANDUP, 7, "Dev needs sign-off before Thursday EOD.");
    ok(await sync(singapore, "2026-11-24T11:00:00Z"));
    replaceLine(london, STANDUP, 7, "Dev needs sign-off before Monday EOD.");
    const copied = ok(await sync(london, "2026-11-24T12:00:00Z"));
    const copy = "Channels/team/2026-11-24 Standup (conflict Wei Ling 2026-11-24).md";
    expect(copied.resolutions).toEqual([{ path: STANDUP, kind: "conflict-copy", copy, reason: "both sides changed the same lines" }]);
    expect(copied.message).toContain(`the other is in ${copy}`);
    expect(readFileSync(join(london, STANDUP), "utf8")).toContain("Dev needs sign-off before Monday EOD.");
    expect(readFileSync(join(london, copy), "utf8")).toContain("Dev needs sign-off before Thursday EOD.");
    for (const text of readTree(london).values()) expect(CONFLICT_MARKER.test(text)).toBe(false);
  });

  it("merges the same item created on two devices (add/add of identical bytes) without any resolution", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    const fresh = { id: "ho-zzzzzzz", title: "Book the venue" };
    writeFiles(london, { [itemPath(fresh)]: itemNote(fresh) });
    writeFiles(singapore, { [itemPath(fresh)]: itemNote(fresh) });
    editField(singapore, itemPath(MOCKUPS), "status", "done", null);
    ok(await sync(london));
    const result = ok(await sync(singapore));
    expect(result.merged).toBe(true);
    expect(result.resolutions).toEqual([]);
    expect(readFileSync(join(singapore, itemPath(fresh)), "utf8")).toBe(itemNote(fresh));
  });

  it("keeps an edited note that the other side deleted", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    rmSync(join(singapore, itemPath(MOCKUPS)));
    ok(await sync(singapore));
    editField(london, itemPath(MOCKUPS), "status", "done", null);
    const result = ok(await sync(london));
    expect(result.resolutions).toEqual([{ path: itemPath(MOCKUPS), kind: "kept-edited", reason: "deleted on one side and edited by Maya Chen on the other: the edited version is kept" }]);
    expect(readNote(london, itemPath(MOCKUPS)).data.status).toBe("done");
  });

  it("keeps both versions of an item note whose YAML one side broke, and says so", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    replaceLine(singapore, itemPath(BRIEF), 4, "status: [done");
    ok(await sync(singapore));
    editField(london, itemPath(BRIEF), "status", "in-progress", null);
    const result = ok(await sync(london));
    expect(result.resolutions).toHaveLength(1);
    expect(result.resolutions[0]).toMatchObject({ kind: "conflict-copy", copy: "Handoff/Commitments/Send the client brief (ho-k3j9x2a) (conflict Wei Ling 2026-11-24).md" });
    expect(result.resolutions[0].reason).toMatch(/^Wei Ling's version has invalid YAML frontmatter/);
    expect(readNote(london, itemPath(BRIEF)).data.status).toBe("in-progress");
  });

  it("pushes a new vault to an empty remote and sets the upstream", async () => {
    const dir = tempDir("fresh");
    try {
      git(dir, ["init", "--quiet", "--bare", "--initial-branch=main", "remote.git"]);
      git(dir, ["init", "--quiet", "--initial-branch=main", "vault"]);
      const vault = join(dir, "vault");
      git(vault, ["config", "user.name", LONDON.name]);
      git(vault, ["config", "user.email", LONDON.email]);
      git(vault, ["remote", "add", "origin", join(dir, "remote.git")]);
      writeFiles(vault, SEED);
      const result = ok(await sync(vault));
      expect(result.pushed).toBe(true);
      expect(result.committed).toBe("Handoff: 2 items created, 1 note created, 1 other file added (Maya Chen)");
      expect(git(vault, ["rev-parse", "--abbrev-ref", "main@{upstream}"]).trim()).toBe("origin/main");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs one sync at a time: a second call while one runs says so", async () => {
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    editField(london, itemPath(BRIEF), "status", "done", null);
    const backend = await backendFor(london);
    const [first, second] = await Promise.all([syncOnce(backend), syncOnce(backend)]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, reason: "already-syncing" });
    expect(second.message).toContain("already running");
  });

  it("respects the lock of another live process and takes over one left by a dead process", async () => {
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    const lock = join(london, ".git", "handoff-sync.lock");
    writeFileSync(lock, `${process.ppid}\n2026-11-24T00:00:00Z\n`);
    expect(await sync(london)).toMatchObject({ ok: false, reason: "already-syncing" });
    expect(existsSync(lock)).toBe(true);
    writeFileSync(lock, "2147483646\n2026-11-24T00:00:00Z\n");
    ok(await sync(london));
    expect(existsSync(lock)).toBe(false);
  });
});
