import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { extractNote } from "../../extract/extract";
import { nowInstant } from "../../review/review-now";
import { tick } from "../../review/tick";
import { scanVault } from "../../store/scan";
import { openGitRepository } from "../../sync/git-simple";
import { syncOnce, type SyncOptions, type SyncResult } from "../../sync/sync-step";
import { CliError, type CliIo, type CommandSpec } from "../command";
import { onePositional, parseCommandArgs, vaultRoot } from "../cli-args";
import { FsVault } from "../fs-vault";

/** Files only Obsidian's configuration folder holds: how the CLI finds it without Obsidian running. */
const CONFIG_DIR_MARKERS = ["app.json", "workspace.json", "appearance.json"];

interface SyncArgs {
  readonly vault: string;
  readonly scan: boolean;
  readonly tick: boolean;
  readonly remote: string | undefined;
  readonly json: boolean;
}

/**
 * `handoff sync VAULT [--scan] [--tick] [--remote NAME] [--json]`: one git sync of the vault
 * (commit, fetch, merge, resolve, push; see docs/sync.md). `--scan` scans the vault first (as
 * `handoff scan VAULT` with the current time as the reference for undated notes) and `--tick`
 * closes the decision windows that are due (as `handoff tick VAULT`), so a scheduled run (cron,
 * CI) captures new commitments and closes windows even when nobody is online. Exit 0 when the
 * vault is in sync; 1 with a message saying what to fix otherwise (no remote, remote
 * unreachable, authentication refused, not a git repository, a key in a note …).
 */
export const syncCommand: CommandSpec = {
  name: "sync",
  summary: "Sync the vault over git: commit, fetch, merge item notes field by field, push. Never loses an edit.",
  usage: "handoff sync VAULT [--scan] [--tick] [--remote NAME] [--json]",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const options = readArgs(args);
    const root = await vaultRoot(io, options.vault);
    const git = await openGitRepository(root);
    if ("error" in git) throw new CliError(git.error);
    const configDir = await findConfigDir(root);
    const syncOptions: SyncOptions = {
      ...(configDir === null ? {} : { gitignore: { configDir } }),
      ...(options.remote === undefined ? {} : { remote: options.remote }),
      // The clock is read here, in the shell: the engine never reads it.
      ...(options.scan || options.tick ? { beforeCommit: () => scanNotices(root, new Date().toISOString(), options.tick) } : {}),
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

/**
 * The scan (and, with `withTick`, the tick) a scheduled sync runs before it commits, so what
 * they write goes out in the same sync. The tick needs the record a scan builds, so `--tick`
 * scans too.
 */
async function scanNotices(root: string, now: string, withTick: boolean): Promise<string[]> {
  const scan = await scanVault(FsVault.at(root), { extract: extractNote, now });
  const lines = [`Scanned ${scan.notes} notes: ${scan.items.length} items (${scan.created} new, ${scan.updated} updated).`, ...scan.problems];
  if (!withTick) return lines;
  const nowMs = nowInstant(now, scan.record.settings.timezone) ?? Date.parse(now);
  const result = await tick(scan.record, nowMs);
  lines.push(`Ticked decision windows: ${result.adopted.length} adopted, ${result.contested.length} contested, ${result.waiting.length} still open.`, ...result.problems);
  return lines;
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
  const parsed = parseCommandArgs(args, { scan: { type: "boolean" }, tick: { type: "boolean" }, remote: { type: "string" }, json: { type: "boolean" } });
  const vault = onePositional(parsed.positionals, "sync");
  return { vault, scan: parsed.values.scan ?? false, tick: parsed.values.tick ?? false, remote: parsed.values.remote, json: parsed.values.json ?? false };
}
