import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { scanVault } from "../../src/store/scan";
import { stubExtract } from "./stub-extractor";
import { removeTempVaults, tempVault, type TempVault } from "./temp-vault";

const NOW = "2026-11-25T12:00:00+00:00";

const MAYA_NOTE = `---
author: "[[Maya Chen]]"
date: 2026-11-23
---
## Next
- I'll have the mockups ready by Thursday and need sign-off from Dev before Friday EOD.
- Decision: we go with Option A
- FYI the staging deploy is frozen.

Some prose that tracks nothing at all.

- [ ] Review the API spec 📅 2026-11-27 🆔 api1
- [ ] Ship the release ⛔ api1
`;

function teamVault(extra: Record<string, string | Uint8Array> = {}): TempVault {
  return tempVault({
    "Handoff/Team settings.md": "---\ntimezone: Europe/London\n---\n",
    "People/Maya Chen.md": "---\ntimezone: Europe/London\naliases: [Maya]\n---\n",
    "People/Oliver Hughes.md": "---\ntimezone: Europe/London\naliases: [Oliver]\n---\n",
    "Teams/Dev.md": '---\nmembers: ["[[Oliver Hughes]]"]\n---\n',
    "Channels/design/2026-11-23 Maya.md": MAYA_NOTE,
    ".trash/Old update.md": "I'll never be tracked, I am in the trash.\n",
    ...extra,
  });
}

async function scan(vault: TempVault, options: { dryRun?: boolean; now?: string } = {}) {
  return scanVault(vault.port, { extract: stubExtract, now: NOW, ...options });
}

function itemFile(vault: TempVault, folder: string, contains: string): string {
  const path = vault.list(`Handoff/${folder}`).find((p) => vault.read(p).includes(`\ntitle: ${contains}`));
  if (!path) throw new Error(`no item note in ${folder} containing ${contains}`);
  return path;
}

afterAll(removeTempVaults);

