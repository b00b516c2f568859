import { commitMessage, mergeMessage, type ClassifiedChange } from "./commit-message";
import type { GitBackend, GitIdentity, StatusEntry, UnmergedPath } from "./git-backend";
import { missingIgnoreLines, withIgnoreLines, type IgnoreOptions } from "./gitignore-lines";
import { isItemNoteText } from "./item-note";
import { remoteFailureMessage } from "./remote-failure";
import { CONFLICT_MARKER, resolveConflicts, type Resolution } from "./resolve-conflicts";
import { findSecret, secretRefusal, type SecretFinding } from "./secret-guard";
import { decodeText, encodeText } from "./text-bytes";

/** Options of one sync. */
export interface SyncOptions {
  /** Remote to sync with. Default: the branch's upstream, else `origin`, else the only remote. */
  readonly remote?: string;
  /** Fetch-merge-push rounds before giving up when others keep pushing first. Default 4. */
  readonly maxPushAttempts?: number;
  /** Where Obsidian's per-device files are: their `.gitignore` lines are added when given. Default none. */
  readonly gitignore?: IgnoreOptions;
  /** Runs after recovery and before the local commit (the CLI's `--scan`); returns notices to report. */
  readonly beforeCommit?: () => Promise<readonly string[]>;
}

/** Why a sync stopped. Every reason comes with a message saying what to do. */
export type SyncFailureReason =
  | "already-syncing"
  | "busy"
  | "detached"
  | "no-identity"
  | "no-remote"
  | "secret"
  | "merge-failed"
  | "auth"
  | "unreachable"
  | "rejected"
  | "declined"
  | "remote-error";

/** What one sync did, whether it finished or not. */
interface SyncReport {
  /** One paragraph for the person: what happened, or what to fix. */
  readonly message: string;
  /** The local commit's message, or null when there was nothing to commit. */
  readonly committed: string | null;
  /** True when the remote's changes were merged in. */
  readonly merged: boolean;
  readonly pushed: boolean;
  /** Conflicted files and what became of each (conflict copies name their path). */
  readonly resolutions: readonly Resolution[];
  /** Things sync recovered from or changed on its own (a stale lock, a half-done merge, .gitignore). */
  readonly notices: readonly string[];
}

export interface SyncSuccess extends SyncReport {
  readonly ok: true;
}

export interface SyncFailure extends SyncReport {
  readonly ok: false;
  readonly reason: SyncFailureReason;
  /** reason "secret": the files and lines that look like credentials. */
  readonly secrets?: readonly SecretFinding[];
}

export type SyncResult = SyncSuccess | SyncFailure;

/** Changed files read at once when committing (enough to keep the disk busy). */
const READ_BATCH = 32;

/**
 * git refusing to merge because uncommitted files are in the way: `Your local changes to the
 * following files would be overwritten by merge`, `untracked working tree files would be
 * overwritten by merge`. Not `Automatic merge failed` (conflicts, which sync resolves).
 */
export const LOCAL_CHANGES_IN_THE_WAY = /would be overwritten by merge/;

/** Repositories with a sync running in this process (one sync at a time per repository). */
const running = new Set<string>();

/**
 * One sync of a vault's git repository: finish a merge an interrupted sync left, add the
 * per-device `.gitignore` lines (when `gitignore` is given), commit local changes (refusing
 * text that looks like a credential), fetch, merge (not rebase; fast-forward when possible),
 * resolve conflicted files in-process (item notes field by field, other notes line by line or
 * with a conflict copy), commit the merge, push, and on a rejected push fetch and merge again
 * (bounded by `maxPushAttempts`).
 *
 * One sync at a time: a second call while one runs, here or in another process (the lock is in
 * `.git`), returns reason `already-syncing` at once. Never throws for conditions a person can
 * fix (no remote, unreachable, credentials, detached HEAD …): those come back as a
 * {@link SyncFailure} with a message; local commits are kept.
 */
