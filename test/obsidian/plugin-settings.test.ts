/**
 * The settings tab of the built main.js: team settings go into the team settings note in the
 * vault (through processFrontMatter), device settings into data.json, and no API key anywhere.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { splitFrontmatter } from "../../src/store/frontmatter";
import { demoCopy, removeCopies } from "./demo-copy";
import { FakeApp } from "./stand-in/fake-app";
import { lastNotice, settingNamed, startPlugin, type Loaded } from "./stand-in/harness";
import { buildPlugin, removeBundle } from "./stand-in/load-plugin";
import { ButtonComponent, SecretComponent, Setting, TextComponent, ToggleComponent } from "./stand-in/obsidian";

let bundle = "";
const running: Loaded[] = [];
const SETTINGS_NOTE = "Handoff/Team settings.md";

beforeAll(async () => {
  bundle = await buildPlugin();
}, 120_000);
afterEach(() => {
  for (const loaded of running.splice(0)) loaded.unload();
});
afterAll(() => {
  shared?.unload();
  removeCopies();
  removeBundle();
});

/** The plugin most tests share (one vault, one start): each test displays the tab afresh. */
let shared: Loaded | null = null;

/**
 * The settings tab displayed; `from` marks where its rows start in Setting.all. With no
 * preparation the shared plugin is used; preparing files or the app starts a plugin of its own.
 */
async function withTab(prepare?: (app: FakeApp) => void, prepareFiles?: (root: string) => void): Promise<{ loaded: Loaded; app: FakeApp; from: number }> {
  let loaded: Loaded;
  if (!prepare && !prepareFiles && shared) {
    loaded = shared;
  } else {
    const root = demoCopy();
    prepareFiles?.(root);
    const app = new FakeApp(root);
    prepare?.(app);
    loaded = await startPlugin(bundle, app);
    if (prepare || prepareFiles) running.push(loaded);
    else shared = loaded;
  }
  const from = Setting.all.length;
  (loaded.plugin.settingTabs[0] as unknown as { display(): void }).display();
  return { loaded, app: loaded.app, from };
}

const read = (app: FakeApp, path: string) => readFileSync(join(app.vault.root, path), "utf8");
const deviceData = (app: FakeApp) => JSON.parse(read(app, `${app.vault.configDir}/plugins/handoff/data.json`)) as Record<string, unknown>;

/** Every file in the vault folder, dot-folders (Obsidian's config, plugin data) included. */
function everyFile(root: string, rel = ""): string[] {
  return readdirSync(join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const path = rel === "" ? e.name : `${rel}/${e.name}`;
    return e.isDirectory() ? everyFile(root, path) : [path];
  });
}

