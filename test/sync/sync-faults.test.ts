import { chmodSync, existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openGitRepository } from "../../src/sync/git-simple";
import { CONFLICT_MARKER } from "../../src/sync/resolve-conflicts";
import { syncOnce, type SyncResult } from "../../src/sync/sync-step";
import { backendFor, commitDate, git, ISOLATED_GIT_ENV, LONDON, readTree, SINGAPORE, Team, tempDir, writeFiles } from "./git-fixture";
import { appendLine, editField, itemNote, itemPath, readNote, replaceLine } from "./vault-fixture";

const BRIEF = { id: "ho-k3j9x2a", title: "Send the client brief" };
const STANDUP = "Channels/team/2026-11-24 Standup.md";
const SEED = {
  [itemPath(BRIEF)]: itemNote(BRIEF, ["- Maya Chen: started the outline"]),
  [STANDUP]: "# Standup\n\nSarah will send the brief by Wednesday.\nDev needs sign-off before Friday EOD.\n",
};

let team: Team | null = null;
let server: Server | null = null;
afterEach(async () => {
  team?.dispose();
  team = null;
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = null;
});

async function sync(dir: string, at = "2026-11-24T10:00:00Z", indexLockWaitMs = 3000): Promise<SyncResult> {
  return syncOnce(await backendFor(dir, { env: commitDate(at), indexLockWaitMs }));
}

function ok(result: SyncResult): SyncResult {
  if (!result.ok) throw new Error(`sync failed (${result.reason}): ${result.message}`);
  return result;
}

const head = (dir: string): string => git(dir, ["rev-parse", "HEAD"]).trim();
const subject = (dir: string, rev = "HEAD"): string => git(dir, ["log", "-1", "--format=%s", rev]).trim();

