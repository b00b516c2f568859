import { appendFileSync, existsSync, renameSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { FsVault } from "../../src/cli/fs-vault";
import { extractNote } from "../../src/extract/extract";
import { ExtractionCache } from "../../src/obsidian/extraction-cache";
import { LiveIndex } from "../../src/obsidian/live-index";
import { DEMO_VAULT, demoCopy, removeCopies, stampOf, treeOf } from "./demo-copy";
import { ManualTimers } from "./manual-timers";

afterAll(removeCopies);
afterEach(() => vi.useRealTimers());

/** The index line the plugin logs. Groups: notes, ms, cached. */
const INDEX_LINE = /^Handoff: indexed (\d+) notes in (\d+) ms \((\d+) cached\)$/;

function liveIndex(root: string, stored: unknown = null) {
  const timers = new ManualTimers();
  const cache = ExtractionCache.empty("0.1.0");
  cache.load(stored);
  const logs: string[] = [];
  const saved: unknown[] = [];
  const index = new LiveIndex({
    port: FsVault.at(root),
    extract: extractNote,
    cache,
    stamp: (path) => stampOf(root, path),
    timers,
    saveCache: async (value) => void saved.push(JSON.parse(JSON.stringify(value))),
    log: (line) => logs.push(line),
  });
  return { index, timers, logs, saved };
}

describe("LiveIndex", () => {
  it("indexes the vault, logs one line, and the next start answers from the cache and writes nothing", async () => {
    const root = demoCopy();
    const first = liveIndex(root);
    expect(first.index.loading).toBe(true);
    const summary = await first.index.start();
    expect(first.index.loading).toBe(false);
    expect(first.logs).toHaveLength(1);
    const [, notes, , cached] = INDEX_LINE.exec(first.logs[0]) ?? [];
    expect(Number(notes)).toBe(summary.notes);
    expect(Number(cached)).toBe(0);
    expect(summary.created).toBeGreaterThan(20);
    expect(first.index.snapshot().length).toBe(summary.created);

    // The first scan appended block ids; Obsidian's modify events re-index those notes, which
    // refreshes their cache entries (as the plugin does between two starts).
    const changed = [...treeOf(root)].filter(([path, text]) => existsSync(join(DEMO_VAULT, path)) && text !== readFileSync(join(DEMO_VAULT, path), "utf8"));
    expect(changed.length).toBeGreaterThan(0);
    for (const [path] of changed) first.index.push({ kind: "reindex", path });
    await first.timers.advance(300);
    await first.index.flush();
    await first.index.stop();
    const after = treeOf(root);
    const second = liveIndex(root, first.saved.at(-1));
    const again = await second.index.start();
    expect(again.cached).toBe(second.index.record?.notes.size);
    expect(again.cached).toBeGreaterThan(20);
    expect(again.created + again.updated).toBe(0);
    expect(treeOf(root)).toEqual(after);
    expect(second.index.snapshot()).toEqual(first.index.snapshot());
  });

  it("writes the same bytes whatever this device's clock says (no clock while indexing)", async () => {
    const a = demoCopy();
    const b = demoCopy();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T03:00:00Z"));
    await liveIndex(a).index.start();
    vi.setSystemTime(new Date("2031-06-15T22:00:00Z"));
    await liveIndex(b).index.start();
    vi.useRealTimers();
    expect(treeOf(a)).toEqual(treeOf(b));
  });

  it("re-indexes one changed note after the debounce, and tells listeners once", async () => {
    const root = demoCopy();
    const { index, timers } = liveIndex(root);
    await index.start();
    let heard = 0;
    index.subscribe(() => heard++);
    const note = "Channels/billing-v2/2026-11-20 Wei Ling Tan.md";
    appendFileSync(join(root, note), "\n- I'll send the export fix to Harbour by Friday.\n");
    index.push({ kind: "reindex", path: note });
    expect(index.snapshot().some((i) => i.title.includes("export fix"))).toBe(false);
    await timers.advance(300);
    await index.flush(); // the batch started by the timer; nothing else is pending
    const item = index.snapshot().find((i) => i.title.includes("export fix"));
    expect(item).toMatchObject({ kind: "commitment", owner: "Wei Ling Tan", sourcePath: note, due: "2026-11-20T17:30:00+08:00" }); // a Friday note: "by Friday" is that day, at the end of her hours
    expect(heard).toBe(1);
    expect(readFileSync(join(root, item?.path as string), "utf8")).toContain("> I'll send the export fix to Harbour by Friday.");
  });

  it("follows a rename by block id and keeps items of a deleted note", async () => {
    const root = demoCopy();
    const { index, timers } = liveIndex(root);
    await index.start();
    const from = "Channels/design-system/2026-11-23 Hana Yusof.md";
    const to = "Channels/design-system/2026-11-23 Hana Yusof (moved).md";
    const before = index.snapshot().filter((i) => i.sourcePath === from);
    expect(before.length).toBeGreaterThan(0);
    renameSync(join(root, from), join(root, to));
    index.push({ kind: "rename", from, to });
    await timers.advance(300);
    await index.flush();
    const after = index.snapshot().filter((i) => before.some((b) => b.id === i.id));
    expect(after.map((i) => i.sourcePath)).toEqual(before.map(() => to));
    rmSync(join(root, to));
    index.push({ kind: "remove", path: to });
    await timers.advance(300);
    await index.flush();
    expect(index.snapshot().filter((i) => before.some((b) => b.id === i.id))).toHaveLength(before.length);
  });

  it("rebuilds everything when the team settings note changes", async () => {
    const root = demoCopy();
    const { index, timers } = liveIndex(root);
    await index.start();
    expect(index.settings?.decisionWindowHours).toBe(48);
    const path = "Handoff/Team settings.md";
    writeFileSync(join(root, path), readFileSync(join(root, path), "utf8").replace("decision_window: 48h", "decision_window: 72h"));
    const record = index.record;
    index.push({ kind: "reindex", path });
    await timers.advance(300);
    await index.flush();
    expect(index.record).not.toBe(record);
    expect(index.settings?.decisionWindowHours).toBe(72);
  });

  it("gives the editor one context per note while nothing changes, none for notes that are not sources", async () => {
    const root = demoCopy();
    const { index } = liveIndex(root);
    expect(index.extractContext("Channels/urgent/urgent.md")).toBeNull();
    await index.start();
    const path = "Channels/billing-v2/2026-11-20 Wei Ling Tan.md";
    const ctx = index.extractContext(path);
    expect(ctx).toMatchObject({ path, settings: index.settings, directory: index.directory });
    expect(index.extractContext(path)).toBe(ctx);
    expect(index.extractContext("People/Maya Chen.md")).toBeNull();
    const item = index.snapshot()[0];
    expect(index.extractContext(item.path)).toBeNull();
  });

  it("finds the tracked item for every extracted sentence of a note, and none for a new one", async () => {
    const root = demoCopy();
    const { index } = liveIndex(root);
    await index.start();
    const record = index.record;
    if (!record) throw new Error("not indexed");
    let checked = 0;
    for (const path of record.notes.paths()) {
      for (const candidate of record.notes.get(path)?.extraction.candidates ?? []) {
        if (candidate.kind === "fyi") continue;
        const item = index.itemForCandidate(path, candidate);
        expect(item, `${path}: ${candidate.text}`).not.toBeNull();
        expect(item?.sourcePath).toBe(path);
        expect(item?.kind).toBe(candidate.kind);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const path = record.notes.paths()[0];
    const fresh = extractNote("I'll repaint the office by Friday.", { path, directory: record.directory, settings: record.settings }).candidates[0];
    expect(index.itemForCandidate(path, fresh)).toBeNull();
  });

  it("shows an error instead of items when indexing fails, and recovers on a new scan", async () => {
    const root = demoCopy();
    const timers = new ManualTimers();
    let broken = true;
    const port = FsVault.at(root);
    const flaky = Object.assign(Object.create(port) as FsVault, {
      listNotes: () => (broken ? Promise.reject(new Error("disk unplugged")) : port.listNotes()),
    });
    const index = new LiveIndex({ port: flaky, extract: extractNote, cache: ExtractionCache.empty("1"), stamp: () => null, timers });
    await expect(index.start()).rejects.toThrow("disk unplugged");
    expect(index.error).toMatch(/could not index this vault: disk unplugged/);
    expect(index.loading).toBe(false);
    broken = false;
    await index.rescanNow();
    expect(index.error).toBeNull();
    expect(index.snapshot().length).toBeGreaterThan(0);
  });
});