export async function syncOnce(git: GitBackend, options: SyncOptions = {}): Promise<SyncResult> {
  const run = new SyncRun(git, options);
  if (running.has(git.root)) return run.fail("already-syncing", "A sync of this vault is already running; your changes go with it or the next one.");
  running.add(git.root);
  try {
    if (!(await git.lock())) {
      return run.fail("already-syncing", "Another Handoff sync (another window, or a scheduled `handoff sync`) is running in this vault; sync again when it ends.");
    }
    try {
      return await run.run();
    } finally {
      await git.unlock();
    }
  } finally {
    running.delete(git.root);
  }
}

/** Where to push: the remote, its branch, and whether the local branch already tracks it. */
interface Target {
  readonly remote: string;
  readonly branch: string;
  readonly tracked: boolean;
}

class SyncRun {
  private committed: string | null = null;
  private merged = false;
  private pushed = false;
  private readonly resolutions: Resolution[] = [];
  private readonly notices: string[] = [];

  constructor(
    private readonly git: GitBackend,
    private readonly options: SyncOptions,
  ) {}

  fail(reason: SyncFailureReason, message: string, secrets?: readonly SecretFinding[]): SyncFailure {
    return { ok: false, reason, message, ...this.report(), ...(secrets ? { secrets } : {}) };
  }

  private report(): Omit<SyncReport, "message"> {
    return { committed: this.committed, merged: this.merged, pushed: this.pushed, resolutions: this.resolutions, notices: this.notices };
  }

