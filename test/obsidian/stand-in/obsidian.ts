/**
 * A stand-in for the `obsidian` module, handed to the BUILT main.js in place of Obsidian's own
 * (Obsidian itself cannot run in this project's CI). It implements, small and plainly, the API
 * the shell uses: Plugin and Component lifecycles, ItemView, BasesView, PluginSettingTab and
 * Setting with their components, Modal and the suggest modals, Notice, Platform, TFile/TFolder,
 * FileSystemAdapter, normalizePath, debounce, MarkdownView, SecretComponent, editorInfoField.
 * Everything a plugin registers is recorded so tests can find and drive it.
 */
import { createRequire } from "node:module";
import { promises as fs } from "node:fs";
import { dirname, join } from "node:path";
import { FakeElement } from "./dom";
import type { FakeApp } from "./fake-app";

// ---- events and components ----

/** What `Events.on` returns. */
export interface EventRef {
  readonly source: Events;
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
}

/** Obsidian's `Events`. */
export class Events {
  private readonly handlers = new Map<string, ((...args: unknown[]) => unknown)[]>();

  on(name: string, fn: (...args: never[]) => unknown): EventRef {
    const handler = fn as (...args: unknown[]) => unknown;
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
    return { source: this, name, fn: handler };
  }

  offref(ref: EventRef): void {
    this.handlers.set(ref.name, (this.handlers.get(ref.name) ?? []).filter((f) => f !== ref.fn));
  }

  trigger(name: string, ...args: unknown[]): void {
    for (const fn of [...(this.handlers.get(name) ?? [])]) fn(...args);
  }

  /** Number of handlers for an event (tests). */
  listenerCount(name: string): number {
    return this.handlers.get(name)?.length ?? 0;
  }
}

/** Obsidian's `Component`: children, and cleanups run on unload. */
export class Component {
  private readonly cleanups: (() => void)[] = [];
  loaded = false;

  load(): void {
    this.loaded = true;
    this.onload();
  }

  onload(): void {}

  unload(): void {
    this.loaded = false;
    for (const fn of this.cleanups.splice(0).reverse()) fn();
    this.onunload();
  }

  onunload(): void {}

  register(fn: () => void): void {
    this.cleanups.push(fn);
  }

  registerEvent(ref: EventRef): void {
    this.register(() => ref.source.offref(ref));
  }

  registerDomEvent(el: FakeElement, type: string, fn: (event: unknown) => void): void {
    el.addEventListener(type, fn);
    this.register(() => el.removeEventListener(type, fn));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}

// ---- files ----

export class TAbstractFile {
  parent: TFolder | null = null;
  constructor(
    public path: string,
    public name: string,
  ) {}
}

export class TFile extends TAbstractFile {
  stat = { ctime: 0, mtime: 0, size: 0 };
  get basename(): string {
    return this.name.replace(/\.[^.]*$/, "");
  }
  get extension(): string {
    const dot = this.name.lastIndexOf(".");
    return dot < 0 ? "" : this.name.slice(dot + 1);
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === "" || this.path === "/";
  }
}

/** Obsidian's desktop adapter: a vault that is a folder on disk. */
export class FileSystemAdapter {
  constructor(private readonly base: string) {}
  getBasePath(): string {
    return this.base;
  }
  getName(): string {
    return this.base.split("/").pop() ?? "";
  }
  async exists(path: string): Promise<boolean> {
    return fs.stat(join(this.base, path)).then(
      () => true,
      () => false,
    );
  }
  async read(path: string): Promise<string> {
    return fs.readFile(join(this.base, path), "utf8");
  }
  async write(path: string, data: string): Promise<void> {
    await fs.mkdir(dirname(join(this.base, path)), { recursive: true });
    await fs.writeFile(join(this.base, path), data);
  }
  async process(path: string, fn: (data: string) => string): Promise<string> {
    const next = fn(await this.read(path));
    await this.write(path, next);
    return next;
  }
}

/** Obsidian's path normaliser: forward slashes, no doubled, leading or trailing slashes. */
export function normalizePath(path: string): string {
  const cleaned = path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "").normalize("NFC");
  return cleaned === "" ? "/" : cleaned;
}

// ---- platform, notices, timing ----

/** Mutable, so a test can play mobile. */
export const Platform = { isDesktopApp: true, isDesktop: true, isMobile: false, isMobileApp: false, isIosApp: false, isAndroidApp: false };

