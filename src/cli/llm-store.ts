import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import type { LlmStore } from "../extract/llm-cache";

/**
 * The CLI's LLM store: one small JSON file per cache entry (and one for the daily budget) in
 * `$XDG_CACHE_HOME/handoff/llm`, else `~/.cache/handoff/llm`: on this machine, outside every
 * vault, so nothing of it is ever synced. The folder is created private to the user (0700),
 * files 0600; each write goes to a temp file renamed over the entry, so a crash never leaves
 * half an entry (and a half entry would only be ignored). Nothing secret is stored: entries hold
 * quotes from notes, the budget a count.
 */

/** Keys as llm-cache.ts and llm-budget.ts make them. */
const KEY = /^[a-z0-9-]+$/;

/**
 * The cache folder for this user: `$XDG_CACHE_HOME/handoff/llm` when that variable is an
 * absolute path (the XDG spec says to ignore a relative one), else `$HOME/.cache/handoff/llm`.
 */
export function llmCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME && isAbsolute(env.HOME) ? env.HOME : homedir(), ".cache");
  return join(base, "handoff", "llm");
}

/** {@link LlmStore} over a folder. */
export class FsLlmStore implements LlmStore {
  private counter = 0;

  private constructor(readonly dir: string) {}

  /** A store in `dir` (created on the first write). */
  static at(dir: string): FsLlmStore {
    if (dir === "") throw new RangeError("FsLlmStore folder must not be empty");
    return new FsLlmStore(dir);
  }

  async read(key: string): Promise<string | null> {
    try {
      return await readFile(this.file(key), "utf8");
    } catch {
      return null;
    }
  }

  async write(key: string, value: string): Promise<void> {
    const target = this.file(key);
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const temp = `${target}.${process.pid}-${this.counter++}.tmp`;
    await writeFile(temp, value, { encoding: "utf8", mode: 0o600 });
    await rename(temp, target);
  }

  private file(key: string): string {
    if (!KEY.test(key)) throw new RangeError(`LLM store key must be lowercase letters, digits and dashes, got "${key}"`);
    return join(this.dir, `${key}.json`);
  }
}
