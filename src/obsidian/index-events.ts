/**
 * Vault events → index work. Registered once the layout is ready (Obsidian fires a `create`
 * for every file while the vault loads; those are not changes). Each markdown note's
 * `modify` / `create`, `rename` and `delete`, and `metadataCache` `changed` (a note Obsidian
 * re-parsed, e.g. after a sync wrote it), becomes one queued operation for that note; the
 * queue coalesces and debounces them. Typing is tracked per note (`editor-change`) so a note
 * being written in is re-indexed only once its writer pauses.
 */
import { TFile, type Editor, type MarkdownFileInfo, type MarkdownView, type Plugin, type TAbstractFile } from "obsidian";
import type { LiveIndex } from "./live-index";

/** Last edit time (ms since epoch, `Date.now()`) per note path, from the editor. */
export class EditActivity {
  private readonly last = new Map<string, number>();

  /** Records a keystroke in the note at `path`. */
  touch(path: string, at: number): void {
    this.last.set(path, at);
  }

  /** When the note was last typed in, or null. */
  lastEdit(path: string): number | null {
    return this.last.get(path) ?? null;
  }

  /** A note was renamed: its typing history follows it. */
  rename(from: string, to: string): void {
    const at = this.last.get(from);
    this.last.delete(from);
    if (at !== undefined) this.last.set(to, at);
  }
}

/** Registers the event handlers on `plugin` (removed by Obsidian on unload). */
export function followVault(plugin: Plugin, index: LiveIndex, activity: EditActivity): void {
  const { vault, metadataCache, workspace } = plugin.app;
  const note = (file: TAbstractFile): file is TFile => file instanceof TFile && file.extension === "md";
  plugin.registerEvent(
    vault.on("modify", (file) => {
      if (note(file)) index.push({ kind: "reindex", path: file.path });
    }),
  );
  plugin.registerEvent(
    vault.on("create", (file) => {
      if (note(file)) index.push({ kind: "reindex", path: file.path });
    }),
  );
  plugin.registerEvent(
    vault.on("delete", (file) => {
      if (note(file)) index.push({ kind: "remove", path: file.path });
    }),
  );
  plugin.registerEvent(
    vault.on("rename", (file, oldPath) => {
      if (!(file instanceof TFile)) return;
      activity.rename(oldPath, file.path);
      const wasNote = oldPath.endsWith(".md");
      if (note(file) && wasNote) index.push({ kind: "rename", from: oldPath, to: file.path });
      else if (note(file)) index.push({ kind: "reindex", path: file.path });
      else if (wasNote) index.push({ kind: "remove", path: oldPath });
    }),
  );
  plugin.registerEvent(
    metadataCache.on("changed", (file) => {
      if (note(file)) index.push({ kind: "reindex", path: file.path });
    }),
  );
  plugin.registerEvent(
    workspace.on("editor-change", (_editor: Editor, info: MarkdownView | MarkdownFileInfo) => {
      if (info.file) activity.touch(info.file.path, Date.now());
    }),
  );
}
