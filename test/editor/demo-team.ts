// The demo vault's team (test/fixtures/demo-vault) as an ExtractContext, read from disk for
// Node suites that run the real extractor over real notes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { buildDirectory } from "../../src/extract/directory";
import type { ExtractContext } from "../../src/extract/extract";
import { readNoteHeader } from "../../src/extract/note-header";
import type { Directory } from "../../src/model/person";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";

export const DEMO_VAULT = join(import.meta.dirname, "..", "fixtures", "demo-vault");

/** Every markdown note of the demo vault: vault path and text, sorted by path. */
export function demoNotes(): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".md")) out.push({ path: relative(DEMO_VAULT, full).split("\\").join("/"), text: readFileSync(full, "utf8") });
    }
  };
  walk(DEMO_VAULT);
  return out;
}

let directory: Directory | null = null;

/** The demo team's directory (People and Teams notes). */
export function demoDirectory(): Directory {
  directory ??= buildDirectory(demoNotes().map((n) => ({ path: n.path, data: readNoteHeader(n.text).data })), DEFAULT_TEAM_SETTINGS).directory;
  return directory;
}

/** The context extraction gets for a note of the demo vault. */
export function demoContext(path: string): ExtractContext {
  return { path, directory: demoDirectory(), settings: DEFAULT_TEAM_SETTINGS };
}
