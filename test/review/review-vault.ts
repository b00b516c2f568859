// Real vault folders in the system temp directory for the async-health tests: write notes, scan
// with the real extractor, read files back byte for byte.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { FsVault } from "../../src/cli/fs-vault";
import { extractNote } from "../../src/extract/extract";
import { scanVault, type ScanResult } from "../../src/store/scan";

/** A vault folder on disk. */
export interface ReviewVault {
  readonly root: string;
  write(files: Readonly<Record<string, string>>): void;
  read(path: string): string;
  /** Every file, vault-relative path → text. */
  tree(): Map<string, string>;
  /** Scans with the real extractor at `now` (writes the record unless `dryRun`). */
  scan(now: string, dryRun?: boolean): Promise<ScanResult>;
  /** A copy in a new temp folder. */
  copy(): ReviewVault;
}

const made: string[] = [];

/** A new vault holding `files`. */
export function reviewVault(files: Readonly<Record<string, string>> = {}): ReviewVault {
  const root = mkdtempSync(join(tmpdir(), "handoff-review-"));
  made.push(root);
  const vault = open(root);
  vault.write(files);
  return vault;
}

/** A copy of a folder (the demo vault) in a new temp vault. */
export function copyOf(folder: string): ReviewVault {
  const vault = reviewVault();
  cpSync(folder, vault.root, { recursive: true });
  return vault;
}

/** Removes every vault made by this test file (call in afterAll). */
export function removeReviewVaults(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

function open(root: string): ReviewVault {
  return {
    root,
    write(files) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    },
    read: (path) => readFileSync(join(root, path), "utf8"),
    tree() {
      const out = new Map<string, string>();
      const walk = (rel: string): void => {
        for (const entry of readdirSync(join(root, rel)).sort()) {
          const path = rel === "" ? entry : `${rel}/${entry}`;
          if (statSync(join(root, path)).isDirectory()) walk(path);
          else out.set(path, readFileSync(join(root, path), "utf8"));
        }
      };
      walk("");
      return out;
    },
    scan: (now, dryRun = false) => scanVault(FsVault.at(root), { extract: extractNote, now, dryRun }),
    copy() {
      const copy = reviewVault();
      cpSync(root, copy.root, { recursive: true });
      return copy;
    },
  };
}
