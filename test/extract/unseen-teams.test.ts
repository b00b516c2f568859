import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeScore, type ExpectedItem, extractVault, loadVault, scoreVault } from "./vault-score";

/**
 * Held-out-style checks: weeks of notes from teams other than the demo vault's (a research lab,
 * a design agency), with other names and phrasing habits, and the items a person expects written
 * by hand and committed before the extractor ever ran on them (README.md in each folder). They
 * fail when a rule change loses recall or precision on notes the rules were not written from.
 */
interface ExpectedFile {
  readonly now: string;
  readonly notes: Readonly<Record<string, ReadonlyArray<Omit<ExpectedItem, "path">>>>;
}

/** Each fixture and the notes in it that must give nothing (documentation, a handbook). */
const FIXTURES: ReadonlyArray<readonly [name: string, prose: readonly string[]]> = [
  ["unseen-team", ["Docs/Cluster how-to.md", "Reference/Lab handbook.md"]],
  ["unseen-agency", ["Docs/Studio handbook.md"]],
];

describe.each(FIXTURES)("extraction on %s (labelled by hand before the first run)", (name, prose) => {
  const root = join(process.cwd(), "test/fixtures/extract", name);
  const file = JSON.parse(readFileSync(join(root, "expected.json"), "utf8")) as ExpectedFile;
  const expected: ExpectedItem[] = Object.entries(file.notes).flatMap(([path, items]) => items.map((item) => ({ path, ...item })));
  const vault = loadVault(join(root, "vault"));
  const found = extractVault(vault, file.now);
  const score = scoreVault(found, expected, new Set(["commitment", "request", "dependency", "decision"]));
  process.stdout.write(`${describeScore(name, score)}\n`);
  for (const line of score.problems) process.stdout.write(`  ${line}\n`);

  it("labels every source note of the fixture, and only those", () => {
    expect(Object.keys(file.notes).sort()).toEqual([...vault.sources].sort());
  });

  it("finds ≥ 90% of the expected items with the right kind", () => {
    expect(score.expected).toBeGreaterThan(30);
    expect(score.found / score.expected).toBeGreaterThanOrEqual(0.9);
  });

  it("≥ 90% of its non-FYI candidates are expected items (precision)", () => {
    expect(score.matched / score.candidates).toBeGreaterThanOrEqual(0.9);
  });

  it("owners and due instants agree (≥ 90% each)", () => {
    expect(score.ownerAgreed / score.ownerChecked).toBeGreaterThanOrEqual(0.9);
    expect(score.dueAgreed / score.dueChecked).toBeGreaterThanOrEqual(0.9);
  });

  it.each(prose)("%s gives nothing", (path) => {
    expect((found.get(path) ?? []).filter((c) => c.kind !== "fyi").map((c) => c.text)).toEqual([]);
  });
});
