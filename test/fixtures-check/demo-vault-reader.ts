import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitFrontmatter, type SplitNote } from "../../src/store/frontmatter";

/**
 * Obsidian wikilink or embed: `[[Target]]`, `[[Target|shown text]]`, `[[Target#Heading]]`,
 * `[[Target^block]]`, `![[Target]]`. Group 1 is the target (a note name or vault path, without
 * the heading, block or alias part).
 */
export const WIKILINK = /!?\[\[([^[\]|#^]+)(?:[#^][^[\]|]*)?(?:\|[^[\]]*)?\]\]/g;

/** One markdown note of the vault, read and split once. */
export interface VaultNote {
  /** Vault-relative path with `/` separators ("People/Maya Chen.md"). */
  readonly path: string;
  /** File name without `.md` ("Maya Chen"): what a `[[link]]` names. */
  readonly basename: string;
  readonly text: string;
  readonly note: SplitNote;
}

/** A vault read from disk: every file, and the markdown notes by path. */
export interface LoadedVault {
  /** Every file path, markdown or not, vault-relative. */
  readonly files: readonly string[];
  readonly notes: ReadonlyMap<string, VaultNote>;
  /** Notes whose basename is the key, lower-cased (Obsidian resolves links case-insensitively). */
  readonly byBasename: ReadonlyMap<string, readonly VaultNote[]>;
}

/** Reads every file under `root` (sorted, so results are stable) and splits each `.md` note's frontmatter. */
export function loadVault(root: string): LoadedVault {
  const files = listFiles(root, "").sort();
  const notes = new Map<string, VaultNote>();
  const byBasename = new Map<string, VaultNote[]>();
  for (const path of files) {
    if (!path.endsWith(".md")) continue;
    const text = readFileSync(join(root, path), "utf8");
    const basename = path.slice(path.lastIndexOf("/") + 1, -".md".length);
    const entry: VaultNote = { path, basename, text, note: splitFrontmatter(text) };
    notes.set(path, entry);
    const key = basename.toLowerCase();
    byBasename.set(key, [...(byBasename.get(key) ?? []), entry]);
  }
  return { files, notes, byBasename };
}

/**
 * The notes a link target can mean, the way Obsidian resolves it: a target with a `/` is a
 * vault path (with or without `.md`); otherwise it is a note name matched against basenames.
 * More than one result means the link is ambiguous; none means it is broken.
 */
export function resolveLink(vault: LoadedVault, target: string): readonly VaultNote[] {
  const name = target.trim();
  if (name.includes("/")) {
    const path = name.endsWith(".md") ? name : `${name}.md`;
    const hit = vault.notes.get(path);
    return hit ? [hit] : [];
  }
  return vault.byBasename.get(name.toLowerCase()) ?? [];
}

/** Link targets in `text`, in order of appearance. */
export function linkTargets(text: string): string[] {
  return [...text.matchAll(WIKILINK)].map((m) => m[1] ?? "");
}

/** The single note a `[[link]]` value (as in frontmatter: `"[[Maya Chen]]"`) points to, or null. */
export function linkedNote(vault: LoadedVault, value: unknown): VaultNote | null {
  if (typeof value !== "string") return null;
  const targets = linkTargets(value);
  if (targets.length !== 1 || value.trim() !== `[[${targets[0]}]]`) return null;
  const hits = resolveLink(vault, targets[0] ?? "");
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

function listFiles(root: string, prefix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else out.push(rel);
  }
  return out;
}
