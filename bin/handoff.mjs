#!/usr/bin/env node
// Entry point for `npx handoff`: runs the CLI bundle built by `npm run build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const bundle = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.mjs");
if (!existsSync(bundle)) {
  process.stderr.write("handoff: the CLI is not built yet. Run `npm run build` in the Handoff folder first.\n");
  process.exit(2);
}
const { main } = await import("../dist/cli.mjs");
process.exitCode = await main(process.argv.slice(2));
