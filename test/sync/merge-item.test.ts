import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { splitFrontmatter } from "../../src/store/frontmatter";
import { canonical, describeValue, sameValue } from "../../src/sync/field-value";
import { mergeItemNote, type ItemMergeMeta, type ItemMergeResult } from "../../src/sync/merge-item";

const BASE = `---
type: commitment
id: ho-k3j9x2a
title: Send the client brief
status: open
owner: "[[Maya Chen]]"
due: 2026-11-25T17:00:00+00:00
source: "[[Channels/client/2026-11-23 Maya Chen#^ho-k3j9x2a]]"
extracted_by: rules
dateCreated: 2026-11-23
tags:
  - client
  - brief
handoff_fp: owner=abc123 status=def456 title=ghi789
---

> Maya will send the client brief by Wednesday.

Source: [[Channels/client/2026-11-23 Maya Chen#^ho-k3j9x2a]]

- Maya Chen: started the outline
`;

/** London edited at 08:00Z, Singapore at 09:12Z (commit times). */
const META: ItemMergeMeta = { oursTime: "2026-11-24T08:00:00Z", theirsTime: "2026-11-24T17:12:00+08:00", oursAuthor: "Maya Chen", theirsAuthor: "Wei Ling" };
const SWAPPED: ItemMergeMeta = { oursTime: META.theirsTime, theirsTime: META.oursTime, oursAuthor: META.theirsAuthor, theirsAuthor: META.oursAuthor };

function merged(result: ItemMergeResult): { text: string; data: Record<string, unknown>; body: string; conflicts: readonly string[] } {
  if ("unmergeable" in result) throw new Error(`unexpectedly unmergeable: ${result.unmergeable}`);
  const note = splitFrontmatter(result.text);
  expect(note.error).toBeNull();
  return { text: result.text, data: { ...note.data }, body: note.body, conflicts: result.conflicts };
}

const edit = (text: string, from: string, to: string): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

/** A Handoff edit: the field's new value and its `handoff_edited` entry, as the store writes them. */
const handoffEdit = (text: string, from: string, to: string, edited: string): string => edit(edit(text, from, to), "\n---\n\n", `\nhandoff_edited: ${edited}\n---\n\n`);

