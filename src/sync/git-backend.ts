import type { RemoteFailure } from "./remote-failure";

/**
 * What sync needs from git, one method per git operation, so the sync step stays pure and a
 * backend can be the system `git` (desktop: src/sync/git-simple.ts) or something else later.
 * Paths are relative to the repository's top level, with `/` separators.
 *
 * This file holds only types: it is named `git-*` for the family, not because it needs Node.
 */
export interface GitBackend {
  /** The repository's top-level folder (absolute); identifies the repository for the sync lock. */
  readonly root: string;

  /** The checked-out branch, or null when HEAD is detached. */
  branch(): Promise<string | null>;
  /** Configured remotes by name. */
  remotes(): Promise<string[]>;
  /** The remote and branch `branch` tracks, or null when it tracks none. */
  upstream(branch: string): Promise<{ remote: string; branch: string } | null>;
  /** `user.name` / `user.email` as git would use them, or null when either is unset. */
  identity(): Promise<GitIdentity | null>;

  /** Changed, added, deleted and untracked (not ignored) files; unmerged ones flagged. */
  status(): Promise<StatusEntry[]>;
  /** A file's bytes in the working tree, or null when it does not exist. */
  readFile(path: string): Promise<Uint8Array | null>;
  /** Writes a file in the working tree, creating folders. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** A file's bytes as committed in `rev` (a commit), or null when it has no such file. */
  readCommitted(rev: string, path: string): Promise<Uint8Array | null>;
  /** Blob contents by object id (one git process for all). */
  readBlobs(ids: readonly string[]): Promise<Map<string, Uint8Array>>;

  /** Stages every change in the working tree (`git add -A`), honouring `.gitignore`. */
  addAll(): Promise<void>;
  /** Stages these paths as they are in the working tree. */
  add(paths: readonly string[]): Promise<void>;
  /** Removes these paths from the index and the working tree (`git rm`). */
  remove(paths: readonly string[]): Promise<void>;
  /** Commits the index (a merge commit when a merge is in progress); returns the new commit id. */
  commit(message: string): Promise<string>;

  /** The commit id `rev` names, or null when it names nothing. */
  resolve(rev: string): Promise<string | null>;
  /** The best common ancestor of two commits, or null when they share none. */
  mergeBase(a: string, b: string): Promise<string | null>;
  /**
   * For each path changed by a non-merge commit reachable from `to` but not from `from`
   * (all of `to`'s history when `from` is null): the newest such commit's time and author.
   */
  lastChanges(from: string | null, to: string): Promise<Map<string, CommitStamp>>;
  /** Author and commit time of `rev`. */
  stamp(rev: string): Promise<CommitStamp>;

  /** True when a merge is in progress (MERGE_HEAD exists). */
  mergeInProgress(): Promise<boolean>;
  /** `git merge --no-edit rev` (fast-forward when possible); conflicts are left in the index, not thrown. */
  merge(rev: string): Promise<void>;
  /** Paths with unmerged index entries and the blob id at each stage (1 base, 2 ours, 3 theirs). */
  unmerged(): Promise<UnmergedPath[]>;

  /** Fetches `branch` from `remote` into its remote-tracking ref. */
  fetch(remote: string, branch: string): Promise<RemoteResult>;
  /** Pushes HEAD to `remote`'s `branch`, setting it as upstream when `setUpstream`. */
  push(remote: string, branch: string, setUpstream: boolean): Promise<RemoteResult>;

  /**
   * Takes this repository's cross-process sync lock; false when another live process holds it.
   * A lock left by a dead process or older than the backend's limit is taken over.
   */
  lock(): Promise<boolean>;
  /** Releases the lock taken by {@link lock}. */
  unlock(): Promise<void>;
  /**
   * Deals with git's own `index.lock`: `"none"` when there is none, `"removed"` when a stale
   * one (left by a killed git) was removed, `"busy"` when a git process is working right now.
   */
  clearStaleIndexLock(): Promise<"none" | "removed" | "busy">;
}

/** Who commits. */
export interface GitIdentity {
  readonly name: string;
  readonly email: string;
}

/** One line of `git status`: the path, how it changed, and the old path of a rename. */
export interface StatusEntry {
  readonly path: string;
  readonly state: "added" | "modified" | "deleted" | "renamed" | "untracked" | "unmerged";
  readonly from?: string;
}

/** A path with unmerged index entries: blob ids at each stage, null where the stage is absent. */
export interface UnmergedPath {
  readonly path: string;
  readonly base: string | null;
  readonly ours: string | null;
  readonly theirs: string | null;
}

/** A commit's time (ISO 8601 with offset, as git records it) and author name. */
export interface CommitStamp {
  readonly time: string;
  readonly author: string;
}

/** A fetch or push: fine, or failed with a classified reason and git's words. */
export type RemoteResult = { readonly ok: true } | { readonly ok: false; readonly failure: RemoteFailure; readonly detail: string };
