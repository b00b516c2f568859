// Runs the time-sensitive suites under the three machine zones CI checks (DESIGN: the same vault
// gives the same items on any machine and time zone). The main `vitest run` already ran every
// suite in the machine's own zone; here the zone-sensitive folders run again under each zone.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const zones = ["UTC", "Pacific/Auckland", "America/Los_Angeles"];
const folders = ["test/time", "test/extract", "test/store", "test/cli", "test/review", "test/model", "test/ui"].filter((f) => existsSync(f));
let failed = 0;
for (const zone of zones) {
  console.log(`\n== TZ=${zone}: ${folders.join(" ")}`);
  const run = spawnSync("npx", ["vitest", "run", ...folders], { stdio: "inherit", env: { ...process.env, TZ: zone } });
  if (run.status !== 0) {
    console.error(`time-zone suite failed under TZ=${zone}`);
    failed++;
  }
}
process.exit(failed === 0 ? 0 : 1);
