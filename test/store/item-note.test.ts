import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frontmatterBounds } from "../../src/store/frontmatter";
import { MANAGED_FIELDS, normalizeValue, type FieldValue, type ManagedField, type ManagedValues } from "../../src/store/item-fields";
import { isItemNoteProblem, parseItemNote, readItemNote, serializeItemNote, type ItemNote, type ItemNoteRecord } from "../../src/store/item-note";
import { editItemNoteText, planItemUpdate, updateItemNoteText } from "../../src/store/item-note-update";
import { readCanonicalYaml } from "../../src/store/item-yaml";

function values(fields: Partial<Record<ManagedField, unknown>>): ManagedValues {
  const out = {} as Record<ManagedField, FieldValue>;
  for (const field of MANAGED_FIELDS) out[field] = normalizeValue(field, fields[field] ?? null);
  return out;
}

const PATH = "Handoff/Commitments/Have the mockups ready (ho-k3j9x2a).md";

const MOCKUPS: ItemNoteRecord = {
  kind: "commitment",
  id: "ho-k3j9x2a",
  extractedBy: "rules",
  dateCreated: "2026-11-23",
  sourceMissing: false,
  values: values({
    title: "Have the mockups ready",
    status: "open",
    owner: "[[Maya Chen]]",
    due: "2026-11-26T17:00:00+00:00",
    due_text: "Thursday",
    source: "[[Channels/design/2026-11-23 Maya#^ho-k3j9x2a]]",
    blocked_by: ["[[Handoff/Commitments/Sign-off for Maya (ho-k3j9x2a-c1)|Sign-off for Maya]]"],
    channel: "design",
    tags: ["handoff/commitment"],
    quote: "I'll have the mockups ready Thursday and need sign-off from Dev before Friday EOD.",
  }),
};

const MOCKUPS_TEXT = `---
type: commitment
id: ho-k3j9x2a
title: Have the mockups ready
status: open
owner: "[[Maya Chen]]"
due: 2026-11-26T17:00:00+00:00
due_text: Thursday
source: "[[Channels/design/2026-11-23 Maya#^ho-k3j9x2a]]"
blocked_by:
  - "[[Handoff/Commitments/Sign-off for Maya (ho-k3j9x2a-c1)|Sign-off for Maya]]"
channel: design
extracted_by: rules
dateCreated: 2026-11-23
tags:
  - handoff/commitment
handoff_fp: blocked_by=HASH channel=HASH due=HASH due_text=HASH owner=HASH quote=HASH source=HASH status=HASH tags=HASH title=HASH
---

> I'll have the mockups ready Thursday and need sign-off from Dev before Friday EOD.

Source: [[Channels/design/2026-11-23 Maya#^ho-k3j9x2a]]
`;

function read(text: string, path = PATH): ItemNote {
  const note = readItemNote(path, text);
  if (isItemNoteProblem(note)) throw new Error(note.problem);
  return note;
}

describe("serializeItemNote", () => {
  it("writes the fixed key order, core keys even when empty, the quote and the source line", () => {
    const text = serializeItemNote(MOCKUPS);
    expect(text.replace(/=[0-9a-z]{6}/g, "=HASH")).toBe(MOCKUPS_TEXT);
    expect(readCanonicalYaml(frontmatterBounds(text)?.yaml ?? "")).toBeDefined();
  });

  it("writes empty core keys as `key:` and leaves out empty others", () => {
    const text = serializeItemNote({ ...MOCKUPS, dateCreated: null, values: values({ title: "x", status: "open", tags: ["handoff/commitment"] }) });
    expect(text).toContain("\nowner:\ndue:\nsource:\nextracted_by: rules\ndateCreated:\ntags:");
    expect(text).not.toContain("due_text");
    expect(text).not.toContain("Source:");
    expect(text.endsWith("---\n\n")).toBe(true);
  });

  it("writes source_missing only when true", () => {
    expect(serializeItemNote({ ...MOCKUPS, sourceMissing: true })).toContain("\nsource_missing: true\n");
  });
});

