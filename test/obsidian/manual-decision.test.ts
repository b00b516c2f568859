import { describe, expect, it } from "vitest";
import { decisionNote, draftProblem, type DecisionDraft } from "../../src/obsidian/manual-decision";
import { isItemNoteProblem, readItemNote } from "../../src/store/item-note";

const draft: DecisionDraft = { title: "Payments vendor for billing v2", options: ["Stripe", "", "Adyen"], rationale: "Lower fees and a sandbox we already use.", owner: "Maya Chen", windowHours: 48, decisionType: "" };
const ctx = { itemsFolder: "Handoff", now: "2026-11-24T10:15:00Z", zone: "Europe/London", ownerIsKnown: true, isTaken: () => false };

describe("decisionNote", () => {
  it("writes a decision item note the store reads back, window closing 48 hours later in my zone", () => {
    const note = decisionNote(draft, ctx);
    expect(note.path).toBe(`Handoff/Decisions/Payments vendor for billing v2 (${note.id}).md`);
    expect(note.id).toMatch(/^ho-[0-9a-z]{7}$/);
    expect(note.windowCloses).toBe("2026-11-26T10:15:00+00:00");
    const read = readItemNote(note.path, note.text);
    if (isItemNoteProblem(read)) throw new Error(read.problem);
    expect(read.item).toMatchObject({ kind: "decision", id: note.id, status: "open", owner: "Maya Chen", choice: "Stripe", rationale: "Lower fees and a sandbox we already use.", windowCloses: "2026-11-26T10:15:00+00:00", extractedBy: "manual", created: "2026-11-24", sourcePath: null });
    expect(read.warnings).toEqual([]);
    expect(note.text).toContain("## Options\n- Stripe (proceeding with this one)\n- Adyen\n");
    expect(note.text.endsWith("## Blockers\n")).toBe(true);
  });

  it("is the same note for the same draft and instant (deterministic), a new id when that one is taken", () => {
    expect(decisionNote(draft, ctx)).toEqual(decisionNote(draft, ctx));
    const first = decisionNote(draft, ctx).id;
    const second = decisionNote(draft, { ...ctx, isTaken: (id) => id === first });
    expect(second.id).not.toBe(first);
  });

  it("writes an unknown owner as typed, a known one as a link, and the decision type when given", () => {
    const unknown = decisionNote({ ...draft, owner: "Outside Counsel" }, { ...ctx, ownerIsKnown: false });
    expect(unknown.text).toContain("owner: Outside Counsel\n");
    const typed = decisionNote({ ...draft, decisionType: "Design" }, ctx);
    expect(typed.text).toContain('owner: "[[Maya Chen]]"\n');
    const read = readItemNote(typed.path, typed.text);
    if (isItemNoteProblem(read)) throw new Error(read.problem);
    expect(read.item.decisionType).toBe("design");
  });

  it("writes the close in the proposer's zone, across a DST change", () => {
    const note = decisionNote({ ...draft, windowHours: 72 }, { ...ctx, now: "2026-10-23T16:00:00Z", zone: "Europe/London" });
    expect(note.windowCloses).toBe("2026-10-26T16:00:00+00:00");
  });
});

describe("draftProblem", () => {
  it.each([
    [{ title: " " }, "title"],
    [{ options: ["", " "] }, "option"],
    [{ owner: "" }, "owner"],
    [{ windowHours: 0 }, "hours"],
    [{ windowHours: Number.NaN }, "hours"],
  ])("refuses %j", (change, word) => {
    expect(draftProblem({ ...draft, ...change })).toContain(word);
    expect(() => decisionNote({ ...draft, ...change }, ctx)).toThrow(word);
  });
  it("accepts a complete draft", () => expect(draftProblem(draft)).toBeNull());
});
