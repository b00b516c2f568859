// `npm run demo`: the source story in one run. Copies the demo vault (a week of a 14-person team
// in London, Singapore and Toronto; see test/fixtures/README.md) to a temporary folder, scans it,
// closes the decision windows that are due, and prints the board and the decision log as they
// stand at the story's "now" (Tuesday 2026-11-24 10:00 UTC). Nothing in the repository changes.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const NOW = "2026-11-24T10:00:00Z";
const vault = join(mkdtempSync(join(tmpdir(), "handoff-demo-")), "Kestrel team vault");
cpSync("test/fixtures/demo-vault", vault, { recursive: true });

function handoff(title, args) {
  console.log(`\n\x1b[1m== ${title}\x1b[0m  (handoff ${args.join(" ").replace(vault, "<vault>")})\n`);
  const run = spawnSync(process.execPath, ["bin/handoff.mjs", ...args], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`\nThe demo stopped: \`handoff ${args[0]}\` exited with ${run.status}.`);
    process.exit(run.status ?? 1);
  }
}

console.log(`Handoff demo: a week of async updates from a team in London, Singapore and Toronto.`);
console.log(`The vault was copied to: ${vault}`);
handoff("Scan: find commitments, decisions, requests and dependencies, write one note per item", ["scan", vault, "--now", NOW]);
handoff("Tick: close the decision windows that are due (adopt, or contested when a blocker is open)", ["tick", vault, "--now", NOW]);
handoff("Board at Tuesday 24 Nov, 10:00 London", ["board", vault, "--now", NOW, "--tz", "Europe/London"]);
handoff("Decision log", ["decisions", vault]);

const items = join(vault, "Handoff");
const count = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : e.name.endsWith(".md") ? 1 : 0), 0);
console.log(`\nThe item notes are in ${items} (${count(items)} notes, including the team settings note).`);
console.log(`Open the folder "${vault}" as a vault in Obsidian to see them as notes; run \`npx handoff board "${vault}"\` again any time.`);
