import { afterAll, describe, expect, it } from "vitest";
import type { Item } from "../../src/model/item";
import { tick } from "../../src/review/tick";
import { removeReviewVaults, reviewVault, type ReviewVault } from "./review-vault";
import { allWeekFiles, TEAM_FILES, WEEK, WEEK_DECISIONS, WEEK_TICKS } from "./week-team";

// A week of a three-zone team, written day by day into a real vault and ticked at chosen
// instants with the real extractor and store. scripts/test-timezones.mjs runs this file under
// TZ=UTC, Pacific/Auckland and America/Los_Angeles: every outcome below must hold in each.

afterAll(removeReviewVaults);

type DecisionKey = keyof typeof WEEK_DECISIONS;
const keyOf = (item: Item): DecisionKey | undefined => (Object.keys(WEEK_DECISIONS) as DecisionKey[]).find((k) => WEEK_DECISIONS[k].source === item.sourcePath);

/** Writes the notes of every day up to `day` that are not written yet. */
function writeUpTo(vault: ReviewVault, day: string, written: Set<string>): void {
  for (const d of WEEK) {
    if (d.date > day || written.has(d.date)) continue;
    vault.write(d.files);
    written.add(d.date);
  }
}

function decisionsOf(items: readonly Item[]): Map<DecisionKey, Item> {
  const out = new Map<DecisionKey, Item>();
  for (const item of items) {
    const key = item.kind === "decision" ? keyOf(item) : undefined;
    if (key) out.set(key, item);
  }
  return out;
}

describe("decision windows over a scripted week", () => {
  it("extracts each window with the close the fixture expects", async () => {
    const vault = reviewVault(TEAM_FILES);
    vault.write(allWeekFiles());
    const decisions = decisionsOf((await vault.scan("2026-11-16T09:00:00Z", true)).items);
    for (const [key, expected] of Object.entries(WEEK_DECISIONS)) {
      expect(decisions.get(key as DecisionKey)?.windowCloses, key).toBe(expected.closes);
    }
  });

  it("adopts or contests each window at exactly its close, as the days go by", async () => {
    const vault = reviewVault(TEAM_FILES);
    const written = new Set<string>();
    for (const step of WEEK_TICKS) {
      writeUpTo(vault, step.day, written);
      const scan = await vault.scan(step.at);
      const result = await tick(scan.record, Date.parse(step.at));
      expect(result.problems, step.at).toEqual([]);
      expect(result.adopted.map((o) => keyOf(o.item)).sort(), `adopted at ${step.at}`).toEqual([...step.adopted].sort());
      expect(result.contested.map((o) => keyOf(o.item)).sort(), `contested at ${step.at}`).toEqual([...step.contested].sort());
      for (const outcome of [...result.adopted, ...result.contested]) {
        const expected = WEEK_DECISIONS[keyOf(outcome.item) as DecisionKey];
        expect(outcome.at).toBe(expected.closes);
        expect(outcome.written).toBe(true);
      }
    }
    const final = decisionsOf((await vault.scan("2026-11-24T09:00:00Z", true)).items);
    for (const [key, expected] of Object.entries(WEEK_DECISIONS)) {
      const item = final.get(key as DecisionKey);
      expect(item?.status, `${key}: ${expected.why}`).toBe(expected.outcome);
      const text = vault.read(item?.path ?? "");
      expect(text).toContain(`handoff_edited: ${expected.outcome === "adopted" ? `decided_at=${expected.closes} ` : ""}status=${expected.closes}\n`);
      expect(text).toContain(`\n## Log\n\n- ${expected.closes} ${expected.outcome}: the window closed with `);
      if (expected.outcome === "adopted") expect(text).toContain(`\ndecided_at: ${expected.closes}\n`);
      else expect(text).not.toContain("decided_at:");
    }
  });

  it("a blocker in a reply note is on the decision; a checked-off concern is resolved; a late objection is after the close", async () => {
    const vault = reviewVault(TEAM_FILES);
    vault.write(allWeekFiles());
    const decisions = decisionsOf((await vault.scan("2026-11-24T09:00:00Z", true)).items);
    expect(decisions.get("pricing")?.blockers).toEqual([
      { path: "Channels/product/2026-11-17 Ken Sato.md", line: 6, text: "Blocker: the two-column layout breaks on mobile Safari.", author: "Ken Sato", raisedAt: "2026-11-17", open: true, resolvedAt: null },
    ]);
    expect(decisions.get("annualPlan")?.blockers.map((b) => [b.author, b.open])).toEqual([["Lucia Alvarez", false]]);
    expect(decisions.get("eventStore")?.blockers.map((b) => [b.author, b.open, b.raisedAt])).toEqual([["Lucia Alvarez", true, "2026-11-23"]]);
  });

  it("ticking twice writes nothing the second time", async () => {
    const vault = reviewVault(TEAM_FILES);
    vault.write(allWeekFiles());
    const first = await tick((await vault.scan("2026-11-24T09:00:00Z")).record, Date.parse("2026-11-24T09:00:00Z"));
    expect(first.adopted.length + first.contested.length).toBe(3);
    const before = vault.tree();
    const again = await tick((await vault.scan("2026-11-24T09:00:00Z")).record, Date.parse("2026-11-25T09:00:00Z"));
    expect([again.adopted, again.contested]).toEqual([[], []]);
    expect(vault.tree()).toEqual(before);
  });

  it("two devices ticking the same vault at different moments write the same bytes", async () => {
    const a = reviewVault(TEAM_FILES);
    a.write(allWeekFiles());
    await a.scan("2026-11-24T09:00:00Z");
    const b = a.copy();
    // Device A ticks at each close exactly; device B only once, a week later.
    for (const closes of Object.values(WEEK_DECISIONS).map((d) => d.closes).sort()) {
      await tick((await a.scan("2026-11-24T09:00:00Z")).record, Date.parse(closes));
    }
    await tick((await b.scan("2026-11-24T09:00:00Z")).record, Date.parse("2026-12-01T00:00:00Z"));
    expect(b.tree()).toEqual(a.tree());
  });

  it("a re-scan keeps what the tick wrote (an edit by Handoff is never overwritten by extraction)", async () => {
    const vault = reviewVault(TEAM_FILES);
    vault.write(allWeekFiles());
    await tick((await vault.scan("2026-11-24T09:00:00Z")).record, Date.parse("2026-11-24T09:00:00Z"));
    const before = vault.tree();
    const rescan = await vault.scan("2026-11-24T09:00:00Z");
    expect([rescan.created, rescan.updated]).toEqual([0, 0]);
    expect(vault.tree()).toEqual(before);
  });
});
