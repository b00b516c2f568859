// findDeadline per sentence against a floor of one regex pass over the same sentences, on
// sentences generated the way ../shared/tools/gen-vault.mjs writes its notes (same phrasings,
// same mix of kinds, deterministic seed). Prints BENCH lines for scripts/bench.mjs.
import { performance } from "node:perf_hooks";
import { findDeadline } from "../src/time/deadline";
import { useFastPath } from "../src/time/deadline-chrono";
import { makeWriterClock } from "../src/time/writer-clock";

const SENTENCES = 20_000;
let state = 451;
const rand = (): number => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const names = ["Maya", "Oliver", "Amara", "James", "Sophie", "Wei", "Priya", "Arjun", "Mei", "Daniel", "Liam", "Chloe", "Noah", "Emma"];
const things = ["the design mockups", "the client brief", "the API spec", "the migration plan", "the release notes", "the pricing page copy",
  "the onboarding flow", "the load test results", "the Q1 roadmap draft", "the vendor comparison", "the security review",
  "the accessibility audit", "the invoice export", "the retro notes", "the interview loop"];
const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const teams = ["Dev", "Design", "Product"];
const options = ["Option A", "Option B", "vendor X", "vendor Y", "the phased rollout", "the big-bang cutover"];
const dues = (): string => pick([`by ${pick(days)}`, `${pick(days)} EOD`, `by ${pick(days)} EOD`, `before ${pick(days)}`,
  "by end of week", "tomorrow", `by 3pm ${pick(days)}`, "next week", "by the 30th", "in two days"]);

const kinds: Readonly<Record<string, () => string>> = {
  commitment: () => pick([
    `I'll have ${pick(things)} ready ${dues()}.`, `I will send ${pick(things)} to ${pick(names)} ${dues()}.`,
    `${pick(names)} will handle ${pick(things)} ${dues()}.`, `Review ${pick(things)} ${dues()}`,
    `Next: finish ${pick(things)} ${dues()}.`, `AI: ${pick(names)} to update ${pick(things)}.`,
  ]),
  decision: () => pick([
    `Decision: we go with ${pick(options)} because it keeps the scope small.`, `We decided to ship ${pick(things)} behind a flag.`,
    `I'm proceeding with ${pick(options)} at 3pm ${pick(days)} unless someone raises a blocker.`,
    `We're going with ${pick(options)} unless there's a blocker by ${pick(days)}.`,
  ]),
  request: () => pick([
    `Input needed by ${pick(days)} EOD: which of ${pick(options)} or ${pick(options)} should we take?`,
    `Decision needed: see options below for ${pick(things)}.`, `Could someone from ${pick(teams)} review ${pick(things)} ${dues()}?`,
  ]),
  fyi: () => pick([`FYI, no action required: ${pick(things)} moved to the shared drive.`, "FYI: the staging deploy is frozen this week."]),
  dependency: () => pick([
    `I need sign-off from ${pick(teams)} before ${pick(days)} EOD.`, `This is blocked until ${pick(things)} is merged.`,
    `Waiting on ${pick(names)} for ${pick(things)}.`,
  ]),
  status: () => pick([
    `Yesterday I finished ${pick(things)} and paired with ${pick(names)} on the tests.`, `Spent most of the day on ${pick(things)}; it took longer than expected.`,
    "The billing-v2 dashboard now loads in under a second.", `Good conversation with ${pick(names)} about ${pick(things)}, notes below.`,
    "Nothing blocking right now, and it will probably stay that way.", "The build will be slower this week while the cache warms up.",
  ]),
  reference: () => pick([
    "This page explains how we run async.", "Updates go in the channel folders and are read within a working day.",
    "Meetings we keep: the Monday context call and the Friday retrospective.", "The design system uses 8px spacing.",
    "Incident reviews are blameless.", "Customers will see the new invoice layout once billing v2 is rolled out to every region.",
  ]),
};
const mix = ["status", "status", "status", "commitment", "commitment", "decision", "request", "dependency", "fyi", "status", "reference"];
const sentences = Array.from({ length: SENTENCES }, () => (kinds[pick(mix)] ?? kinds.status)?.() ?? "");

const made = makeWriterClock({ reference: "2026-01-05", zone: "Europe/London", dayEnd: "17:30" });
if (!made.ok) throw new Error(made.error);
const clock = made.clock;

/** The floor: one regex pass over every sentence (timed over 20 passes, reported per pass: one pass is too short to time alone). */
const FLOOR_PATTERN = /\b(?:by|before|until|tomorrow|next)\b/i;
const FLOOR_PASSES = 20;
function floor(): number {
  let hits = 0;
  for (let pass = 0; pass < FLOOR_PASSES; pass++) for (const s of sentences) if (FLOOR_PATTERN.test(s)) hits++;
  return hits / FLOOR_PASSES;
}
function engine(): number {
  let hits = 0;
  for (const s of sentences) if (findDeadline(s, clock) !== null) hits++;
  return hits;
}
function timed(run: () => number): { ms: number; hits: number } {
  const start = performance.now();
  const hits = run();
  return { ms: performance.now() - start, hits };
}

// Warm up both paths (JIT, chrono's pattern caches), then take the median of five runs each.
floor();
engine();
const floors: number[] = [];
const engines: number[] = [];
let found = 0;
for (let i = 0; i < 5; i++) {
  floors.push(timed(floor).ms / FLOOR_PASSES);
  const run = timed(engine);
  engines.push(run.ms);
  found = run.hits;
}
// The same sentences with the fast path off (chrono reads every phrase), for comparison.
useFastPath(false);
engine();
const chronoOnly: number[] = [];
for (let i = 0; i < 5; i++) chronoOnly.push(timed(engine).ms);
useFastPath(true);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const floorMs = median(floors);
const engineMs = median(engines);
const ratio = engineMs / floorMs;
const perSentenceUs = (engineMs * 1000) / SENTENCES;

const say = (line: string): void => void process.stdout.write(`${line}\n`);
say(`${SENTENCES} sentences, ${found} with a deadline; floor ${floorMs.toFixed(2)} ms, findDeadline ${engineMs.toFixed(1)} ms`);
// Targets: a 10,000-note vault has ~60,000 candidate-worthy lines; at ≤ 100 µs each the deadline
// pass stays well under a second, and findDeadline is expected to cost a few hundred regex passes.
say(`BENCH ${JSON.stringify({ name: "findDeadline per sentence", value: perSentenceUs, unit: "µs", target: "≤ 100 µs", ok: perSentenceUs <= 100 })}`);
const chronoUs = (median(chronoOnly) * 1000) / SENTENCES;
say(`BENCH ${JSON.stringify({ name: "findDeadline per sentence, fast path off (chrono reads every phrase)", value: chronoUs, unit: "µs", target: "reported", ok: true })}`);
say(`BENCH ${JSON.stringify({ name: "findDeadline vs one regex pass", value: ratio, unit: "×", target: "≤ 1000×", ok: ratio <= 1000, detail: `floor ${floorMs.toFixed(2)} ms` })}`);
