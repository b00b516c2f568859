/**
 * The async-health feature in the built main.js, in the plugin shell's fake App over a copy of
 * the demo vault (test/obsidian's stand-in): the startup tick, the palette commands, what they
 * write through the store and say. The real clock is after every demo window but two, so the
 * windows that closed last week are decided at startup.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { weekOfDate } from "../../src/review/review-week";
import { parseItemNote } from "../../src/store/item-note";
import { DEMO_NOW } from "../fixtures-check/demo-vault-planted";
import { demoCopy, removeCopies } from "../obsidian/demo-copy";
import { FakeApp } from "../obsidian/stand-in/fake-app";
import { lastModal, settingNamed, startPlugin, type Loaded } from "../obsidian/stand-in/harness";
import { buildPlugin } from "../obsidian/stand-in/load-plugin";
import { ButtonComponent, FuzzySuggestModal, Notice, Setting, TextComponent, type MarkdownView } from "../obsidian/stand-in/obsidian";

let loaded: Loaded;
let app: FakeApp;
const read = (path: string): string => readFileSync(join(app.vault.root, path), "utf8");
const decision = (title: RegExp) => {
  const found = loaded.index.snapshot().find((i) => i.kind === "decision" && title.test(i.title));
  if (!found) throw new Error(`no decision ${String(title)}`);
  return found;
};

beforeAll(async () => {
  expect(Date.now()).toBeGreaterThan(Date.parse(DEMO_NOW) - 86_400_000);
  const bundle = await buildPlugin();
  app = new FakeApp(demoCopy("handoff-review-plugin-"));
  loaded = await startPlugin(bundle, app);
  await vi.waitFor(() => expect(decision(/Tillpoint/).status).toBe("contested"), { timeout: 10_000 });
  await loaded.quiet();
  const from = Setting.all.length;
  loaded.plugin.settingTabs[0].display();
  await settingNamed("Who am I", from).find(TextComponent).type("Daniel Lim");
}, 120_000);
afterAll(() => {
  loaded.unload();
  vi.restoreAllMocks();
  removeCopies();
});

async function noticeMatching(pattern: RegExp): Promise<string> {
  await vi.waitFor(() => expect(Notice.log.some((n) => pattern.test(n))).toBe(true), { timeout: 10_000 });
  return Notice.log.filter((n) => pattern.test(n)).at(-1) as string;
}

async function prompt(label: string, text: string, run: () => Promise<void>): Promise<void> {
  const from = Setting.all.length;
  await run();
  await settingNamed(label, from).find(TextComponent).type(text);
  const button = Setting.all.slice(from).flatMap((s) => s.components).find((c): c is ButtonComponent => c instanceof ButtonComponent);
  await button?.click();
}

describe("async health in the plugin", () => {
  it("ticks at startup: windows that closed are adopted or contested at their close, with a Log line", () => {
    const tillpoint = read(decision(/Tillpoint/).path);
    expect(tillpoint).toContain("\nstatus: contested\n");
    expect(tillpoint).toContain("\n## Log\n\n- 2026-11-18T17:30:00+08:00 contested: the window closed with 1 open blocker (Sarah Okafor in ");
    const optionA = read(decision(/Option A/).path);
    expect(optionA).toContain("\ndecided_at: 2026-11-20T15:00:00+00:00\n");
    expect(optionA).toContain("- 2026-11-20T15:00:00+00:00 adopted: the window closed with no open blocker.\n");
  });

  it("checking again decides nothing new and says so", async () => {
    await loaded.run("check-decision-windows");
    expect(await noticeMatching(/^Decision windows checked: /)).toMatch(/^Decision windows checked: 0 adopted, 0 contested, \d+ still open\.$/);
  });

  it("the owner adopts a contested decision, with why; the log says who", async () => {
    const item = decision(/Tillpoint/);
    await app.workspace.openNote(item.path);
    await prompt("Why, in one line", "Legal cleared the DPA", () => loaded.run("adopt-decision"));
    await noticeMatching(/^"Go with Tillpoint for payments" is now adopted\.$/);
    const text = read(item.path);
    expect(parseItemNote(item.path, text)).toMatchObject({ status: "adopted" });
    expect(text).toMatch(/\n- \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z adopted \(Daniel Lim\): Legal cleared the DPA\n/);
  });

  it("supersede asks which decision replaces it and links it in the log", async () => {
    const item = decision(/Option A/);
    await app.workspace.openNote(item.path);
    await loaded.run("supersede-decision");
    const modal = lastModal<FuzzySuggestModal<{ title: string; path: string }>>();
    const replacement = modal.getSuggestions("App Store")[0];
    modal.onChooseSuggestion(replacement, null);
    await noticeMatching(/^"Go with Option A for the onboarding flow" is now superseded\.$/);
    expect(read(item.path)).toContain(` superseded by [[${replacement.path.replace(/\.md$/, "")}|${replacement.title}]] (Daniel Lim).\n`);
  });

  it("a superseded decision cannot be adopted: the command says why and writes nothing", async () => {
    const item = decision(/Option A/);
    await app.workspace.openNote(item.path);
    const before = read(item.path);
    await prompt("Why, in one line", "changed my mind", () => loaded.run("adopt-decision"));
    expect(await noticeMatching(/cannot be adopted\.$/)).toBe(`${item.path}: A superseded decision cannot be adopted.`);
    expect(read(item.path)).toBe(before);
  });

  it("inserts the chain behind the item under the cursor as a Mermaid graph", async () => {
    const dependency = loaded.index.snapshot().find((i) => i.kind === "dependency" && /load test/i.test(i.title));
    if (!dependency) throw new Error("no load-test dependency");
    const view: MarkdownView = await app.workspace.openNote(dependency.path);
    await loaded.run("insert-chain-graph");
    expect(view.editor.getValue()).toContain('```mermaid\nflowchart LR\n  n0("Josh Levesque")\n  n1("Wei Ling Tan")\n  n0 -->|"the load test results"| n1\n```');
  });

  it("writes the weekly review of this week and opens it", async () => {
    const week = weekOfDate(DateTime.now().setZone("Europe/London").toISODate() as string).key;
    const path = `Handoff/Reviews/${week} review.md`;
    await loaded.run("write-weekly-review");
    await noticeMatching(new RegExp(`^Weekly review written: ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    expect(read(path)).toContain(`# Weekly review ${week}\n`);
    expect(app.workspace.getActiveFile()?.path).toBe(path);
  });
});