describe("mergeItemNote: fields", () => {
  it("takes each side's change to different fields", () => {
    const ours = edit(BASE, "status: open", "status: in-progress");
    const theirs = edit(BASE, 'owner: "[[Maya Chen]]"', 'owner: "[[Dev Patel]]"');
    const m = merged(mergeItemNote(BASE, ours, theirs, META));
    expect(m.data.status).toBe("in-progress");
    expect(m.data.owner).toBe("[[Dev Patel]]");
    expect(m.conflicts).toEqual([]);
    expect(m.data.conflicts).toBeUndefined();
  });

  it("gives a scalar both changed to the later commit and records the loser visibly, where the store puts conflicts", () => {
    const ours = edit(BASE, "status: open", "status: in-progress");
    const theirs = edit(BASE, "status: open", "status: done");
    const m = merged(mergeItemNote(BASE, ours, theirs, META));
    expect(m.data.status).toBe("done");
    expect(m.data.conflicts).toEqual(["status: in-progress (lost to done by Wei Ling, 2026-11-24T09:12:00Z)"]);
    expect(m.conflicts).toEqual(m.data.conflicts);
    expect(m.text).toContain('dateCreated: 2026-11-23\nconflicts:\n  - "status: in-progress (lost to done by Wei Ling, 2026-11-24T09:12:00Z)"\ntags:\n');
  });

  it("prefers a Handoff edit time (handoff_edited) over the commit time when that entry changed", () => {
    // Wei Ling set the status through Handoff at 07:30Z but committed at 09:12Z; Maya edited the
    // YAML by hand, committed 08:00Z. Maya's edit is the later one.
    const ours = edit(BASE, "status: open", "status: in-progress");
    const theirs = handoffEdit(BASE, "status: open", "status: done", "status=2026-11-24T07:30:00Z");
    const m = merged(mergeItemNote(BASE, ours, theirs, META));
    expect(m.data.status).toBe("in-progress");
    expect(m.data.conflicts).toEqual(["status: done (lost to in-progress by Maya Chen, 2026-11-24T08:00:00Z)"]);
    expect(m.data.handoff_edited).toBe("status=2026-11-24T07:30:00Z");
  });

  it("merges handoff_edited entry by entry, the later per field", () => {
    const ours = handoffEdit(BASE, "status: open", "status: done", "owner=2026-11-24T06:00:00Z status=2026-11-24T09:00:00Z");
    const theirs = handoffEdit(BASE, "title: Send the client brief", "title: Send the brief", "owner=2026-11-24T07:00:00Z title=2026-11-24T05:00:00Z");
    const m = merged(mergeItemNote(BASE, ours, theirs, META));
    expect(m.data.handoff_edited).toBe("owner=2026-11-24T07:00:00Z status=2026-11-24T09:00:00Z title=2026-11-24T05:00:00Z");
    expect(m.data).toMatchObject({ status: "done", title: "Send the brief" });
    expect(m.conflicts).toEqual([]);
  });

  it("merges handoff_fp entry by entry, each hash from the side whose value stands", () => {
    const ours = edit(edit(BASE, "title: Send the client brief", "title: Send the brief"), "title=ghi789", "title=new111");
    const theirs = edit(edit(BASE, "status: open", "status: done"), "status=def456", "status=new222");
    const m = merged(mergeItemNote(BASE, ours, theirs, META));
    expect(m.data.handoff_fp).toBe("owner=abc123 status=new222 title=new111");
    // Both changed both hashes: status goes to theirs (later), so theirs' hash; the title value
    // only ours changed, so ours' hash, although theirs is the later side.
    const both = merged(mergeItemNote(BASE, edit(edit(ours, "status: open", "status: in-progress"), "status=def456", "status=new444"), edit(theirs, "title=ghi789", "title=new333"), META));
    expect(both.data.handoff_fp).toBe("owner=abc123 status=new222 title=new111");
    expect(both.conflicts).toEqual(["status: in-progress (lost to done by Wei Ling, 2026-11-24T09:12:00Z)"]);
  });

  it("merges lists as sets: removals on either side stay removed, both sides' additions are kept", () => {
    const ours = edit(BASE, "  - brief\n", "  - urgent\n");
    const theirs = edit(BASE, "  - brief\n", "  - brief\n  - q4\n");
    const m = merged(mergeItemNote(BASE, ours, theirs, META));
    // base order, then the earlier side's additions (ours, 08:00Z), then the later side's.
    expect(m.data.tags).toEqual(["client", "urgent", "q4"]);
    expect(m.text).toContain("tags:\n  - client\n  - urgent\n  - q4\n");
    expect(merged(mergeItemNote(BASE, theirs, ours, SWAPPED)).data.tags).toEqual(["client", "urgent", "q4"]);
  });

  it("merges nested mappings key by key and keys it has never heard of", () => {
    const base = edit(BASE, "handoff_fp:", "review:\n  by: Dev\n  round: 1\nhandoff_fp:");
    const ours = edit(base, "round: 1", "round: 2");
    const theirs = edit(edit(base, "  by: Dev", "  by: Sam"), "dateCreated: 2026-11-23\n", "dateCreated: 2026-11-23\nestimate: 3h\n");
    const m = merged(mergeItemNote(base, ours, theirs, META));
    expect(m.data.review).toEqual({ by: "Sam", round: 2 });
    expect(m.data.estimate).toBe("3h");
    expect(m.conflicts).toEqual([]);
    // A key the item format does not know goes after the key it followed in theirs.
    expect(m.text).toContain("dateCreated: 2026-11-23\nestimate: 3h\n");
  });

  it("records the loser of a nested key by its path", () => {
    const base = edit(BASE, "handoff_fp:", "review:\n  by: Dev\nhandoff_fp:");
    const m = merged(mergeItemNote(base, edit(base, "  by: Dev", "  by: Maya"), edit(base, "  by: Dev", "  by: Sam"), META));
    expect(m.data.review).toEqual({ by: "Sam" });
    expect(m.conflicts).toEqual(["review.by: Maya (lost to Sam by Wei Ling, 2026-11-24T09:12:00Z)"]);
  });

  it("treats a removed key against a changed one as a conflict the later edit wins", () => {
    const theirs = edit(BASE, "due: 2026-11-25T17:00:00+00:00\n", "");
    const m = merged(mergeItemNote(BASE, edit(BASE, "due: 2026-11-25T17:00:00+00:00", "due: 2026-11-26T17:00:00+00:00"), theirs, META));
    expect(m.data.due).toBeUndefined();
    expect(m.conflicts).toEqual(["due: 2026-11-26T17:00:00+00:00 (lost to (removed) by Wei Ling, 2026-11-24T09:12:00Z)"]);
    const kept = merged(mergeItemNote(BASE, edit(BASE, "status: open", "status: done"), theirs, META));
    expect(kept.data).toMatchObject({ status: "done" });
    expect(kept.data.due).toBeUndefined();
  });

  it("keeps existing conflict notes, drops ones a person cleared, and adds new ones", () => {
    const old = ['  - "owner: Sam (lost to Maya by Maya Chen, 2026-11-01T00:00:00Z)"', '  - "title: Old (lost to New by Wei Ling, 2026-11-02T00:00:00Z)"'];
    const base = edit(BASE, "tags:", `conflicts:\n${old.join("\n")}\ntags:`);
    const ours = edit(edit(base, "status: open", "status: in-progress"), old[1], `${old[1]}\n  - kept by hand`);
    const theirs = edit(edit(base, "status: open", "status: done"), `${old[0]}\n`, "");
    const m = merged(mergeItemNote(base, ours, theirs, META));
    expect(m.data.conflicts).toEqual([
      "title: Old (lost to New by Wei Ling, 2026-11-02T00:00:00Z)",
      "kept by hand",
      "status: in-progress (lost to done by Wei Ling, 2026-11-24T09:12:00Z)",
    ]);
  });

  it("keeps every conflict note cleared when a person cleared the list on one side", () => {
    const base = edit(BASE, "tags:", 'conflicts:\n  - "owner: Sam (lost to Maya by Maya Chen, 2026-11-01T00:00:00Z)"\ntags:');
    const cleared = edit(base, 'conflicts:\n  - "owner: Sam (lost to Maya by Maya Chen, 2026-11-01T00:00:00Z)"\n', "");
    const m = merged(mergeItemNote(base, edit(base, "status: open", "status: done"), cleared, META));
    expect(m.data.conflicts).toBeUndefined();
    expect(m.data.status).toBe("done");
    const emptied = edit(base, '\n  - "owner: Sam (lost to Maya by Maya Chen, 2026-11-01T00:00:00Z)"', "");
    const n = merged(mergeItemNote(base, edit(base, "status: open", "status: done"), emptied, META));
    expect(n.data.conflicts).toBeNull();
    expect(n.text).toContain("\nconflicts:\ntags:");
  });

  it("does not record losers of Handoff's other bookkeeping fields", () => {
    const base = edit(BASE, "handoff_fp:", "handoff_seen: a\nhandoff_fp:");
    const m = merged(mergeItemNote(base, edit(base, "handoff_seen: a", "handoff_seen: b"), edit(base, "handoff_seen: a", "handoff_seen: c"), META));
    expect(m.data.handoff_seen).toBe("c");
    expect(m.conflicts).toEqual([]);
  });

  it("keeps a person's YAML comments, and writes values as the store does", () => {
    const base = edit(BASE, "status: open", "status: open # set by Maya");
    const ours = edit(base, "title: Send the client brief", "title: 'Send the client brief: v2'");
    const theirs = edit(base, "  - brief\n", "  - brief\n  - q4\n");
    const m = merged(mergeItemNote(base, ours, theirs, META));
    expect(m.text).toContain("status: open # set by Maya");
    expect(m.text).toContain('title: "Send the client brief: v2"');
    expect(m.data.tags).toEqual(["client", "brief", "q4"]);
  });
});