export class Notice {
  static readonly log: string[] = [];
  constructor(
    readonly message: string,
    readonly duration?: number,
  ) {
    Notice.log.push(message);
  }
  hide(): void {}
}

/** Obsidian's `Debouncer`: call it, `cancel` the pending call, or `run` it now. */
export interface Debouncer<T extends unknown[]> {
  (...args: T): Debouncer<T>;
  cancel(): Debouncer<T>;
  run(): void;
}

/** Obsidian's debounce: trailing call; `resetTimer` restarts the wait on each call. */
export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, resetTimer = false): Debouncer<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: T | null = null;
  const fire = (): void => {
    timer = null;
    if (last) cb(...last);
    last = null;
  };
  const debounced = ((...args: T) => {
    last = args;
    if (timer && resetTimer) clearTimeout(timer);
    if (!timer || resetTimer) timer = setTimeout(fire, timeout);
    return debounced;
  }) as Debouncer<T>;
  debounced.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    last = null;
    return debounced;
  };
  debounced.run = () => {
    if (timer) clearTimeout(timer);
    fire();
  };
  return debounced;
}

// ---- the editor ----

const cjsRequire = createRequire(import.meta.url);
const cmState = cjsRequire("@codemirror/state") as typeof import("@codemirror/state");

/** What Obsidian puts in every editor's state: the file it shows (built on the same CodeMirror as main.js). */
export const editorInfoField = cmState.StateField.define<{ file: TFile | null }>({ create: () => ({ file: null }), update: (v) => v });

/** An editor over a string: the subset of Obsidian's `Editor` the commands call. No CodeMirror in Node, so no `cm`. */
export class Editor {
  cursor = { line: 0, ch: 0 };
  constructor(public text: string) {}
  getValue(): string {
    return this.text;
  }
  getCursor(): { line: number; ch: number } {
    return this.cursor;
  }
  setCursor(pos: { line: number; ch: number }): void {
    this.cursor = pos;
  }
  getLine(line: number): string {
    return this.text.split("\n")[line] ?? "";
  }
  replaceRange(insert: string, at: { line: number; ch: number }): void {
    const lines = this.text.split("\n");
    const offset = lines.slice(0, at.line).reduce((n, l) => n + l.length + 1, 0) + at.ch;
    this.text = this.text.slice(0, offset) + insert + this.text.slice(offset);
  }
}

// ---- workspace views ----

/** A pane. */
export class WorkspaceLeaf {
  view: View | null = null;
  constructor(readonly app: FakeApp) {}
  async setViewState(state: { type: string; active?: boolean }): Promise<void> {
    const create = this.app.viewRegistry.get(state.type);
    if (!create) throw new Error(`No view registered for ${state.type}`);
    this.view = create(this);
    if (state.active) this.app.workspace.setActiveLeaf(this);
  }
  async openFile(file: TFile, openState?: { eState?: { line?: number } }): Promise<void> {
    const text = await this.app.vault.read(file);
    const view = new MarkdownView(this, file, new Editor(text));
    if (openState?.eState?.line !== undefined) view.editor.setCursor({ line: openState.eState.line, ch: 0 });
    this.view = view;
    this.app.workspace.setActiveLeaf(this);
  }
  getViewState(): { type: string } {
    return { type: this.view?.getViewType() ?? "empty" };
  }
}

export class View extends Component {
  readonly app: FakeApp;
  readonly containerEl = new FakeElement("div");
  constructor(readonly leaf: WorkspaceLeaf) {
    super();
    this.app = leaf.app;
  }
  getViewType(): string {
    return "empty";
  }
}

export class ItemView extends View {
  readonly contentEl = this.containerEl.createDiv({ cls: "view-content" });
  async onOpen(): Promise<void> {}
  async onClose(): Promise<void> {}
}

export class MarkdownView extends View {
  constructor(
    leaf: WorkspaceLeaf,
    public file: TFile | null,
    public editor: Editor,
  ) {
    super(leaf);
  }
  override getViewType(): string {
    return "markdown";
  }
}

/** Bases' view base class. */
export abstract class BasesView extends Component {
  app: FakeApp | null = null;
  data: unknown;
  protected constructor(readonly controller: unknown) {
    super();
  }
}

// ---- settings ----

type Handler<T> = (value: T) => unknown;

