/** Where the vault's per-device files live. */
export interface IgnoreOptions {
  /** Obsidian's configuration folder: `Vault#configDir` in the plugin (a person may rename it). */
  readonly configDir: string;
  /** Handoff's plugin id. Default `handoff`. */
  readonly pluginId?: string;
  /** The vault's folder inside the repository, `""` when the vault is the repository root (default). */
  readonly vaultPrefix?: string;
}

/** The comment line above the lines sync adds. */
export const IGNORE_HEADER = "# Per-device files, kept out of the team's history by Handoff sync";

/**
 * `.gitignore` lines for files that differ per device and would conflict on every sync:
 * Obsidian's workspace layouts (`workspace.json`, `workspace-mobile.json`), Handoff's device
 * settings (`data.json`: who am I, LLM endpoint, sync interval) and Handoff's caches.
 * Other plugins' `data.json` stays synced: teams often share those settings on purpose.
 */
export function managedIgnoreLines(options: IgnoreOptions): string[] {
  const config = `${options.vaultPrefix ?? ""}${options.configDir}`;
  const plugin = `${config}/plugins/${options.pluginId ?? "handoff"}`;
  return [`${config}/workspace*.json`, `${plugin}/data.json`, `${plugin}/cache/`];
}

/**
 * The managed lines `existing` (a `.gitignore`'s text, "" when there is none) lacks. A line
 * counts as present when written the same, with or without a leading `/`. Pure; the caller
 * writes {@link withIgnoreLines} and commits it with the sync.
 */
export function missingIgnoreLines(existing: string, options: IgnoreOptions): string[] {
  const present = new Set(existing.split(/\r?\n/).map((l) => l.trim().replace(/^\//, "")));
  return managedIgnoreLines(options).filter((line) => !present.has(line));
}

/** `existing` with `lines` appended under {@link IGNORE_HEADER} (once), ending with a newline. */
export function withIgnoreLines(existing: string, lines: readonly string[]): string {
  if (lines.length === 0) return existing;
  const header = existing.includes(IGNORE_HEADER) ? [] : [IGNORE_HEADER];
  const block = `${[...header, ...lines].join("\n")}\n`;
  if (existing === "") return block;
  const head = existing.endsWith("\n") ? existing : `${existing}\n`;
  return `${head}${header.length > 0 ? "\n" : ""}${block}`;
}
