import { afterAll, describe, expect, it } from "vitest";
import type { Item } from "../../src/model/item";
import { ItemIndex } from "../../src/store/item-index";
import { serializeItemNote } from "../../src/store/item-note";
import { MANAGED_FIELDS, normalizeValue, type FieldValue, type ManagedField } from "../../src/store/item-fields";
import { scanVault } from "../../src/store/scan";
import { stubExtract } from "./stub-extractor";
import { removeTempVaults, tempVault } from "./temp-vault";

afterAll(removeTempVaults);

function note(id: string, source: string | null, title = `Item ${id}`): string {
  const values = {} as Record<ManagedField, FieldValue>;
  const raw: Partial<Record<ManagedField, unknown>> = { title, status: "open", source: source ? `[[${source.replace(/\.md$/, "")}#^${id}]]` : null, quote: title, tags: ["handoff/commitment"] };
  for (const field of MANAGED_FIELDS) values[field] = normalizeValue(field, raw[field] ?? null);
  return serializeItemNote({ kind: "commitment", id, extractedBy: "rules", dateCreated: null, sourceMissing: false, values });
}

describe("ItemIndex", () => {
  it("indexes item notes by path, id, source note and block, replacing a note's entries wholesale", () => {
    const index = new ItemIndex();
    index.update("H/Commitments/A (a).md", note("a", "N/one.md"));
    index.update("H/Commitments/B (b).md", note("b", "N/one.md"));
    index.update("H/Commitments/C (c).md", note("c", "N/two.md"));
    expect(index.byId("b")?.item.path).toBe("H/Commitments/B (b).md");
    expect(index.bySource("N/one.md").map((n) => n.item.id)).toEqual(["a", "b"]);
    expect(index.byBlock("c").map((n) => n.item.id)).toEqual(["c"]);
    index.update("H/Commitments/B (b).md", note("b", "N/two.md"));
    expect(index.bySource("N/one.md").map((n) => n.item.id)).toEqual(["a"]);
    expect(index.bySource("N/two.md").map((n) => n.item.id)).toEqual(["b", "c"]);
    index.remove("H/Commitments/A (a).md");
    expect(index.hasId("a")).toBe(false);
    index.rename("H/Commitments/C (c).md", "H/Commitments/Renamed (c).md");
    expect(index.byId("c")?.item.path).toBe("H/Commitments/Renamed (c).md");
    expect(index.items().map((i) => i.path)).toEqual(["H/Commitments/B (b).md", "H/Commitments/Renamed (c).md"]);
  });

  it("keeps a broken note as a problem (not an item) and reports duplicate ids", () => {
    const index = new ItemIndex();
    index.update("H/Commitments/Broken.md", "---\nid: [x\n---\n");
    index.update("H/Commitments/One (d).md", note("d", null));
    index.update("H/Commitments/Copy (d).md", note("d", null));
    expect(index.size).toBe(2);
    expect(index.byId("d")?.item.path).toBe("H/Commitments/Copy (d).md");
    expect(index.problems()).toEqual([
      expect.stringMatching(/^H\/Commitments\/Broken\.md: invalid YAML frontmatter/),
      "Several item notes have the id d: H/Commitments/Copy (d).md, H/Commitments/One (d).md. Give all but one a new id (or delete the copy); H/Commitments/Copy (d).md is used.",
    ]);
    index.remove("H/Commitments/Copy (d).md");
    expect(index.problems()).toHaveLength(1);
    expect(index.byId("d")?.item.path).toBe("H/Commitments/One (d).md");
  });

  it("fills sourceLine in snapshots, and never changes a snapshot a view already holds", () => {
    const lines = new Map<string, number>([["a", 3]]);
    const index = new ItemIndex((item: Item) => lines.get(item.id) ?? null);
    index.update("H/Commitments/A (a).md", note("a", "N/one.md"));
    index.update("H/Commitments/B (b).md", note("b", "N/one.md"));
    const first = index.items();
    expect(first.map((i) => i.sourceLine)).toEqual([3, null]);
    expect(index.items()).toBe(first);
    lines.set("a", 7);
    index.invalidateLines("N/one.md");
    index.update("H/Commitments/B (b).md", note("b", "N/one.md", "Renamed B"));
    const second = index.items();
    expect(second.map((i) => [i.sourceLine, i.title])).toEqual([
      [7, "Item a"],
      [null, "Renamed B"],
    ]);
    expect(first.map((i) => [i.sourceLine, i.title])).toEqual([
      [3, "Item a"],
      [null, "Item b"],
    ]);
    expect(index.item("a")?.sourceLine).toBe(7);
  });
});

describe("VaultRecord, note by note (the plugin's path)", () => {
  const UPDATE = "---\ndate: 2026-11-23\n---\n- I'll send the brief by Wednesday.\n- Decision: we go with A\n";

  it("re-indexes one changed source note: updates its items, creates new ones, and the snapshot follows", async () => {
    const vault = tempVault({ "Channels/a/Update.md": UPDATE });
    const { record } = await scanVault(vault.port, { extract: stubExtract, now: "2026-11-25" });
    const before = record.snapshot();
    const text = vault.read("Channels/a/Update.md");
    vault.write("Channels/a/Update.md", `${text.replace("by Wednesday", "by Friday")}\nI'll book the room.\n`);
    const result = await record.reindexNote("Channels/a/Update.md");
    expect(result).toEqual({ role: "source", created: 1, updated: 1, problems: [] });
    const after = record.snapshot();
    expect(after).toHaveLength(3);
    const brief = after.find((i) => i.title.startsWith("send the brief"));
    expect(brief?.dueText).toBe("Friday");
    expect(vault.read(brief?.path ?? "")).toContain("due_text: Friday\n");
    expect(after.find((i) => i.title === "book the room")?.sourceLine).toBe(7);
    expect(before).toHaveLength(2);
    expect(await record.reindexNote("Channels/a/Update.md")).toEqual({ role: "source", created: 0, updated: 0, problems: [] });
  });

  it("follows a renamed source note, re-reads an edited item note, and forgets a deleted one", async () => {
    const vault = tempVault({ "Channels/a/Update.md": UPDATE });
    const { record } = await scanVault(vault.port, { extract: stubExtract });
    const ids = record.snapshot().map((i) => i.id);
    await vault.port.rename("Channels/a/Update.md", "Archive/Update.md");
    expect((await record.renameNote("Channels/a/Update.md", "Archive/Update.md")).created).toBe(0);
    expect(record.snapshot().map((i) => [i.id, i.sourcePath, i.channel])).toEqual(ids.map((id) => [id, "Archive/Update.md", null]));
    const decision = record.snapshot().find((i) => i.kind === "decision") as Item;
    vault.write(decision.path, vault.read(decision.path).replace("status: adopted", "status: withdrawn"));
    expect((await record.reindexNote(decision.path)).role).toBe("item");
    expect(record.items.item(decision.id)?.status).toBe("withdrawn");
    record.removeNote(decision.path);
    expect(record.snapshot().map((i) => i.id)).not.toContain(decision.id);
  });
});