class ValueComponent<T> {
  protected handler: Handler<T> | null = null;
  disabled = false;
  constructor(public value: T) {}
  setValue(value: T): this {
    this.value = value;
    return this;
  }
  getValue(): T {
    return this.value;
  }
  onChange(fn: Handler<T>): this {
    this.handler = fn;
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

/** A text input: typing fires `onChange` ("input"); leaving the field fires "change". */
export class TextComponent extends ValueComponent<string> {
  readonly inputEl = new FakeElement("input");
  placeholder = "";
  constructor() {
    super("");
    this.inputEl.addEventListener("input", () => {
      this.value = this.inputEl.value;
      void this.handler?.(this.value);
    });
  }
  override setValue(value: string): this {
    this.inputEl.value = value;
    return super.setValue(value);
  }
  setPlaceholder(text: string): this {
    this.placeholder = text;
    return this;
  }
  /** Types `text` into the field and leaves it (tests). */
  async type(text: string): Promise<void> {
    this.inputEl.value = text;
    this.inputEl.dispatch("input");
    this.inputEl.dispatch("change");
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export class TextAreaComponent extends TextComponent {}

export class ToggleComponent extends ValueComponent<boolean> {
  tooltip = "";
  constructor() {
    super(false);
  }
  setTooltip(text: string): this {
    this.tooltip = text;
    return this;
  }
  /** Flips the toggle to `on` (tests). */
  async set(on: boolean): Promise<void> {
    this.value = on;
    await this.handler?.(on);
  }
}

export class DropdownComponent extends ValueComponent<string> {
  readonly options = new Map<string, string>();
  constructor() {
    super("");
  }
  addOption(value: string, label: string): this {
    this.options.set(value, label);
    return this;
  }
  async select(value: string): Promise<void> {
    this.value = value;
    await this.handler?.(value);
  }
}

export class ButtonComponent {
  text = "";
  cta = false;
  private handler: (() => unknown) | null = null;
  setButtonText(text: string): this {
    this.text = text;
    return this;
  }
  setCta(): this {
    this.cta = true;
    return this;
  }
  setIcon(): this {
    return this;
  }
  onClick(fn: () => unknown): this {
    this.handler = fn;
    return this;
  }
  async click(): Promise<void> {
    await this.handler?.();
  }
}

/** Obsidian's secret picker: its value is a secret's NAME in `app.secretStorage`. */
export class SecretComponent extends ValueComponent<string> {
  constructor(
    readonly app: FakeApp,
    readonly containerEl: FakeElement,
  ) {
    super("");
  }
  /** The person picks (or creates) the secret called `name` (tests). */
  async pick(name: string): Promise<void> {
    this.value = name;
    await this.handler?.(name);
  }
}

/** A settings row, recorded in {@link Setting.all} so tests can find it by name. */
export class Setting {
  static all: Setting[] = [];
  readonly settingEl: FakeElement;
  readonly nameEl: FakeElement;
  readonly descEl: FakeElement;
  readonly controlEl: FakeElement;
  readonly components: unknown[] = [];
  name = "";
  desc = "";
  heading = false;
  disabled = false;

  constructor(containerEl: FakeElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    this.nameEl = this.settingEl.createDiv({ cls: "setting-item-name" });
    this.descEl = this.settingEl.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
    Setting.all.push(this);
  }
  setName(name: string): this {
    this.name = name;
    this.nameEl.setText(name);
    return this;
  }
  setDesc(desc: string): this {
    this.desc = desc;
    this.descEl.setText(desc);
    return this;
  }
  setHeading(): this {
    this.heading = true;
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  setTooltip(): this {
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }
  private add<T>(component: T, cb: (c: T) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }
  addText(cb: (c: TextComponent) => unknown): this {
    return this.add(new TextComponent(), cb);
  }
  addTextArea(cb: (c: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(), cb);
  }
  addToggle(cb: (c: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(), cb);
  }
  addDropdown(cb: (c: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(), cb);
  }
  addButton(cb: (c: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(), cb);
  }
  addExtraButton(cb: (c: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(), cb);
  }
  addComponent<T>(cb: (el: FakeElement) => T): this {
    this.components.push(cb(this.controlEl));
    return this;
  }
  /** The first component of a class on this row (tests). */
  find<T>(type: new (...args: never[]) => T): T {
    const found = this.components.find((c) => c instanceof type);
    if (!found) throw new Error(`Setting "${this.name}" has no ${type.name}`);
    return found as T;
  }
}

export abstract class PluginSettingTab {
  readonly containerEl = new FakeElement("div");
  constructor(
    readonly app: FakeApp,
    readonly plugin: Plugin,
  ) {}
  abstract display(): void;
  hide(): void {}
}

// ---- modals ----

export class Modal {
  /** Every modal opened, last one last (tests). */
  static opened: Modal[] = [];
  readonly contentEl = new FakeElement("div");
  readonly titleEl = new FakeElement("div");
  isOpen = false;
  constructor(readonly app: FakeApp) {}
  open(): void {
    this.isOpen = true;
    Modal.opened.push(this);
    this.onOpen();
  }
  close(): void {
    this.isOpen = false;
    this.onClose();
  }
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  onOpen(): void {}
  onClose(): void {}
}

export abstract class SuggestModal<T> extends Modal {
  placeholder = "";
  setPlaceholder(text: string): void {
    this.placeholder = text;
  }
  abstract getSuggestions(query: string): T[];
  abstract renderSuggestion(value: T, el: FakeElement): void;
  abstract onChooseSuggestion(item: T, evt: unknown): void;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<T> {
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: unknown): void;
  getSuggestions(query: string): T[] {
    return this.getItems().filter((i) => this.getItemText(i).toLowerCase().includes(query.toLowerCase()));
  }
  renderSuggestion(value: T, el: FakeElement): void {
    el.setText(this.getItemText(value));
  }
  onChooseSuggestion(item: T, evt: unknown): void {
    this.onChooseItem(item, evt);
  }
}

/** Attached to an input; recorded by input so tests can pick a suggestion. */
export abstract class AbstractInputSuggest<T> {
  static readonly byInput = new Map<FakeElement, AbstractInputSuggest<unknown>>();
  constructor(
    readonly app: FakeApp,
    readonly textInputEl: FakeElement,
  ) {
    AbstractInputSuggest.byInput.set(textInputEl, this);
  }
  protected abstract getSuggestions(query: string): T[];
  abstract renderSuggestion(value: T, el: FakeElement): void;
  selectSuggestion(value: T, evt?: unknown): void {
    void value;
    void evt;
  }
  close(): void {}
  /** What a person typing `query` is offered (tests). */
  suggestionsFor(query: string): T[] {
    return this.getSuggestions(query);
  }
}

// ---- the plugin ----

/** A registered command, as Obsidian keeps it. */
export interface Command {
  id: string;
  name: string;
  hotkeys?: unknown[];
  callback?: () => unknown;
  editorCallback?: (editor: Editor, view: MarkdownView) => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
}

export class Plugin extends Component {
  readonly commands = new Map<string, Command>();
  readonly editorExtensions: unknown[] = [];
  readonly settingTabs: PluginSettingTab[] = [];
  readonly ribbonIcons: { icon: string; title: string; el: FakeElement; callback: () => unknown }[] = [];
  readonly statusBarItems: FakeElement[] = [];
  readonly basesViews = new Map<string, { name: string; factory: unknown }>();

  constructor(
    readonly app: FakeApp,
    readonly manifest: { id: string; name: string; version: string; dir?: string },
  ) {
    super();
  }

  addCommand(command: Command): Command {
    this.commands.set(command.id, command);
    return command;
  }
  registerView(type: string, create: (leaf: WorkspaceLeaf) => View): void {
    this.app.viewRegistry.set(type, create);
    this.register(() => this.app.viewRegistry.delete(type));
  }
  registerEditorExtension(extension: unknown): void {
    this.editorExtensions.push(extension);
  }
  registerBasesView(id: string, registration: { name: string; factory: unknown }): boolean {
    if (!this.app.basesEnabled) return false;
    this.basesViews.set(id, registration);
    return true;
  }
  addSettingTab(tab: PluginSettingTab): void {
    this.settingTabs.push(tab);
  }
  addRibbonIcon(icon: string, title: string, callback: () => unknown): FakeElement {
    const el = new FakeElement("div", { attr: { "aria-label": title } });
    this.ribbonIcons.push({ icon, title, el, callback });
    return el;
  }
  addStatusBarItem(): FakeElement {
    const el = new FakeElement("div", { cls: "status-bar-item" });
    this.statusBarItems.push(el);
    return el;
  }
  private dataPath(): string {
    return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
  }
  async loadData(): Promise<unknown> {
    const adapter = this.app.vault.adapter;
    return (await adapter.exists(this.dataPath())) ? (JSON.parse(await adapter.read(this.dataPath())) as unknown) : null;
  }
  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
  }
}
