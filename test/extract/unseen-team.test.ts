import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeScore, type ExpectedItem, extractVault, loadVault, scoreVault } from "./vault-score";

/**
 * A held-out-style check: a week of notes from a different team (a research lab, other names,
 * other phrasing habits), with the items a person expects written by hand before the extractor
 * ever ran on them (test/fixtures/extract/unseen-team/README.md). It fails when a rule change
 * loses recall or precision on notes the rules were not written from.
 */
const ROOT = join(process.cwd(), "test/fixtures/extract/unseen-team");

interface ExpectedFile {
  readonly now: string;
  readonly notes: Readonly<Record<string, ReadonlyArray<Omit<ExpectedItem, "path">>>>;
}

const file = JSON.parse(readFileSync(join(ROOT, "expected.json"), "utf8")) as ExpectedFile;
const expected: ExpectedItem[] = Object.entries(file.notes).flatMap(([path, items]) => items.map((item) => ({ path, ...item })));
const vault = loadVault(join(ROOT, "vault"));
const found = extractVault(vault, file.now);
const score = scoreVault(found, expected, new Set(["commitment", "request", "dependency", "decision"]));
process.stdout.write(`${describeScore("unseen team", score)}\n`);
for (const line of score.problems) process.stdout.write(`  ${line}\n`);

describe("extraction on an unseen team's week (labelled by hand before the first run)", () => {
  it("labels every source note of the fixture, and only those", () => {
    expect(Object.keys(file.notes).sort()).toEqual([...vault.sources].sort());
  });

  it("finds ≥ 90% of the expected items with the right kind", () => {
    expect(score.expected).toBeGreaterThan(50);
    expect(score.found / score.expected).toBeGreaterThanOrEqual(0.9);
  });

  it("≥ 90% of its non-FYI candidates are expected items (precision)", () => {
    expect(score.matched / score.candidates).toBeGreaterThanOrEqual(0.9);
  });

  it("owners and due instants agree (≥ 90% each)", () => {
    expect(score.ownerAgreed / score.ownerChecked).toBeGreaterThanOrEqual(0.9);
    expect(score.dueAgreed / score.dueChecked).toBeGreaterThanOrEqual(0.9);
  });

  it("the documentation and handbook notes give nothing", () => {
    for (const path of ["Docs/Cluster how-to.md", "Reference/Lab handbook.md"]) {
      expect((found.get(path) ?? []).filter((c) => c.kind !== "fyi").map((c) => c.text)).toEqual([]);
    }
  });
});
