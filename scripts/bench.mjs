// `npm run bench`: runs every bench/*.bench.ts in its own process (tsx) and prints one table.
// Each bench prints result lines `BENCH {"name", "value", "unit", "target", "ok", "detail"?}`;
// numbers are ratios against a floor measured in the same run, or medians where the design
// states an absolute target. Benchmarks never run inside `npm test` (machines here are noisy).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv.slice(2);
const files = readdirSync("bench").filter((f) => f.endsWith(".bench.ts")).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const results = [];
let crashed = 0;
for (const file of files) {
  console.log(`\n== bench/${file}`);
  const run = spawnSync("npx", ["tsx", `bench/${file}`], { encoding: "utf8", env: process.env, maxBuffer: 64 << 20 });
  process.stdout.write(run.stdout.split("\n").filter((l) => !l.startsWith("BENCH ")).join("\n"));
  process.stderr.write(run.stderr);
  for (const line of run.stdout.split("\n")) {
    if (line.startsWith("BENCH ")) results.push({ file, ...JSON.parse(line.slice(6)) });
  }
  if (run.status !== 0) {
    console.error(`bench/${file} exited with ${run.status}`);
    crashed++;
  }
}
console.log("\n| benchmark | result | target | ok |\n|---|---|---|---|");
for (const r of results) {
  const value = typeof r.value === "number" ? `${Number(r.value.toPrecision(3))} ${r.unit}` : String(r.value);
  console.log(`| ${r.name} | ${value} | ${r.target} | ${r.ok ? "yes" : "NO"} |`);
}
process.exit(crashed === 0 ? 0 : 1);