describe("readItemNote", () => {
  it("reads the Item views use", () => {
    const item = parseItemNote(PATH, serializeItemNote(MOCKUPS));
    expect(item).toMatchObject({
      id: "ho-k3j9x2a",
      kind: "commitment",
      path: PATH,
      title: "Have the mockups ready",
      status: "open",
      owner: "Maya Chen",
      due: "2026-11-26T17:00:00+00:00",
      dueText: "Thursday",
      sourcePath: "Channels/design/2026-11-23 Maya.md",
      sourceBlock: "ho-k3j9x2a",
      sourceLine: null,
      sourceMissing: false,
      quote: "I'll have the mockups ready Thursday and need sign-off from Dev before Friday EOD.",
      blockedBy: ["ho-k3j9x2a-c1"],
      channel: "design",
      extractedBy: "rules",
      created: "2026-11-23",
      tags: ["handoff/commitment"],
      conflicts: [],
      blockers: [],
    });
  });

  it("reads notes a person wrote by hand, in YAML the fast reader leaves to yaml", () => {
    const text = "---\n# my task\ntype: request\nid: my-request\ntitle: 'Review the copy'\nstatus: in-progress\nowner: Oliver  # me\nparties: [\"[[Dev]]\", Maya]\ntags: [urgent]\ndateCreated: 2026-11-20\n---\nNo quote here.\n";
    const note = read(text, "Handoff/Requests/Review.md");
    expect(note.item).toMatchObject({ id: "my-request", kind: "request", title: "Review the copy", status: "in-progress", owner: "Oliver", parties: ["Dev", "Maya"], tags: ["urgent"], quote: "", extractedBy: "manual", created: "2026-11-20" });
    expect(note.warnings).toEqual([]);
  });

  it("warns about odd values but still reads the note", () => {
    const note = read(serializeItemNote(MOCKUPS).replace("status: open", "status: blocked").replace("due_text:", "priority: urgent\ndue_text:"));
    expect(note.item.status).toBe("open");
    expect(note.item.priority).toBeNull();
    expect(note.warnings).toEqual([`${PATH}: status "blocked" is not one for a commitment; shown as open.`, `${PATH}: priority "urgent" is not one of highest, high, medium, low, lowest; ignored.`]);
  });

  it.each<[string, string, string]>([
    ["no frontmatter", "# Just a note\n", `${PATH}: not an item note: it has no frontmatter (the --- block at the top). Handoff leaves it as it is.`],
    ["invalid YAML", "---\ntype: commitment\nid: ho-1\ntitle: [unclosed\n---\n", `${PATH}: invalid YAML frontmatter`],
    ["no id", "---\ntype: decision\ntitle: x\n---\n", `${PATH}: the item note has no \`id\`. Handoff will not change it until an id is added (the one in the file name, e.g. ho-k3j9x2a).`],
    ["an unknown type", "---\ntype: chore\nid: ho-1\n---\n", `${PATH}: \`type\` must be one of commitment, decision, request, dependency, got "chore". Handoff will not change this item note until it is fixed.`],
    ["fyi as a type", "---\ntype: fyi\nid: ho-1\n---\n", `${PATH}: \`type\` must be one of commitment, decision, request, dependency, got "fyi".`],
  ])("reports %s, naming the file", (_what, text, problem) => {
    const note = readItemNote(PATH, text);
    expect(isItemNoteProblem(note)).toBe(true);
    expect((note as { problem: string }).problem.startsWith(problem.replace(/ Handoff will not.*$/, ""))).toBe(true);
    expect(updateItemNoteText(PATH, text, MOCKUPS.values, false)).toBe(text);
  });
});

