import { describe, expect, it } from "vitest";
import { makeCandidate, type Candidate } from "../../src/model/candidate";
import type { Item } from "../../src/model/item";
import type { ItemKind } from "../../src/model/kind";
import { segmentBlocks } from "../../src/store/block-ids";
import { identify, similarity, SIMILARITY_THRESHOLD, type IdentityInput } from "../../src/store/identity";
import { makeItem } from "../ui/fixtures";

const PATH = "Channels/design/Update.md";

function candidate(kind: ItemKind, line: number, text: string): Candidate {
  return makeCandidate({ kind, line, from: 0, to: text.length, text, title: text });
}

function item(id: string, kind: Item["kind"], quote: string, sourceBlock: string | null, action: string | null = null): Item {
  return makeItem({ id, kind, title: quote, quote, sourcePath: PATH, sourceBlock, action });
}

function input(text: string, candidates: Candidate[], existing: Item[] = [], overrides: Partial<IdentityInput> = {}): IdentityInput {
  return {
    path: PATH,
    text,
    candidates: candidates.map((c) => ({ candidate: c, derived: false })),
    blocks: segmentBlocks(text),
    existing,
    isTaken: () => false,
    writeBlockIds: true,
    ...overrides,
  };
}

describe("identify", () => {
  it("gives a new block an id, the first item the block id and further items kind-numbered ids", () => {
    const text = "I'll send the brief and need sign-off from Dev, and I'll book the room.\n";
    const result = identify(input(text, [candidate("commitment", 1, "a"), candidate("dependency", 1, "b"), candidate("commitment", 1, "c")]));
    const block = result.insertions[0]?.blockId;
    expect(block).toMatch(/^ho-[0-9a-z]{7}$/);
    expect(result.insertions).toEqual([{ line: 1, expected: text.trimEnd(), blockId: block }]);
    expect(result.assignments.map((a) => [a.id, a.anchor, a.existing])).toEqual([
      [block, block, null],
      [`${block}-d1`, block, null],
      [`${block}-c1`, block, null],
    ]);
  });

  it("reuses a block id a person wrote, without inserting one, and keeps item ids in Handoff's namespace", () => {
    const result = identify(input("Send it ^my-block\n", [candidate("commitment", 1, "Send it")]));
    expect(result.insertions).toEqual([]);
    expect(result.assignments[0].anchor).toBe("my-block");
    expect(result.assignments[0].id).toMatch(/^ho-[0-9a-z]{7}$/);
  });

  it("matches existing items by block id even when the sentence changed completely", () => {
    const existing = [item("ho-aaaaaaa", "commitment", "old words", "ho-aaaaaaa"), item("ho-aaaaaaa-d1", "dependency", "old words", "ho-aaaaaaa")];
    const result = identify(input("Entirely new wording ^ho-aaaaaaa\n", [candidate("commitment", 1, "new"), candidate("dependency", 1, "new")], existing));
    expect(result.assignments.map((a) => a.existing?.id)).toEqual(["ho-aaaaaaa", "ho-aaaaaaa-d1"]);
    expect(result.unmatched).toEqual([]);
  });

  it("matches by exact text, then by similarity, when the block id is gone", () => {
    const existing = [item("ho-1111111", "decision", "We go with Option A.", "ho-1111111"), item("ho-2222222", "commitment", "I'll send the client brief by Wednesday", "ho-2222222")];
    const text = "We go with Option A.\n\nI'll send the new client brief by Wednesday.\n";
    const result = identify(input(text, [candidate("decision", 1, "We go with Option A."), candidate("commitment", 3, "I'll send the new client brief by Wednesday.")], existing));
    expect(result.assignments.map((a) => a.existing?.id)).toEqual(["ho-1111111", "ho-2222222"]);
    expect(result.assignments.map((a) => a.anchor)).toEqual(result.insertions.map((i) => i.blockId));
  });

  it("never matches across kinds, and never a dependency's party task with a plain commitment", () => {
    const existing = [item("ho-1111111", "commitment", "Send the brief", null), item("ho-3333333", "commitment", "Need sign-off from Dev", null, "sign-off")];
    const text = "Send the brief\n\nNeed sign-off from Dev\n";
    const result = identify(input(text, [candidate("decision", 1, "Send the brief"), candidate("commitment", 3, "Need sign-off from Dev")], existing));
    expect(result.assignments.map((a) => a.existing)).toEqual([null, null]);
    expect(result.unmatched.map((i) => i.id)).toEqual(["ho-1111111", "ho-3333333"]);
  });

  it("allocates around ids already taken in the vault", () => {
    const text = "I'll book the room.\n";
    const free = identify(input(text, [candidate("commitment", 1, "I'll book the room.")]));
    const block = free.assignments[0].id;
    const taken = identify(input(text, [candidate("commitment", 1, "I'll book the room.")], [], { isTaken: (id) => id === block }));
    expect(taken.assignments[0].id).toBe(`${block}-c1`);
  });

  it("without block ids, uses a virtual id from the text so an unchanged note keeps its ids", () => {
    const text = "I'll book the room.\n";
    const first = identify(input(text, [candidate("commitment", 1, "I'll book the room.")], [], { writeBlockIds: false }));
    expect(first.insertions).toEqual([]);
    expect(first.assignments[0].anchor).toBeNull();
    const again = identify(input(text, [candidate("commitment", 1, "I'll book the room.")], [item(first.assignments[0].id, "commitment", "something else", null)], { writeBlockIds: false }));
    expect(again.assignments[0].existing?.id).toBe(first.assignments[0].id);
  });
});

describe("similarity", () => {
  it.each<[string, string, boolean]>([
    ["I'll send the client brief by Wednesday", "I'll send the new client brief by Wednesday.", true],
    ["I'll send the brief by Wednesday", "I'll send the brief by Thursday", true],
    ["Decision: we go with Option A", "Decision: we go with Option B because it is cheaper", false],
    ["Review the API spec", "Ship the release", false],
  ])("%j ~ %j: %s", (a, b, same) => {
    expect(similarity(a, b) >= SIMILARITY_THRESHOLD).toBe(same);
  });
});
