/**
 * The sliver of a DOM the plugin shell touches through Obsidian's element helpers
 * (`createEl`, `createDiv`, `setText`, `empty`, `addClass`, `toggle`, events), as plain objects,
 * so settings tabs, modals and the status bar can be driven and read in Node. Views in `src/ui`
 * need a real DOM and are tested in Chromium by their own suites, not here.
 */

/** Options Obsidian's `createEl` takes. */
export interface ElOptions {
  text?: string;
  cls?: string | string[];
  attr?: Record<string, string>;
}

/** A fake element: a tree with text, classes, attributes, a value and listeners. */
export class FakeElement {
  readonly children: FakeElement[] = [];
  readonly classes = new Set<string>();
  readonly attrs = new Map<string, string>();
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  private ownText = "";
  value = "";
  type = "text";
  hidden = false;

  constructor(readonly tag: string, options: ElOptions = {}) {
    if (options.text !== undefined) this.ownText = options.text;
    for (const c of [options.cls ?? []].flat()) for (const part of c.split(" ")) if (part) this.classes.add(part);
    for (const [k, v] of Object.entries(options.attr ?? {})) this.attrs.set(k, v);
  }

  createEl(tag: string, options?: ElOptions | string): FakeElement {
    const child = new FakeElement(tag, typeof options === "string" ? { cls: options } : options);
    this.children.push(child);
    return child;
  }

  createDiv(options?: ElOptions | string): FakeElement {
    return this.createEl("div", options);
  }

  createSpan(options?: ElOptions | string): FakeElement {
    return this.createEl("span", options);
  }

  empty(): void {
    this.children.length = 0;
    this.ownText = "";
  }

  setText(text: string): void {
    this.children.length = 0;
    this.ownText = text;
  }

  get textContent(): string {
    return this.ownText + this.children.map((c) => c.textContent).join("");
  }

  addClass(...classes: string[]): void {
    for (const c of classes) this.classes.add(c);
  }

  removeClass(...classes: string[]): void {
    for (const c of classes) this.classes.delete(c);
  }

  toggleClass(cls: string, on: boolean): void {
    if (on) this.classes.add(cls);
    else this.classes.delete(cls);
  }

  hasClass(cls: string): boolean {
    return this.classes.has(cls);
  }

  toggle(show: boolean): void {
    this.hidden = !show;
  }

  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
  }

  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }

  addEventListener(type: string, fn: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }

  removeEventListener(type: string, fn: (event: unknown) => void): void {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((f) => f !== fn));
  }

  /** Fires an event at this element's listeners (tests). */
  dispatch(type: string, event: Record<string, unknown> = {}): void {
    const full = { type, target: this, preventDefault: () => undefined, ...event };
    for (const fn of this.listeners.get(type) ?? []) fn(full);
  }

  /** Every element below this one (depth first), this one included. */
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => c.all())];
  }
}
