/**
 * The registration seam: each feature of the plugin (the core views and commands, sync, team
 * time, async health, the LLM …) lives in its own `src/obsidian/<feature>-*.ts` file and
 * exports a {@link HandoffFeature}; `main.ts` lists them in `FEATURES` and calls `register` once
 * from `onload`. A feature gets a {@link PluginContext}: the plugin (to register commands,
 * views, events, intervals: all cleaned up on unload by Obsidian), the live index, device
 * settings, the write path and a notice function. See docs/plugin.md "Adding a feature".
 */
import type { App, Plugin, Setting } from "obsidian";
import type { Item } from "../model/item";
import type { Viewer } from "../ui/view-host";
import type { DeviceSettings } from "./device-settings";
import type { ItemWriter } from "./item-writer";
import type { LiveIndex } from "./live-index";
import type { ObsidianVault } from "./obsidian-vault";

/** One row a feature adds to the settings tab (rendered the same on every Obsidian version). */
export interface SettingRow {
  /** Label, sentence case. */
  readonly name: string;
  /** What it does, ending with its default. */
  readonly desc: string;
  /** Adds the control to the row (`setting.addText(…)`, `addToggle`, `addButton` …). */
  render(setting: Setting): void;
}

/** What a feature is given. Everything is live: read values when needed, do not copy them at register time. */
export interface PluginContext {
  readonly app: App;
  /** The plugin: `ctx.plugin.addCommand(…)`, `registerView`, `registerEvent`, `registerInterval`. */
  readonly plugin: Plugin;
  /** The index: `record` (null until indexed), `snapshot()`, `subscribe(fn)` for changes, `push(op)`. */
  readonly index: LiveIndex;
  /** The store's write path for people's changes (`setStatus`, `edit`, `raiseBlocker`). */
  readonly writer: ItemWriter;
  /** The VaultPort over `app.vault` (read, create, process; never delete). */
  readonly vault: ObsidianVault;
  /** This device's settings (`data.json`). */
  device(): DeviceSettings;
  /** Changes device settings and saves `data.json`. */
  updateDevice(change: Partial<DeviceSettings>): Promise<void>;
  /** Calls `listener` after every change of device settings; returns the unsubscribe function. */
  onDeviceChange(listener: () => void): () => void;
  /** A feature's own device settings (`features[id]` in `data.json`), or undefined. Validate what you read. */
  featureSettings(id: string): unknown;
  /** Saves a feature's own device settings. Never store a secret here: use {@link readSecret}. */
  saveFeatureSettings(id: string, value: unknown): Promise<void>;
  /** A secret from Obsidian's secret storage by name, or null (none stored, or no secret storage on this version). */
  readSecret(name: string): string | null;
  /** Who is looking (People note, else null) and their zone. */
  viewer(): Viewer;
  /** The current instant, ISO 8601 (the shell's clock: pass it into the pure core). */
  now(): string;
  /** Shows a notice; `ms` default 5 s (0 keeps it until clicked). */
  notice(message: string, ms?: number): void;
  /** Opens the item note. */
  openItem(item: Item): void;
  /** Opens a note, at a line (1-based) or block id when given. */
  openNote(path: string, at?: { readonly line?: number | null; readonly block?: string | null }): void;
  /** Opens Handoff's settings tab. */
  openSettings(): void;
}

/** A feature of the plugin. */
export interface HandoffFeature {
  /** Stable id (`core`, `sync`, `team-time`, `review`, `llm`); also the key of its device settings. */
  readonly id: string;
  /**
   * Registers commands, views, events and intervals through `ctx.plugin`. Called from `onload`:
   * must return quickly and do nothing heavy; wait for `ctx.app.workspace.onLayoutReady` or
   * `ctx.index.subscribe` for anything that reads the vault.
   */
  register(ctx: PluginContext): void;
  /** Rows for the settings tab, shown under the feature's own heading. Default none. */
  settingRows?(ctx: PluginContext): readonly SettingRow[];
  /** Heading for those rows (sentence case). Default: the id. */
  readonly settingsHeading?: string;
  /** Called from `onunload` for anything not registered through the plugin. */
  unload?(): void;
}