  async run(): Promise<SyncResult> {
    const git = this.git;
    const indexLock = await git.clearStaleIndexLock();
    if (indexLock === "busy") return this.fail("busy", "Another git program is working in this vault right now (.git/index.lock exists). Sync again in a moment.");
    if (indexLock === "removed") this.notices.push("Removed a stale .git/index.lock left by an interrupted git process.");
    const branch = await git.branch();
    if (branch === null) return this.fail("detached", "This vault's git checkout is not on a branch (detached HEAD). Check out the team's branch (e.g. `git checkout main`) and sync again.");
    const identity = await git.identity();
    if (identity === null) {
      return this.fail("no-identity", 'git does not know who you are. In the vault run `git config user.name "Your Name"` and `git config user.email you@example.com`, then sync again.');
    }
    const target = await this.target(branch);
    if (typeof target === "string") return this.fail("no-remote", target);
    const inMerge = await git.mergeInProgress();
    const unmerged = await git.unmerged();
    if (inMerge || unmerged.length > 0) await this.recover(identity, inMerge, unmerged);
    if (this.options.gitignore) await this.manageGitignore(this.options.gitignore);
    if (this.options.beforeCommit) this.notices.push(...(await this.options.beforeCommit()));
    const refused = await this.commitLocal(identity);
    if (refused) return this.fail("secret", secretRefusal(refused), refused);

    const attempts = this.options.maxPushAttempts ?? 4;
    const label = `${target.remote}/${target.branch}`;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const fetched = await git.fetch(target.remote, target.branch);
      if (!fetched.ok) return this.remoteFailure(fetched.failure, target.remote, fetched.detail);
      const remoteHead = await git.resolve(`refs/remotes/${label}`);
      if (remoteHead !== null && remoteHead !== (await git.resolve("HEAD"))) {
        const failed = await this.mergeRemote(remoteHead, label, identity);
        if (failed) return failed;
      }
      const head = await git.resolve("HEAD");
      if (head === null || head === remoteHead) return this.succeed();
      const pushed = await git.push(target.remote, target.branch, !target.tracked);
      if (pushed.ok) {
        this.pushed = true;
        return this.succeed();
      }
      if (pushed.failure !== "rejected") return this.remoteFailure(pushed.failure, target.remote, pushed.detail);
      this.notices.push(`${label} moved on while pushing (attempt ${attempt}); fetched and merged again.`);
    }
    return this.remoteFailure("rejected", target.remote, "");
  }

  /** The remote and branch to sync with, or a message saying why there is none and what to do. */
  private async target(branch: string): Promise<Target | string> {
    const remotes = await this.git.remotes();
    if (remotes.length === 0) return "No git remote is configured for this vault. Add the team's with `git remote add origin URL`, then sync again.";
    const wanted = this.options.remote;
    if (wanted !== undefined && !remotes.includes(wanted)) return `This vault has no remote named "${wanted}" (it has ${remotes.join(", ")}). Give one of those, or add it with \`git remote add ${wanted} URL\`.`;
    const upstream = await this.git.upstream(branch);
    if (upstream && (wanted === undefined || upstream.remote === wanted) && remotes.includes(upstream.remote)) {
      return { remote: upstream.remote, branch: upstream.branch, tracked: true };
    }
    const remote = wanted ?? (remotes.includes("origin") ? "origin" : remotes.length === 1 ? remotes[0] : null);
    if (remote === null) return `This vault has several remotes (${remotes.join(", ")}) and branch ${branch} tracks none of them. Give --remote NAME, or set one with \`git branch --set-upstream-to REMOTE/${branch}\`.`;
    return { remote, branch, tracked: false };
  }

  /**
   * Finishes what an interrupted sync or another tool left: unmerged paths (with or without a
   * merge in progress) are resolved as a sync would, except that a file a person already
   * resolved in the working tree (no markers, not just ours) is taken as they left it; a merge
   * in progress is then committed.
   */
  private async recover(identity: GitIdentity, inMerge: boolean, entries: readonly UnmergedPath[]): Promise<void> {
    const pending: UnmergedPath[] = [];
    const byHand: string[] = [];
    const oursBlobs = await this.git.readBlobs(entries.map((e) => e.ours).filter((id): id is string => id !== null));
    for (const entry of entries) {
      const bytes = await this.git.readFile(entry.path);
      const text = bytes === null ? null : decodeText(bytes);
      const ours = entry.ours === null ? null : (oursBlobs.get(entry.ours) ?? null);
      if (bytes !== null && text !== null && !CONFLICT_MARKER.test(text) && (ours === null || !sameBytes(bytes, ours))) byHand.push(entry.path);
      else pending.push(entry);
    }
    if (byHand.length > 0) await this.git.add(byHand);
    const before = this.resolutions.length;
    await this.resolve(pending, "HEAD", inMerge ? "MERGE_HEAD" : "HEAD");
    if (inMerge) {
      await this.git.commit(this.mergeCommitMessage("an interrupted merge", identity, before));
      this.merged = true;
    }
    this.notices.push(`Finished a merge an interrupted sync or another git tool left half done (${entries.length} conflicted ${entries.length === 1 ? "file" : "files"}${byHand.length > 0 ? `, ${byHand.length} already resolved by hand` : ""}).`);
  }

  private async resolve(entries: readonly UnmergedPath[], oursRev: string, theirsRev: string): Promise<void> {
    if (entries.length === 0) return;
    const git = this.git;
    const [ours, theirs] = [await git.resolve(oursRev), await git.resolve(theirsRev)];
    if (ours === null || theirs === null) throw new Error(`cannot resolve conflicts: ${ours === null ? oursRev : theirsRev} names no commit`);
    const base = await git.mergeBase(ours, theirs);
    const sides = {
      ours: await git.lastChanges(base, ours),
      theirs: await git.lastChanges(base, theirs),
      oursDefault: await git.stamp(ours),
      theirsDefault: await git.stamp(theirs),
    };
    this.resolutions.push(...(await resolveConflicts(git, entries, sides)));
  }

  /** The merge commit's message, counting the resolutions made since index `since`. */
  private mergeCommitMessage(label: string, identity: GitIdentity, since: number): string {
    const count = (kind: Resolution["kind"]): number => this.resolutions.slice(since).filter((r) => r.kind === kind).length;
    return mergeMessage(label, count("item-merged"), count("note-merged"), count("conflict-copy"), identity.name);
  }

  /**
   * Merges the remote's head (git fast-forwards, or says "Already up to date" when HEAD has it),
   * then resolves and commits. Local edits made since the local commit (a person typing while
   * sync runs) that the merge would overwrite are committed first and the merge retried.
   */
  private async mergeRemote(remoteHead: string, label: string, identity: GitIdentity): Promise<SyncFailure | null> {
    const before = this.resolutions.length;
    const headBefore = await this.git.resolve("HEAD");
    for (let attempt = 0; ; attempt++) {
      try {
        await this.git.merge(remoteHead);
        break;
      } catch (error) {
        const said = error instanceof Error ? error.message : String(error);
        if (attempt === 0 && LOCAL_CHANGES_IN_THE_WAY.test(said)) {
          const refused = await this.commitLocal(identity);
          if (refused) return this.fail("secret", secretRefusal(refused), refused);
          continue;
        }
        return this.fail("merge-failed", `Merging ${label} failed before any file was changed; your commits are kept. Fix what git reports and sync again (git said: ${said.split("\n")[0]})`);
      }
    }
    if (await this.git.mergeInProgress()) {
      await this.resolve(await this.git.unmerged(), "HEAD", "MERGE_HEAD");
      await this.git.commit(this.mergeCommitMessage(label, identity, before));
    }
    if ((await this.git.resolve("HEAD")) !== headBefore) this.merged = true;
    return null;
  }

  private async manageGitignore(ignore: IgnoreOptions): Promise<void> {
    const bytes = await this.git.readFile(".gitignore");
    const existing = bytes === null ? "" : decodeText(bytes);
    if (existing === null) return;
    const missing = missingIgnoreLines(existing, ignore);
    if (missing.length === 0) return;
    await this.git.writeFile(".gitignore", encodeText(withIgnoreLines(existing, missing)));
    this.notices.push(`Added ${missing.join(", ")} to .gitignore (per-device files).`);
  }

  /** Commits every local change, or returns the files that look like they hold a credential (nothing committed). */
  private async commitLocal(identity: GitIdentity): Promise<SecretFinding[] | null> {
    const entries = (await this.git.status()).filter((e) => e.state !== "unmerged");
    if (entries.length === 0) return null;
    const findings: SecretFinding[] = [];
    const changes: ClassifiedChange[] = [];
    for (let i = 0; i < entries.length; i += READ_BATCH) {
      const batch = await Promise.all(entries.slice(i, i + READ_BATCH).map((entry) => this.classify(entry)));
      for (const { change, secret } of batch) {
        changes.push(change);
        if (secret) findings.push(secret);
      }
    }
    if (findings.length > 0) return findings;
    await this.git.addAll();
    const message = commitMessage(changes, identity.name);
    await this.git.commit(message);
    this.committed = this.committed === null ? message : `${this.committed}; ${message}`;
    return null;
  }

  /** What a changed file is (for the commit message) and whether it holds a credential. */
  private async classify(entry: StatusEntry): Promise<{ change: ClassifiedChange; secret: SecretFinding | null }> {
    const deleted = entry.state === "deleted";
    const bytes = deleted ? await this.git.readCommitted("HEAD", entry.path) : await this.git.readFile(entry.path);
    const text = bytes === null ? null : decodeText(bytes);
    const secret = !deleted && text !== null ? findSecret(entry.path, text) : null;
    const kind = text !== null && isItemNoteText(text) ? "item" : entry.path.toLowerCase().endsWith(".md") ? "note" : "file";
    const action = deleted ? "deleted" : entry.state === "untracked" || entry.state === "added" ? "created" : "updated";
    return { change: { path: entry.path, kind, action }, secret };
  }

  private remoteFailure(failure: "auth" | "unreachable" | "rejected" | "declined" | "unknown", remote: string, detail: string): SyncFailure {
    const reason: SyncFailureReason = failure === "unknown" ? "remote-error" : failure;
    return this.fail(reason, remoteFailureMessage(failure, remote, detail));
  }

  private succeed(): SyncSuccess {
    const copies = this.resolutions.filter((r) => r.kind === "conflict-copy");
    const recorded = this.resolutions.reduce((n, r) => n + (r.conflicts?.length ?? 0), 0);
    const parts = [this.committed ? `Committed: ${this.committed}.` : "Nothing new to commit."];
    if (this.merged) parts.push("Merged the team's changes.");
    parts.push(this.pushed ? "Pushed." : "Already up to date with the remote.");
    if (recorded > 0) parts.push(`${recorded} concurrent field ${recorded === 1 ? "edit" : "edits"} lost to a later edit and ${recorded === 1 ? "is" : "are"} kept in the item's conflicts field.`);
    for (const c of copies) parts.push(`Both versions of ${c.path} were kept: the other is in ${c.copy} (${c.reason}).`);
    return { ok: true, message: parts.join(" "), ...this.report() };
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
