/**
 * Building DOM elements in plain DOM (views run outside Obsidian, so no `createEl`). Text is
 * always set through `textContent`, never parsed as HTML: item titles come from people's notes.
 */

/** Options for {@link el}. */
export interface ElementOptions {
  /** Class names, space-separated (`"handoff-card is-overdue"`). */
  readonly cls?: string;
  /** Text content. */
  readonly text?: string;
  /** Attributes (`role`, `aria-*`, `tabindex`, `data-*`, `type` …); null values are skipped. */
  readonly attrs?: Readonly<Record<string, string | null>>;
}

/**
 * Creates `<tag>` in `doc` with classes, text and attributes, appending `children` in order.
 * Pass the container's `ownerDocument` so views work in Obsidian's pop-out windows.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  options: ElementOptions = {},
  children: readonly (Node | null)[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (options.cls) node.className = options.cls;
  if (options.text !== undefined) node.textContent = options.text;
  if (options.attrs) {
    for (const [name, value] of Object.entries(options.attrs)) if (value !== null) node.setAttribute(name, value);
  }
  for (const child of children) if (child) node.appendChild(child);
  return node;
}

/**
 * The element an event came from, or null when it was not an element (text node, window).
 * Duck-typed rather than `instanceof Element`, which fails across Obsidian's pop-out windows.
 */
export function eventElement(event: Event): Element | null {
  const target: Partial<Element> | null = event.target;
  if (target && typeof target.closest === "function") return target as Element;
  return target?.parentElement ?? null;
}

/** Removes every child of `node`. */
export function clear(node: Element): void {
  while (node.lastChild) node.removeChild(node.lastChild);
}

let domIds = 0;

/** A document-unique id for `aria-labelledby` / `aria-describedby` links (`handoff-help-3`). */
export function uniqueId(prefix: string): string {
  domIds += 1;
  return `handoff-${prefix}-${domIds}`;
}
