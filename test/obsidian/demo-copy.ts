import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The demo vault every suite here works on (copied, never changed in place). */
export const DEMO_VAULT = join(import.meta.dirname, "..", "fixtures", "demo-vault");

const made: string[] = [];

/** A fresh copy of the demo vault in the temp directory. */
export function demoCopy(prefix = "handoff-obsidian-"): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(DEMO_VAULT, root, { recursive: true });
  made.push(root);
  return root;
}

/** Removes every copy made by this test file. */
export function removeCopies(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Every file below `root` (dot-folders included unless `skipDot`), path → text. */
export function treeOf(root: string, skipDot = false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      if (skipDot && entry.name.startsWith(".")) continue;
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else out.set(path, readFileSync(join(root, path), "utf8"));
    }
  };
  walk("");
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A note's stat as Obsidian reports it. */
export function stampOf(root: string, path: string): { mtime: number; size: number } | null {
  try {
    const s = statSync(join(root, path));
    return { mtime: s.mtimeMs, size: s.size };
  } catch {
    return null;
  }
}