describe("scanVault on a real folder", () => {
  it("creates one item note per tracked candidate, with block ids in the source and links between items", async () => {
    const vault = teamVault();
    const result = await scan(vault);
    expect(result.problems).toEqual([]);
    expect(result.notes).toBe(1);
    expect(result.created).toBe(6);
    expect(result.items.map((i) => `${i.kind}:${i.title}`).sort()).toEqual([
      "commitment:Review the API spec",
      "commitment:Ship the release",
      "commitment:Sign-off for Maya Chen: have the mockups ready by Thursday",
      "commitment:have the mockups ready by Thursday and need sign-off from Dev before Friday EOD",
      "decision:we go with Option A",
      "dependency:sign-off from Dev",
    ]);
    const source = vault.read("Channels/design/2026-11-23 Maya.md");
    const ids = [...source.matchAll(/ \^(ho-[0-9a-z]{7})$/gm)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    expect(source.replace(/ \^ho-[0-9a-z]{7}$/gm, "")).toBe(MAYA_NOTE);

    const commitment = result.items.find((i) => i.title.startsWith("have the mockups"));
    expect(commitment?.id).toBe(ids[0]);
    expect(commitment?.sourceLine).toBe(6);
    expect(commitment?.owner).toBe("Maya Chen");
    expect(commitment?.path).toBe(`Handoff/Commitments/have the mockups ready by Thursday and need sign-off from (${ids[0]}).md`);
    const dependency = result.items.find((i) => i.kind === "dependency");
    const task = result.items.find((i) => i.title.startsWith("Sign-off for Maya Chen"));
    expect(dependency?.id).toBe(`${ids[0]}-d1`);
    expect(task?.id).toBe(`${ids[0]}-c1`);
    expect(task?.owner).toBe("Dev");
    expect(dependency?.blockedBy).toEqual([task?.id]);
    const ship = result.items.find((i) => i.title === "Ship the release");
    const review = result.items.find((i) => i.title === "Review the API spec");
    expect(ship?.blockedBy).toEqual([review?.id]);
    expect(review?.due).toBe("2026-11-27T17:00:00+00:00");
    expect(result.record.notes.get("Channels/design/2026-11-23 Maya.md")?.fyi.map((c) => c.text)).toEqual(["FYI the staging deploy is frozen."]);

    const depText = vault.read(dependency?.path ?? "");
    expect(depText).toContain(`blocked_by:\n  - "[[${task?.path.replace(/\.md$/, "")}|Sign-off for Maya Chen: have the mockups ready by Thursday]]"\n`);
    expect(depText).toContain(`source: "[[Channels/design/2026-11-23 Maya#^${ids[0]}]]"\n`);
    expect(depText).toContain("channel: design\n");
    expect(depText).toContain("dateCreated: 2026-11-23\n");
  });

  it("writes nothing on a second scan of an unchanged vault (same bytes, same mtimes)", async () => {
    const vault = teamVault();
    await scan(vault);
    const bytes = vault.tree();
    const mtimes = vault.mtimes();
    await new Promise((r) => setTimeout(r, 20));
    const again = await scan(vault);
    expect(again.created).toBe(0);
    expect(again.updated).toBe(0);
    expect(vault.tree()).toEqual(bytes);
    expect(vault.mtimes()).toEqual(mtimes);
  });

  it("writes nothing with --dry-run but reports what it would create", async () => {
    const vault = teamVault();
    const before = vault.tree();
    const result = await scan(vault, { dryRun: true });
    expect(result.created).toBe(6);
    expect(result.items).toHaveLength(6);
    expect(vault.tree()).toEqual(before);
  });

  it("keeps a person's edits to owner, due and status while other fields follow the sentence", async () => {
    const vault = teamVault();
    await scan(vault);
    const path = itemFile(vault, "Commitments", "have the mockups");
    const edited = vault
      .read(path)
      .replace('owner: "[[Maya Chen]]"', 'owner: "[[Oliver Hughes]]"')
      .replace("status: open", "status: in-progress")
      .replace("due: 2026-11-23T17:00:00+00:00", "due: 2026-11-30T17:00:00+00:00")
      .concat("\nOliver: I took this over.\n");
    vault.write(path, edited);
    const source = "Channels/design/2026-11-23 Maya.md";
    vault.write(source, vault.read(source).replace("ready by Thursday", "and the copy ready by Friday"));
    const result = await scan(vault);
    expect(result.created).toBe(0);
    const after = vault.read(path);
    expect(after).toContain('owner: "[[Oliver Hughes]]"');
    expect(after).toContain("status: in-progress");
    expect(after).toContain("due: 2026-11-30T17:00:00+00:00");
    expect(after).toContain("due_text: Friday");
    expect(after).toContain("title: have the mockups and the copy ready by Friday and need sign-off from Dev before Friday EOD");
    expect(after).toContain("> I'll have the mockups and the copy ready by Friday and need sign-off");
    expect(after.endsWith("\nOliver: I took this over.\n")).toBe(true);
    const third = await scan(vault);
    expect(third.updated).toBe(0);
  });

  it("marks an item source_missing when its sentence disappears, and clears it when it comes back", async () => {
    const vault = teamVault();
    await scan(vault);
    const source = "Channels/design/2026-11-23 Maya.md";
    const withIds = vault.read(source);
    const decisionLine = withIds.split("\n").find((l) => l.includes("Decision:")) ?? "";
    vault.write(source, withIds.replace(`${decisionLine}\n`, ""));
    const gone = await scan(vault);
    const decision = gone.items.find((i) => i.kind === "decision");
    expect(decision?.sourceMissing).toBe(true);
    expect(gone.items).toHaveLength(6);
    expect(vault.read(decision?.path ?? "")).toContain("source_missing: true\n");
    vault.write(source, withIds);
    const back = await scan(vault);
    expect(back.items.find((i) => i.kind === "decision")?.sourceMissing).toBe(false);
    expect(vault.read(decision?.path ?? "")).not.toContain("source_missing");
  });

  it("keeps item ids when the source note is renamed and moved", async () => {
    const vault = teamVault();
    const first = await scan(vault);
    const ids = first.items.map((i) => i.id).sort();
    const source = "Channels/design/2026-11-23 Maya.md";
    await vault.port.rename(source, "Channels/product/Renamed update.md");
    const second = await scan(vault);
    expect(second.created).toBe(0);
    expect(second.items.map((i) => i.id).sort()).toEqual(ids);
    expect(second.items.every((i) => i.sourcePath === "Channels/product/Renamed update.md" && !i.sourceMissing)).toBe(true);
    const decision = second.items.find((i) => i.kind === "decision");
    expect(vault.read(decision?.path ?? "")).toContain("channel: product\n");
    expect((await scan(vault)).updated).toBe(0);
  });

  it("keeps every id when a teammate adds lines above and edits another sentence, updating only that item", async () => {
    const vault = teamVault();
    const first = await scan(vault);
    const source = "Channels/design/2026-11-23 Maya.md";
    const text = vault.read(source);
    vault.write(source, text.replace("## Next\n", "## Next\nOliver: added context here.\n\n").replace("Ship the release", "Ship the release candidate"));
    const second = await scan(vault);
    expect(second.created).toBe(0);
    expect(second.updated).toBe(1);
    expect(second.items.map((i) => i.id).sort()).toEqual(first.items.map((i) => i.id).sort());
    expect(second.items.find((i) => i.title === "Ship the release candidate")?.sourceLine).toBe(15);
  });

  it("gives a copied note its own items instead of taking the original's", async () => {
    const vault = teamVault();
    const first = await scan(vault);
    const source = "Channels/design/2026-11-23 Maya.md";
    vault.write("Channels/design/Copy of update.md", vault.read(source));
    const second = await scan(vault);
    expect(second.created).toBe(first.created);
    expect(second.updated).toBe(0);
    const ids = second.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of first.items) expect(second.record.items.item(item.id)?.sourcePath).toBe(source);
    expect(vault.read(source)).toBe(vault.read("Channels/design/Copy of update.md"));
    const third = await scan(vault);
    expect([third.created, third.updated]).toEqual([0, 0]);
  });

  it("keeps the id through a light edit, with the block id and after the block id was deleted", async () => {
    const vault = teamVault();
    const first = await scan(vault);
    const decisionId = first.items.find((i) => i.kind === "decision")?.id;
    const source = "Channels/design/2026-11-23 Maya.md";
    vault.write(source, vault.read(source).replace("we go with Option A", "we go with Option A for now"));
    const second = await scan(vault);
    expect(second.created).toBe(0);
    expect(second.items.find((i) => i.kind === "decision")?.id).toBe(decisionId);
    vault.write(source, vault.read(source).replace(/(Option A for now) \^ho-[0-9a-z]+/, "$1, as agreed"));
    const third = await scan(vault);
    expect(third.created).toBe(0);
    const decision = third.items.find((i) => i.kind === "decision");
    expect(decision?.id).toBe(decisionId);
    expect(decision?.title).toBe("we go with Option A for now, as agreed");
    expect(decision?.sourceBlock).not.toBe(decisionId);
    expect(vault.read(source)).toContain(`Option A for now, as agreed ^${decision?.sourceBlock}\n`);
  });

  it("gives two identical sentences in different notes different ids", async () => {
    const note = "---\ndate: 2026-11-24\n---\nI'll send the brief by Friday.\n";
    const vault = teamVault({ "Channels/a/One.md": note, "Channels/b/Two.md": note });
    const result = await scan(vault);
    const briefs = result.items.filter((i) => i.title.startsWith("send the brief"));
    expect(briefs).toHaveLength(2);
    expect(briefs[0].id).not.toBe(briefs[1].id);
  });

  it("reports an item note edited into invalid YAML, naming it, and leaves it byte-identical", async () => {
    const vault = teamVault();
    await scan(vault);
    const path = itemFile(vault, "Decisions", "we go with Option A");
    const broken = vault.read(path).replace("status: adopted", "status: [adopted");
    vault.write(path, broken);
    const result = await scan(vault);
    expect(result.problems.some((p) => p.startsWith(`${path}: invalid YAML`))).toBe(true);
    expect(vault.read(path)).toBe(broken);
    expect(vault.list("Handoff/Decisions")).toEqual([path]);
  });

  it("reports binary and non-UTF-8 notes and scans a 5 MB single-line note without crashing", async () => {
    const huge = `---\ndate: 2026-11-24\n---\nI'll read this. ${"word ".repeat(1_000_000)}\n`;
    const vault = teamVault({
      "Channels/x/Binary.md": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]),
      "Channels/x/Latin1.md": new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]),
      "Channels/x/Huge.md": huge,
    });
    const before = vault.tree();
    const result = await scan(vault);
    expect(result.problems).toEqual([
      expect.stringContaining('"Channels/x/Binary.md": it is a binary file'),
      expect.stringContaining('"Channels/x/Latin1.md": it is not valid UTF-8'),
    ]);
    expect(vault.tree().get("Channels/x/Binary.md")).toEqual(before.get("Channels/x/Binary.md"));
    expect(vault.tree().get("Channels/x/Latin1.md")).toEqual(before.get("Channels/x/Latin1.md"));
    const read = result.items.find((i) => i.sourcePath === "Channels/x/Huge.md");
    expect(read?.kind).toBe("commitment");
    expect(vault.read("Channels/x/Huge.md").length).toBe(huge.length + 11);
  });

  it("gives byte-identical trees for the same vault scanned under different machine time zones (real extractor)", () => {
    const vault = teamVault({
      "Notes/Undated.md": "I'll book the room by tomorrow EOD.\nOliver will send the deck by 3pm SGT Friday.\n",
      "Channels/infra/2026-03-27 Oliver.md": '---\nauthor: "[[Oliver Hughes]]"\ndate: 2026-03-27\n---\n- I\'ll migrate the database by Monday 9am.\n- Waiting on Dev for the API keys.\n',
    });
    const copy = vault.copyTo();
    const run = (root: string, zone: string): number => {
      const child = spawnSync(process.execPath, ["--import", "tsx", "test/store/scan-child.ts", root, NOW], { encoding: "utf8", env: { ...process.env, TZ: zone } });
      expect(child.stderr).toBe("");
      expect(child.status).toBe(0);
      return Number(child.stdout.trim());
    };
    const created = run(vault.root, "Pacific/Auckland");
    expect(run(copy.root, "America/Los_Angeles")).toBe(created);
    expect(created).toBeGreaterThan(5);
    const a = vault.tree();
    const b = copy.tree();
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
  });
});