describe("mergeItemNote: body", () => {
  it("keeps comments both sides appended, the earlier edit first", () => {
    const ours = `${BASE}- Maya Chen: draft attached\n`;
    const theirs = `${BASE}- Wei Ling: can you add the pricing page?\n`;
    const m = merged(mergeItemNote(BASE, ours, theirs, META));
    expect(m.body.endsWith("- Maya Chen: started the outline\n- Maya Chen: draft attached\n- Wei Ling: can you add the pricing page?\n")).toBe(true);
    expect(m.conflicts).toEqual([]);
    expect(merged(mergeItemNote(BASE, theirs, ours, SWAPPED)).body).toBe(m.body);
  });

  it("keeps an edited comment and a reply appended under it", () => {
    const ours = edit(BASE, "- Maya Chen: started the outline", "- Maya Chen: started the outline (now 50%)");
    const theirs = `${BASE}- Wei Ling: thanks\n`;
    const m = merged(mergeItemNote(BASE, ours, theirs, META));
    expect(m.body).toContain("- Maya Chen: started the outline (now 50%)\n- Wei Ling: thanks\n");
  });

  it("gives a line both rewrote to the later edit and records the other in conflicts", () => {
    const ours = edit(BASE, "> Maya will send the client brief by Wednesday.", "> Maya will send the brief by Wednesday.");
    const theirs = edit(BASE, "> Maya will send the client brief by Wednesday.", "> Maya will send the client brief by Thursday.");
    const m = merged(mergeItemNote(BASE, ours, theirs, META));
    expect(m.body.startsWith("\n> Maya will send the client brief by Thursday.\n")).toBe(true);
    expect(m.data.conflicts).toEqual(["body: > Maya will send the brief by Wednesday. (lost to > Maya will send the client brief by Thursday. by Wei Ling, 2026-11-24T09:12:00Z)"]);
  });
});

