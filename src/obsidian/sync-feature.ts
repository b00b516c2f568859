/**
 * Sync in the plugin (issue 4): the "Sync now" command, an optional interval, a status bar item
 * (last sync, conflicts kept; click to sync), the managed `.gitignore`, the credential guard's
 * refusal shown as a notice naming the file, and restraint beside the Obsidian Git plugin (no
 * second automatic committer). Desktop only: the git backend is loaded lazily, so on mobile the
 * plugin loads without Node's modules and sync says it is unavailable.
 */
import { FileSystemAdapter, Platform, type App } from "obsidian";
import { managedIgnoreLines, missingIgnoreLines, withIgnoreLines, type IgnoreOptions } from "../sync/gitignore-lines";
import { syncOnce, type SyncResult } from "../sync/sync-step";
import type { HandoffFeature, PluginContext, SettingRow } from "./feature";
import { syncLabel, type SyncState } from "./sync-status";

/** The Obsidian Git community plugin's id. */
export const OBSIDIAN_GIT_ID = "obsidian-git";

/** True when the Obsidian Git plugin is enabled in this vault (read from Obsidian's plugin registry, which the API does not type). */
export function obsidianGitEnabled(app: App): boolean {
  const plugins = (app as unknown as { plugins?: { enabledPlugins?: unknown } }).plugins;
  const enabled = plugins?.enabledPlugins;
  return enabled instanceof Set && enabled.has(OBSIDIAN_GIT_ID);
}

/** Why sync cannot run on this device, or null when it can. */
export function syncUnavailable(app: App): string | null {
  if (!Platform.isDesktopApp) return "Sync runs on desktop only (it needs git). On this device, notes sync through whatever syncs your vault; Handoff itself works as usual.";
  if (!(app.vault.adapter instanceof FileSystemAdapter)) return "Sync needs a vault that is a folder on disk.";
  return null;
}

/** The per-device `.gitignore` lines for this vault. */
export function ignoreOptions(app: App): IgnoreOptions {
  return { configDir: app.vault.configDir };
}

/** Adds the missing per-device lines to the vault's `.gitignore` (created if needed); returns the lines added. */
export async function addIgnoreLines(app: App): Promise<string[]> {
  const adapter = app.vault.adapter;
  const existing = (await adapter.exists(".gitignore")) ? await adapter.read(".gitignore") : "";
  const missing = missingIgnoreLines(existing, ignoreOptions(app));
  if (missing.length === 0) return [];
  if (existing === "") await adapter.write(".gitignore", withIgnoreLines("", missing));
  else await adapter.process(".gitignore", (text) => withIgnoreLines(text, missingIgnoreLines(text, ignoreOptions(app))));
  return missing;
}

/** The sync feature. */
export class SyncFeature implements HandoffFeature {
  readonly id = "sync";
  readonly settingsHeading = "Sync";
  private state: SyncState = { kind: "never" };
  private statusEl: HTMLElement | null = null;
  private interval: number | null = null;
  private ctx: PluginContext | null = null;

  register(ctx: PluginContext): void {
    this.ctx = ctx;
    const { plugin } = ctx;
    plugin.addCommand({ id: "sync-now", name: "Sync vault now", callback: () => void this.sync(true) });
    const el = plugin.addStatusBarItem();
    el.addClass("handoff-sync-status", "mod-clickable");
    plugin.registerDomEvent(el, "click", () => void this.sync(true));
    this.statusEl = el;
    ctx.app.workspace.onLayoutReady(() => {
      const reason = syncUnavailable(ctx.app);
      if (reason) this.state = { kind: "unavailable", reason };
      this.render();
      this.arm();
    });
  }

