import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { CONFLICT_MARKER } from "../../src/sync/resolve-conflicts";
import { git, ISOLATED_GIT_ENV, LONDON, SINGAPORE, Team, writeFiles } from "./git-fixture";
import { editField, itemNote, itemPath, readNote, replaceLine } from "./vault-fixture";
import { runCli } from "../cli/run-cli";

const BRIEF = { id: "ho-k3j9x2a", title: "Send the client brief" };
const STANDUP = "Channels/team/2026-11-24 Standup.md";
const SEED = { [itemPath(BRIEF)]: itemNote(BRIEF), [STANDUP]: "# Standup\n\nSarah will send the brief by Wednesday.\n" };

const run = (args: string[], cwd = process.cwd()) => runCli(args, { cwd, env: process.env });

let team: Team | null = null;
const temps: string[] = [];
afterEach(() => {
  team?.dispose();
  team = null;
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), "handoff-cli-"));
  temps.push(dir);
  return dir;
}

// The CLI's git must not read the developer's global config either (this test file runs in its own process).
Object.assign(process.env, ISOLATED_GIT_ENV);

describe("handoff sync", () => {
  it("syncs and exits 0, saying what it did, keeping the vault's per-device files out of git", async () => {
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    editField(london, itemPath(BRIEF), "status", "done", null);
    // Obsidian's configuration folder, renamed: found by its settings files.
    writeFiles(london, { ".vaultcfg/app.json": "{}\n", ".vaultcfg/workspace.json": '{"device":"london"}\n', ".vaultcfg/plugins/handoff/data.json": "{}\n" });
    const result = await run(["sync", london]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^Committed: Handoff: 1 item updated, 2 other files added \(Maya Chen\)\. Pushed\./);
    expect(result.stdout).toContain("Added .vaultcfg/workspace*.json, .vaultcfg/plugins/handoff/data.json, .vaultcfg/plugins/handoff/cache/ to .gitignore");
    const files = git(team.remote, ["ls-tree", "-r", "--name-only", "main"]);
    expect(files).toContain(".vaultcfg/app.json");
    expect(files).not.toContain("workspace.json");
    expect(files).not.toContain("data.json");
    const json = await run(["sync", london, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, committed: null, pushed: false });
  });

  it("exits 1 with what to fix: not a folder, not a repository, no remote, unreachable", async () => {
    const missing = await run(["sync", "/no/such/vault"]);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain('"/no/such/vault" is not a folder');
    const dir = temp();
    const notRepo = await run(["sync", dir]);
    expect(notRepo.code).toBe(1);
    expect(notRepo.stderr).toContain("is not a git repository. Run `git init`");
    git(dir, ["init", "-q", "--initial-branch=main"]);
    git(dir, ["config", "user.name", "Maya Chen"]);
    git(dir, ["config", "user.email", "maya@example.com"]);
    const noRemote = await run(["sync", dir]);
    expect(noRemote.code).toBe(1);
    expect(noRemote.stderr).toBe("handoff sync: No git remote is configured for this vault. Add the team's with `git remote add origin URL`, then sync again.\n");
    git(dir, ["remote", "add", "origin", "http://127.0.0.1:1/vault.git"]);
    const wrongName = await run(["sync", dir, "--remote", "team"]);
    expect(wrongName.stderr).toContain('This vault has no remote named "team" (it has origin).');
    git(dir, ["remote", "add", "backup", "http://127.0.0.1:1/backup.git"]);
    git(dir, ["remote", "rename", "origin", "team"]);
    expect((await run(["sync", dir])).stderr).toContain("This vault has several remotes (backup, team) and branch main tracks none of them.");
    git(dir, ["remote", "rename", "team", "origin"]);
    const unreachable = await run(["sync", dir, "--json"]);
    expect(unreachable.code).toBe(1);
    expect(JSON.parse(unreachable.stdout)).toMatchObject({ ok: false, reason: "unreachable" });
    expect(unreachable.stderr).toContain('Remote "origin" is unreachable');
    expect((await run(["sync"])).code).toBe(2);
  });

  it("--scan captures new commitments before committing (the scheduled headless run)", async () => {
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    writeFiles(london, { "Channels/team/2026-11-24 Maya Chen.md": "---\nauthor: Maya Chen\ndate: 2026-11-24\n---\nI will send the client brief by Wednesday.\n" });
    const result = await run(["sync", london, "--scan"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Scanned 2 notes:");
    const files = git(team.remote, ["ls-tree", "-r", "--name-only", "main"]).split("\n");
    expect(files.filter((f) => f.startsWith("Handoff/Commitments/")).length).toBeGreaterThan(1);
    expect(git(team.remote, ["show", "main:Channels/team/2026-11-24 Maya Chen.md"])).toMatch(/by Wednesday\. \^ho-[a-z0-9]{7}\n/);
  });
});

describe("handoff sync --tick", () => {
  it("closes decision windows that are due before committing, so they close while nobody is online", async () => {
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    // A window that closed long before any clock this test can run under (Friday 9 January 2026, 15:00 London).
    writeFiles(london, {
      "Channels/team/2026-01-05 Maya Chen.md": "---\nauthor: Maya Chen\ndate: 2026-01-05\n---\nI'm proceeding with Option A at 3pm Friday unless someone raises a blocker.\n",
    });
    const result = await run(["sync", london, "--tick"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Ticked decision windows: 1 adopted, 0 contested");
    const decisions = git(team.remote, ["ls-tree", "-r", "--name-only", "main"]).split("\n").filter((f) => f.startsWith("Handoff/Decisions/"));
    expect(decisions).toHaveLength(1);
    const note = git(team.remote, ["show", `main:${decisions[0]}`]);
    expect(note).toMatch(/^status: adopted$/m);
    expect(note).toMatch(/^decided_at: "?2026-01-09T15:00:00(\+00:00|Z)"?$/m);
  });
});

describe("handoff merge-driver", () => {
  it("writes the merged item note to OURS and exits 0", async () => {
    const dir = temp();
    const base = itemNote(BRIEF);
    writeFileSync(join(dir, "base"), base);
    writeFileSync(join(dir, "ours"), `${base.replace("status: open", "status: in-progress")}- Maya Chen: draft\n`);
    writeFileSync(join(dir, "theirs"), `${base.replace("status: open", "status: done")}- Wei Ling: ok\n`);
    const result = await run(["merge-driver", "base", "ours", "theirs", itemPath(BRIEF)], dir);
    expect(result.code).toBe(0);
    const merged = readFileSync(join(dir, "ours"), "utf8");
    expect(merged).toContain("- Maya Chen: draft\n");
    expect(merged).toContain("- Wei Ling: ok\n");
    expect(merged).toMatch(/conflicts:\n {2}- "status: (done|in-progress) \(lost to/);
    expect(result.stderr).toContain("kept in its conflicts field");
  });

  it("keeps a conflict copy and exits 1 when a plain note cannot merge", async () => {
    const dir = temp();
    writeFileSync(join(dir, "base"), "a\nb\n");
    writeFileSync(join(dir, "ours"), "a\nmine\n");
    writeFileSync(join(dir, "theirs"), "a\ntheirs\n");
    const result = await run(["merge-driver", "base", "ours", "theirs", "note.md"], dir);
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, "ours"), "utf8")).toBe("a\nmine\n");
    expect(readFileSync(join(dir, "note (conflict unknown 1970-01-01).md"), "utf8")).toBe("a\ntheirs\n");
    expect(result.stderr).toContain("kept both versions of note.md");
    expect((await run(["merge-driver", "base", "ours"], dir)).code).toBe(2);
  });

  it("works as git's merge driver (the documented recipe), with no conflict markers", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    const loader = fileURLToPath(import.meta.resolve("tsx"));
    const cli = fileURLToPath(new URL("./handoff-cli.ts", import.meta.url));
    git(london, ["config", "merge.handoff.driver", `node --import ${loader} ${cli} merge-driver %O %A %B %P`]);
    writeFileSync(join(london, ".git", "info", "attributes"), "*.md merge=handoff\n");
    editField(singapore, itemPath(BRIEF), "status", "done", null);
    replaceLine(singapore, STANDUP, 3, "Sarah will send the brief by Thursday.");
    git(singapore, ["commit", "-qam", "Singapore"], { GIT_COMMITTER_DATE: "2026-11-24T02:00:00Z" });
    git(singapore, ["push", "-q", "origin", "main"]);
    editField(london, itemPath(BRIEF), "status", "in-progress", null);
    replaceLine(london, STANDUP, 3, "Sarah will send the brief by Friday.");
    git(london, ["commit", "-qam", "London"], { GIT_COMMITTER_DATE: "2026-11-24T10:00:00Z" });
    git(london, ["fetch", "-q", "origin"]);
    expect(() => git(london, ["merge", "--no-edit", "origin/main"])).toThrow();
    expect(readNote(london, itemPath(BRIEF)).data).toMatchObject({ status: "in-progress", conflicts: ["status: done (lost to in-progress by Maya Chen, 2026-11-24T10:00:00Z)"] });
    expect(git(london, ["diff", "--name-only", "--diff-filter=U"]).trim()).toBe(STANDUP);
    const standup = readFileSync(join(london, STANDUP), "utf8");
    expect(CONFLICT_MARKER.test(standup)).toBe(false);
    expect(standup).toContain("by Friday.");
    const copy = join(london, "Channels/team/2026-11-24 Standup (conflict Wei Ling 2026-11-24).md");
    expect(existsSync(copy) && readFileSync(copy, "utf8")).toContain("by Thursday.");
  });
});
