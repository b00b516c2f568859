/**
 * Team time inside the built plugin (main.js) in the shell's fake Obsidian over a copy of the
 * demo vault: the feature registers through the seam, "Open team time" and "Find a meeting slot"
 * open one pane, the calendar exports write .ics files a calendar parser reads, and marking a
 * recurring commitment done through the plugin's write path rolls it to its next occurrence.
 * (The pane's DOM is tested in Chromium by team-time.test.ts; the fake has no real DOM.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Item } from "../../src/model/item";
import { parseItemNote } from "../../src/store/item-note";
import { demoCopy, removeCopies } from "../obsidian/demo-copy";
import { FakeApp } from "../obsidian/stand-in/fake-app";
import { lastNotice, settingNamed, startPlugin, type Loaded } from "../obsidian/stand-in/harness";
import { buildPlugin } from "../obsidian/stand-in/load-plugin";
import { Setting, TextComponent } from "../obsidian/stand-in/obsidian";

let loaded: Loaded;
let app: FakeApp;

beforeAll(async () => {
  app = new FakeApp(demoCopy("handoff-team-time-"));
  loaded = await startPlugin(await buildPlugin(), app);
  const from = Setting.all.length;
  loaded.plugin.settingTabs[0].display();
  await settingNamed("Who am I", from).find(TextComponent).type("Maya Chen");
}, 120_000);
afterAll(() => {
  loaded?.unload();
  vi.restoreAllMocks();
  removeCopies();
});

const read = (path: string): string => readFileSync(join(app.vault.root, path), "utf8");

describe("team time in the plugin", () => {
  it("registers its commands through the feature seam", () => {
    const names = ["open-team-time", "find-meeting-slot", "export-team-calendar", "export-my-calendar"].map((id) => loaded.plugin.commands.get(id)?.name);
    expect(names).toEqual(["Open team time", "Find a meeting slot", "Export team calendar (.ics)", "Export my calendar (.ics)"]);
  });

  it("opens one team time pane, however often it is asked", async () => {
    await loaded.run("open-team-time");
    await loaded.run("find-meeting-slot");
    await loaded.run("open-team-time");
    const panes = app.workspace.getLeavesOfType("handoff-team-time-view");
    expect(panes).toHaveLength(1);
    expect(panes[0]?.view?.getViewType()).toBe("handoff-team-time-view");
  });

  it("exports the team's calendar into the vault, and again only when it changed", async () => {
    await loaded.run("export-team-calendar");
    await vi.waitFor(() => expect(lastNotice()).toMatch(/^Wrote \d+ events in Handoff\/Team calendar\.ics\./));
    const text = read("Handoff/Team calendar.ics");
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents("vevent");
    expect(lastNotice()).toContain(`Wrote ${events.length} events`);
    expect(events.some((e) => e.getFirstPropertyValue("rrule")?.toString() === "FREQ=WEEKLY;BYDAY=MO")).toBe(true);
    await loaded.run("export-team-calendar");
    await vi.waitFor(() => expect(lastNotice()).toMatch(/^Already up to date: \d+ events in Handoff\/Team calendar\.ics\./));
    expect(read("Handoff/Team calendar.ics")).toBe(text);
  });

  it("exports the viewer's own calendar", async () => {
    await loaded.run("export-my-calendar");
    await vi.waitFor(() => expect(lastNotice()).toMatch(/^Wrote \d+ events? in Handoff\/Calendar Maya Chen\.ics\./));
    expect(read("Handoff/Calendar Maya Chen.ics")).toContain("X-WR-CALNAME:Handoff: Maya Chen");
  });

  it("marking the weekly release notes done rolls them to the next Monday 10:00 Singapore, keeping the done date", async () => {
    await loaded.run("scan-vault");
    await loaded.quiet();
    const notes = loaded.index.snapshot().find((i) => i.title.startsWith("Post the release notes")) as unknown as Item | undefined;
    if (!notes) throw new Error("the release-notes ritual was not indexed");
    const host = (loaded.plugin as unknown as { core: { feed: { host: { onSetStatus(item: Item, status: string): Promise<void> } } } }).core.feed.host;
    await host.onSetStatus(notes, "done");
    const item = parseItemNote(notes.path, read(notes.path));
    if ("problem" in item) throw new Error(item.problem);
    expect(item.status).toBe("open");
    expect(item.due).toMatch(/T10:00:00\+08:00$/);
    expect(new Date(item.due ?? "").getUTCDay()).toBe(1);
    expect(Date.parse(item.due ?? "")).toBeGreaterThan(Date.parse("2026-11-16T10:00:00+08:00"));
    expect(read(notes.path)).toMatch(/\ncomplete_instances:\n {2}- 2026-11-16\n/);
  });
});
