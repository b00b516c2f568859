// Runs the `handoff` CLI from source, for git to call as a merge driver in tests:
// node --import <tsx loader> test/sync/handoff-cli.ts merge-driver %O %A %B %P
import { main } from "../../src/cli/main";

process.exitCode = await main(process.argv.slice(2));
