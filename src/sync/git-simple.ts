import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import { dirname, join, resolve as resolvePath } from "node:path";
import { GitError, simpleGit, type SimpleGit } from "simple-git";
import type { CommitStamp, GitBackend, GitIdentity, RemoteResult, StatusEntry, UnmergedPath } from "./git-backend";
import { classifyRemoteFailure } from "./remote-failure";

/** Options of the desktop git backend. */
export interface SimpleGitBackendOptions {
  /** Who commits; default git's own `user.name` / `user.email`. Passed as `-c`, never written to config. */
  readonly identity?: GitIdentity;
  /** Extra environment for git (tests pin `GIT_COMMITTER_DATE`, isolate config). */
  readonly env?: Readonly<Record<string, string>>;
  /** Kill a git process silent this long. Default 120 s: a slow remote still finishes, a hung one does not hang sync. */
  readonly silenceTimeoutMs?: number;
  /** An `index.lock` older than this was left by a killed git and is removed. Default 60 s. */
  readonly staleIndexLockMs?: number;
  /** How long to wait for a fresh `index.lock` to go before reporting git busy. Default 3 s. */
  readonly indexLockWaitMs?: number;
  /** A sync lock older than this is taken over even if its process lives. Default 15 min. */
  readonly staleSyncLockMs?: number;
}

/**
 * A git command that exited non-zero: its exit code and both outputs. A `GitError` so that
 * simple-git passes it through unchanged (it wraps any other error in a plain GitError).
 */
export class GitCommandError extends GitError {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(undefined, `git ${args.join(" ")} exited with ${exitCode}: ${(stderr || stdout).trim()}`);
    this.name = "GitCommandError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Where `openGitRepository` found no usable repository, and why (a message for the person). */
export interface NotARepository {
  readonly error: string;
}

const SYNC_LOCK = "handoff-sync.lock";
/** Paths per `git add` / `git rm` call, well under any command-line limit. */
const PATHS_PER_CALL = 400;

/**
 * Opens the git repository whose top level is `dir` (the vault). Returns a message instead when
 * `dir` is not a git repository, or is a folder inside one (sync commits a whole repository, so
 * the vault must be its own: a vault inside a home-folder repository must not commit the home folder).
 */
export async function openGitRepository(dir: string, options: SimpleGitBackendOptions = {}): Promise<SimpleGitBackend | NotARepository> {
  const absolute = resolvePath(dir);
  let probe: Awaited<ReturnType<typeof runGit>> | null;
  try {
    probe = await runGit(absolute, ["rev-parse", "--show-toplevel", "--absolute-git-dir"], options.env);
  } catch (error) {
    if (errorCode(error) === "ENOENT" && (await fs.stat(absolute).catch(() => null)) !== null) {
      return { error: "git was not found on this computer. Install git (https://git-scm.com) and sync again." };
    }
    probe = null;
  }
  if (probe === null || probe.code !== 0) return { error: `${dir} is not a git repository. Run \`git init\` there and add the team's remote (\`git remote add origin URL\`), or clone the team's vault.` };
  const [top, gitDir] = probe.stdout.toString("utf8").trim().split("\n");
  const [realTop, realDir] = await Promise.all([fs.realpath(top), fs.realpath(absolute)]);
  if (realTop !== realDir) {
    return { error: `${dir} is inside the git repository at ${top}, not its top level. Sync works on a vault that is its own repository.` };
  }
  return new SimpleGitBackend(realTop, gitDir, options);
}

/**
 * {@link GitBackend} over the system `git` through simple-git (desktop and CLI). Every command
 * runs with `LC_ALL=C` (git's messages in English, so failures classify), without terminal
 * prompts (`GIT_TERMINAL_PROMPT=0`: a missing credential fails instead of hanging), and with
 * `core.quotepath=false`. Build with {@link openGitRepository}.
 *
 * Commands are chosen to print something on success (`--verbose`, no `--quiet`): simple-git
 * waits 50 ms after a process that printed nothing, which would add up over a sync.
 */
export class SimpleGitBackend implements GitBackend {
  private readonly git: SimpleGit;
  private readonly env: Record<string, string>;
  private holdsLock = false;

