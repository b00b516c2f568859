// Real vault folders in the system temp directory for store tests: write files, read the whole
// tree back (bytes and mtimes) to prove what a scan wrote or did not write.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { FsVault } from "../../src/cli/fs-vault";

export interface TempVault {
  readonly root: string;
  readonly port: FsVault;
  write(path: string, content: string | Uint8Array): void;
  read(path: string): string;
  /** Every file below the root (dot-folders included), path → bytes. */
  tree(): Map<string, Buffer>;
  /** Every file's mtime in ms. */
  mtimes(): Map<string, number>;
  /** Files below `folder`, sorted. */
  list(folder: string): string[];
  copyTo(): TempVault;
  remove(): void;
}

const made: TempVault[] = [];

export function tempVault(files: Record<string, string | Uint8Array> = {}): TempVault {
  const root = mkdtempSync(join(tmpdir(), "handoff-store-"));
  const vault = open(root);
  for (const [path, content] of Object.entries(files)) vault.write(path, content);
  return vault;
}

/** Removes every vault made by this test file (call in afterAll). */
export function removeTempVaults(): void {
  for (const vault of made.splice(0)) vault.remove();
}

function open(root: string): TempVault {
  const vault: TempVault = {
    root,
    port: FsVault.at(root),
    write(path, content) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
    read(path) {
      return readFileSync(join(root, path), "utf8");
    },
    tree() {
      const out = new Map<string, Buffer>();
      for (const path of walk(root, "")) out.set(path, readFileSync(join(root, path)));
      return out;
    },
    mtimes() {
      const out = new Map<string, number>();
      for (const path of walk(root, "")) out.set(path, statSync(join(root, path)).mtimeMs);
      return out;
    },
    list(folder) {
      return walk(root, "").filter((p) => p.startsWith(`${folder}/`));
    },
    copyTo() {
      const copy = mkdtempSync(join(tmpdir(), "handoff-store-"));
      cpSync(root, copy, { recursive: true });
      return open(copy);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  made.push(vault);
  return vault;
}

function walk(root: string, folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) out.push(...walk(root, path));
    else out.push(path);
  }
  return out.sort();
}
