/**
 * The built main.js, loaded the way Obsidian loads it (CommonJS, `obsidian` answered by a
 * stand-in) into a fake App over a copy of the demo vault. Obsidian itself cannot run in CI, so
 * this is how the shell's glue is tested: registration, indexing, events, writes, commands.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { demoCopy, removeCopies } from "./demo-copy";
import { FakeApp } from "./stand-in/fake-app";
import { INDEX_LINE, lastNotice, loadPlugin, startPlugin, type Loaded } from "./stand-in/harness";
import { buildPlugin, removeBundle, requiredBuiltins } from "./stand-in/load-plugin";
import { Notice, type Plugin } from "./stand-in/obsidian";

let bundle = "";
const loadedPlugins: Loaded[] = [];

beforeAll(async () => {
  bundle = await buildPlugin();
}, 120_000);
afterEach(() => {
  for (const loaded of loadedPlugins.splice(0)) loaded.unload();
  vi.restoreAllMocks();
});
afterAll(() => {
  removeCopies();
  removeBundle();
});

async function started(app = new FakeApp(demoCopy())): Promise<Loaded> {
  const loaded = await startPlugin(bundle, app);
  loadedPlugins.push(loaded);
  return loaded;
}

/** Every command id the brief and issues 3 and 4 name. Stable: people bind hotkeys to them. */
const COMMAND_IDS = [
  "open-board",
  "open-decision-log",
  "open-waiting-on-me",
  "extract-current-note",
  "scan-vault",
  "new-decision",
  "raise-blocker",
  "set-status",
  "jump-item-source",
  "toggle-highlighting",
  "new-async-update",
  "insert-signal",
  "sync-now",
  "create-base",
];

describe("onload", () => {
  it("registers commands, views, the editor extension, the settings tab and the ribbon, and reads no note", async () => {
    const app = new FakeApp(demoCopy());
    requiredBuiltins.length = 0;
    const loaded = await loadPlugin(bundle, app);
    loadedPlugins.push(loaded);
    const plugin: Plugin = loaded.plugin;
    // The shell's commands; features plugged in through the seam add theirs beside them.
    expect([...plugin.commands.keys()]).toEqual(expect.arrayContaining(COMMAND_IDS));
    for (const command of plugin.commands.values()) {
      expect(command.hotkeys ?? []).toEqual([]);
      expect(command.id).not.toMatch(/command|handoff/i);
      expect(command.name).not.toMatch(/command|handoff/i);
      expect(command.name[0]).toBe(command.name[0].toUpperCase());
      expect(command.name.slice(1)).toBe(command.name.slice(1).replace(/\b(?!FYI)[A-Z](?=[a-z])/g, (c) => c.toLowerCase()));
    }
    expect([...app.viewRegistry.keys()]).toEqual(expect.arrayContaining(["handoff-board-view", "handoff-decision-log-view", "handoff-waiting-on-me-view"]));
    expect(plugin.editorExtensions).toHaveLength(1);
    expect(plugin.settingTabs).toHaveLength(1);
    expect(plugin.ribbonIcons.map((r) => r.title)).toEqual(["Open items board"]);
    expect([...plugin.basesViews.keys()]).toEqual(["handoff-board"]);
    expect(app.vault.reads.size).toBe(0);
    expect(loaded.logs.filter((l) => INDEX_LINE.test(l))).toEqual([]);
    expect(requiredBuiltins).toEqual([]);
  });

  it("registers no Bases view where Bases is off, and everything else still", async () => {
    const app = new FakeApp(demoCopy());
    app.basesEnabled = false;
    const loaded = await loadPlugin(bundle, app);
    loadedPlugins.push(loaded);
    expect(loaded.plugin.basesViews.size).toBe(0);
    expect([...loaded.plugin.commands.keys()]).toEqual(expect.arrayContaining(COMMAND_IDS));
  });
});