describe("settings tab", () => {
  it("has the two parts, clearly separated, then sync and the .gitignore lines", async () => {
    const { from } = await withTab();
    const headings = Setting.all.slice(from).filter((s) => s.heading).map((s) => s.name);
    expect(headings.slice(0, 2)).toEqual(["Shared with the team", "This device only"]);
    expect(headings).toContain("Sync");
    expect(headings.at(-1)).toBe("Keep device files out of git");
    for (const name of ["Source folders", "Item notes folder", "People folder", "Kinds to extract", "Default time zone", "Decision window", "Working day end", "Decision owners"]) settingNamed(name, from);
    for (const name of ["Who am I", "LLM endpoint", "LLM model", "LLM API key", "Sync interval (minutes)"]) settingNamed(name, from);
    for (const row of Setting.all.slice(from).filter((s) => !s.heading && s.name !== "Per-device files")) expect(row.desc, row.name).toMatch(/Default: |Handoff never stores a key/);
  });

  it("draws the same rows through getSettingDefinitions (Obsidian 1.13's searchable settings)", async () => {
    const { loaded, from } = await withTab();
    const tab = loaded.plugin.settingTabs[0] as unknown as { getSettingDefinitions(): { heading: string; items: { name: string }[] }[] };
    const groups = tab.getSettingDefinitions();
    const displayed = Setting.all.slice(from).filter((s) => s.heading).map((s) => s.name);
    expect(groups.map((g) => g.heading)).toEqual(displayed);
    expect(groups[0].items.map((i) => i.name)).toContain("Decision window");
    expect(groups[0].items[0]).toMatchObject({ name: "Where these are kept", desc: expect.stringContaining("Handoff/Team settings.md") as unknown });
  });

  it("a team setting is written into the team settings note's frontmatter, the rest of the note kept, and the index follows", async () => {
    const { loaded, app, from } = await withTab();
    const before = splitFrontmatter(read(app, SETTINGS_NOTE));
    await settingNamed("Decision window", from).find(TextComponent).type("72h");
    await vi.waitFor(() => expect(splitFrontmatter(read(app, SETTINGS_NOTE)).data.decision_window).toBe("72h"));
    const after = splitFrontmatter(read(app, SETTINGS_NOTE));
    expect(after.body).toBe(before.body);
    expect({ ...after.data, decision_window: "48h" }).toEqual(before.data);
    expect(lastNotice()).toBe("Saved decision_window in Handoff/Team settings.md. Teammates get it with the next sync.");
    await loaded.quiet();
    const record = loaded.index.record as { settings: { decisionWindowHours: number } };
    expect(record.settings.decisionWindowHours).toBe(72);
  });

  it("refuses a value no device would read, saying why, and leaves the note alone", async () => {
    const { app, from } = await withTab();
    const before = read(app, SETTINGS_NOTE);
    await settingNamed("Default time zone", from).find(TextComponent).type("London");
    await vi.waitFor(() => expect(lastNotice()).toMatch(/^Not saved: `timezone` must be an IANA time zone/));
    expect(read(app, SETTINGS_NOTE)).toBe(before);
  });

  it("switching a kind off writes the kinds that stay on; clearing a field removes its key", async () => {
    const { app, from } = await withTab();
    const kinds = settingNamed("Kinds to extract", from).components as ToggleComponent[];
    expect(kinds.map((k) => k.tooltip)).toEqual(["commitment", "decision", "request", "dependency", "fyi"]);
    await kinds[4].set(false);
    await vi.waitFor(() => expect(splitFrontmatter(read(app, SETTINGS_NOTE)).data.kinds).toEqual(["commitment", "decision", "request", "dependency"]));
    await settingNamed("Working day end", from).find(TextComponent).type("");
    await vi.waitFor(() => expect("workday_end" in splitFrontmatter(read(app, SETTINGS_NOTE)).data).toBe(false));
  });

  it("creates the team settings note when the team has none", async () => {
    const { app, from } = await withTab(undefined, (root) => rmSync(join(root, SETTINGS_NOTE)));
    expect(existsSync(join(app.vault.root, SETTINGS_NOTE))).toBe(false);
    await settingNamed("Default time zone", from).find(TextComponent).type("Asia/Singapore");
    await vi.waitFor(() => expect(existsSync(join(app.vault.root, SETTINGS_NOTE))).toBe(true));
    expect(splitFrontmatter(read(app, SETTINGS_NOTE)).data).toEqual({ timezone: "Asia/Singapore" });
  });

  it("device settings go to data.json, never to the vault's notes", async () => {
    const { app, from } = await withTab();
    const settingsNote = read(app, SETTINGS_NOTE);
    await settingNamed("Who am I", from).find(TextComponent).type("Wei Ling Tan");
    await settingNamed("LLM endpoint", from).find(TextComponent).type("http://127.0.0.1:8080/v1");
    await vi.waitFor(() => expect(deviceData(app)).toMatchObject({ me: "People/Wei Ling Tan.md", llmEndpoint: "http://127.0.0.1:8080/v1" }));
    expect(read(app, SETTINGS_NOTE)).toBe(settingsNote);
    await settingNamed("Who am I", from).find(TextComponent).type("Nobody Known");
    expect(lastNotice()).toMatch(/^No People note is called "Nobody Known"/);
    expect(deviceData(app).me).toBe("People/Wei Ling Tan.md");
  });

  it("the API key stays in secret storage: data.json holds the secret's name, no file in the vault holds the key", async () => {
    const { app, from } = await withTab();
    const key = "sk-proj-Zx9QwErTy1234567890AbCdEfGhIjKlMn";
    app.secretStorage?.setSecret("handoff-llm", key);
    await settingNamed("LLM API key", from).find(SecretComponent).pick("handoff-llm");
    await vi.waitFor(() => expect(deviceData(app).llmKeySecret).toBe("handoff-llm"));
    for (const path of everyFile(app.vault.root)) expect(readFileSync(join(app.vault.root, path), "utf8"), path).not.toContain(key);
    await settingNamed("LLM API key", from).find(SecretComponent).pick("Not A Name!");
    expect(lastNotice()).toMatch(/^Pick a secret by its name/);
    expect(deviceData(app).llmKeySecret).toBe("handoff-llm");
  });

  it("without secret storage (older Obsidian) the key row says so and takes nothing", async () => {
    const { from } = await withTab((a) => (a.secretStorage = undefined));
    const row = settingNamed("LLM API key", from);
    expect(row.disabled).toBe(true);
    expect(row.components).toEqual([]);
    expect(row.desc).toMatch(/no secret storage/);
  });

  it("shows the .gitignore lines (with this vault's config folder) and adds them on request", async () => {
    const { app, from } = await withTab();
    const row = settingNamed("Per-device files", from);
    const lines = [`${app.vault.configDir}/workspace*.json`, `${app.vault.configDir}/plugins/handoff/data.json`, `${app.vault.configDir}/plugins/handoff/cache/`];
    expect(row.descEl.textContent).toContain(lines.join("\n"));
    await row.find(ButtonComponent).click();
    expect(read(app, ".gitignore").split("\n")).toEqual(expect.arrayContaining(lines));
    await row.find(ButtonComponent).click();
    expect(lastNotice()).toBe(".gitignore already has these lines.");
  });
});
