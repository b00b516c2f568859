import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractNote } from "../../extract/extract";
import { scanVault } from "../../store/scan";
import { openGitRepository } from "../../sync/git-simple";
import { syncOnce, type SyncOptions, type SyncResult } from "../../sync/sync-step";
import { CliError, type CliIo, type CommandSpec } from "../command";
import { FsVault } from "../fs-vault";

/** Files only Obsidian's configuration folder holds: how the CLI finds it without Obsidian running. */
const CONFIG_DIR_MARKERS = ["app.json", "workspace.json", "appearance.json"];

interface SyncArgs {
  readonly vault: string;
  readonly scan: boolean;
  readonly remote: string | undefined;
  readonly json: boolean;
}

/**
 * `handoff sync VAULT [--scan] [--remote NAME] [--json]`: one git sync of the vault (commit,
 * fetch, merge, resolve, push; see docs/sync.md). `--scan` scans the vault first (as
 * `handoff scan VAULT` with the current time as the reference for undated notes), so a
 * scheduled run (cron, CI) captures new commitments even when nobody is online. Exit 0 when the
 * vault is in sync; 1 with a message saying what to fix otherwise (no remote, remote
 * unreachable, authentication refused, not a git repository, a key in a note …).
 */
export const syncCommand: CommandSpec = {
  name: "sync",
  summary: "Sync the vault over git: commit, fetch, merge item notes field by field, push. Never loses an edit.",
  usage: "handoff sync VAULT [--scan] [--remote NAME] [--json]",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const options = readArgs(args);
    const root = resolve(io.cwd, options.vault);
    const info = await stat(root).catch(() => null);
    if (!info?.isDirectory()) throw new CliError(`"${options.vault}" is not a folder. Give the path of the vault's root folder.`);
    const git = await openGitRepository(root);
    if ("error" in git) throw new CliError(git.error);
    const configDir = await findConfigDir(root);
    const syncOptions: SyncOptions = {
      ...(configDir === null ? {} : { gitignore: { configDir } }),
      ...(options.remote === undefined ? {} : { remote: options.remote }),
      // The clock is read here, in the shell: the engine never reads it.
      ...(options.scan ? { beforeCommit: () => scanNotices(root, new Date().toISOString()) } : {}),
    };
    const result = await syncOnce(git, syncOptions);
    if (options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else if (result.ok) io.stdout(report(result));
    if (!result.ok) {
      if (!options.json) for (const notice of result.notices) io.stderr(`  ${notice}\n`);
      throw new CliError(result.message);
    }
    return 0;
  },
};

/**
 * The vault's Obsidian configuration folder: the dot-folder at its root holding Obsidian's
 * settings files (a person may have renamed it). Null when the vault was never opened in
 * Obsidian: then there are no per-device files to keep out of git.
 */
async function findConfigDir(root: string): Promise<string | null> {
  const entries = await readdir(root, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isDirectory() && e.name.startsWith(".") && e.name !== ".git").sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const inside = await readdir(join(root, entry.name)).catch(() => [] as string[]);
    if (inside.some((name) => CONFIG_DIR_MARKERS.includes(name))) return entry.name;
  }
  return null;
}

async function scanNotices(root: string, now: string): Promise<string[]> {
  const scan = await scanVault(FsVault.at(root), { extract: extractNote, now });
  const head = `Scanned ${scan.notes} notes: ${scan.items.length} items (${scan.created} new, ${scan.updated} updated).`;
  return [head, ...scan.problems];
}

/** The summary, then what sync recovered from and where conflict copies went, one per line. */
function report(result: SyncResult): string {
  const lines = [result.message, ...result.notices.map((n) => `  ${n}`)];
  for (const r of result.resolutions) {
    if (r.kind === "conflict-copy") lines.push(`  kept both: ${r.path} (yours) and ${r.copy ?? "?"} (theirs): ${r.reason ?? ""}`);
    else if (r.kind === "item-merged" && r.conflicts && r.conflicts.length > 0) lines.push(`  ${r.path}: ${r.conflicts.join("; ")}`);
    else if (r.kind === "kept-edited") lines.push(`  ${r.path}: ${r.reason ?? ""}`);
  }
  return `${lines.join("\n")}\n`;
}

function readArgs(args: readonly string[]): SyncArgs {
  let parsed: ReturnType<typeof parseSyncArgs>;
  try {
    parsed = parseSyncArgs(args);
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}.`, 2);
  }
  const [vault, ...extra] = parsed.positionals;
  if (vault === undefined) throw new CliError("give the vault folder: handoff sync VAULT.", 2);
  if (extra.length > 0) throw new CliError(`give one vault folder, not ${parsed.positionals.length}: ${parsed.positionals.join(", ")}.`, 2);
  return { vault, scan: parsed.values.scan ?? false, remote: parsed.values.remote, json: parsed.values.json ?? false };
}

function parseSyncArgs(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { scan: { type: "boolean" }, remote: { type: "string" }, json: { type: "boolean" } },
  });
}
