/**
 * A fake Obsidian `App` over a real folder: the vault reads and writes the files on disk and
 * fires Obsidian's events (`create`, `modify`, `rename`, `delete`, metadata `changed`); the
 * metadata cache parses frontmatter with the store's splitter; the workspace has leaves, an
 * active markdown view and `onLayoutReady`. Counters record what the plugin read and wrote.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseDocument } from "yaml";
import { frontmatterBounds, splitFrontmatter } from "../../../src/store/frontmatter";
import { Editor, Events, FileSystemAdapter, MarkdownView, TFile, TFolder, View, WorkspaceLeaf, type TAbstractFile } from "./obsidian";

/** The vault: Obsidian's file tree over `root` (dot-folders hidden, as Obsidian hides them). */
export class FakeVault extends Events {
  /** Not Obsidian's default on purpose: the plugin must use `Vault#configDir`, never a fixed folder name. */
  readonly configDir = ".vault-config";
  readonly adapter: FileSystemAdapter;
  private readonly files = new Map<string, TAbstractFile>();
  /** `cachedRead` calls per path. */
  readonly reads = new Map<string, number>();
  /** Paths changed through `process`, in order. */
  readonly processed: string[] = [];
  /** Paths written by any means (create, modify, process), in order. */
  readonly written: string[] = [];

  constructor(readonly root: string) {
    super();
    this.adapter = new FileSystemAdapter(root);
    const top = new TFolder("", "");
    this.files.set("", top);
    this.scan("", top);
  }

