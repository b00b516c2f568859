/**
 * A virtualised list inside one scroll container: only the rows in view (plus an overscan)
 * exist in the DOM, so a column of 2,000 cards costs what a screenful costs.
 *
 * Rows have a known stride (height including the gap below), given per row, so offsets are a
 * prefix sum and the visible window is a binary search. Each row element is absolutely
 * positioned inside a sizer and placed with one style property, `transform` (the only inline
 * style the views set). Elements are kept by key while they stay in the window, so scrolling
 * does not re-create them and focus inside a kept row survives.
 */

/** How to render rows of type `R`. */
export interface VirtualListSpec<R> {
  /** A stable, unique key per row (an item id, a group key). */
  key(row: R): string;
  /** Height of the row plus the gap after it, in CSS pixels. */
  stride(row: R): number;
  /** Builds the row's element (called when a row enters the window, or after `setRows`). */
  render(row: R, index: number): HTMLElement;
  /** Rows rendered beyond each edge of the viewport. Default 4. */
  readonly overscan?: number;
  /** Viewport height to assume while the scroller has no layout (hidden tab, detached). Default 800. */
  readonly fallbackHeight?: number;
}

/** What part of the list is in view, in pixels from the list's top. */
export interface Viewport {
  readonly top: number;
  readonly height: number;
}

/** Class on each positioned row wrapper. */
export const VIRTUAL_ROW_CLASS = "handoff-virtual-row";

/** Index of the last offset ≤ `y` (offsets ascending, offsets[0] = 0). */
function rowAt(offsets: Float64Array, count: number, y: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One virtualised list. Call {@link destroy} to detach its scroll listener. */
export class VirtualList<R> {
  private rows: readonly R[] = [];
  private offsets = new Float64Array(1);
  private readonly keyIndex = new Map<string, number>();
  private readonly mounted = new Map<string, HTMLElement>();
  private pinned: string | null = null;
  private readonly sizer: HTMLElement;
  private readonly onScroll = (): void => this.renderWindow();

  /** Makes `scroller` (which must scroll vertically, via CSS) host the list. */
  constructor(readonly scroller: HTMLElement, private readonly spec: VirtualListSpec<R>) {
    this.sizer = scroller.ownerDocument.createElement("div");
    this.sizer.className = "handoff-virtual-sizer";
    this.sizer.setAttribute("role", "none");
    scroller.appendChild(this.sizer);
    scroller.addEventListener("scroll", this.onScroll, { passive: true });
  }

  /** Number of rows. */
  get length(): number {
    return this.rows.length;
  }

  /** The row at `index`. */
  row(index: number): R | undefined {
    return this.rows[index];
  }

  /** Index of the row with `key`, or -1. */
  indexOf(key: string): number {
    return this.keyIndex.get(key) ?? -1;
  }

  /** The mounted element of the row with `key`, if it is in the DOM. */
  elementOf(key: string): HTMLElement | undefined {
    return this.mounted.get(key)?.firstElementChild as HTMLElement | undefined;
  }

  /**
   * Replaces every row and re-renders the window (rows' content may have changed). Pass the
   * viewport read beforehand when updating several lists, so the browser lays out once for all
   * of them instead of once per list.
   */
  setRows(rows: readonly R[], viewport?: Viewport): void {
    this.rows = rows;
    this.keyIndex.clear();
    this.offsets = new Float64Array(rows.length + 1);
    for (let i = 0; i < rows.length; i++) {
      this.keyIndex.set(this.spec.key(rows[i]), i);
      this.offsets[i + 1] = this.offsets[i] + this.spec.stride(rows[i]);
    }
    for (const el of this.mounted.values()) el.remove();
    this.mounted.clear();
    this.sizer.style.height = `${this.offsets[rows.length]}px`;
    this.renderWindow(viewport);
  }

  /** The scroll position and height of the viewport (reading them makes the browser lay out). */
  viewport(): Viewport {
    return { top: this.scroller.scrollTop, height: this.scroller.clientHeight || (this.spec.fallbackHeight ?? 800) };
  }

  /** Top of the row at `index` within the list, in pixels (the list's height for `index` = length). */
  offsetOf(index: number): number {
    return this.offsets[Math.max(0, Math.min(index, this.rows.length))];
  }

  /** Index of the row covering `y` pixels from the list's top, clamped to the rows; -1 when empty. */
  indexAt(y: number): number {
    return this.rows.length === 0 ? -1 : rowAt(this.offsets, this.rows.length, Math.max(0, y));
  }

  /** Keeps the row with `key` mounted even outside the window (the focused card), or none. */
  pin(key: string | null): void {
    this.pinned = key;
  }

  /** Scrolls the least distance that shows the whole row at `index`, then renders. */
  scrollToIndex(index: number): void {
    if (index < 0 || index >= this.rows.length) return;
    const top = this.offsets[index];
    const bottom = this.offsets[index + 1];
    const view = this.scroller.clientHeight;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = top;
    else if (bottom > this.scroller.scrollTop + view) this.scroller.scrollTop = bottom - view;
    this.renderWindow();
  }

  /** First and last (inclusive) row indexes intersecting the viewport, without overscan; [0, -1] when empty. */
  visibleRange(viewport: Viewport = this.viewport()): readonly [number, number] {
    const count = this.rows.length;
    if (count === 0) return [0, -1];
    const { top, height } = viewport;
    return [rowAt(this.offsets, count, top), rowAt(this.offsets, count, Math.max(top, top + height - 1))];
  }

  /** Mounts the rows in view (plus overscan and the pinned row) and unmounts the rest. */
  renderWindow(viewport?: Viewport): void {
    const overscan = this.spec.overscan ?? 4;
    const [first, last] = this.visibleRange(viewport);
    const from = Math.max(0, first - overscan);
    const to = Math.min(this.rows.length - 1, last + overscan);
    const wanted = new Set<string>();
    for (let i = from; i <= to; i++) wanted.add(this.spec.key(this.rows[i]));
    const pinnedIndex = this.pinned === null ? -1 : this.indexOf(this.pinned);
    if (pinnedIndex >= 0) wanted.add(this.pinned!);
    for (const [key, el] of this.mounted) {
      if (!wanted.has(key)) {
        el.remove();
        this.mounted.delete(key);
      }
    }
    const mount = (index: number): void => {
      const row = this.rows[index];
      const key = this.spec.key(row);
      if (this.mounted.has(key)) return;
      const wrapper = this.scroller.ownerDocument.createElement("div");
      wrapper.className = VIRTUAL_ROW_CLASS;
      wrapper.setAttribute("role", "none");
      wrapper.style.transform = `translateY(${this.offsets[index]}px)`;
      wrapper.appendChild(this.spec.render(row, index));
      this.sizer.appendChild(wrapper);
      this.mounted.set(key, wrapper);
    };
    for (let i = from; i <= to; i++) mount(i);
    if (pinnedIndex >= 0) mount(pinnedIndex);
  }

  /** Removes the list's DOM and scroll listener. */
  destroy(): void {
    this.scroller.removeEventListener("scroll", this.onScroll);
    this.sizer.remove();
    this.mounted.clear();
  }
}