describe("mergeItemNote: whole notes", () => {
  it("returns the changed side byte for byte when the other is unchanged", () => {
    const theirs = edit(BASE, "status: open", "status:   done   # odd spacing");
    expect(mergeItemNote(BASE, BASE, theirs, META)).toEqual({ text: theirs, conflicts: [], clean: true });
    expect(mergeItemNote(BASE, theirs, BASE, META)).toEqual({ text: theirs, conflicts: [], clean: true });
  });

  it("merges identical notes created on two devices (add/add) to the same bytes", () => {
    expect(mergeItemNote(null, BASE, BASE, META)).toEqual({ text: BASE, conflicts: [], clean: true });
  });

  it("merges two different creations of one item with every difference recorded", () => {
    const theirs = edit(BASE, "status: open", "status: done");
    const m = merged(mergeItemNote(null, BASE, theirs, META));
    expect(m.data.status).toBe("done");
    expect(m.conflicts).toEqual(["status: open (lost to done by Wei Ling, 2026-11-24T09:12:00Z)"]);
  });

  it("writes a merged note the way the store writes it: unchanged fields keep their bytes", () => {
    const m = merged(mergeItemNote(BASE, edit(BASE, "status: open", "status: done"), edit(BASE, "title: Send the client brief", "title: Send the brief"), META));
    expect(m.text).toBe(edit(edit(BASE, "status: open", "status: done"), "title: Send the client brief", "title: Send the brief"));
  });

  it("never merges frontmatter that does not parse", () => {
    const broken = edit(BASE, "status: open", "status: [open");
    const result = mergeItemNote(BASE, edit(BASE, "status: open", "status: done"), broken, META);
    expect(result).toEqual({ unmergeable: expect.stringMatching(/^theirs: invalid YAML frontmatter/) as unknown });
    expect(mergeItemNote(BASE, "no frontmatter at all\n", edit(BASE, "status: open", "status: done"), META)).toEqual({ unmergeable: "ours has no frontmatter" });
  });

  it("merges against no base when the base's YAML does not parse: every difference is a conflict", () => {
    const base = edit(BASE, "status: open", "status: [open");
    const m = merged(mergeItemNote(base, edit(BASE, "status: open", "status: done"), edit(BASE, "title: Send the client brief", "title: X"), META));
    expect(m.data.status).toBe("open");
    expect(m.data.title).toBe("X");
    expect(m.conflicts).toEqual([
      "title: Send the client brief (lost to X by Wei Ling, 2026-11-24T09:12:00Z)",
      "status: done (lost to open by Wei Ling, 2026-11-24T09:12:00Z)",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random item notes and random concurrent edits.

const SCALARS: unknown[] = ["open", "in-progress", "done", "[[Maya Chen]]", "[[Wei Ling]]", "a: b", "", null, 3, true, "2026-11-24T17:00:00+08:00", "#x"];
const TAGS = ["x", "y", "z", "w", "#t"];
const SCALAR_FIELDS = ["status", "owner", "due", "title"] as const;
const LIST_FIELDS = ["tags", "blocked_by"] as const;
const TIMES = ["2026-11-24T08:00:00Z", "2026-11-24T09:00:00Z", "2026-11-24T17:00:00+08:00", "2026-11-25T00:00:00Z"];

interface Note {
  data: Record<string, unknown>;
  body: string[];
}

const text = (note: Note): string => `---\n${stringify(note.data, { lineWidth: 0 })}---\n${note.body.join("\n")}`;

const baseNote: fc.Arbitrary<Note> = fc.record({
  status: fc.constantFrom(...SCALARS),
  owner: fc.constantFrom(...SCALARS),
  due: fc.constantFrom(...SCALARS),
  title: fc.constantFrom(...SCALARS),
  tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
  blocked_by: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 2 }),
  body: fc.array(fc.constantFrom("> quote", "- a: first", "- b: second", ""), { maxLength: 4 }),
}).map(({ body, ...fields }) => ({ data: { type: "commitment", id: "ho-abc1234", ...fields }, body: [...body, ""] }));

type Change = { field: string; op: "set"; value: unknown } | { field: string; op: "delete" } | { field: string; op: "add" | "remove"; item: string };

function sideOf(base: Note, who: string): fc.Arbitrary<Note> {
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.record({ field: fc.constantFrom(...SCALAR_FIELDS), op: fc.constant("set" as const), value: fc.constantFrom(...SCALARS) }),
    fc.record({ field: fc.constantFrom(...SCALAR_FIELDS, ...LIST_FIELDS), op: fc.constant("delete" as const) }),
    fc.record({ field: fc.constantFrom(...LIST_FIELDS), op: fc.constantFrom("add" as const, "remove" as const), item: fc.constantFrom(...TAGS) }),
    fc.record({ field: fc.constantFrom("extra_a", "extra_b"), op: fc.constant("set" as const), value: fc.constantFrom(...SCALARS) }),
  );
  return fc
    .record({
      changes: fc.array(change, { maxLength: 4 }),
      edited: fc.subarray([...SCALAR_FIELDS]),
      editTime: fc.constantFrom(...TIMES),
      append: fc.array(fc.constantFrom(`- ${who}: one`, `- ${who}: two`, "- shared reply"), { maxLength: 2 }),
      rewrite: fc.option(fc.nat(5), { nil: undefined }),
    })
    .map(({ changes, edited, editTime, append, rewrite }) => {
      const data: Record<string, unknown> = structuredClone(base.data);
      for (const c of changes) {
        if (c.op === "set") data[c.field] = c.value;
        else if (c.op === "delete") delete data[c.field];
        else if (Array.isArray(data[c.field])) {
          const list = data[c.field] as string[];
          data[c.field] = c.op === "add" ? (list.includes(c.item) ? list : [...list, c.item]) : list.filter((x) => x !== c.item);
        }
      }
      const touched = edited.filter((f) => !sameValue(data[f], base.data[f]));
      if (touched.length > 0) data.handoff_edited = touched.map((f) => `${f}=${editTime}`).sort().join(" ");
      const body = [...base.body];
      if (rewrite !== undefined && body.length > 1) body[rewrite % (body.length - 1)] = `> rewritten by ${who}`;
      body.splice(body.length - 1, 0, ...append);
      return { data, body };
    });
}

const scenario = baseNote.chain((base) =>
  fc.tuple(fc.constant(base), sideOf(base, "Maya"), sideOf(base, "Wei"), fc.constantFrom(...TIMES), fc.constantFrom(...TIMES)),
);

describe("mergeItemNote properties", () => {
  it("output parses and no edit is dropped: each side's change is in place or in conflicts", () => {
    fc.assert(
      fc.property(scenario, ([base, ours, theirs, oursTime, theirsTime]) => {
        const meta = { oursTime, theirsTime, oursAuthor: "Maya", theirsAuthor: "Wei" };
        const m = merged(mergeItemNote(text(base), text(ours), text(theirs), meta));
        const notes = (m.data.conflicts ?? []) as string[];
        for (const side of [ours, theirs]) {
          for (const key of new Set([...Object.keys(side.data), ...Object.keys(base.data)])) {
            if (key === "handoff_edited" || key === "conflicts" || sameValue(side.data[key], base.data[key])) continue;
            const mine = side.data[key];
            const result = m.data[key];
            const other = (side === ours ? theirs : ours).data[key];
            if (Array.isArray(mine) && Array.isArray(other)) {
              const before = (base.data[key] ?? []) as string[];
              const after = mine as string[];
              for (const item of after) if (!before.includes(item)) expect(result).toContain(item);
              for (const item of before) if (!after.includes(item)) expect(result ?? []).not.toContain(item);
            } else if (!sameValue(result, mine)) {
              expect(notes.some((n) => n.startsWith(`${key}: ${describeValue(mine)} (lost to `))).toBe(true);
            }
          }
          const bodyLines = m.body.split("\n");
          for (const line of side.body) {
            if (base.body.includes(line)) continue;
            expect(bodyLines.includes(line) || notes.some((n) => n.includes(line))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is symmetric up to the recorded conflict: swapping sides gives the same values and notes", () => {
    fc.assert(
      fc.property(scenario, ([base, ours, theirs, oursTime, theirsTime]) => {
        const a = merged(mergeItemNote(text(base), text(ours), text(theirs), { oursTime, theirsTime, oursAuthor: "Maya", theirsAuthor: "Wei" }));
        const b = merged(mergeItemNote(text(base), text(theirs), text(ours), { oursTime: theirsTime, theirsTime: oursTime, oursAuthor: "Wei", theirsAuthor: "Maya" }));
        const { conflicts: ca = [], ...restA } = a.data;
        const { conflicts: cb = [], ...restB } = b.data;
        expect(canonical(restA)).toBe(canonical(restB));
        expect([...(ca as string[])].sort()).toEqual([...(cb as string[])].sort());
        expect(a.body).toBe(b.body);
      }),
      { numRuns: 300 },
    );
  });

  it("merge(a, a, b) = b and merge(base, x, x) = x, byte for byte", () => {
    fc.assert(
      fc.property(scenario, ([base, x, y, t1, t2]) => {
        const meta = { oursTime: t1, theirsTime: t2, oursAuthor: "Maya", theirsAuthor: "Wei" };
        expect(mergeItemNote(text(base), text(base), text(y), meta)).toEqual({ text: text(y), conflicts: [], clean: true });
        expect(mergeItemNote(text(base), text(x), text(x), meta)).toEqual({ text: text(x), conflicts: [], clean: true });
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic: the same inputs give the same bytes", () => {
    fc.assert(
      fc.property(scenario, ([base, x, y, t1, t2]) => {
        const meta = { oursTime: t1, theirsTime: t2, oursAuthor: "Maya", theirsAuthor: "Wei" };
        expect(mergeItemNote(text(base), text(x), text(y), meta)).toEqual(mergeItemNote(text(base), text(x), text(y), meta));
      }),
      { numRuns: 50 },
    );
  });
});