describe("sync faults", () => {
  it("keeps the local commit when the remote is unreachable, and pushes it once it is back", async () => {
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    git(london, ["remote", "set-url", "origin", "http://127.0.0.1:1/vault.git"]);
    editField(london, itemPath(BRIEF), "status", "done", null);
    const failed = await sync(london);
    expect(failed).toMatchObject({ ok: false, reason: "unreachable", committed: "Handoff: 1 item updated (Maya Chen)" });
    expect(failed.message).toMatch(/^Remote "origin" is unreachable\. Check your network and the remote's URL/);
    expect(subject(london)).toBe("Handoff: 1 item updated (Maya Chen)");
    expect(git(london, ["status", "--porcelain"])).toBe("");

    git(london, ["remote", "set-url", "origin", team.remote]);
    const fixed = ok(await sync(london));
    expect(fixed.pushed).toBe(true);
    expect(subject(team.remote, "main")).toBe("Handoff: 1 item updated (Maya Chen)");
  });

  it("says authentication was refused when the remote answers 401", async () => {
    server = createServer((_req, res) => {
      res.writeHead(401, { "WWW-Authenticate": 'Basic realm="vault"' });
      res.end("no");
    });
    await new Promise<void>((done) => server?.listen(0, "127.0.0.1", done));
    const port = (server.address() as AddressInfo).port;
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    git(london, ["remote", "set-url", "origin", `http://127.0.0.1:${port}/vault.git`]);
    const failed = await sync(london);
    expect(failed).toMatchObject({ ok: false, reason: "auth" });
    expect(failed.message).toMatch(/^Authentication refused by remote "origin"\. Check your credentials/);
  });

  it("cuts off a remote that accepts the connection and then says nothing", async () => {
    server = createServer(() => undefined);
    await new Promise<void>((done) => server?.listen(0, "127.0.0.1", done));
    const port = (server.address() as AddressInfo).port;
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    git(london, ["remote", "set-url", "origin", `http://127.0.0.1:${port}/vault.git`]);
    editField(london, itemPath(BRIEF), "status", "done", null);
    const failed = await syncOnce(await backendFor(london, { silenceTimeoutMs: 1000 }));
    expect(failed).toMatchObject({ ok: false, reason: "unreachable", committed: "Handoff: 1 item updated (Maya Chen)" });
  });

  it("retries when another clone pushes first, in the middle of this push", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    // The first time London pushes, Singapore pushes its own edit first (from London's pre-push hook).
    const marker = join(team.dir, "raced");
    const hook = join(london, ".git", "hooks", "pre-push");
    writeFileSync(
      hook,
      [
        "#!/bin/sh",
        `[ -e '${marker}' ] && exit 0`,
        `touch '${marker}'`,
        "unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE",
        `cd '${singapore}' && printf '%s\\n' '- Wei Ling: pushed first' >> '${itemPath(BRIEF)}' && git commit -qam 'Singapore edit' && git push -q origin main`,
      ].join("\n"),
    );
    chmodSync(hook, 0o755);
    appendLine(london, itemPath(BRIEF), "- Maya Chen: draft attached");
    const result = ok(await sync(london));
    expect(existsSync(marker)).toBe(true);
    expect(result.pushed).toBe(true);
    expect(result.notices).toContain("origin/main moved on while pushing (attempt 1); fetched and merged again.");
    expect(result.resolutions).toEqual([{ path: itemPath(BRIEF), kind: "item-merged", conflicts: [] }]);
    const body = readNote(london, itemPath(BRIEF)).body;
    expect(body).toContain("- Maya Chen: draft attached");
    expect(body).toContain("- Wei Ling: pushed first");
    expect(git(team.remote, ["rev-parse", "main"]).trim()).toBe(head(london));
  });

  it("finishes a merge a killed sync left half done (MERGE_HEAD and a conflicted index)", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    editField(singapore, itemPath(BRIEF), "status", "done", "2026-11-24T02:00:00Z");
    replaceLine(singapore, STANDUP, 3, "Sarah will send the brief by Thursday.");
    ok(await sync(singapore, "2026-11-24T02:00:00Z"));
    // London's sync committed, fetched and started merging, then the process was killed.
    editField(london, itemPath(BRIEF), "status", "in-progress", "2026-11-24T09:00:00Z");
    replaceLine(london, STANDUP, 3, "Sarah will send the brief by Friday.");
    git(london, ["commit", "-qam", "Handoff: local edits"], commitDate("2026-11-24T09:00:00Z"));
    git(london, ["fetch", "-q", "origin"]);
    expect(() => git(london, ["merge", "--no-edit", "origin/main"])).toThrow();
    expect(existsSync(join(london, ".git", "MERGE_HEAD"))).toBe(true);
    expect(CONFLICT_MARKER.test(readFileSync(join(london, itemPath(BRIEF)), "utf8"))).toBe(true);

    const result = ok(await sync(london, "2026-11-24T09:30:00Z"));
    expect(result.notices[0]).toMatch(/^Finished a merge an interrupted sync or another git tool left half done \(2 conflicted files\)/);
    expect(existsSync(join(london, ".git", "MERGE_HEAD"))).toBe(false);
    expect(readNote(london, itemPath(BRIEF)).data).toMatchObject({ status: "in-progress", conflicts: ["status: done (lost to in-progress by Maya Chen, 2026-11-24T09:00:00Z)"] });
    const tree = readTree(london);
    for (const text of tree.values()) expect(CONFLICT_MARKER.test(text)).toBe(false);
    expect(tree.get(STANDUP)).toContain("by Friday.");
    expect(tree.get("Channels/team/2026-11-24 Standup (conflict Wei Ling 2026-11-24).md")).toContain("by Thursday.");
    expect(result.pushed).toBe(true);
  });

  it("takes a conflict a person already resolved in the working tree as they left it", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    replaceLine(singapore, STANDUP, 3, "Sarah will send the brief by Thursday.");
    ok(await sync(singapore));
    replaceLine(london, STANDUP, 3, "Sarah will send the brief by Friday.");
    git(london, ["commit", "-qam", "local"]);
    git(london, ["fetch", "-q", "origin"]);
    expect(() => git(london, ["merge", "--no-edit", "origin/main"])).toThrow();
    replaceLine(london, STANDUP, 3, "Sarah will send the brief by Thursday or Friday.");
    for (const marker of ["<<<<<<< HEAD", "=======", ">>>>>>> origin/main"]) {
      writeFileSync(join(london, STANDUP), readFileSync(join(london, STANDUP), "utf8").split("\n").filter((l) => !l.startsWith(marker.slice(0, 7))).join("\n"));
    }
    const text = readFileSync(join(london, STANDUP), "utf8");
    const result = ok(await sync(london));
    expect(result.notices[0]).toContain("1 already resolved by hand");
    expect(readFileSync(join(london, STANDUP), "utf8")).toBe(text);
    expect(result.resolutions).toEqual([]);
  });

  it("commits an edit a person makes while sync is fetching, then merges", async () => {
    team = Team.create(SEED, [LONDON, SINGAPORE]);
    const [london, singapore] = [team.clone(LONDON), team.clone(SINGAPORE)];
    appendLine(singapore, STANDUP, "Singapore's line.");
    ok(await sync(singapore));
    const backend = await backendFor(london);
    // The real backend; only its fetch is followed by a person typing into the note.
    const typing = new Proxy(backend, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        if (name !== "fetch" || typeof value !== "function") return value;
        return async (...args: unknown[]) => {
          const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          replaceLine(london, STANDUP, 1, "# Standup (typed during sync)");
          return result;
        };
      },
    });
    const result = ok(await syncOnce(typing));
    expect(result.committed).toBe("Handoff: 1 note edited (Maya Chen)");
    expect(result.pushed).toBe(true);
    const text = readFileSync(join(london, STANDUP), "utf8");
    expect(text).toContain("# Standup (typed during sync)");
    expect(text).toContain("Singapore's line.");
  });

  it("commits everything a dirty index left by another tool holds, staged or not", async () => {
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    editField(london, itemPath(BRIEF), "status", "in-progress", null);
    git(london, ["add", itemPath(BRIEF)]);
    editField(london, itemPath(BRIEF), "owner", "Dev Patel", null);
    appendLine(london, STANDUP, "Unstaged line.");
    writeFiles(london, { "Notes/new.md": "brand new\n" });
    git(london, ["add", "Notes/new.md"]);
    writeFiles(london, { "Notes/untracked.md": "untracked\n" });
    const result = ok(await sync(london));
    expect(result.committed).toBe("Handoff: 1 item updated, 2 notes created, 1 note edited (Maya Chen)");
    expect(git(london, ["status", "--porcelain"])).toBe("");
    const remote = git(team.remote, ["show", `main:${itemPath(BRIEF)}`]);
    expect(remote).toContain("status: in-progress");
    expect(remote).toContain('owner: "[[Dev Patel]]"');
    expect(git(team.remote, ["show", "main:Notes/untracked.md"])).toBe("untracked\n");
  });

  it("removes a stale index.lock left by a killed git, and waits out a fresh one", async () => {
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    const lock = join(london, ".git", "index.lock");
    writeFileSync(lock, "");
    const busy = await sync(london, undefined, 200);
    expect(busy).toMatchObject({ ok: false, reason: "busy" });
    expect(busy.message).toContain(".git/index.lock");
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(lock, old, old);
    editField(london, itemPath(BRIEF), "status", "done", null);
    const result = ok(await sync(london));
    expect(result.notices).toContain("Removed a stale .git/index.lock left by an interrupted git process.");
    expect(result.pushed).toBe(true);
  });

  it("refuses to commit a file that holds an API key, naming it, and commits nothing", async () => {
    team = Team.create(SEED, [LONDON]);
    const london = team.clone(LONDON);
    const before = head(london);
    const key = `sk-proj-${"Ab3dEf6hIj9kLm2nOp5q".repeat(3)}`;
    writeFiles(london, { "Notes/LLM setup.md": `# LLM\n\nThe key is\n${key}\n` });
    editField(london, itemPath(BRIEF), "status", "done", null);
    const refused = await sync(london);
    expect(refused).toMatchObject({ ok: false, reason: "secret", secrets: [{ path: "Notes/LLM setup.md", line: 4, kind: "an API key (sk-…)" }] });
    expect(refused.message).toContain("Notes/LLM setup.md (line 4");
    expect(refused.message).not.toContain(key);
    expect(head(london)).toBe(before);
    expect(git(london, ["status", "--porcelain", "--untracked-files=all"])).toContain("Notes/LLM setup.md");

    rmSync(join(london, "Notes/LLM setup.md"));
    ok(await sync(london));
    expect(subject(team.remote, "main")).toBe("Handoff: 1 item updated (Maya Chen)");
  });

  it("says what to fix when there is no remote, no branch or no repository", async () => {
    const dir = tempDir("bare-vault");
    try {
      const notRepo = await openGitRepository(dir, { env: ISOLATED_GIT_ENV });
      expect(notRepo).toEqual({ error: `${dir} is not a git repository. Run \`git init\` there and add the team's remote (\`git remote add origin URL\`), or clone the team's vault.` });
      git(dir, ["init", "-q", "--initial-branch=main"]);
      git(dir, ["config", "user.name", "Maya Chen"]);
      git(dir, ["config", "user.email", "maya@example.com"]);
      writeFiles(dir, { "a.md": "a\n", "sub/b.md": "b\n" });
      expect(await openGitRepository(join(dir, "sub"), { env: ISOLATED_GIT_ENV })).toEqual({
        error: `${join(dir, "sub")} is inside the git repository at ${dir}, not its top level. Sync works on a vault that is its own repository.`,
      });
      const noRemote = await sync(dir);
      expect(noRemote).toMatchObject({ ok: false, reason: "no-remote" });
      expect(noRemote.message).toContain("git remote add origin URL");
      git(dir, ["add", "-A"]);
      git(dir, ["commit", "-qm", "x"]);
      git(dir, ["checkout", "-q", "--detach"]);
      expect(await sync(dir)).toMatchObject({ ok: false, reason: "detached" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
