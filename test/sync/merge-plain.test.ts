import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergePlainNote, TRAILING_BLOCK_ID } from "../../src/sync/merge-plain";

const BASE = "# Standup 2026-11-24\n\nSarah will send the brief by Wednesday.\nDev needs sign-off before Friday EOD.\n\nNotes follow.\n";

describe("TRAILING_BLOCK_ID", () => {
  const table: Array<[string, string | null]> = [
    ["Ship it by Friday. ^ho-k3j9x2a", "ho-k3j9x2a"],
    ["Ship it by Friday.\t^ho-k3j9x2a  ", "ho-k3j9x2a"],
    ["- [ ] task ^ho-0000000", "ho-0000000"],
    ["^ho-k3j9x2a", null],
    ["see ^ho-k3j9x2a here", null],
    ["Ship it ^ho-ABCDEFG", null],
    ["Ship it ^my-block", null],
    ["Ship it^ho-k3j9x2a", null],
    ["Ship it ^ho-k3j9x2", null],
  ];
  it.each(table)("%j", (line, id) => {
    expect(TRAILING_BLOCK_ID.exec(line)?.[1] ?? null).toBe(id);
  });
});

describe("mergePlainNote", () => {
  it("merges edits to different lines like diff3", () => {
    const ours = BASE.replace("# Standup 2026-11-24", "# Standup, Tuesday");
    const theirs = BASE.replace("Notes follow.", "Notes follow below.");
    expect(mergePlainNote(BASE, ours, theirs, true)).toEqual({ text: "# Standup, Tuesday\n\nSarah will send the brief by Wednesday.\nDev needs sign-off before Friday EOD.\n\nNotes follow below.\n" });
  });

  it("merges block ids the store appended with a person's edit of the same line", () => {
    const ours = BASE.replace("by Wednesday.", "by Wednesday. ^ho-k3j9x2a").replace("Friday EOD.", "Friday EOD. ^ho-p0q1r2s");
    const theirs = BASE.replace("by Wednesday.", "by Thursday, not Wednesday.");
    const expected = "# Standup 2026-11-24\n\nSarah will send the brief by Thursday, not Wednesday. ^ho-k3j9x2a\nDev needs sign-off before Friday EOD. ^ho-p0q1r2s\n\nNotes follow.\n";
    expect(mergePlainNote(BASE, ours, theirs, true)).toEqual({ text: expected });
    expect(mergePlainNote(BASE, theirs, ours, false)).toEqual({ text: expected });
  });

  it("keeps the block id when both sides added the same one", () => {
    const tagged = BASE.replace("by Wednesday.", "by Wednesday. ^ho-k3j9x2a");
    const theirs = tagged.replace("Notes follow.", "Notes follow, see below.");
    expect(mergePlainNote(BASE, tagged, theirs, true)).toEqual({ text: theirs });
  });

  it("keeps CRLF line ends", () => {
    const base = BASE.replace(/\n/g, "\r\n");
    const ours = base.replace("by Wednesday.", "by Wednesday. ^ho-k3j9x2a");
    const theirs = base.replace("by Wednesday.", "by Thursday.");
    expect(mergePlainNote(base, ours, theirs, true)).toEqual({ text: base.replace("by Wednesday.", "by Thursday. ^ho-k3j9x2a") });
  });

  it("keeps lines both sides appended, the earlier side first", () => {
    expect(mergePlainNote("a\n", "a\nfrom ours\n", "a\nfrom theirs\n", true)).toEqual({ text: "a\nfrom ours\nfrom theirs\n" });
    expect(mergePlainNote("a\n", "a\nfrom ours\n", "a\nfrom theirs\n", false)).toEqual({ text: "a\nfrom theirs\nfrom ours\n" });
  });

  it("keeps both versions of a note both sides created differently, and merges identical creations", () => {
    expect(mergePlainNote(null, "---\nauthor: A\n---\nmine\n", "---\nauthor: B\n---\ntheirs\n", true)).toEqual({ conflict: "both sides created this note with different content" });
    expect(mergePlainNote(null, BASE, BASE, true)).toEqual({ text: BASE });
  });

  it("reports a conflict rather than write frontmatter with one key twice", () => {
    const base = "---\nauthor: A\n---\ntext\n";
    const result = mergePlainNote(base, "---\nauthor: A\ndate: 2026-11-24\n---\ntext\n", "---\nauthor: A\ndate: 2026-11-25\n---\ntext\n", true);
    expect(result).toEqual({ conflict: expect.stringMatching(/^merging line by line would leave invalid YAML frontmatter/) as unknown });
  });

  it("reports a conflict when both rewrote the same line", () => {
    const ours = BASE.replace("by Wednesday.", "by Thursday.");
    const theirs = BASE.replace("by Wednesday.", "by Friday.");
    expect(mergePlainNote(BASE, ours, theirs, true)).toEqual({ conflict: "both sides changed the same lines" });
  });

  it("reports a conflict when one line got two different block ids", () => {
    const ours = BASE.replace("by Wednesday.", "by Wednesday. ^ho-aaaaaaa");
    const theirs = BASE.replace("by Wednesday.", "by Wednesday. ^ho-bbbbbbb");
    expect(mergePlainNote(BASE, ours, theirs, true)).toEqual({ conflict: 'both sides gave the line "Sarah will send the brief by Wednesday." a different block id' });
  });

  it("reports a conflict when a block id's sentence was rewritten beyond recognition", () => {
    const ours = BASE.replace("by Wednesday.", "by Wednesday. ^ho-k3j9x2a");
    const theirs = BASE.replace("Sarah will send the brief by Wednesday.", "Completely different words here.");
    expect(mergePlainNote(BASE, ours, theirs, true)).toEqual({ conflict: "the block id ^ho-k3j9x2a no longer fits any line (its sentence was rewritten)" });
  });

  it("never loses a block id or a line: ids that were added survive any clean merge", () => {
    const line = fc.constantFrom("alpha beta", "gamma delta", "epsilon", "", "zeta eta theta");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.array(fc.nat(7), { maxLength: 3 }), fc.array(line, { maxLength: 2 }), (base, tagAt, appended) => {
        const ids = ["ho-aaaaaaa", "ho-bbbbbbb", "ho-ccccccc"];
        const tagged = base.map((l, i) => {
          const k = tagAt.indexOf(i);
          return k >= 0 && l !== "" ? `${l} ^${ids[k]}` : l;
        });
        const ours = tagged.join("\n");
        const theirs = [...base, ...appended].join("\n");
        const result = mergePlainNote(base.join("\n"), ours, theirs, true);
        expect("text" in result).toBe(true);
        if (!("text" in result)) return;
        for (const id of ids) if (ours.includes(id)) expect(result.text).toContain(`^${id}`);
        expect(result.text.replace(/ \^ho-[a-z]{7}/g, "")).toBe(theirs);
      }),
      { numRuns: 300 },
    );
  });
});
