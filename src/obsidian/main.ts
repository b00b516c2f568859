/**
 * The Handoff plugin: a thin shell over the engine. `onload` reads the device settings,
 * registers every feature's views, commands and editor extension, the settings tab and the
 * ribbon icon, and returns: nothing reads the vault there. Indexing starts when the layout is
 * ready (from `metadataCache` and `cachedRead`, with the index cache outside the vault), then
 * follows vault events note by note. Features plug in through `FEATURES` (see `feature.ts`
 * and docs/plugin.md).
 */
import { MarkdownView, Notice, Plugin, TFile, type PaneType } from "obsidian";
import { extractNote } from "../extract/extract";
import type { Item } from "../model/item";
import type { Viewer } from "../ui/view-host";
import { cacheStore, type CacheStore } from "./cache-store";
import { CoreFeature, openPane } from "./core-feature";
import { DEFAULT_DEVICE_SETTINGS, readDeviceSettings, withDeviceSettings, type DeviceSettings } from "./device-settings";
import { ExtractionCache } from "./extraction-cache";
import type { HandoffFeature, PluginContext } from "./feature";
import { EditActivity, followVault } from "./index-events";
import { PANES } from "./item-views";
import { ItemWriter } from "./item-writer";
import { LiveIndex } from "./live-index";
import { LlmFeature } from "./llm-feature";
import { ObsidianVault } from "./obsidian-vault";
import { ReviewFeature } from "./review-feature";
import { TeamTimeFeature } from "./team-time-feature";
import { rollClockFor } from "../time/recurring-roll";
import type { WriterClock } from "../time/writer-clock";
import { HandoffSettingTab } from "./settings-tab";
import { SyncFeature } from "./sync-feature";

/**
 * The plugin's features, registered in this order. Teammates add theirs here (docs/plugin.md).
 * The LLM feature is built before the index (its extractor is the index's), so it is passed in.
 */
function features(llm: LlmFeature): HandoffFeature[] {
  return [new CoreFeature(), new SyncFeature(), new ReviewFeature(), new TeamTimeFeature(), llm];
}

/** The Handoff plugin. */
export default class HandoffPlugin extends Plugin {
  private device: DeviceSettings = DEFAULT_DEVICE_SETTINGS;
  private readonly deviceListeners = new Set<() => void>();
  private index: LiveIndex | null = null;
  private features: HandoffFeature[] = [];
  private core: CoreFeature | null = null;

  override async onload(): Promise<void> {
    const loaded = readDeviceSettings(await this.loadData());
    this.device = loaded.settings;
    for (const problem of loaded.problems) console.warn(problem);

    const vault = new ObsidianVault(this.app);
    const cache = ExtractionCache.empty(this.manifest.version);
    const activity = new EditActivity();
    const store = cacheStore(this.vaultId(), this.app, window.indexedDB ?? null);
    // The optional LLM merges its grounded items into the rules' once an answer is in; it drops
    // the note's cache entry so the re-index that follows extracts again (docs/llm.md).
    const llm = new LlmFeature((path) => cache.forget(path));
    const index = new LiveIndex({
      port: vault,
      extract: llm.extractor(extractNote),
      cache,
      stamp: (path) => vault.stamp(path),
      timers: { now: () => Date.now(), setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (id) => window.clearTimeout(id) },
      lastEdit: (path) => activity.lastEdit(path),
      saveCache: (stored) => store.save(stored),
      log: (line) => console.debug(line),
      onError: (error) => console.error("Handoff: index update failed", error),
    });
    this.index = index;
    const ctx = this.context(index, vault);

    this.features = features(llm);
    for (const feature of this.features) {
      if (feature instanceof CoreFeature) this.core = feature;
      feature.register(ctx);
    }
    this.addSettingTab(new HandoffSettingTab(this.app, this, ctx, this.features));
    this.addRibbonIcon("kanban", "Open items board", () => void openPane(ctx, PANES[0]));

    this.app.workspace.onLayoutReady(() => void this.startIndex(index, cache, store, activity));
  }

  override onunload(): void {
    for (const feature of this.features) feature.unload?.();
    void this.index?.stop();
  }

