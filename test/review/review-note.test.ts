import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeWeeklyReview } from "../../src/review/write-review";
import { REVIEW_END, REVIEW_START } from "../../src/review/weekly-note";
import { DEMO_NOW, DEMO_VAULT_DIR } from "../fixtures-check/demo-vault-planted";
import { copyOf, removeReviewVaults } from "./review-vault";

// The weekly review note on disk: the same vault reviewed on two machines in different zones
// gives byte-identical notes; writing it again changes only Handoff's part.

afterAll(removeReviewVaults);

const DEMO = join(process.cwd(), DEMO_VAULT_DIR);
const NOTE = "Handoff/Reviews/2026-W48 review.md";

function handoffIn(zone: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", join("test", "sync", "handoff-cli.ts"), ...args], { encoding: "utf8", env: { ...process.env, TZ: zone } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the weekly review note", () => {
  it("is byte-identical when two machines in different zones review the same vault", () => {
    const auckland = copyOf(DEMO);
    const losAngeles = copyOf(DEMO);
    const a = handoffIn("Pacific/Auckland", ["review", auckland.root, "--now", DEMO_NOW]);
    const b = handoffIn("America/Los_Angeles", ["review", losAngeles.root, "--now", DEMO_NOW]);
    expect([a.status, b.status, a.stderr.replace(/npm warn.*\n/g, "")]).toEqual([0, 0, ""]);
    expect(a.stdout).toContain(`wrote ${NOTE}`);
    const note = auckland.read(NOTE);
    expect(note).toContain("# Weekly review 2026-W48");
    expect(losAngeles.read(NOTE)).toBe(note);
    expect(losAngeles.tree()).toEqual(auckland.tree());
  }, 60_000);

  it("writing it again rewrites only Handoff's part; a person's notes stay, and nothing is written when nothing changed", async () => {
    const vault = copyOf(DEMO);
    const scan = await vault.scan(DEMO_NOW);
    const first = await writeWeeklyReview(scan.record, Date.parse(DEMO_NOW));
    expect([first.path, first.written, first.problem]).toEqual([NOTE, true, null]);
    const generated = vault.read(NOTE);
    const mine = generated.replace("## Overdue commitments", "## Overdue commitments (I edited this)") + "We agreed to chase legal on Monday.\n";
    vault.write({ [NOTE]: mine.replace("type: review\n", "type: review\nreviewed_by: Maya\n") });
    const again = await writeWeeklyReview(scan.record, Date.parse(DEMO_NOW));
    expect(again.written).toBe(true);
    const text = vault.read(NOTE);
    expect(text).toBe(generated.replace("type: review\n", "type: review\nreviewed_by: Maya\n") + "We agreed to chase legal on Monday.\n");
    const third = await writeWeeklyReview(scan.record, Date.parse(DEMO_NOW));
    expect([third.written, vault.read(NOTE)]).toEqual([false, text]);
  }, 60_000);

  it("leaves a note whose markers a person removed alone, and says so", async () => {
    const vault = copyOf(DEMO);
    const scan = await vault.scan(DEMO_NOW);
    await writeWeeklyReview(scan.record, Date.parse(DEMO_NOW));
    const edited = vault.read(NOTE).replace(`${REVIEW_START}\n`, "").replace(`${REVIEW_END}\n`, "");
    vault.write({ [NOTE]: edited });
    const result = await writeWeeklyReview(scan.record, Date.parse("2026-11-25T10:00:00Z"));
    expect(result.written).toBe(false);
    expect(result.problem).toBe(`${NOTE}: the review's handoff:review:start / handoff:review:end markers are missing or repeated, so Handoff left the note as it is. Put them back around the generated part, or delete the note to write it afresh.`);
    expect(vault.read(NOTE)).toBe(edited);
  }, 60_000);
});
