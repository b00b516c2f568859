import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { openGitRepository, type SimpleGitBackend, type SimpleGitBackendOptions } from "../../src/sync/git-simple";

/**
 * Real git repositories for sync tests: a bare remote and clones with their own identities.
 * Every git call here and in the backend runs with the global and system config switched off,
 * so a developer's `~/.gitconfig` (hooks, signing, pull.rebase) cannot change a result and the
 * tests never touch it. Identities are per-clone config.
 */
export const ISOLATED_GIT_ENV: Readonly<Record<string, string>> = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  LC_ALL: "C",
};

/** A teammate: display name, email, and the UTC hour they usually commit (their working day). */
export interface Teammate {
  readonly name: string;
  readonly email: string;
  readonly hour: number;
}

export const LONDON: Teammate = { name: "Maya Chen", email: "maya@example.com", hour: 10 };
export const SINGAPORE: Teammate = { name: "Wei Ling", email: "wei.ling@example.com", hour: 2 };
export const TORONTO: Teammate = { name: "Sam Okafor", email: "sam@example.com", hour: 15 };

/** Runs git in `cwd` (isolated config) and returns stdout; throws with stderr on failure. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync("git", args, { cwd, env: { ...process.env, ...ISOLATED_GIT_ENV, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A temporary folder removed by {@link Team.dispose}. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `handoff-${prefix}-`));
}

/** Writes files (vault-relative path → text) under `root`, creating folders. */
export function writeFiles(root: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Every file under `root` except `.git`, path → text, sorted by path. */
export function readTree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name === ".git") continue;
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else out.set(path, readFileSync(join(root, path), "utf8"));
    }
  };
  walk("");
  return out;
}

/** A bare remote and named clones of it. */
export class Team {
  readonly clones = new Map<string, string>();

  private constructor(
    readonly dir: string,
    readonly remote: string,
  ) {}

  /** A bare remote seeded with `files` in one commit on `main`, and one clone per teammate. */
  static create(files: Readonly<Record<string, string>>, people: readonly Teammate[]): Team {
    const dir = tempDir("team");
    const remote = join(dir, "remote.git");
    git(dir, ["init", "--quiet", "--bare", "--initial-branch=main", remote]);
    const team = new Team(dir, remote);
    const seed = join(dir, "seed");
    git(dir, ["clone", "--quiet", remote, seed]);
    identify(seed, { name: "Seed", email: "seed@example.com", hour: 0 });
    writeFiles(seed, files);
    git(seed, ["add", "--all"]);
    git(seed, ["commit", "--quiet", "-m", "Seed the vault"], { GIT_COMMITTER_DATE: "2026-11-20T00:00:00Z", GIT_AUTHOR_DATE: "2026-11-20T00:00:00Z" });
    git(seed, ["push", "--quiet", "origin", "main"]);
    for (const person of people) team.addClone(person);
    return team;
  }

  /** Clones the remote for `person` (folder named after their first name) with their identity. */
  addClone(person: Teammate): string {
    const clone = join(this.dir, person.name.split(" ")[0].toLowerCase());
    git(this.dir, ["clone", "--quiet", this.remote, clone]);
    identify(clone, person);
    this.clones.set(person.name, clone);
    return clone;
  }

  /** The clone folder of a teammate. */
  clone(person: Teammate): string {
    const dir = this.clones.get(person.name);
    if (!dir) throw new Error(`no clone for ${person.name}`);
    return dir;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function identify(clone: string, person: Teammate): void {
  git(clone, ["config", "user.name", person.name]);
  git(clone, ["config", "user.email", person.email]);
}

/** Opens the desktop backend on a clone with isolated config (and `env`, e.g. commit dates); throws if it is not a repository. */
export async function backendFor(dir: string, options: SimpleGitBackendOptions = {}): Promise<SimpleGitBackend> {
  const opened = await openGitRepository(dir, { ...options, env: { ...ISOLATED_GIT_ENV, ...options.env } });
  if ("error" in opened) throw new Error(opened.error);
  return opened;
}

/** Env pinning a commit's author and committer date. */
export function commitDate(iso: string): Record<string, string> {
  return { GIT_COMMITTER_DATE: iso, GIT_AUTHOR_DATE: iso };
}