  /** Loads the cache, indexes the vault, then follows its events. */
  private async startIndex(index: LiveIndex, cache: ExtractionCache, store: CacheStore, activity: EditActivity): Promise<void> {
    const dropped = cache.load(await store.load());
    if (dropped) console.debug(`Handoff: ${dropped}; rebuilding it from the notes.`);
    followVault(this, index, activity);
    try {
      await index.start();
    } catch (error) {
      console.error("Handoff: indexing failed", error);
    }
  }

  private context(index: LiveIndex, vault: ObsidianVault): PluginContext {
    const now = (): string => new Date().toISOString();
    const viewer = (): Viewer => {
      const person = index.directory?.people.find((p) => p.path === this.device.me) ?? null;
      return { person, zone: person?.timezone ?? localZone() };
    };
    // A recurring item marked done rolls to its next occurrence in its owner's zone (issue 5).
    const rollClock = (item: Item): WriterClock | null => (index.directory && index.settings ? rollClockFor(item, index.directory, index.settings) : null);
    const writer = new ItemWriter(vault, now, () => viewer().zone, rollClock);
    // Saves run one after another (two overlapping writes of data.json could interleave), each
    // writing the settings as they are when it runs, so the last change always lands last.
    let saving: Promise<void> = Promise.resolve();
    const save = (next: DeviceSettings): Promise<void> => {
      this.device = next;
      for (const listener of [...this.deviceListeners]) listener();
      this.core?.feed?.refreshAll();
      saving = saving.then(() => this.saveData(this.device)).catch((error: unknown) => console.error("Handoff: could not save device settings", error));
      return saving;
    };
    return {
      app: this.app,
      plugin: this,
      index,
      writer,
      vault,
      device: () => this.device,
      updateDevice: (change) => save(withDeviceSettings(this.device, change)),
      onDeviceChange: (listener) => {
        this.deviceListeners.add(listener);
        return () => this.deviceListeners.delete(listener);
      },
      featureSettings: (id) => this.device.features[id],
      saveFeatureSettings: (id, value) => save(withDeviceSettings(this.device, { features: { ...this.device.features, [id]: value } })),
      readSecret: (name) => {
        const storage = (this.app as { secretStorage?: { getSecret?: (id: string) => string | null } }).secretStorage;
        return name !== "" && typeof storage?.getSecret === "function" ? storage.getSecret(name) : null;
      },
      viewer,
      now,
      notice: (message, ms) => void new Notice(message, ms ?? 5000),
      openItem: (item: Item) => void this.app.workspace.openLinkText(item.path, "", false),
      openNote: (path, at) => void this.openNote(path, at?.block ?? null, at?.line ?? null),
      openSettings: () => this.openSettings(),
    };
  }

  /** Opens a note at a block (`#^id`) or a 1-based line. */
  private async openNote(path: string, block: string | null, line: number | null, pane: PaneType | boolean = false): Promise<void> {
    if (block) return this.app.workspace.openLinkText(`${path}#^${block}`, "", pane);
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) {
      new Notice(`${path} does not exist any more.`);
      return;
    }
    const leaf = this.app.workspace.getLeaf(pane);
    await leaf.openFile(file, line ? { eState: { line: line - 1 } } : undefined);
    if (line && leaf.view instanceof MarkdownView) leaf.view.editor.setCursor({ line: line - 1, ch: 0 });
  }

  /** Opens Obsidian's settings at Handoff's tab (the settings modal is not in the public API). */
  private openSettings(): void {
    const setting = (this.app as unknown as { setting?: { open?: () => void; openTabById?: (id: string) => void } }).setting;
    setting?.open?.();
    setting?.openTabById?.(this.manifest.id);
  }

  /** Identifies this vault for the index cache (Obsidian's app id, else the vault's name). */
  private vaultId(): string {
    const id = (this.app as unknown as { appId?: unknown }).appId;
    return typeof id === "string" && id !== "" ? id : this.app.vault.getName();
  }
}

/** This device's IANA zone, for "your time" when the viewer has no People note (display only, never content). */
function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