describe("item note round trip", () => {
  const text = fc.string({ unit: "grapheme", maxLength: 40 });
  const oneLine = text.map((s) => s.replace(/\s+/g, " "));
  const scalar = fc.oneof(oneLine, fc.constantFrom("yes", "1234", "[[Maya Chen]]", "a: b", "#x", "2026-11-23", "é🚀", "- x"), fc.constant(null));
  const list = fc.oneof(fc.constant(null), fc.array(fc.oneof(oneLine, fc.constantFrom("[[Dev]]", "handoff/decision")), { minLength: 1, maxLength: 3 }));
  const record: fc.Arbitrary<ItemNoteRecord> = fc
    .record({
      kind: fc.constantFrom("commitment", "decision", "request", "dependency" as const),
      id: fc.stringMatching(/^ho-[0-9a-z]{7}(?:-[cdr][1-9])?$/),
      extractedBy: fc.constantFrom("rules", "llm", "tasks", "dataview" as const),
      dateCreated: fc.oneof(fc.constant(null), fc.constantFrom("2026-11-23", "2027-01-02")),
      sourceMissing: fc.boolean(),
      fields: fc.record({ title: oneLine, status: fc.constantFrom("open", "done", "adopted"), owner: scalar, due: scalar, due_text: scalar, source: scalar, choice: scalar, rationale: text, parties: list, blocked_by: list, tags: list, quote: text }),
    })
    .map(({ fields, ...rest }) => ({ ...rest, values: values(fields) }));

  it("parse(serialize(x)) gives x back, and re-serialising gives the same bytes", () => {
    fc.assert(
      fc.property(record, (r) => {
        const text = serializeItemNote(r);
        const note = read(text);
        expect(note.values).toEqual(r.values);
        expect(note.item.id).toBe(r.id);
        expect(note.item.kind).toBe(r.kind);
        expect(note.item.sourceMissing).toBe(r.sourceMissing);
        expect(note.item.created).toBe(r.dateCreated);
        expect(serializeItemNote({ ...r, values: note.values })).toBe(text);
        expect(planItemUpdate(note, r.values, r.sourceMissing)).toBeNull();
        expect(updateItemNoteText(PATH, text, r.values, r.sourceMissing)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("updating an existing item note", () => {
  const handEdited = `---
# Maya's task, see the thread
type: commitment
id: ho-k3j9x2a
title: Have the mockups ready
status: open
owner: "[[Maya Chen]]" # she asked for it
due: 2026-11-26T17:00:00+00:00
due_text: Thursday
source: "[[Channels/design/2026-11-23 Maya#^ho-k3j9x2a]]"
channel: design
extracted_by: rules
dateCreated: 2026-11-23
tags:
  - handoff/commitment
handoff_fp: FP
estimate: 3h
---

> I'll have the mockups ready Thursday.

Source: [[Channels/design/2026-11-23 Maya#^ho-k3j9x2a]]

## Comments
- Oliver: started on the desktop ones.
`;
  const base = { ...MOCKUPS.values, blocked_by: null, quote: "I'll have the mockups ready Thursday." };
  const fp = (serializeItemNote({ ...MOCKUPS, values: base }).match(/handoff_fp: (.*)\n/) ?? [])[1] ?? "";
  const text = handEdited.replace("handoff_fp: FP", `handoff_fp: ${fp}`);

  it("changes only the fields that changed, keeping comments, key order, extra keys and the body", () => {
    const desired = { ...base, due: "2026-11-27T17:00:00+00:00", due_text: "Friday", priority: "high", quote: "I'll have the mockups ready Friday." };
    const updated = updateItemNoteText(PATH, text, desired, false);
    const expected = text
      .replace("due: 2026-11-26T17:00:00+00:00\ndue_text: Thursday\n", "due: 2026-11-27T17:00:00+00:00\ndue_text: Friday\npriority: high\n")
      .replace("> I'll have the mockups ready Thursday.", "> I'll have the mockups ready Friday.")
      .replace(/handoff_fp: .*\n/, (serializeItemNote({ ...MOCKUPS, values: desired }).match(/handoff_fp: .*\n/) ?? [""])[0]);
    expect(updated).toBe(expected);
    expect(updateItemNoteText(PATH, updated, desired, false)).toBe(updated);
  });

  it("never overwrites a field a person edited, and takes it back once extraction agrees", () => {
    const edited = text.replace('owner: "[[Maya Chen]]" # she asked for it', 'owner: "[[Oliver Hughes]]" # took it over').replace("status: open", "status: done");
    const desired = { ...base, owner: "[[Amara Okafor]]", status: "open", title: "Have the mockups and copy ready" };
    const updated = updateItemNoteText(PATH, edited, desired, false);
    expect(updated).toContain('owner: "[[Oliver Hughes]]" # took it over\n');
    expect(updated).toContain("status: done\n");
    expect(updated).toContain("title: Have the mockups and copy ready\n");
    const note = read(updated);
    const agreeing = { ...desired, owner: "[[Oliver Hughes]]" };
    const patch = planItemUpdate(note, agreeing, false);
    expect(patch?.changes).toEqual([]);
    const adopted = updateItemNoteText(PATH, updated, agreeing, false);
    const later = updateItemNoteText(PATH, adopted, { ...agreeing, owner: "[[Amara Okafor]]" }, false);
    expect(later).toContain('owner: "[[Amara Okafor]]" # took it over\n');
    expect(later).toContain("status: done\n");
  });

  it("fills a field a person left empty but never one they filled", () => {
    const cleared = text.replace("due_text: Thursday\n", "");
    expect(updateItemNoteText(PATH, cleared, base, false)).toBe(cleared);
    const noFp = text.replace(/handoff_fp: .*\n/, "");
    const filled = updateItemNoteText(PATH, noFp.replace("due_text: Thursday\n", "due_text:\n"), { ...base, due_text: "Friday", owner: "[[Amara Okafor]]" }, false);
    expect(filled).toContain("due_text: Friday\n");
    expect(filled).toContain('owner: "[[Maya Chen]]"');
  });

  it("marks and clears source_missing, placing the key where the fixed order puts it", () => {
    const missing = updateItemNoteText(PATH, text, base, true);
    expect(missing).toContain("dateCreated: 2026-11-23\nsource_missing: true\ntags:");
    expect(updateItemNoteText(PATH, missing, base, false)).toBe(text);
  });

  it("updates the Source line when the source moves, unless a person changed that line", () => {
    const moved = { ...base, source: "[[Channels/product/Renamed#^ho-k3j9x2a]]", channel: "product" };
    const updated = updateItemNoteText(PATH, text, moved, false);
    expect(updated).toContain('source: "[[Channels/product/Renamed#^ho-k3j9x2a]]"\n');
    expect(updated).toContain("\nSource: [[Channels/product/Renamed#^ho-k3j9x2a]]\n");
    const ownLine = text.replace("\nSource: [[Channels/design/2026-11-23 Maya#^ho-k3j9x2a]]\n", "\nSource: see Maya's update\n");
    expect(updateItemNoteText(PATH, ownLine, moved, false)).toContain("\nSource: see Maya's update\n");
  });
});

describe("editing an item note through Handoff (board, commands)", () => {
  const text = serializeItemNote(MOCKUPS);

  it("sets the fields, records their edit times, and re-extraction then keeps them", () => {
    const edited = editItemNoteText(PATH, text, { status: "done", decision_type: "design" }, "2026-11-24T09:12:00Z");
    expect(edited).toContain("\nstatus: done\n");
    expect(edited).toContain("\ndecision_type: design\nchannel: design\n");
    expect(edited).toContain("\nhandoff_edited: decision_type=2026-11-24T09:12:00Z status=2026-11-24T09:12:00Z\n");
    expect(edited.match(/handoff_fp: .*/)?.[0]).toBe(text.match(/handoff_fp: .*/)?.[0]);
    expect(updateItemNoteText(PATH, edited, MOCKUPS.values, false)).toBe(edited);
    const later = editItemNoteText(PATH, edited, { status: "open" }, "2026-11-25T10:00:00+08:00");
    expect(later).toContain("\nhandoff_edited: decision_type=2026-11-24T09:12:00Z status=2026-11-25T10:00:00+08:00\n");
  });

  it("writes nothing when every field already has its value, and leaves invalid notes alone", () => {
    expect(editItemNoteText(PATH, text, { status: "open" }, "2026-11-24T09:12:00Z")).toBe(text);
    const broken = "---\ntype: [x\n---\n";
    expect(editItemNoteText(PATH, broken, { status: "done" }, "2026-11-24T09:12:00Z")).toBe(broken);
    expect(() => editItemNoteText(PATH, text, { status: "done" }, "2026-11-24")).toThrow('editedAt must be an ISO instant with a zone, got "2026-11-24"');
  });
});
