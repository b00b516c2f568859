/**
 * The engine's {@link VaultPort} over Obsidian's `app.vault`: reads through `cachedRead` (no disk
 * read when Obsidian has the text), writes through `Vault.process` (atomic read-modify-write
 * that never fights an open editor), creates with `Vault.create` (never over an existing note),
 * moves with `FileManager.renameFile` (links updated). Nothing is ever deleted.
 */
import { normalizePath, TFile, TFolder, type App } from "obsidian";
import type { NoteStamp } from "./extraction-cache";
import { checkVaultPath, VaultReadError, VaultWriteError, type VaultPort } from "../store/vault-port";

/** Notes larger than this are refused (20 MB), as the CLI's file-system port does. */
export const MAX_NOTE_BYTES = 20 * 1024 * 1024;

/** A NUL character: text that holds one is a binary file with a `.md` name. */
const NUL = "\u0000";

/** Folders never read besides dot-folders (Obsidian hides those already). */
const SKIPPED_FOLDER = /(?:^|\/)node_modules\//;

/** VaultPort over `app.vault`. */
export class ObsidianVault implements VaultPort {
  constructor(private readonly app: App) {}

  async listNotes(): Promise<string[]> {
    return this.app.vault
      .getMarkdownFiles()
      .map((f) => f.path)
      .filter((p) => !p.split("/").some((s) => s.startsWith(".")) && !SKIPPED_FOLDER.test(p))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async read(path: string): Promise<string> {
    const file = this.file(path);
    if (!file) throw new VaultReadError(path, "missing", `Cannot read "${path}": the file does not exist. Check the path (it is relative to the vault).`);
    if (file.stat.size > MAX_NOTE_BYTES) {
      throw new VaultReadError(path, "too-large", `Skipped "${path}": ${(file.stat.size / 1048576).toFixed(1)} MB is over the 20 MB limit for a note. Split it or move it out of the vault's source folders.`);
    }
    let text: string;
    try {
      text = await this.app.vault.cachedRead(file);
    } catch (error) {
      throw new VaultReadError(path, "io", `Cannot read "${path}": ${error instanceof Error ? error.message : String(error)}`);
    }
    if (text.includes(NUL)) throw new VaultReadError(path, "binary", `Skipped "${path}": it looks like a binary file, not a note. Rename it without .md or move it out of the vault.`);
    return withoutBom(text);
  }

  async stat(path: string): Promise<{ size: number; mtime: number } | null> {
    return this.stamp(path);
  }

  /** The note's stat as Obsidian knows it, synchronously (for the index cache); null when there is no such note. */
  stamp(path: string): NoteStamp | null {
    const file = this.file(path);
    return file ? { size: file.stat.size, mtime: file.stat.mtime } : null;
  }

  async exists(path: string): Promise<boolean> {
    return this.app.vault.getAbstractFileByPath(normalizePath(checkVaultPath(path))) !== null;
  }

  async create(path: string, text: string): Promise<void> {
    const target = normalizePath(checkVaultPath(path));
    if (this.app.vault.getAbstractFileByPath(target) !== null) {
      throw new VaultWriteError(path, "exists", `"${path}" already exists; Handoff never overwrites a note. Rename or move the existing note and scan again.`);
    }
    try {
      await this.ensureFolder(target);
      await this.app.vault.create(target, text);
    } catch (error) {
      throw new VaultWriteError(path, "io", `Cannot create "${path}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async process(path: string, fn: (current: string) => string): Promise<string> {
    const file = this.file(path);
    if (!file) throw new VaultWriteError(path, "missing", `Cannot change "${path}": the file does not exist.`);
    // `fn` is pure: try it on the text first, so a change that changes nothing writes nothing
    // (no modify event, no mtime change, nothing for sync to commit). `read`, not `cachedRead`:
    // Obsidian's cache is for display, and a stale one must not make a needed write look idle.
    const current = withoutBom(await this.app.vault.read(file));
    if (fn(current) === current) return current;
    let result = "";
    try {
      await this.app.vault.process(file, (current) => {
        const bom = current.charCodeAt(0) === 0xfeff;
        const body = bom ? current.slice(1) : current;
        const next = fn(body);
        result = next;
        return next === body ? current : bom ? `\ufeff${next}` : next;
      });
    } catch (error) {
      throw new VaultWriteError(path, "io", `Cannot write "${path}": ${error instanceof Error ? error.message : String(error)}. The note was left as it was.`);
    }
    return result;
  }

  async rename(from: string, to: string): Promise<void> {
    const file = this.file(from);
    if (!file) throw new VaultWriteError(from, "missing", `Cannot move "${from}": the file does not exist.`);
    const target = normalizePath(checkVaultPath(to));
    if (this.app.vault.getAbstractFileByPath(target) !== null) {
      throw new VaultWriteError(to, "exists", `Cannot move "${from}" to "${to}": "${to}" already exists. Choose another name.`);
    }
    await this.ensureFolder(target);
    await this.app.fileManager.renameFile(file, target);
  }

  private file(path: string): TFile | null {
    const found = this.app.vault.getAbstractFileByPath(normalizePath(checkVaultPath(path)));
    return found instanceof TFile ? found : null;
  }

  /** Creates the folders above `path` that are missing. */
  private async ensureFolder(path: string): Promise<void> {
    const parts = path.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      const existing = this.app.vault.getAbstractFileByPath(folder);
      if (existing instanceof TFolder) continue;
      if (existing !== null) throw new Error(`"${folder}" is a file, not a folder`);
      await this.app.vault.createFolder(folder);
    }
  }
}

/** The text without a leading byte order mark (Handoff reads and writes notes without it; `process` puts it back). */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
