/**
 * The vault as storage, seen by the engine. Two implementations: Node's file system for the
 * CLI and tests (`src/cli/fs-vault.ts`) and `app.vault` in Obsidian (`src/obsidian/`).
 *
 * Paths are vault-relative with `/` separators (`Channels/infra/2026-11-23 Maya.md`), never
 * absolute, never starting with `/` or containing `..`.
 */
export interface VaultPort {
  /** Every markdown note (`*.md`) in the vault, sorted by path; skips dot-folders like `.obsidian` and `.git`. */
  listNotes(): Promise<string[]>;
  /**
   * The note's text. Rejects with a {@link VaultReadError} for a missing file, a binary file
   * or a file that is not valid UTF-8, naming the path.
   */
  read(path: string): Promise<string>;
  /** File size in bytes and modification time in ms (for caches only: never for content decisions). */
  stat(path: string): Promise<{ size: number; mtime: number } | null>;
  exists(path: string): Promise<boolean>;
  /** Creates a note (and its folders). Rejects if it already exists: creation never overwrites. */
  create(path: string, text: string): Promise<void>;
  /**
   * Atomic read-modify-write of an existing note: `fn` gets the current text and returns the new
   * one; returning the same text writes nothing. Resolves to the text written (or kept).
   */
  process(path: string, fn: (current: string) => string): Promise<string>;
  /** Moves a note. Rejects if the target exists. */
  rename(from: string, to: string): Promise<void>;
}

/** Why a note could not be read: a user-facing message value, not a crash. */
export type VaultReadProblem = "missing" | "binary" | "not-utf8" | "too-large" | "io";

/** A note that could not be read, with a message naming the file and what to do. */
export class VaultReadError extends Error {
  constructor(
    readonly path: string,
    readonly problem: VaultReadProblem,
    message: string,
  ) {
    super(message);
    this.name = "VaultReadError";
  }
}

/** Why a note could not be written: it exists already (create, rename) or the write failed. */
export type VaultWriteProblem = "exists" | "missing" | "io";

/** A note that could not be created, changed or moved, with a message naming the file. */
export class VaultWriteError extends Error {
  constructor(
    readonly path: string,
    readonly problem: VaultWriteProblem,
    message: string,
  ) {
    super(message);
    this.name = "VaultWriteError";
  }
}

/**
 * Rejects a path that is not vault-relative: empty, absolute (`/x`, `C:\x`), with a backslash,
 * or with an empty, `.` or `..` segment. Paths come from code, so a bad one is a programmer
 * error and throws; returns the path unchanged when it is fine.
 */
export function checkVaultPath(path: string): string {
  if (path === "" || path.startsWith("/") || path.includes("\\") || /^[A-Za-z]:/.test(path)) {
    throw new RangeError(`Vault path must be relative with "/" separators, got "${path}"`);
  }
  for (const segment of path.split("/")) {
    if (segment === "" || segment === "." || segment === "..") {
      throw new RangeError(`Vault path must not contain empty, "." or ".." segments, got "${path}"`);
    }
  }
  return path;
}