  private scan(rel: string, folder: TFolder): void {
    for (const entry of readdirSync(join(this.root, rel), { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        const child = this.attach(new TFolder(path, entry.name), folder);
        this.scan(path, child);
      } else {
        this.refreshStat(this.attach(new TFile(path, entry.name), folder));
      }
    }
  }

  private attach<T extends TAbstractFile>(file: T, parent: TFolder): T {
    file.parent = parent;
    parent.children.push(file);
    this.files.set(file.path, file);
    return file;
  }

  private refreshStat(file: TFile): void {
    const s = statSync(join(this.root, file.path));
    file.stat = { ctime: s.ctimeMs, mtime: s.mtimeMs, size: s.size };
  }

  getName(): string {
    return this.root.split("/").pop() ?? "vault";
  }
  getMarkdownFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile && f.extension === "md");
  }
  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.files.get(path) ?? null;
  }
  getFileByPath(path: string): TFile | null {
    const f = this.files.get(path);
    return f instanceof TFile ? f : null;
  }
  getFolderByPath(path: string): TFolder | null {
    const f = this.files.get(path);
    return f instanceof TFolder ? f : null;
  }
  async read(file: TFile): Promise<string> {
    return readFileSync(join(this.root, file.path), "utf8");
  }
  async cachedRead(file: TFile): Promise<string> {
    this.reads.set(file.path, (this.reads.get(file.path) ?? 0) + 1);
    return this.read(file);
  }
  async createFolder(path: string): Promise<TFolder> {
    if (this.files.has(path)) throw new Error(`Folder already exists: ${path}`);
    const parent = this.getFolderByPath(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
    if (!parent) throw new Error(`Parent folder missing for ${path}`);
    mkdirSync(join(this.root, path));
    return this.attach(new TFolder(path, path.split("/").pop() as string), parent);
  }
  async create(path: string, data: string): Promise<TFile> {
    if (this.files.has(path)) throw new Error("File already exists.");
    const parent = this.getFolderByPath(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
    if (!parent) throw new Error(`Parent folder missing for ${path}`);
    writeFileSync(join(this.root, path), data);
    const file = this.attach(new TFile(path, path.split("/").pop() as string), parent);
    this.refreshStat(file);
    this.written.push(path);
    this.trigger("create", file);
    this.app?.metadataCache.trigger("changed", file);
    return file;
  }
  async modify(file: TFile, data: string): Promise<void> {
    writeFileSync(join(this.root, file.path), data);
    this.refreshStat(file);
    this.written.push(file.path);
    this.trigger("modify", file);
    this.app?.metadataCache.trigger("changed", file);
  }
  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const current = await this.read(file);
    const next = fn(current);
    this.processed.push(file.path);
    if (next !== current) await this.modify(file, next);
    return next;
  }

  /** Set by the app, for metadata events. */
  app: FakeApp | null = null;

  /** Moves a file (FileManager.renameFile and tests). */
  move(file: TAbstractFile, to: string): void {
    const from = file.path;
    mkdirSync(dirname(join(this.root, to)), { recursive: true });
    renameSync(join(this.root, from), join(this.root, to));
    const oldParent = file.parent;
    if (oldParent) oldParent.children = oldParent.children.filter((c) => c !== file);
    this.files.delete(from);
    file.path = to;
    file.name = to.split("/").pop() as string;
    const parent = this.getFolderByPath(to.includes("/") ? to.slice(0, to.lastIndexOf("/")) : "");
    if (!parent) throw new Error(`Parent folder missing for ${to}`);
    this.attach(file, parent);
    this.trigger("rename", file, from);
  }

  /** A change from outside (a pull, another app): writes the file and fires what Obsidian fires. */
  externalWrite(path: string, text: string): void {
    const existing = this.getFileByPath(path);
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), text);
    if (existing) {
      this.refreshStat(existing);
      this.trigger("modify", existing);
      this.app?.metadataCache.trigger("changed", existing);
      return;
    }
    const folderPath = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    let parent = this.getFolderByPath(folderPath);
    if (!parent) {
      const parts = folderPath.split("/");
      let at = this.getFolderByPath("");
      if (!at) throw new Error("the vault has no root folder");
      for (let i = 1; i <= parts.length; i++) {
        const p = parts.slice(0, i).join("/");
        at = this.getFolderByPath(p) ?? this.attach(new TFolder(p, parts[i - 1]), at);
      }
      parent = at;
    }
    const file = this.attach(new TFile(path, path.split("/").pop() as string), parent);
    this.refreshStat(file);
    this.trigger("create", file);
    this.app?.metadataCache.trigger("changed", file);
  }

  /** A deletion from outside. */
  externalDelete(path: string): void {
    const file = this.getFileByPath(path);
    if (!file) throw new Error(`No file ${path}`);
    rmSync(join(this.root, path));
    this.files.delete(path);
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    this.trigger("delete", file);
  }
}

/** Frontmatter as Obsidian's metadata cache reports it. */
export class FakeMetadataCache extends Events {
  constructor(private readonly vault: FakeVault) {
    super();
  }
  getFileCache(file: TFile): { frontmatter?: Record<string, unknown> } | null {
    const note = splitFrontmatter(readFileSync(join(this.vault.root, file.path), "utf8"));
    return note.hasFrontmatter && !note.error ? { frontmatter: { ...note.data } } : {};
  }
}

/** Renames and frontmatter edits. */
export class FakeFileManager {
  constructor(private readonly vault: FakeVault) {}
  async renameFile(file: TAbstractFile, to: string): Promise<void> {
    this.vault.move(file, to);
  }
  /** Obsidian's processFrontMatter: the frontmatter as an object, re-serialised; the body untouched. */
  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.vault.process(file, (text) => {
      const bounds = frontmatterBounds(text);
      const doc = parseDocument(bounds?.yaml ?? "");
      const data = (doc.toJS() as Record<string, unknown> | null) ?? {};
      const before = Object.keys(data);
      fn(data);
      const keys = Object.keys(data);
      for (const key of before) if (!keys.includes(key)) doc.delete(key);
      for (const key of keys) doc.set(key, data[key]);
      const yaml = keys.length === 0 ? "" : doc.toString();
      const body = bounds ? text.slice(bounds.bodyOffset) : text;
      return `---\n${yaml}---\n${body}`;
    });
  }
}

