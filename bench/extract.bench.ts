// Extraction over the shared 10,000-note vault (../shared/tools/gen-vault.mjs, cached under
// bench/.out) against the floor DESIGN sets: "read every file + one regex pass", measured in the
// same run on the same files. Reported:
//   - first extraction in a fresh process (cold: JIT, chrono, deadline memo and clocks empty),
//   - later extractions (median; the deadline memo is warm, as on a re-scan in one session),
//   - the same split with the files already in memory, to show what extraction itself costs.
// Target: the whole scan within 3× of the floor (DESIGN), leaving headroom for reconcile.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { buildDirectory } from "../src/extract/directory";
import { extractNote } from "../src/extract/extract";
import { readNoteHeader } from "../src/extract/note-header";
import { DEFAULT_TEAM_SETTINGS } from "../src/model/team-settings";

const NOTES = 10_000;
const VAULT = `bench/.out/vault-${NOTES}`;
const ROUNDS = 5;
const TARGET = 3;
/** The floor's one regex pass: the words a scan starts from. */
const FLOOR_WORDS = /\b(?:I'll|will|need|decided|Decision|FYI|waiting|blocked|please)\b/g;

const say = (line: string): void => void process.stdout.write(`${line}\n`);

function report(name: string, value: number, unit: string, target: string, ok: boolean, detail?: string): void {
  say(`BENCH ${JSON.stringify({ name, value: Number(value.toFixed(3)), unit, target, ok, ...(detail ? { detail } : {}) })}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.name.endsWith(".md")) out.push(path);
  }
  return out;
}

if (!existsSync(VAULT)) {
  const gen = spawnSync(process.execPath, ["../shared/tools/gen-vault.mjs", VAULT, "--notes", String(NOTES)], { stdio: "inherit" });
  if (gen.status !== 0) throw new Error(`gen-vault failed; is ../shared/tools/gen-vault.mjs there?`);
}
const files = walk(VAULT).sort();
const paths = files.map((f) => relative(VAULT, f).split("\\").join("/"));

/** Read every file and run one regex over it. */
function floor(): number {
  const started = performance.now();
  let hits = 0;
  for (const file of files) hits += readFileSync(file, "utf8").match(FLOOR_WORDS)?.length ?? 0;
  if (hits === 0) throw new Error("floor regex matched nothing");
  return performance.now() - started;
}

/** Read every file, build the directory from People/Team notes, extract every note. */
function scan(): { ms: number; candidates: number } {
  const started = performance.now();
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const candidates = extractAll(texts);
  return { ms: performance.now() - started, candidates };
}

function extractAll(texts: readonly string[]): number {
  const people = paths.flatMap((path, i) => (path.startsWith("People/") || path.startsWith("Teams/") ? [{ path, data: { ...readNoteHeader(texts[i] ?? "").data } }] : []));
  const { directory } = buildDirectory(people, DEFAULT_TEAM_SETTINGS);
  let candidates = 0;
  for (let i = 0; i < texts.length; i++) candidates += extractNote(texts[i] ?? "", { path: paths[i] ?? "", directory, settings: DEFAULT_TEAM_SETTINGS }).candidates.length;
  return candidates;
}

const coldFloor = floor();
const cold = scan();
const floors: number[] = [];
const scans: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  floors.push(floor());
  scans.push(scan().ms);
}
const texts = files.map((f) => readFileSync(f, "utf8"));
const inMemory: number[] = [];
for (let round = 0; round < 3; round++) {
  const started = performance.now();
  extractAll(texts);
  inMemory.push(performance.now() - started);
}
const floorMs = median(floors);
const scanMs = median(scans);
const coldRatio = cold.ms / Math.min(coldFloor, floorMs);
const warmRatio = scanMs / floorMs;
say(`${files.length} notes, ${cold.candidates} candidates. Floor (read + one regex): median ${floorMs.toFixed(0)} ms (first ${coldFloor.toFixed(0)} ms).`);
say(`Read + extract: first ${cold.ms.toFixed(0)} ms (${coldRatio.toFixed(2)}× floor), then median ${scanMs.toFixed(0)} ms (${warmRatio.toFixed(2)}×). Extraction alone, files in memory: median ${median(inMemory).toFixed(0)} ms.`);
report("extract: first full scan of 10,000 notes vs read + one regex (cold)", coldRatio, "×", `≤ ${TARGET}×`, coldRatio <= TARGET, `${cold.ms.toFixed(0)} ms vs floor ${floorMs.toFixed(0)} ms`);
report("extract: re-scan of 10,000 notes vs read + one regex (deadline memo warm)", warmRatio, "×", `≤ ${TARGET}×`, warmRatio <= TARGET, `${scanMs.toFixed(0)} ms vs floor ${floorMs.toFixed(0)} ms`);