  constructor(
    readonly root: string,
    private readonly gitDir: string,
    private readonly options: SimpleGitBackendOptions = {},
  ) {
    this.env = gitEnv(options.env);
    const identity = options.identity ? [`user.name=${options.identity.name}`, `user.email=${options.identity.email}`] : [];
    this.git = simpleGit({
      baseDir: root,
      config: ["core.quotepath=false", ...identity],
      timeout: { block: options.silenceTimeoutMs ?? 120_000 },
      // The environment is the person's own (their askpass, ssh command, editor): pass it through.
      unsafe: { allowUnsafeAskPass: true, allowUnsafeSshCommand: true, allowUnsafeEditor: true, allowUnsafePager: true, allowUnsafeConfigPaths: true, allowUnsafeConfigEnvCount: true, allowUnsafeGitProxy: true, allowUnsafeDiffExternal: true, allowUnsafeTemplateDir: true },
      errors: (error, result) => {
        if (result.exitCode === 0) return undefined;
        // Killed (the silence timeout): no exit code; keep simple-git's own error.
        if (typeof result.exitCode !== "number" || result.exitCode < 0) return error ?? new GitError(undefined, "git was stopped");
        return new GitCommandError([], result.exitCode, Buffer.concat(result.stdOut).toString("utf8"), Buffer.concat(result.stdErr).toString("utf8"));
      },
    }).env(this.env);
  }

  /** Runs git; an exit code in `allow` is returned, any other throws {@link GitCommandError}. */
  private async run(args: string[], allow: readonly number[] = [0]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      return { code: 0, stdout: await this.git.raw(args), stderr: "" };
    } catch (error) {
      if (error instanceof GitCommandError) {
        if (allow.includes(error.exitCode)) return { code: error.exitCode, stdout: error.stdout, stderr: error.stderr };
        throw new GitCommandError(args, error.exitCode, error.stdout, error.stderr);
      }
      throw error;
    }
  }

  async branch(): Promise<string | null> {
    const { code, stdout } = await this.run(["symbolic-ref", "--short", "HEAD"], [0, 128]);
    return code === 0 ? stdout.trim() : null;
  }

  async remotes(): Promise<string[]> {
    return (await this.run(["remote"])).stdout.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  }

  async upstream(branch: string): Promise<{ remote: string; branch: string } | null> {
    const line = (await this.run(["for-each-ref", "--format=%(upstream:remotename)%00%(upstream:remoteref)%00", `refs/heads/${branch}`])).stdout;
    const [remote = "", merge = ""] = line.split("\0");
    if (remote === "" || remote === "." || !merge.startsWith("refs/heads/")) return null;
    return { remote, branch: merge.slice("refs/heads/".length) };
  }

  async identity(): Promise<GitIdentity | null> {
    if (this.options.identity) return this.options.identity;
    const name = (await this.run(["config", "--get", "user.name"], [0, 1])).stdout.trim();
    const email = (await this.run(["config", "--get", "user.email"], [0, 1])).stdout.trim();
    return name !== "" && email !== "" ? { name, email } : null;
  }

  async status(): Promise<StatusEntry[]> {
    const out = (await this.run(["status", "--porcelain=v1", "-z", "--branch", "--untracked-files=all"])).stdout;
    return parseStatus(out);
  }

  async readFile(path: string): Promise<Uint8Array | null> {
    try {
      return await fs.readFile(join(this.root, path));
    } catch (error) {
      if (errorCode(error) === "ENOENT" || errorCode(error) === "EISDIR") return null;
      throw error;
    }
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    const target = join(this.root, path);
    await fs.mkdir(dirname(target), { recursive: true });
    await fs.writeFile(target, data);
  }

  async readCommitted(rev: string, path: string): Promise<Uint8Array | null> {
    const result = await runGit(this.root, ["cat-file", "blob", `${rev}:${path}`], this.env);
    return result.code === 0 ? result.stdout : null;
  }

