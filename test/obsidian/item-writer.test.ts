import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FsVault } from "../../src/cli/fs-vault";
import { extractNote } from "../../src/extract/extract";
import type { Item } from "../../src/model/item";
import { ItemWriter, ItemWriteRefused } from "../../src/obsidian/item-writer";
import { scanVault } from "../../src/store/scan";
import { demoCopy, removeCopies } from "./demo-copy";

let root = "";
let items: readonly Item[] = [];
const NOW = "2026-11-24T09:12:00Z";
const writer = () => new ItemWriter(FsVault.at(root), () => NOW, () => "Asia/Singapore");
const read = (path: string) => readFileSync(join(root, path), "utf8");

beforeAll(async () => {
  root = demoCopy();
  items = (await scanVault(FsVault.at(root), { extract: extractNote })).items;
});
afterAll(removeCopies);

/** Lines of `after` that differ from `before`, as [before, after] pairs (same line count expected). */
function changedLines(before: string, after: string): string[] {
  const a = before.split("\n");
  const b = after.split("\n");
  return b.filter((line) => !a.includes(line));
}

describe("ItemWriter", () => {
  it("sets a status through process: only status, completedDate and handoff_edited change; the body stays byte-identical", async () => {
    const item = items.find((i) => i.kind === "commitment" && i.status === "open") as Item;
    const path = item.path;
    writeFileSync(join(root, path), `${read(path)}\nMy own comment, kept.\n`);
    const before = read(path);
    await writer().setStatus(item, "done");
    const after = read(path);
    expect(changedLines(before, after).sort()).toEqual(["completedDate: 2026-11-24", "handoff_edited: completedDate=2026-11-24T17:12:00+08:00 status=2026-11-24T17:12:00+08:00", "status: done"]);
    expect(after.split("\n---\n")[1]).toBe(before.split("\n---\n")[1]);
    const removed = before.split("\n").filter((line) => !after.split("\n").includes(line));
    expect(removed).toEqual(["status: open"]);
  });

  it("clears completedDate when a done item is reopened", async () => {
    const item = items.find((i) => i.kind === "commitment" && i.status === "open" && i.path !== items[0].path) as Item;
    await writer().setStatus(item, "done");
    await writer().setStatus({ ...item, status: "done" }, "in-progress");
    const text = read(item.path);
    expect(text).toContain("status: in-progress\n");
    expect(text).not.toContain("completedDate:");
  });

  it("refuses a status the kind does not have, and a note that is not a valid item note", async () => {
    const decision = items.find((i) => i.kind === "decision") as Item;
    await expect(writer().setStatus(decision, "done")).rejects.toThrow(ItemWriteRefused);
    const task = items.find((i) => i.kind === "request") as Item;
    writeFileSync(join(root, task.path), "---\nid: [unclosed\n---\nbroken\n");
    await expect(writer().setStatus(task, "done")).rejects.toThrow(/Fix it by hand/);
    expect(read(task.path)).toBe("---\nid: [unclosed\n---\nbroken\n");
  });

  it("raises a blocker on a decision by appending one line, and refuses other kinds", async () => {
    const decision = items.find((i) => i.kind === "decision") as Item;
    const before = read(decision.path);
    const line = await writer().raiseBlocker(decision, "Legal has not signed off", "Maya Chen");
    expect(line).toBe("- [ ] Blocker: Legal has not signed off — Maya Chen, 2026-11-24T17:12+08:00");
    const after = read(decision.path);
    expect(after.startsWith(before.endsWith("\n") ? before : `${before}\n`)).toBe(true);
    expect(after.endsWith(`${line}\n`)).toBe(true);
    const task = items.find((i) => i.kind === "commitment") as Item;
    await expect(writer().raiseBlocker(task, "x", "Maya")).rejects.toThrow(/not a decision/);
  });
});
