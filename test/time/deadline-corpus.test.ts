import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findDeadline } from "../../src/time/deadline";
import { clockOf } from "./clocks";

// The labelled real sentences of ../shared/corpus/notes-dev.jsonl: each `due_phrase` is the
// deadline as written. Agreement is containment either way, as ../shared/tools/score-extract.py
// scores it. The reference is the scorer's: 2026-11-24T10:00Z, UTC.

interface Row {
  readonly text: string;
  readonly label: string;
  readonly due_phrase: string | null;
}

const path = fileURLToPath(new URL("../../../shared/corpus/notes-dev.jsonl", import.meta.url));
const present = existsSync(path);
const rows: Row[] = present ? readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Row) : [];
const clock = clockOf({ reference: "2026-11-24T10:00:00Z", zone: "UTC" });
const found = (row: Row): string | null => findDeadline(row.text.split(/\s+/).join(" "), clock)?.text ?? null;
const agrees = (text: string | null, gold: string): boolean => text !== null && (text.toLowerCase().includes(gold.toLowerCase()) || gold.toLowerCase().includes(text.toLowerCase()));

describe.skipIf(!present)("notes-dev.jsonl deadline phrases", () => {
  it("finds every commitment's deadline phrase and invents none for the others", () => {
    const commitments = rows.filter((r) => r.label === "commitment");
    expect(commitments.length).toBeGreaterThan(10);
    for (const row of commitments) {
      if (row.due_phrase === null) expect(found(row), row.text).toBeNull();
      else expect(agrees(found(row), row.due_phrase), `${row.text} → ${found(row)}`).toBe(true);
    }
  });

  it("agrees on the date phrases of every kind (event deadlines like 'until after 3.12' are not dates)", () => {
    const dated = rows.filter((r) => r.due_phrase !== null && !/\d+\.\d+/.test(r.due_phrase));
    const agreed = dated.filter((r) => agrees(found(r), r.due_phrase ?? ""));
    expect(agreed.map((r) => r.text)).toEqual(dated.map((r) => r.text));
  });
});

describe.skipIf(present)("notes-dev.jsonl deadline phrases", () => {
  it.skip(`skipped: ${path} is absent (the shared corpus sits beside the repository)`, () => undefined);
});
