/**
 * The palette commands of the built main.js, driven in a fake App over one copy of the demo
 * vault: what each writes (through the store), opens, or says.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { baseFileText } from "../../src/obsidian/base-file";
import { parseItemNote } from "../../src/store/item-note";
import { demoCopy, removeCopies } from "./demo-copy";
import { FakeApp } from "./stand-in/fake-app";
import { lastModal, lastNotice, settingNamed, startPlugin, type Loaded } from "./stand-in/harness";
import { buildPlugin, removeBundle } from "./stand-in/load-plugin";
import { ButtonComponent, DropdownComponent, FuzzySuggestModal, Modal, Notice, Setting, SuggestModal, TextComponent, type MarkdownView } from "./stand-in/obsidian";

let loaded: Loaded;
let app: FakeApp;
const read = (path: string) => readFileSync(join(app.vault.root, path), "utf8");

beforeAll(async () => {
  const bundle = await buildPlugin();
  app = new FakeApp(demoCopy());
  loaded = await startPlugin(bundle, app);
  // Who am I: Maya Chen (London), through the settings tab as a person would.
  const from = Setting.all.length;
  loaded.plugin.settingTabs[0].display();
  await settingNamed("Who am I", from).find(TextComponent).type("Maya Chen");
}, 120_000);
afterAll(() => {
  loaded.unload();
  vi.restoreAllMocks();
  removeCopies();
  removeBundle();
});

/** Waits for a notice matching `pattern`. */
async function noticeMatching(pattern: RegExp): Promise<string> {
  await vi.waitFor(() => expect(Notice.log.some((n) => pattern.test(n))).toBe(true), { timeout: 10_000 });
  return Notice.log.filter((n) => pattern.test(n)).at(-1) as string;
}

