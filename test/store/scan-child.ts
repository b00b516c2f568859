// Scans a vault folder in a child process with the real extractor, so a test can run the same
// scan under another machine time zone (TZ) and compare the trees byte for byte:
// `node --import tsx scan-child.ts DIR NOW`.
import { FsVault } from "../../src/cli/fs-vault";
import { extractNote } from "../../src/extract/extract";
import { scanVault } from "../../src/store/scan";

const [root, now] = process.argv.slice(2);
const result = await scanVault(FsVault.at(root), { extract: extractNote, now });
if (result.problems.length > 0) process.stderr.write(`${result.problems.join("\n")}\n`);
process.stdout.write(`${result.created}\n`);
