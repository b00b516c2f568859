// Benchmarks the record (DESIGN "Performance targets", issue 2 "Quality bars") on the shared
// 10,000-note vault from ../shared/tools/gen-vault.mjs, cached under bench/.out:
//   - full scan, steady state (every item note exists, nothing to write) against the floor
//     "read every file + one regex pass" measured in the same run on the same tree: ≤ 3×;
//   - first scan (creates every item note) against the same floor: reported;
//   - one edited note re-indexed and the items snapshot rebuilt (what the board reads): < 5 ms median;
//     the same followed by the board's own model (src/ui BoardSnapshot) is reported beside it;
//   - heap used after indexing, after a forced GC: < 150 MB.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { FsVault } from "../src/cli/fs-vault";
import { extractNote } from "../src/extract/extract";
import { scanVault } from "../src/store/scan";
import type { VaultRecord } from "../src/store/vault-record";
import { BoardSnapshot } from "../src/ui/board-model";

const NOTES = 10_000;
const NOW = "2026-03-02T12:00:00Z";
const CACHED = `bench/.out/vault-${NOTES}`;
const WORK = "bench/.out/scan-work";
const EDITS = 200;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

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

/** The floor: read every note with the scan's own concurrency and run one regex over each. */
async function floor(root: string, paths: readonly string[]): Promise<number> {
  const WORDS = /\b(?:I'll|will|need|decided|Decision|FYI|waiting|blocked)\b/g;
  const started = performance.now();
  let next = 0;
  let hits = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const text = await readFile(join(root, paths[next++]), "utf8");
      hits += text.match(WORDS)?.length ?? 0;
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  if (hits === 0) throw new Error("floor regex matched nothing");
  return performance.now() - started;
}

if (!existsSync(CACHED)) {
  const gen = spawnSync(process.execPath, ["../shared/tools/gen-vault.mjs", CACHED, "--notes", String(NOTES)], { stdio: "inherit" });
  if (gen.status !== 0) throw new Error("gen-vault failed");
}
rmSync(WORK, { recursive: true, force: true });
cpSync(CACHED, WORK, { recursive: true });
const port = FsVault.at(WORK);
const options = { extract: extractNote, now: NOW };

/** The first scan, in a function so its record is garbage before the heap is measured. */
async function firstScan(): Promise<{ firstMs: number; firstCreated: number }> {
  const started = performance.now();
  const first = await scanVault(port, options);
  const firstMs = performance.now() - started;
  say(`first scan: ${first.notes} notes, ${first.items.length} items created in ${firstMs.toFixed(0)} ms; ${first.problems.length} problems`);
  return { firstMs, firstCreated: first.created };
}
const { firstMs, firstCreated } = await firstScan();

const paths = await port.listNotes();
const floors: number[] = [];
const scans: number[] = [];
let record: VaultRecord | null = null;
for (let round = 0; round < 3; round++) {
  floors.push(await floor(WORK, paths));
  const started = performance.now();
  const again = await scanVault(port, options);
  scans.push(performance.now() - started);
  if (again.created + again.updated !== 0) throw new Error(`a rescan wrote ${again.created} + ${again.updated} notes`);
  record = again.record;
}
const floorMs = median(floors);
const scanMs = median(scans);
say(`floor (read ${paths.length} files + one regex pass): ${floorMs.toFixed(0)} ms; rescan: ${scanMs.toFixed(0)} ms`);
report("scan: full rescan of 10,000 notes / floor", scanMs / floorMs, "×", "≤ 3×", scanMs / floorMs <= 3, `${scanMs.toFixed(0)} ms vs ${floorMs.toFixed(0)} ms`);
report("scan: first scan (creates every item note) / floor", firstMs / floorMs, "×", "reported", true, `${firstMs.toFixed(0)} ms, ${firstCreated} item notes`);

if (record === null) throw new Error("no scan ran");
gc();
const heapMb = process.memoryUsage().heapUsed / 1048576;
report("scan: heap used after indexing 10,000 notes", heapMb, "MB", "< 150 MB", heapMb < 150, `${record.items.size} items, ${record.notes.size} source notes`);

const sources = record.notes.paths().filter((p) => p.startsWith("Channels/"));
const step = Math.floor(sources.length / EDITS);
const reindex: number[] = [];
const withBoard: number[] = [];
const directory = record.directory;
for (let i = 0; i < EDITS; i++) {
  const path = sources[i * step];
  const abs = join(WORK, path);
  const text = readFileSync(abs, "utf8");
  writeFileSync(abs, text.replace("## Done\n", `## Done\n- Paired on the tests (edit ${i}).\n`));
  const started = performance.now();
  await record.reindexNote(path);
  const items = record.snapshot();
  const indexed = performance.now();
  BoardSnapshot.of(items, directory, "UTC", Date.parse(NOW));
  const boarded = performance.now();
  reindex.push(indexed - started);
  withBoard.push(boarded - started);
}
const reindexMs = median(reindex);
report("scan: one edited note re-indexed + items snapshot (median)", reindexMs, "ms", "< 5 ms", reindexMs < 5, `${EDITS} edits, ${record.items.size} items`);
report("scan: the same + src/ui BoardSnapshot.of (median)", median(withBoard), "ms", "reported", true);
rmSync(WORK, { recursive: true, force: true });