describe("indexing", () => {
  it("starts on layout ready, logs one line, and the next start reuses the cache and writes nothing", async () => {
    const root = demoCopy();
    const app = new FakeApp(root);
    const first = await started(app);
    const lines = first.logs.filter((l) => INDEX_LINE.test(l));
    expect(lines).toHaveLength(1);
    const [, notes, , cached] = INDEX_LINE.exec(lines[0]) ?? [];
    expect(Number(notes)).toBeGreaterThan(60);
    expect(Number(cached)).toBe(0);
    expect(first.index.snapshot().length).toBeGreaterThan(20);
    first.unload();
    loadedPlugins.splice(loadedPlugins.indexOf(first), 1);

    // Same vault, same device (local storage kept): a restart.
    const written = app.vault.written.length;
    const second = await started(app);
    const [, , , again] = INDEX_LINE.exec(second.logs.filter((l) => INDEX_LINE.test(l))[0]) ?? [];
    expect(Number(again)).toBeGreaterThan(40);
    expect(app.vault.written.length).toBe(written);
  });

  it("drops a corrupt cache and indexes from the files", async () => {
    const app = new FakeApp(demoCopy());
    app.saveLocalStorage("handoff-index-cache", { format: 1, version: MANIFEST_VERSION(), notes: { "Channels/x.md": { mtime: "junk" } } });
    const loaded = await started(app);
    expect(loaded.logs.some((l) => /malformed index cache entries were dropped/.test(l))).toBe(true);
    const [, , , cached] = INDEX_LINE.exec(loaded.logs.find((l) => INDEX_LINE.test(l)) ?? "") ?? [];
    expect(Number(cached)).toBe(0);
    expect(loaded.index.snapshot().length).toBeGreaterThan(20);
  });

  it("re-indexes one changed note on a modify event, reading only that note", async () => {
    const loaded = await started();
    const { app } = loaded;
    const path = "Channels/urgent/2026-11-23 Invoice export failing for Harbour.md";
    app.vault.reads.clear();
    app.vault.externalWrite(path, `${readFileSync(join(app.vault.root, path), "utf8")}\nI'll send Harbour the fixed export by Thursday.\n`);
    await loaded.quiet();
    const item = loaded.index.snapshot().find((i) => i.title.includes("fixed export"));
    expect(item).toBeDefined();
    const read = [...app.vault.reads.keys()];
    expect(read).toContain(path);
    expect(read.filter((p) => p !== path && !p.startsWith("Handoff/"))).toEqual([]);
  });

  it("holds back a note being typed in until its writer pauses, then adds its block ids", async () => {
    const loaded = await started();
    const { app } = loaded;
    const path = "Channels/design-system/2026-11-23 Emily Tremblay.md";
    const view = await app.workspace.openNote(path);
    const typed = `${readFileSync(join(app.vault.root, path), "utf8")}\nI'll ship the new tokens by Friday.\n`;
    app.workspace.trigger("editor-change", view.editor, view);
    app.vault.externalWrite(path, typed);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(readFileSync(join(app.vault.root, path), "utf8")).toBe(typed);
    await vi.waitFor(() => expect(readFileSync(join(app.vault.root, path), "utf8")).toMatch(/ship the new tokens by Friday\. \^ho-[0-9a-z]{7}\n$/), { timeout: 6000, interval: 100 });
  });
});

/** The plugin version in manifest.json (the cache is tied to it). */
function MANIFEST_VERSION(): string {
  return (JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "manifest.json"), "utf8")) as { version: string }).version;
}