  settingRows(ctx: PluginContext): readonly SettingRow[] {
    return [
      {
        name: "Sync interval (minutes)",
        desc: "Sync with the team's git remote every this many minutes; 0 syncs only when you ask (the command or the status bar). Off while the Obsidian Git plugin is enabled. Default: 0.",
        render: (setting) => {
setting.addText((t) => {
            t.inputEl.type = "number";
            t.setValue(String(ctx.device().syncIntervalMinutes)).onChange(async (v) => {
              const minutes = Number(v.trim() === "" ? "0" : v);
              if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) return;
              await ctx.updateDevice({ syncIntervalMinutes: minutes });
              this.arm();
            });
          });
},
      },
    ];
  }

  /** Starts or stops the interval from the device setting (not beside Obsidian Git, not on mobile). */
  arm(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    if (this.interval !== null) window.clearInterval(this.interval);
    this.interval = null;
    const minutes = ctx.device().syncIntervalMinutes;
    if (minutes <= 0 || syncUnavailable(ctx.app) !== null || obsidianGitEnabled(ctx.app)) return;
    this.interval = ctx.plugin.registerInterval(window.setInterval(() => void this.sync(false), minutes * 60_000));
  }

  /** One sync; `asked` when a person asked (notices), false for the interval (quiet unless something needs them). */
  async sync(asked: boolean): Promise<SyncResult | null> {
    const ctx = this.ctx;
    if (!ctx) return null;
    const reason = syncUnavailable(ctx.app);
    if (reason) {
      if (asked) ctx.notice(`Sync is unavailable here. ${reason}`);
      return null;
    }
    if (this.state.kind === "running") {
      if (asked) ctx.notice("A sync is already running.");
      return null;
    }
    if (asked && obsidianGitEnabled(ctx.app)) ctx.notice("The Obsidian Git plugin also syncs this vault; Handoff syncs once now and runs no interval beside it.");
    this.state = { kind: "running" };
    this.render();
    let result: SyncResult;
    try {
      await ctx.index.flush();
      const { openGitRepository } = await import("./desktop-git");
      const base = (ctx.app.vault.adapter as FileSystemAdapter).getBasePath();
      const git = await openGitRepository(base);
      if ("error" in git) {
        this.state = { kind: "unavailable", reason: git.error };
        this.render();
        if (asked) ctx.notice(git.error, 0);
        return null;
      }
      result = await syncOnce(git, { gitignore: ignoreOptions(ctx.app) });
    } catch (error) {
      this.state = { kind: "never" };
      this.render();
      ctx.notice(`Sync failed: ${error instanceof Error ? error.message : String(error)}`, 0);
      return null;
    }
    this.state = { kind: "done", at: ctx.now(), result };
    this.render();
    this.report(ctx, result, asked);
    return result;
  }

  private report(ctx: PluginContext, result: SyncResult, asked: boolean): void {
    if (!result.ok && result.reason === "secret") {
      ctx.notice(result.message, 0);
      return;
    }
    const copies = result.resolutions.filter((r) => r.kind === "conflict-copy");
    if (copies.length > 0) {
      const list = copies.map((r) => `${r.path} → ${r.copy ?? "?"}`).join("\n");
      ctx.notice(`Both versions were kept for ${copies.length} note${copies.length === 1 ? "" : "s"}:\n${list}`, 0);
    }
    // An interval sync that fails says so in the status bar only: a notice every few minutes
    // for an unreachable remote would bury everything else.
    if (asked) ctx.notice(result.message, result.ok ? 5000 : 10_000);
  }

  private render(): void {
    const ctx = this.ctx;
    if (!this.statusEl || !ctx) return;
    let label = syncLabel(this.state, ctx.viewer().zone);
    if (obsidianGitEnabled(ctx.app) && this.state.kind !== "running") {
      label = { text: `${label.text} · Obsidian Git`, tooltip: `${label.tooltip}\nThe Obsidian Git plugin commits and pulls this vault, so Handoff runs no automatic sync beside it.` };
    }
    this.statusEl.setText(label.text);
    this.statusEl.setAttribute("aria-label", label.tooltip);
    this.statusEl.setAttribute("data-tooltip-position", "top");
  }
}

/** The `.gitignore` lines Handoff manages, for the settings tab to show. */
export function shownIgnoreLines(app: App): string[] {
  return managedIgnoreLines(ignoreOptions(app));
}