describe("palette commands", () => {
  it("open the three panes", async () => {
    for (const [id, type] of [["open-board", "handoff-board-view"], ["open-decision-log", "handoff-decision-log-view"], ["open-waiting-on-me", "handoff-waiting-on-me-view"]]) {
      await loaded.run(id);
      await vi.waitFor(() => expect(app.workspace.getLeavesOfType(type)).toHaveLength(1));
      await loaded.run(id);
      expect(app.workspace.getLeavesOfType(type)).toHaveLength(1);
    }
  });

  it("new async update: today's note in my channel from the template, opened again rather than made twice", async () => {
    const from = Setting.all.length;
    loaded.plugin.settingTabs[0].display();
    await settingNamed("My channel", from).find(TextComponent).type("onboarding-revamp");
    await loaded.run("new-async-update");
    const today = DateTime.now().setZone("Europe/London").toISODate() as string;
    const path = `Channels/onboarding-revamp/${today} Maya Chen.md`;
    await vi.waitFor(() => expect(existsSync(join(app.vault.root, path))).toBe(true));
    const text = read(path);
    expect(text).toBe(`---\nauthor: "[[Maya Chen]]"\ndate: ${today}\n---\n## Done\n- \n\n## Next\n- \n\n## Blockers\n- \n\n## Decisions needed\n- \n`);
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe(path));
    await loaded.run("new-async-update");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read(path)).toBe(text);
  });

  it("new decision: the modal writes a decision note whose window defaults to the team's 48 hours", async () => {
    const from = Setting.all.length;
    await loaded.run("new-decision");
    const modal = lastModal<Modal>();
    expect(modal.titleEl.textContent).toBe("New decision");
    await settingNamed("Decision", from).find(TextComponent).type("Analytics vendor for onboarding");
    await settingNamed("Options", from).find(TextComponent).type("Amplitude\nMixpanel");
    await settingNamed("Rationale", from).find(TextComponent).type("Cheaper at our volume.");
    expect(settingNamed("Window (hours)", from).find(TextComponent).inputEl.value).toBe("48");
    await settingNamed("Decision type", from).find(DropdownComponent).select("product");
    expect(settingNamed("Owner", from).find(TextComponent).inputEl.value).toBe("Maya Chen");
    const before = Date.now();
    const buttons = Setting.all.slice(from).flatMap((s) => s.components).filter((c): c is ButtonComponent => c instanceof ButtonComponent);
    await buttons.find((b) => b.text === "Propose decision")?.click();
    const notice = await noticeMatching(/^Decision proposed: "Analytics vendor for onboarding"/);
    expect(modal.isOpen).toBe(false);
    const path = app.vault.getMarkdownFiles().map((f) => f.path).find((p) => p.startsWith("Handoff/Decisions/Analytics vendor for onboarding ("));
    if (!path) throw new Error(`no decision note; ${notice}`);
    const item = parseItemNote(path, read(path));
    if ("problem" in item) throw new Error(item.problem);
    expect(item).toMatchObject({ kind: "decision", status: "open", owner: "Maya Chen", choice: "Amplitude", decisionType: "product", extractedBy: "manual" });
    const closes = Date.parse(item.windowCloses as string);
    expect(closes - before).toBeGreaterThan(48 * 3600_000 - 60_000);
    expect(closes - before).toBeLessThan(48 * 3600_000 + 60_000);
  });

  it("set status of the open item note, through a status picker", async () => {
    await loaded.quiet();
    const item = loaded.index.snapshot().find((i) => i.kind === "request" && i.status === "open");
    if (!item) throw new Error("no open request");
    await app.workspace.openNote(item.path);
    await loaded.run("set-status");
    const modal = lastModal<SuggestModal<string>>();
    expect(modal.getSuggestions("")).toEqual(["in-progress", "done", "cancelled"]);
    modal.onChooseSuggestion("done", null);
    await noticeMatching(/is now done\.$/);
    expect(read(item.path)).toMatch(/\nstatus: done\n/);
  });

  it("raise a blocker on the open decision note: one line appended, naming me", async () => {
    const decision = loaded.index.snapshot().find((i) => i.kind === "decision" && i.status === "open");
    if (!decision) throw new Error("no open decision");
    await app.workspace.openNote(decision.path);
    const before = read(decision.path);
    const from = Setting.all.length;
    await loaded.run("raise-blocker");
    await settingNamed("What blocks this decision?", from).find(TextComponent).type("Legal has not reviewed the contract");
    const buttons = Setting.all.slice(from).flatMap((s) => s.components).filter((c): c is ButtonComponent => c instanceof ButtonComponent);
    await buttons[0].click();
    await noticeMatching(/^Blocker added to /);
    const after = read(decision.path);
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^\n?- \[ \] Blocker: Legal has not reviewed the contract — Maya Chen, \d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}\n$/);
  });

  it("raise a blocker refuses anything but a decision, saying why", async () => {
    const task = loaded.index.snapshot().find((i) => i.kind === "commitment");
    if (!task) throw new Error("no commitment");
    await app.workspace.openNote(task.path);
    await loaded.run("raise-blocker");
    expect(lastNotice()).toMatch(/is a commitment, not a decision\.$/);
  });

  it("jump from an item note to its source sentence", async () => {
    const item = loaded.index.snapshot().find((i) => i.sourceBlock !== null && i.sourcePath !== null);
    if (!item) throw new Error("no sourced item");
    await app.workspace.openNote(item.path);
    await loaded.run("jump-item-source");
    expect(app.workspace.opened.at(-1)).toBe(`${item.sourcePath}#^${item.sourceBlock}`);
  });

  it("insert signal: the deadline is picked on my clock and inserted as words the extractor reads", async () => {
    const path = "Channels/onboarding-revamp/2026-11-23 Maya Chen.md";
    const view: MarkdownView = await app.workspace.openNote(path);
    const lines = view.editor.getValue().split("\n");
    view.editor.setCursor({ line: lines.length - 1, ch: 0 });
    const from = Setting.all.length;
    await loaded.run("insert-signal");
    await settingNamed("Deadline date", from).find(TextComponent).type("2026-11-26");
    await settingNamed("Deadline time", from).find(TextComponent).type("17:00");
    const insert = Setting.all.slice(from).flatMap((s) => s.components).find((c): c is ButtonComponent => c instanceof ButtonComponent && c.text === "Insert");
    await insert?.click();
    expect((view.editor).getValue()).toContain("Input needed by Thu 26 Nov 2026 17:00 London time.\n");
  });

  it("extract from the current note says what it found", async () => {
    await app.workspace.openNote("Channels/mobile-release/2026-11-23 Arjun Menon.md");
    await loaded.run("extract-current-note");
    expect(lastNotice()).toMatch(/^Found \d+ \w+.* in 2026-11-23 Arjun Menon\. 0 items created, 0 updated\.$/);
    await app.workspace.openNote("People/Maya Chen.md");
    await loaded.run("extract-current-note");
    expect(lastNotice()).toBe("People/Maya Chen.md is a person note, not a note Handoff extracts from.");
  });

  it("scan the vault reports counts", async () => {
    await loaded.run("scan-vault");
    await noticeMatching(/^Scanned \d+ notes in \d+ ms: \d+ items created, \d+ updated\./);
  });

  it("create the Bases file: the shipped table, once", async () => {
    await loaded.run("create-base");
    expect(read("Handoff/Handoff items.base")).toBe(baseFileText("Handoff", true));
    await loaded.run("create-base");
    expect(lastNotice()).toBe("Handoff/Handoff items.base already exists; opening it.");
  });

  it("toggle inline highlighting: remembered in data.json", async () => {
    await loaded.run("toggle-highlighting");
    expect(lastNotice()).toBe("Inline highlighting is off.");
    expect(JSON.parse(read(`${app.vault.configDir}/plugins/handoff/data.json`))).toMatchObject({ highlighting: false });
    await loaded.run("toggle-highlighting");
    expect(JSON.parse(read(`${app.vault.configDir}/plugins/handoff/data.json`))).toMatchObject({ highlighting: true });
  });

  it("commands that need an item say what to do when there is none", async () => {
    app.workspace.activeLeaf = null;
    await loaded.run("set-status");
    expect(lastNotice()).toBe("Open an item note, or put the cursor on a highlighted sentence in a note.");
    await app.workspace.openNote("Start here.md");
    await loaded.run("jump-item-source");
    expect(lastNotice()).toMatch(/^Start here is not an item note; switch to editing mode/);
  });

  it("new async update asks for my channel when none is set, and remembers it", async () => {
    const from = Setting.all.length;
    loaded.plugin.settingTabs[0].display();
    await settingNamed("My channel", from).find(TextComponent).type("");
    await loaded.run("new-async-update");
    const modal = lastModal<FuzzySuggestModal<string>>();
    expect(modal.getItems()).toEqual(["billing-v2", "design-system", "mobile-release", "onboarding-revamp", "urgent"]);
    modal.onChooseItem("urgent", null);
    const today = DateTime.now().setZone("Europe/London").toISODate() as string;
    await vi.waitFor(() => expect(existsSync(join(app.vault.root, `Channels/urgent/${today} Maya Chen.md`))).toBe(true));
    expect(JSON.parse(read(`${app.vault.configDir}/plugins/handoff/data.json`))).toMatchObject({ channel: "urgent" });
  });
});
