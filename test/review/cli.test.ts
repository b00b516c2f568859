import { afterAll, describe, expect, it } from "vitest";
import { removeReviewVaults, reviewVault, type ReviewVault } from "./review-vault";
import { allWeekFiles, TEAM_FILES, WEEK_DECISIONS } from "./week-team";
import { runCli } from "../cli/run-cli";

// `handoff tick`, `handoff decisions` and `handoff review` run in-process through `main()` on a
// real vault folder (the scripted week), with the real extractor.

afterAll(removeReviewVaults);

const run = (args: string[]) => runCli(args);

function weekVault(): ReviewVault {
  const vault = reviewVault(TEAM_FILES);
  vault.write(allWeekFiles());
  return vault;
}

interface DecisionJson {
  id: string;
  title: string;
  status: string;
  windowCloses: string | null;
  owner: string | null;
  blockers: { author: string | null; text: string; open: boolean; path: string; line: number }[];
  path: string;
  pending: string | null;
}

describe("handoff decisions", () => {
  it("--json lists each decision with id, title, status, windowCloses, owner, blockers and its item note", async () => {
    const vault = weekVault();
    const { code, stdout: out, stderr: err } = await run(["decisions", vault.root, "--json", "--now", "2026-11-20T03:00:00Z"]);
    expect([code, err]).toEqual([0, ""]);
    const rows = JSON.parse(out) as DecisionJson[];
    const pricing = rows.find((r) => r.windowCloses === WEEK_DECISIONS.pricing.closes) as DecisionJson;
    expect(pricing).toMatchObject({ status: "open", owner: "Lucia Alvarez", pending: "contest" });
    expect(pricing.id).toMatch(/^ho-[0-9a-z]{7}$/);
    expect(pricing.path).toBe(`Handoff/Decisions/${pricing.title.replace(/[\\/:*?"<>|#^[\]]/g, " ")} (${pricing.id}).md`);
    expect(pricing.blockers).toEqual([{ author: "Ken Sato", text: "Blocker: the two-column layout breaks on mobile Safari.", open: true, path: "Channels/product/2026-11-17 Ken Sato.md", line: 6, raisedAt: "2026-11-17", resolvedAt: null }]);
    expect(rows.map((r) => r.status).every((s) => ["open", "adopted", "contested", "withdrawn", "superseded"].includes(s))).toBe(true);
    expect(rows.find((r) => r.windowCloses === WEEK_DECISIONS.eventStore.closes)?.pending).toBeNull();
  });

  it("without --json prints a table grouped by status, and writes nothing", async () => {
    const vault = weekVault();
    const before = vault.tree();
    const { code, stdout: out } = await run(["decisions", vault.root, "--now", "2026-11-20T03:00:00Z"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^OPEN \(3\)\n/);
    expect(out).toContain("OPEN      Ken Sato: Blocker: the two-column layout breaks on mobile Safari.  (Channels/product/2026-11-17 Ken Sato.md:6)");
    expect(out).toContain("[window closed: next tick contests]");
    expect(vault.tree()).toEqual(before);
  });
});

describe("handoff tick", () => {
  it("--json says what was adopted and contested at which close; a second tick does nothing", async () => {
    const vault = weekVault();
    const first = await run(["tick", vault.root, "--now", "2026-11-24T09:00:00Z", "--json"]);
    expect([first.code, first.stderr]).toEqual([0, ""]);
    const result = JSON.parse(first.stdout) as { adopted: { decidedAt: string; owner: string; written: boolean }[]; contested: { decidedAt: string; blockers: { author: string }[] }[]; waiting: unknown[]; problems: string[] };
    expect(result.adopted.map((a) => [a.decidedAt, a.written]).sort()).toEqual([[WEEK_DECISIONS.annualPlan.closes, true], [WEEK_DECISIONS.eventStore.closes, true]]);
    expect(result.contested.map((c) => [c.decidedAt, c.blockers.map((b) => b.author)])).toEqual([[WEEK_DECISIONS.pricing.closes, ["Ken Sato"]]]);
    expect(result.problems).toEqual([]);
    const tree = vault.tree();
    const second = await run(["tick", vault.root, "--now", "2026-11-25T09:00:00Z"]);
    expect(second.stdout).toBe("tick at 2026-11-25T09:00:00Z: 0 adopted, 0 contested, 0 windows still open.\n");
    expect(vault.tree()).toEqual(tree);
  });

  it("reads a --now without a zone in the team's zone", async () => {
    const vault = weekVault();
    // 15:00 in London (the team's zone) is the annual plan's close exactly.
    const { stdout: out } = await run(["tick", vault.root, "--now", "2026-11-18T15:00", "--json"]);
    expect((JSON.parse(out) as { adopted: { decidedAt: string }[] }).adopted.map((a) => a.decidedAt)).toEqual([WEEK_DECISIONS.annualPlan.closes]);
  });

  it.each<[string[], number, string]>([
    [["tick"], 2, "handoff tick: give the vault folder: handoff tick VAULT."],
    [["tick", "VAULT", "--now", "Friday"], 2, 'handoff tick: --now "Friday" is not an ISO date or instant; write it like 2026-11-24 or 2026-11-24T10:00:00Z.'],
    [["review", "/nonexistent/vault/folder"], 1, 'handoff review: "/nonexistent/vault/folder" is not a folder.'],
    [["decisions", "VAULT", "--since", "x"], 2, "handoff decisions: Unknown option '--since'"],
  ])("%j exits %i with a message saying what to fix", async (args, code, message) => {
    const vault = weekVault();
    const result = await run(args.map((a) => (a === "VAULT" ? vault.root : a)));
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });
});

describe("handoff review", () => {
  it("--json returns the review's lists under named keys and writes the note", async () => {
    const vault = weekVault();
    await run(["tick", vault.root, "--now", "2026-11-24T09:00:00Z"]);
    const { code, stdout: out, stderr: err } = await run(["review", vault.root, "--now", "2026-11-24T09:00:00Z", "--json"]);
    expect([code, err]).toEqual([0, ""]);
    const review = JSON.parse(out) as Record<string, unknown> & { path: string; overdue: { title: string; owner: string }[]; contestedDecisions: { title: string }[]; trends: { week: string }[] };
    expect(Object.keys(review)).toEqual(["path", "written", "week", "start", "end", "now", "today", "zone", "overdue", "stalledDecisions", "contestedDecisions", "unansweredRequests", "blockedChains", "inactive", "waiting", "trends", "createdThisWeek", "problems"]);
    expect(review.path).toBe("Handoff/Reviews/2026-W48 review.md");
    expect(review.overdue.map((e) => e.owner)).toEqual(["Maya Chen"]);
    expect(review.contestedDecisions.map((e) => e.title)).toEqual([expect.stringContaining("two-column layout")]);
    expect(review.trends.map((t) => t.week)).toEqual(["2026-W45", "2026-W46", "2026-W47", "2026-W48"]);
    expect(vault.read(review.path)).toContain("## Contested decisions (1)");
  });
});
