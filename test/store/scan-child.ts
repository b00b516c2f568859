// Scans a vault folder in a child process, so a test can run the same scan under another machine
// time zone (TZ) and compare the trees byte for byte: `node --import tsx scan-child.ts DIR NOW`.
import { FsVault } from "../../src/cli/fs-vault";
import { scanVault } from "../../src/store/scan";
import { stubExtract } from "./stub-extractor";

const [root, now] = process.argv.slice(2);
const result = await scanVault(FsVault.at(root), { extract: stubExtract, now });
if (result.problems.length > 0) process.stderr.write(`${result.problems.join("\n")}\n`);
