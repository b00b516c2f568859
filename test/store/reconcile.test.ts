import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_DIRECTORY } from "../../src/extract/directory";
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from "../../src/model/team-settings";
import { insertBlockIds, segmentBlocks } from "../../src/store/block-ids";
import { isItemNoteProblem, readItemNote, type ItemNote } from "../../src/store/item-note";
import { updateItemNoteText } from "../../src/store/item-note-update";
import { reconcileNote, type NotePlan } from "../../src/store/reconcile";
import { stubExtract } from "./stub-extractor";

const PATH = "Channels/design/2026-11-23 Maya.md";

/** One reconcile of a note against the item notes in `items` (path → text), applied in memory. */
function reconcileInMemory(text: string, items: Map<string, string>, settings: TeamSettings = DEFAULT_TEAM_SETTINGS, path = PATH): { plan: NotePlan; text: string } {
  const notes = [...items].map(([p, t]) => readItemNote(p, t)).filter((n): n is ItemNote => !isItemNoteProblem(n));
  const ids = new Set(notes.map((n) => n.item.id));
  const plan = reconcileNote({
    path,
    text,
    extraction: stubExtract(text, { path, directory: EMPTY_DIRECTORY, settings }),
    blocks: segmentBlocks(text),
    existing: notes.filter((n) => n.item.sourcePath === path),
    settings,
    directory: EMPTY_DIRECTORY,
    today: "2026-11-25",
    isTaken: (id) => ids.has(id),
  });
  for (const create of plan.creates) {
    expect(items.has(create.path)).toBe(false);
    items.set(create.path, create.text);
  }
  for (const update of plan.updates) items.set(update.path, updateItemNoteText(update.path, items.get(update.path) ?? "", update.desired, update.sourceMissing));
  return { plan, text: insertBlockIds(text, plan.insertions).text };
}

function isEmpty(plan: NotePlan): boolean {
  return plan.creates.length === 0 && plan.updates.length === 0 && plan.insertions.length === 0;
}

const line = fc.oneof(
  fc.constantFrom("the brief", "the mockups", "the API spec", "the release notes").chain((thing) =>
    fc.constantFrom(`I'll send ${thing} by Wednesday.`, `- I'll review ${thing} by Friday`, `Decision: we ship ${thing} first`, `- [ ] Draft ${thing}`, `- [x] Check ${thing} ✅ 2026-11-24`, `I'll have ${thing} ready by Thursday and need sign-off from Dev.`),
  ),
  fc.constantFrom("Some prose about the week.", "FYI the office is closed.", "", "## Next", "- plain list item", "- [ ] Task one 🆔 t1", "- [ ] Task two ⛔ t1"),
);
const note = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => `---\ndate: 2026-11-23\n---\n${lines.join("\n")}\n`);

describe("reconcileNote", () => {
  it("plans nothing on a second pass over an unchanged note (property)", () => {
    fc.assert(
      fc.property(note, fc.boolean(), (text, blockIds) => {
        const items = new Map<string, string>();
        const settings = { ...DEFAULT_TEAM_SETTINGS, blockIds };
        const first = reconcileInMemory(text, items, settings);
        const created = new Map(items);
        const second = reconcileInMemory(first.text, items, settings);
        expect(isEmpty(second.plan)).toBe(true);
        expect(second.text).toBe(first.text);
        expect(items).toEqual(created);
        expect(new Set(first.plan.creates.map((c) => c.id)).size).toBe(first.plan.creates.length);
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same plan for the same note every time (property)", () => {
    fc.assert(
      fc.property(note, (text) => {
        expect(reconcileInMemory(text, new Map()).plan).toEqual(reconcileInMemory(text, new Map()).plan);
      }),
      { numRuns: 60 },
    );
  });

  it("never loses an item: after any edit each old item is matched or marked source_missing (property)", () => {
    fc.assert(
      fc.property(note, note, (before, after) => {
        const items = new Map<string, string>();
        const first = reconcileInMemory(before, items);
        const ids = first.plan.creates.map((c) => c.id);
        const second = reconcileInMemory(after, items);
        const notes = new Map([...items].map(([p, t]) => readItemNote(p, t)).flatMap((n) => (isItemNoteProblem(n) ? [] : [[n.item.id, n] as const])));
        for (const id of ids) expect(second.plan.lines.has(id) || notes.get(id)?.item.sourceMissing).toBe(true);
        const third = reconcileInMemory(reconcileInMemory(after, items).text, items);
        expect(isEmpty(third.plan)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("updates a ticked checkbox's status and fills completedDate", () => {
    const items = new Map<string, string>();
    const first = reconcileInMemory("- [ ] Draft the brief\n", items);
    const ticked = first.text.replace("- [ ] Draft the brief", "- [x] Draft the brief ✅ 2026-11-26");
    const second = reconcileInMemory(ticked, items);
    expect(second.plan.updates).toHaveLength(1);
    const text = items.get(first.plan.creates[0].path) ?? "";
    expect(text).toContain("status: done\n");
    expect(text).toContain("completedDate: 2026-11-26\n");
  });

  it("leaves status alone when a person changed it in the item note", () => {
    const items = new Map<string, string>();
    const first = reconcileInMemory("- [ ] Draft the brief\n", items);
    const path = first.plan.creates[0].path;
    items.set(path, (items.get(path) ?? "").replace("status: open", "status: cancelled"));
    reconcileInMemory(first.text.replace("- [ ]", "- [x]"), items);
    expect(items.get(path)).toContain("status: cancelled\n");
  });

  it("links Tasks ⛔ to the item of the 🆔 line, and a dependency to its party's task", () => {
    const items = new Map<string, string>();
    const { plan } = reconcileInMemory("- [ ] Ship it ⛔ t1\n- [ ] Test it 🆔 t1\n\nI need sign-off from Dev.\n", items);
    const byTitle = new Map(plan.creates.map((c) => [readItemNote(c.path, c.text), c]).map(([n, c]) => [(n as ItemNote).item.title, { item: (n as ItemNote).item, c }]));
    expect(byTitle.get("Ship it")?.item.blockedBy).toEqual([byTitle.get("Test it")?.item.id]);
    const dependency = [...byTitle.values()].find((x) => x.item.kind === "dependency");
    const task = byTitle.get("Sign-off for the team");
    expect(task?.item).toMatchObject({ kind: "commitment", owner: "Dev", action: "sign-off" });
    expect(dependency?.item.blockedBy).toEqual([task?.item.id]);
  });

  it("extracts only the kinds the team settings ask for", () => {
    const { plan } = reconcileInMemory("Decision: we go with A\n\nI'll send the brief.\n", new Map(), { ...DEFAULT_TEAM_SETTINGS, kinds: ["decision"] });
    expect(plan.creates.map((c) => c.path.split("/")[1])).toEqual(["Decisions"]);
  });

  it("records the undated note's `today` as dateCreated, and the note's own date otherwise", () => {
    const undated = reconcileInMemory("I'll send the brief.\n", new Map()).plan.creates[0].text;
    expect(undated).toContain("dateCreated: 2026-11-25\n");
    const dated = reconcileInMemory("---\ndate: 2026-11-20\n---\nI'll send the brief.\n", new Map()).plan.creates[0].text;
    expect(dated).toContain("dateCreated: 2026-11-20\n");
  });
});
