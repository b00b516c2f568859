/**
 * Loads the built plugin into a fake Obsidian over a copy of the demo vault and drives it the
 * way Obsidian would: construct, `onload`, layout ready, then events, commands and the settings
 * tab. Shared by the plugin-shell suites.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, vi } from "vitest";
import { FakeApp } from "./fake-app";
import { loadPluginClass } from "./load-plugin";
import { Modal, Notice, Setting, type Plugin } from "./obsidian";

/** The line the plugin logs after indexing. Groups: notes, ms, cached. */
export const INDEX_LINE = /^Handoff: indexed (\d+) notes in (\d+) ms \((\d+) cached\)$/;

export const MANIFEST = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "manifest.json"), "utf8")) as { id: string; name: string; version: string };

/** The parts of the built plugin a test reaches (private in the source, plain properties at runtime). */
interface PluginInternals {
  index: { flush(): Promise<void>; snapshot(): readonly { id: string; path: string; kind: string; status: string; title: string; sourcePath: string | null; sourceBlock: string | null }[]; record: unknown };
}

/** A loaded plugin in a fake app. */
export interface Loaded {
  readonly app: FakeApp;
  readonly plugin: Plugin;
  readonly logs: string[];
  /** The live index (for waiting until quiet). */
  readonly index: PluginInternals["index"];
  /** Runs a command by id (callback or editorCallback with the active editor). */
  run(id: string): Promise<void>;
  /** Waits until the plugin's queue is empty and settled. */
  quiet(): Promise<void>;
  unload(): void;
}

/**
 * `window` for the bundle: Node's timers; no IndexedDB, so the cache uses app local storage.
 * And the one `document` call a bundled dependency makes when main.js loads (the browser build
 * of `decode-named-character-reference`, pulled in by remark for the LLM's paragraphs, creates
 * an element up front); entity decoding itself is never reached in these tests (no LLM).
 */
export function installWindow(): void {
  const g = globalThis as unknown as { window: typeof globalThis; document?: unknown };
  g.window = globalThis;
  g.document ??= { createElement: () => ({ innerHTML: "", textContent: "" }), documentElement: { style: {} } };
}

/** Constructs and loads the plugin (`onload` only: the layout is not ready yet). */
export async function loadPlugin(bundle: string, app: FakeApp): Promise<Loaded> {
  installWindow();
  const logs: string[] = [];
  vi.spyOn(console, "debug").mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(" ")));
  const PluginClass = loadPluginClass(bundle);
  const plugin = new PluginClass(app, { ...MANIFEST, dir: `${app.vault.configDir}/plugins/${MANIFEST.id}` });
  // The built plugin's onload is async (it reads data.json); the stand-in's base type says void.
  await (plugin.onload() as unknown as Promise<void>);
  const index = (plugin as unknown as PluginInternals).index;
  const loaded: Loaded = {
    app,
    plugin,
    logs,
    index,
    async run(id) {
      const command = plugin.commands.get(id);
      if (!command) throw new Error(`No command ${id}`);
      if (command.callback) return void (await command.callback());
      const view = app.workspace.activeLeaf?.view as never;
      if (command.editorCallback) return void (await command.editorCallback((view as { editor: never }).editor, view));
      throw new Error(`Command ${id} has no callback`);
    },
    async quiet() {
      // flush runs what is queued (held notes too) and what those writes queue in turn; the
      // short pauses let fire-and-forget work (saves, notices) settle between rounds.
      for (let i = 0; i < 3; i++) {
        await index.flush();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    unload() {
      plugin.unload();
    },
  };
  return loaded;
}

/** Loads the plugin, fires layout ready, and waits for the index line. */
export async function startPlugin(bundle: string, app: FakeApp): Promise<Loaded> {
  const loaded = await loadPlugin(bundle, app);
  app.workspace.fireLayoutReady();
  await vi.waitFor(() => expect(loaded.logs.some((l) => INDEX_LINE.test(l))).toBe(true), { timeout: 20_000, interval: 20 });
  await loaded.quiet();
  return loaded;
}

/** The last notice shown. */
export function lastNotice(): string {
  return Notice.log.at(-1) ?? "";
}

/** The settings row called `name` among the rows rendered since `from`. */
export function settingNamed(name: string, from = 0): Setting {
  const found = Setting.all.slice(from).find((s) => s.name === name);
  if (!found) throw new Error(`No setting "${name}" among ${Setting.all.slice(from).map((s) => s.name).join(", ")}`);
  return found;
}

/** The modal opened last, as the given class. */
export function lastModal<T extends Modal>(): T {
  const modal = Modal.opened.at(-1);
  if (!modal) throw new Error("No modal was opened");
  return modal as T;
}