describe("writes from views and commands", () => {
  it("a status change from the board's host goes through vault.process and leaves the rest of the note byte-identical", async () => {
    const loaded = await started();
    const { app } = loaded;
    const create = app.viewRegistry.get("handoff-board-view");
    if (!create) throw new Error("board not registered");
    const pane = create(app.workspace.getLeaf()) as unknown as { host: { onSetStatus(item: unknown, status: string): Promise<void> } };
    const item = loaded.index.snapshot().find((i) => i.kind === "commitment" && i.status === "open");
    if (!item) throw new Error("no open commitment");
    const before = readFileSync(join(app.vault.root, item.path), "utf8");
    app.vault.processed.length = 0;
    await pane.host.onSetStatus(item, "in-progress");
    expect(app.vault.processed).toEqual([item.path]);
    const after = readFileSync(join(app.vault.root, item.path), "utf8");
    const beforeLines = before.split("\n");
    const afterLines = after.split("\n");
    expect(afterLines.filter((l) => !beforeLines.includes(l)).map((l) => l.replace(/=\S+/g, "=…"))).toEqual(["status: in-progress", "handoff_edited: status=…"]);
    expect(beforeLines.filter((l) => !afterLines.includes(l))).toEqual(["status: open"]);
    await loaded.quiet();
    expect(loaded.index.snapshot().find((i) => i.id === item.id)?.status).toBe("in-progress");
  });

  it("a refused status change rejects with a sentence for the view and writes nothing", async () => {
    const loaded = await started();
    const { app } = loaded;
    const pane = app.viewRegistry.get("handoff-board-view")?.(app.workspace.getLeaf()) as unknown as { host: { onSetStatus(item: unknown, status: string): Promise<void> } };
    const decision = loaded.index.snapshot().find((i) => i.kind === "decision");
    app.vault.processed.length = 0;
    await expect(pane.host.onSetStatus(decision, "done")).rejects.toThrow(/not a status of a decision/);
    expect(app.vault.processed).toEqual([]);
  });
});

/** A `require` of a Node built-in at the top level of the bundle (column 0), which would run on load. Group 1 the module. */
const TOP_LEVEL_BUILTIN = /^(?:var|let|const)\s+[\w$]+\s*=\s*(?:__toESM\()?require\("((?:node:)?(?:fs|child_process|path|os|events|util|stream|crypto|net|http|https|url|module|worker_threads)(?:\/[\w/]+)?)"\)/gm;

describe("the bundle", () => {
  it.each([
    ['var import_node_fs = require("node:fs");', "node:fs"],
    ['const fs_1 = __toESM(require("fs"));', "fs"],
    ['let cp = require("child_process");', "child_process"],
  ])("the check finds %s", (line, module) => expect([...line.matchAll(TOP_LEVEL_BUILTIN)].map((m) => m[1])).toEqual([module]));
  it.each(['    var fs_1 = require("fs");', 'var import_obsidian = require("obsidian");', 'var import_view = require("@codemirror/view");'])("and passes %s", (line) => {
    expect([...line.matchAll(TOP_LEVEL_BUILTIN)]).toEqual([]);
  });

  it("requires no Node built-in at its top level: fs, child_process and friends only inside the lazily loaded desktop git backend", () => {
    const text = readFileSync(bundle, "utf8");
    expect([...text.matchAll(TOP_LEVEL_BUILTIN)].map((m) => m[1])).toEqual([]);
    expect(text).toContain('require("node:child_process")');
  });
});

describe("sync", () => {
  it("is unavailable on mobile: the command says so and no Node module is loaded", async () => {
    const { Platform } = await import("./stand-in/obsidian");
    Platform.isDesktopApp = false;
    try {
      requiredBuiltins.length = 0;
      const loaded = await started();
      await loaded.run("sync-now");
      await vi.waitFor(() => expect(lastNotice()).toMatch(/^Sync is unavailable here/));
      expect(lastNotice()).toMatch(/^Sync is unavailable here\. Sync runs on desktop only/);
      expect(loaded.plugin.statusBarItems[0].textContent).toBe("Sync: off");
      expect(requiredBuiltins).toEqual([]);
    } finally {
      Platform.isDesktopApp = true;
    }
  });

  it("loads the desktop git backend only when a sync runs, and says what to fix when the vault is no repository", async () => {
    requiredBuiltins.length = 0;
    const loaded = await started();
    expect(requiredBuiltins).toEqual([]);
    Notice.log.length = 0;
    await loaded.run("sync-now");
    await vi.waitFor(() => expect(Notice.log.join("\n")).toMatch(/is not a git repository\. Run `git init` there/), { timeout: 10_000 });
    expect(requiredBuiltins).toEqual(expect.arrayContaining(["node:child_process"]));
    expect(loaded.plugin.statusBarItems[0].textContent).toBe("Sync: off");
  });
});
