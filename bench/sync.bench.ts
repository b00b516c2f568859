// Benchmarks git sync (issue 4) against plain git on the same repository shape, measured in the
// same run (machines here are noisy, so only ratios count):
//   - 1,000 changed item notes, while a teammate pushed edits to other notes: `syncOnce`
//     (commit, fetch, merge, push, with the key guard and the commit message reading every
//     changed file) against `git add -A && git commit && git pull --no-rebase && git push`: ≤ 3×;
//   - 200 item notes both sides changed: `syncOnce` resolving every one field by field, against
//     `git pull` stopping at the conflicts (the floor: git's own merge, markers left): reported.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syncOnce } from "../src/sync/sync-step";
import { backendFor, commitDate, git, LONDON, SINGAPORE, Team, type Teammate } from "../test/sync/git-fixture";
import { itemNote, itemPath } from "../test/sync/vault-fixture";

const ITEMS = 1000;
const CONFLICTED = 200;
const PLAIN_NOTES = 20;
const ROUNDS = 3;
const STATUSES = ["open", "in-progress", "done", "cancelled"];

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function report(name: string, value: number, unit: string, target: string, ok: boolean, detail?: string): void {
  say(`BENCH ${JSON.stringify({ name, value, unit, target, ok, ...(detail ? { detail } : {}) })}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const items = Array.from({ length: ITEMS }, (_, n) => ({ id: `ho-${n.toString(36).padStart(7, "0")}`, title: `Item ${n}` }));
const seed: Record<string, string> = Object.fromEntries(items.map((i) => [itemPath(i), itemNote(i, ["- Maya Chen: opened"])]));
for (let n = 0; n < PLAIN_NOTES; n++) seed[`Channels/team/Note ${n}.md`] = `# Note ${n}\n\nSomething was said.\n`;

/** Rewrites one field line in `count` item notes of a clone, as a board edit would. */
function editItems(dir: string, count: number, field: string, value: (n: number) => string): void {
  for (let n = 0; n < count; n++) {
    const file = join(dir, itemPath(items[n]));
    writeFileSync(file, readFileSync(file, "utf8").replace(new RegExp(`^${field}: .*$`, "m"), `${field}: ${value(n)}`));
  }
}

/** A teammate's push that touches other notes (so every sync has something to merge). */
function teammatePushes(team: Team, who: Teammate, round: number): void {
  const dir = team.clone(who);
  git(dir, ["pull", "-q", "--no-rebase"]);
  const file = join(dir, `Channels/team/Note ${round % PLAIN_NOTES}.md`);
  writeFileSync(file, `${readFileSync(file, "utf8")}Round ${round}.\n`);
  git(dir, ["commit", "-qam", `round ${round}`]);
  git(dir, ["push", "-q", "origin", "main"]);
}

function plainSync(dir: string): void {
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-qm", "edits"]);
  git(dir, ["pull", "-q", "--no-rebase", "--no-edit"]);
  git(dir, ["push", "-q", "origin", "main"]);
}

async function timed(run: () => Promise<void> | void): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

// Two remotes of the same shape, so plain git and Handoff never merge each other's edits.
const forSync = Team.create(seed, [LONDON, SINGAPORE]);
const forPlain = Team.create(seed, [LONDON, SINGAPORE]);
try {
  const syncMs: number[] = [];
  const plainMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const status = (n: number): string => STATUSES[(n + round + 1) % STATUSES.length];
    for (const [team, times] of [[forPlain, plainMs], [forSync, syncMs]] as const) {
      teammatePushes(team, SINGAPORE, round);
      const dir = team.clone(LONDON);
      editItems(dir, ITEMS, "status", status);
      if (team === forSync) {
        const backend = await backendFor(dir, { env: commitDate(`2026-11-2${4 + round}T10:00:00Z`) });
        times.push(await timed(async () => {
          const result = await syncOnce(backend);
          if (!result.ok || !result.pushed) throw new Error(`sync failed: ${result.message}`);
        }));
      } else {
        times.push(await timed(() => plainSync(dir)));
      }
      if (git(dir, ["rev-parse", "HEAD"]) !== git(team.remote, ["rev-parse", "main"])) throw new Error("clone and remote differ after the sync");
    }
  }
  const ratio = median(syncMs) / median(plainMs);
  say(`sync of ${ITEMS} changed item notes: ${median(syncMs).toFixed(0)} ms; git add/commit/pull/push: ${median(plainMs).toFixed(0)} ms`);
  report(`sync: ${ITEMS} changed item notes / git pull && git push`, ratio, "×", "≤ 3×", ratio <= 3, `${median(syncMs).toFixed(0)} ms vs ${median(plainMs).toFixed(0)} ms (median of ${ROUNDS})`);

  // Conflicts: Singapore and London both change the same notes' status and owner.
  for (const team of [forSync, forPlain]) {
    const singapore = team.clone(SINGAPORE);
    git(singapore, ["pull", "-q", "--no-rebase"]);
    editItems(singapore, CONFLICTED, "status", () => "done");
    editItems(singapore, CONFLICTED, "owner", () => '"[[Wei Ling]]"');
    git(singapore, ["commit", "-qam", "Singapore"], commitDate("2026-11-28T02:00:00Z"));
    git(singapore, ["push", "-q", "origin", "main"]);
    const london = team.clone(LONDON);
    editItems(london, CONFLICTED, "status", () => "cancelled");
    editItems(london, CONFLICTED, "owner", () => '"[[Dev Patel]]"');
  }
  const london = forSync.clone(LONDON);
  const backend = await backendFor(london, { env: commitDate("2026-11-28T10:00:00Z") });
  let resolved = 0;
  const resolveMs = await timed(async () => {
    const result = await syncOnce(backend);
    if (!result.ok) throw new Error(`sync failed: ${result.message}`);
    resolved = result.resolutions.filter((r) => r.kind === "item-merged").length;
  });
  if (resolved !== CONFLICTED) throw new Error(`expected ${CONFLICTED} item notes merged, got ${resolved}`);
  const plainLondon = forPlain.clone(LONDON);
  const floorMs = await timed(() => {
    git(plainLondon, ["add", "-A"]);
    git(plainLondon, ["commit", "-qm", "London"]);
    try {
      git(plainLondon, ["pull", "-q", "--no-rebase", "--no-edit"]);
    } catch {
      // Conflicts: git stops with markers in the files, which is the point of the floor.
    }
  });
  report(`sync: ${CONFLICTED} conflicted item notes resolved / git pull leaving markers`, resolveMs / floorMs, "×", "reported", true, `${resolveMs.toFixed(0)} ms vs ${floorMs.toFixed(0)} ms`);
} finally {
  forSync.dispose();
  forPlain.dispose();
}
