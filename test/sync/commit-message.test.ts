import { describe, expect, it } from "vitest";
import { commitMessage, mergeMessage, type ClassifiedChange } from "../../src/sync/commit-message";

describe("commitMessage", () => {
  const change = (kind: ClassifiedChange["kind"], action: ClassifiedChange["action"]): ClassifiedChange => ({ path: "x", kind, action });
  it("names what changed and who", () => {
    const changes = [change("item", "updated"), change("item", "updated"), change("note", "updated"), change("item", "updated")];
    expect(commitMessage(changes, "Maya Chen")).toBe("Handoff: 3 items updated, 1 note edited (Maya Chen)");
  });
  it("orders kinds and actions the same whatever the input order", () => {
    const changes = [change("file", "created"), change("note", "deleted"), change("item", "created"), change("note", "created"), change("note", "created")];
    expect(commitMessage(changes, "Wei Ling")).toBe("Handoff: 1 item created, 2 notes created, 1 note deleted, 1 other file added (Wei Ling)");
  });
  it("says sync when nothing changed", () => {
    expect(commitMessage([], "Sam")).toBe("Handoff: sync (Sam)");
  });
  it("describes a merge", () => {
    expect(mergeMessage("origin/main", 2, 0, 1, "Maya Chen")).toBe("Handoff: merge origin/main, 2 items merged field by field, 1 conflict copy kept (Maya Chen)");
    expect(mergeMessage("origin/main", 0, 1, 0, "Sam")).toBe("Handoff: merge origin/main, 1 note merged line by line (Sam)");
  });
});