  async readBlobs(ids: readonly string[]): Promise<Map<string, Uint8Array>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, Uint8Array>();
    if (unique.length === 0) return out;
    const result = await runGit(this.root, ["cat-file", "--batch"], this.env, `${unique.join("\n")}\n`);
    if (result.code !== 0) throw new GitCommandError(["cat-file", "--batch"], result.code, "", result.stderr);
    const buf = result.stdout;
    let at = 0;
    while (at < buf.length) {
      const eol = buf.indexOf(10, at);
      const header = buf.subarray(at, eol).toString("utf8").split(" ");
      at = eol + 1;
      if (header[1] === "missing") continue;
      const size = Number(header[2]);
      out.set(header[0], buf.subarray(at, at + size));
      at += size + 1;
    }
    return out;
  }

  async addAll(): Promise<void> {
    await this.run(["add", "--all", "--verbose"]);
  }

  async add(paths: readonly string[]): Promise<void> {
    for (let i = 0; i < paths.length; i += PATHS_PER_CALL) await this.run(["add", "--verbose", "--", ...paths.slice(i, i + PATHS_PER_CALL)]);
  }

  async remove(paths: readonly string[]): Promise<void> {
    for (let i = 0; i < paths.length; i += PATHS_PER_CALL) await this.run(["rm", "--ignore-unmatch", "--", ...paths.slice(i, i + PATHS_PER_CALL)]);
  }

  async commit(message: string): Promise<string> {
    await this.run(["commit", "-m", message]);
    return (await this.run(["rev-parse", "HEAD"])).stdout.trim();
  }

  async resolve(rev: string): Promise<string | null> {
    const { code, stdout } = await this.run(["rev-parse", "--verify", `${rev}^{commit}`], [0, 128]);
    return code === 0 ? stdout.trim() : null;
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const { code, stdout } = await this.run(["merge-base", a, b], [0, 1]);
    return code === 0 ? stdout.trim() : null;
  }

  async lastChanges(from: string | null, to: string): Promise<Map<string, CommitStamp>> {
    const range = from === null ? to : `${from}..${to}`;
    const out = (await this.run(["log", "--no-merges", "--format=%x1e%cI%x1f%an", "--name-only", range])).stdout;
    const stamps = new Map<string, CommitStamp>();
    for (const record of out.split("\x1e")) {
      const [head, ...paths] = record.split("\n");
      if (!head.includes("\x1f")) continue;
      const [time, author] = head.split("\x1f");
      for (const path of paths) if (path !== "" && !stamps.has(path)) stamps.set(path, { time, author });
    }
    return stamps;
  }

  async stamp(rev: string): Promise<CommitStamp> {
    const [time, author] = (await this.run(["log", "-1", "--format=%cI%x1f%an", rev])).stdout.trim().split("\x1f");
    return { time, author };
  }

  async mergeInProgress(): Promise<boolean> {
    return (await fs.stat(join(this.gitDir, "MERGE_HEAD")).catch(() => null)) !== null;
  }

  async merge(rev: string): Promise<void> {
    // Exit 1 with conflicts in the index is the caller's to resolve; anything else throws.
    const { code, stdout, stderr } = await this.run(["merge", "--no-edit", rev], [0, 1]);
    if (code === 1 && !(await this.mergeInProgress()) && (await this.unmerged()).length === 0) {
      throw new GitCommandError(["merge", "--no-edit", rev], code, stdout, stderr);
    }
  }

  async unmerged(): Promise<UnmergedPath[]> {
    // Usually empty, so run directly: simple-git waits 50 ms after a process that printed nothing.
    const result = await runGit(this.root, ["ls-files", "--unmerged", "-z"], this.env);
    if (result.code !== 0) throw new GitCommandError(["ls-files", "--unmerged", "-z"], result.code, "", result.stderr);
    const out = result.stdout.toString("utf8");
    const byPath = new Map<string, { base: string | null; ours: string | null; theirs: string | null }>();
    for (const entry of out.split("\0")) {
      const tab = entry.indexOf("\t");
      if (tab < 0) continue;
      const [, id, stage] = entry.slice(0, tab).split(" ");
      const path = entry.slice(tab + 1);
      const slot = byPath.get(path) ?? { base: null, ours: null, theirs: null };
      if (stage === "1") slot.base = id;
      else if (stage === "2") slot.ours = id;
      else if (stage === "3") slot.theirs = id;
      byPath.set(path, slot);
    }
    return [...byPath].map(([path, s]) => ({ path, ...s }));
  }

  async fetch(remote: string, branch: string): Promise<RemoteResult> {
    return this.remoteCall(["fetch", "--verbose", "--prune", remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`], true);
  }

  async push(remote: string, branch: string, setUpstream: boolean): Promise<RemoteResult> {
    return this.remoteCall(["push", "--porcelain", ...(setUpstream ? ["--set-upstream"] : []), remote, `HEAD:refs/heads/${branch}`], false);
  }

  private async remoteCall(args: string[], missingBranchIsOk: boolean): Promise<RemoteResult> {
    let outcome: { code: number; stdout: string; stderr: string };
    try {
      outcome = await this.run(args, [0, 1, 128]);
    } catch (error) {
      // simple-git killed a remote that went silent (timeout), or git died: treat as unreachable.
      if (error instanceof GitCommandError) throw error;
      return { ok: false, failure: "unreachable", detail: `timed out: ${error instanceof Error ? error.message : String(error)}` };
    }
    const { code, stdout, stderr } = outcome;
    if (code === 0) return { ok: true };
    const detail = `${stderr}\n${stdout}`.trim();
    // An empty remote (no branch yet) is fine to fetch from: the first push creates the branch.
    if (missingBranchIsOk && /couldn't find remote ref/i.test(detail)) return { ok: true };
    return { ok: false, failure: classifyRemoteFailure(detail), detail };
  }

  async lock(): Promise<boolean> {
    const file = join(this.gitDir, SYNC_LOCK);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await fs.writeFile(file, `${process.pid}\n${new Date().toISOString()}\n`, { flag: "wx" });
        this.holdsLock = true;
        return true;
      } catch (error) {
        if (errorCode(error) !== "EEXIST") throw error;
        if (!(await this.lockIsStale(file))) return false;
        await fs.rm(file, { force: true });
      }
    }
    return false;
  }

  private async lockIsStale(file: string): Promise<boolean> {
    const [text, info] = await Promise.all([fs.readFile(file, "utf8").catch(() => ""), fs.stat(file).catch(() => null)]);
    if (info === null) return true;
    if (Date.now() - info.mtimeMs > (this.options.staleSyncLockMs ?? 15 * 60_000)) return true;
    const pid = Number(text.split("\n")[0]);
    if (!Number.isInteger(pid) || pid <= 0) return true;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return errorCode(error) === "ESRCH";
    }
  }

  async unlock(): Promise<void> {
    if (!this.holdsLock) return;
    this.holdsLock = false;
    await fs.rm(join(this.gitDir, SYNC_LOCK), { force: true });
  }

  async clearStaleIndexLock(): Promise<"none" | "removed" | "busy"> {
    const file = join(this.gitDir, "index.lock");
    const limit = this.options.staleIndexLockMs ?? 60_000;
    for (let waited = 0; ; waited += 100) {
      const info = await fs.stat(file).catch(() => null);
      if (info === null) return "none";
      if (Date.now() - info.mtimeMs > limit) {
        await fs.rm(file, { force: true });
        return "removed";
      }
      if (waited >= (this.options.indexLockWaitMs ?? 3000)) return "busy";
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The `code` of a Node system error (`ENOENT` …), or undefined. */
function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** The person's environment plus what sync needs from git: English messages, no prompts. */
function gitEnv(extra: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, LC_ALL: "C", LANGUAGE: "C", GIT_TERMINAL_PROMPT: "0", ...extra };
}

/** Runs git with raw bytes in and out (blobs may be binary), never throwing on an exit code. */
function runGit(cwd: string, args: string[], extraEnv?: Readonly<Record<string, string>>, input?: string): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn("git", ["-c", "core.quotepath=false", ...args], { cwd, env: gitEnv(extraEnv), stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    // git may exit before reading its input (a blob it cannot find): that is not an error here.
    child.stdin.on("error", () => undefined);
    child.on("close", (code) => resolveRun({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.end(input ?? "");
  });
}

/** Parses `git status --porcelain=v1 -z --branch` (the `## branch` entry skipped; a rename's entry is followed by its old path). */
function parseStatus(out: string): StatusEntry[] {
  const parts = out.split("\0");
  const entries: StatusEntry[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.length < 4 || part.startsWith("## ")) continue;
    const code = part.slice(0, 2);
    const path = part.slice(3);
    if (code === "??") entries.push({ path, state: "untracked" });
    else if (/U/.test(code) || code === "AA" || code === "DD") entries.push({ path, state: "unmerged" });
    else if (code.includes("R") || code.includes("C")) entries.push({ path, state: "renamed", from: parts[++i] });
    else if (code.includes("D")) entries.push({ path, state: "deleted" });
    else if (code[0] === "A") entries.push({ path, state: "added" });
    else entries.push({ path, state: "modified" });
  }
  return entries;
}
