/**
 * Sync from the built main.js on "desktop" with real git: a vault that is a clone of a bare
 * remote, "Sync now" commits (per-device files ignored), merges and pushes; the status bar says
 * when; a key in a note stops the commit with a notice naming the file; beside the Obsidian Git
 * plugin no interval sync runs.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { demoCopy, removeCopies } from "./demo-copy";
import { FakeApp } from "./stand-in/fake-app";
import { startPlugin, type Loaded } from "./stand-in/harness";
import { buildPlugin, removeBundle } from "./stand-in/load-plugin";
import { Notice } from "./stand-in/obsidian";

/** git with the machine's global and system config switched off, so nobody's ~/.gitconfig changes a result. */
const ISOLATED = { GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C" };
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env: { ...process.env, ...ISOLATED }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

let bundle = "";
const running: Loaded[] = [];
const temps: string[] = [];
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  bundle = await buildPlugin();
  // The plugin's git runs with the process environment: isolate it the same way.
  for (const [k, v] of Object.entries(ISOLATED)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
}, 120_000);
afterEach(() => {
  for (const loaded of running.splice(0)) loaded.unload();
  vi.restoreAllMocks();
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  removeCopies();
  removeBundle();
});

/** A vault copy that is a clone of a fresh bare remote, everything committed and pushed. */
function clonedVault(): { root: string; remote: string } {
  const remote = mkdtempSync(join(tmpdir(), "handoff-remote-"));
  temps.push(remote);
  git(remote, "init", "--bare", "-b", "main");
  const root = demoCopy();
  git(root, "init", "-b", "main");
  git(root, "config", "user.name", "Maya Chen");
  git(root, "config", "user.email", "maya@example.com");
  git(root, "remote", "add", "origin", remote);
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", "team vault");
  git(root, "push", "-q", "-u", "origin", "main");
  return { root, remote };
}

async function noticeMatching(pattern: RegExp): Promise<string> {
  await vi.waitFor(() => expect(Notice.log.some((n) => pattern.test(n))).toBe(true), { timeout: 20_000, interval: 50 });
  return Notice.log.filter((n) => pattern.test(n)).at(-1) as string;
}

describe("sync in the plugin", () => {
  it("Sync now commits what indexing wrote, keeps device files out, pushes, and the status bar says when", async () => {
    const { root, remote } = clonedVault();
    const app = new FakeApp(root);
    mkdirSync(join(root, app.vault.configDir, "plugins", "handoff"), { recursive: true });
    const loaded = await startPlugin(bundle, app);
    running.push(loaded);
    const status = loaded.plugin.statusBarItems[0];
    expect(status.textContent).toBe("Sync: not yet");
    writeFileSync(join(root, app.vault.configDir, "plugins", "handoff", "data.json"), '{ "me": "People/Maya Chen.md" }');
    Notice.log.length = 0;
    await loaded.run("sync-now");
    await vi.waitFor(() => expect(status.textContent).toMatch(/^Synced \d\d:\d\d$/), { timeout: 30_000, interval: 50 });
    const log = git(remote, "log", "--format=%s", "main");
    expect(log.split("\n")[0]).toMatch(/^Handoff: \d+ items? (created|updated)/);
    const tracked = git(remote, "ls-tree", "-r", "--name-only", "main");
    expect(tracked).toContain("Handoff/Commitments/");
    expect(tracked).not.toContain("plugins/handoff/data.json");
    expect(readFileSync(join(root, ".gitignore"), "utf8")).toContain(`${app.vault.configDir}/plugins/handoff/data.json`);
    expect(git(root, "status", "--porcelain")).toBe("");
  });

  it("refuses to commit a note holding an API key, naming the file, and commits nothing", async () => {
    const { root, remote } = clonedVault();
    const app = new FakeApp(root);
    const loaded = await startPlugin(bundle, app);
    running.push(loaded);
    const head = git(remote, "rev-parse", "main");
    app.vault.externalWrite("Channels/billing-v2/keys.md", "Use this for the sandbox: sk-proj-Zx9QwErTy1234567890AbCdEfGhIjKlMn\n");
    await loaded.quiet();
    Notice.log.length = 0;
    await loaded.run("sync-now");
    const notice = await noticeMatching(/^Sync stopped: /);
    expect(notice).toContain("Channels/billing-v2/keys.md (line 1: an API key (sk-…))");
    expect(notice).not.toContain("Zx9QwErTy");
    expect(git(remote, "rev-parse", "main")).toBe(head);
    expect(git(root, "log", "--format=%s", "-1")).toBe("team vault\n");
    expect(loaded.plugin.statusBarItems[0].textContent).toMatch(/^Sync failed \d\d:\d\d$/);
  });

  it("runs an interval sync only when asked for one, and never beside the Obsidian Git plugin", async () => {
    // 7 minutes: an interval no other feature uses, so the count is sync's own.
    const intervals = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter((c) => c[1] === 7 * 60_000).length;
    for (const obsidianGit of [false, true]) {
      const { root } = clonedVault();
      mkdirSync(join(root, ".vault-config", "plugins", "handoff"), { recursive: true });
      writeFileSync(join(root, ".vault-config", "plugins", "handoff", "data.json"), '{ "syncIntervalMinutes": 7 }');
      const app = new FakeApp(root);
      if (obsidianGit) app.plugins.enabledPlugins.add("obsidian-git");
      const spy = vi.spyOn(globalThis, "setInterval");
      const loaded = await startPlugin(bundle, app);
      running.push(loaded);
      expect(intervals(spy), `Obsidian Git ${obsidianGit ? "on" : "off"}`).toBe(obsidianGit ? 0 : 1);
      expect(loaded.plugin.statusBarItems[0].textContent.includes("Obsidian Git")).toBe(obsidianGit);
      spy.mockRestore();
    }
  });
});