/** The workspace: leaves, the active one, layout-ready callbacks. */
export class FakeWorkspace extends Events {
  readonly leaves: WorkspaceLeaf[] = [];
  activeLeaf: WorkspaceLeaf | null = null;
  /** Links opened through openLinkText, in order. */
  readonly opened: string[] = [];
  private readonly ready: (() => unknown)[] = [];
  layoutReady = false;

  constructor(private readonly app: FakeApp) {
    super();
  }
  onLayoutReady(cb: () => unknown): void {
    if (this.layoutReady) void cb();
    else this.ready.push(cb);
  }
  /** What Obsidian does once the workspace is laid out (tests). */
  fireLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.ready.splice(0)) void cb();
  }
  setActiveLeaf(leaf: WorkspaceLeaf): void {
    if (!this.leaves.includes(leaf)) this.leaves.push(leaf);
    this.activeLeaf = leaf;
  }
  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    return view instanceof MarkdownView ? view.file : null;
  }
  getLeaf(): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app);
    this.leaves.push(leaf);
    return leaf;
  }
  getRightLeaf(): WorkspaceLeaf {
    return this.getLeaf();
  }
  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view?.getViewType() === type);
  }
  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    this.activeLeaf = leaf;
  }
  iterateAllLeaves(cb: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of this.leaves) cb(leaf);
  }
  updateOptions(): void {}
  async openLinkText(link: string, _source: string, _pane?: unknown): Promise<void> {
    this.opened.push(link);
    const path = link.replace(/#.*$/, "");
    const file = this.app.vault.getFileByPath(path) ?? this.app.vault.getFileByPath(`${path}.md`);
    if (file) await (this.activeLeaf ?? this.getLeaf()).openFile(file);
  }
  /** Opens a note in the active leaf with the cursor at a line (tests). */
  async openNote(path: string, line = 0): Promise<MarkdownView> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) throw new Error(`No note ${path}`);
    const leaf = this.activeLeaf ?? this.getLeaf();
    await leaf.openFile(file, { eState: { line } });
    return leaf.view as MarkdownView;
  }
}

/** Obsidian's secret storage. */
export class FakeSecretStorage {
  private readonly secrets = new Map<string, string>();
  setSecret(id: string, secret: string): void {
    if (!/^[a-z0-9-]+$/.test(id)) throw new Error("Invalid secret id");
    this.secrets.set(id, secret);
  }
  getSecret(id: string): string | null {
    return this.secrets.get(id) ?? null;
  }
  listSecrets(): string[] {
    return [...this.secrets.keys()];
  }
}

/** The app. */
export class FakeApp {
  readonly vault: FakeVault;
  readonly metadataCache: FakeMetadataCache;
  readonly fileManager: FakeFileManager;
  readonly workspace: FakeWorkspace;
  readonly viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
  readonly plugins = { enabledPlugins: new Set<string>() };
  readonly setting = { tabs: [] as string[], open: () => undefined, openTabById: (id: string) => void this.setting.tabs.push(id) };
  readonly appId = "handoff-test-vault";
  secretStorage: FakeSecretStorage | undefined = new FakeSecretStorage();
  basesEnabled = true;
  private readonly storage = new Map<string, string>();

  constructor(root: string) {
    this.vault = new FakeVault(root);
    this.vault.app = this;
    this.metadataCache = new FakeMetadataCache(this.vault);
    this.fileManager = new FakeFileManager(this.vault);
    this.workspace = new FakeWorkspace(this);
  }

  loadLocalStorage(key: string): unknown {
    const raw = this.storage.get(key);
    return raw === undefined ? null : (JSON.parse(raw) as unknown);
  }
  saveLocalStorage(key: string, data: unknown): void {
    if (data === null) this.storage.delete(key);
    else this.storage.set(key, JSON.stringify(data));
  }
}

export { Editor };
