/**
 * The board's four status columns: each a header and a virtualised list of rows (group headers
 * and cards), plus the navigation the keyboard needs (neighbouring card, same height in the next
 * column, first and last). Row strides are measured from the CSS once the board has layout, so
 * the virtualiser follows the theme's font size.
 */
import { BOARD_COLUMNS, type BoardCard, type BoardColumnId, type BoardLayout } from "./board-model";
import { el, uniqueId } from "./element";
import { VIRTUAL_ROW_CLASS, VirtualList } from "./virtual-list";

/** A row in a column: a group header or a card. */
export type BoardRow =
  | { readonly type: "header"; readonly key: string; readonly groupKey: string; readonly label: string; readonly count: number; readonly collapsed: boolean }
  | { readonly type: "card"; readonly key: string; readonly card: BoardCard; readonly ordinal: number; readonly size: number };

/** Strides used until the board has layout to measure (typical for Obsidian's default font size). */
const FALLBACK_STRIDES = { card: 132, header: 36 } as const;

interface Column {
  readonly id: BoardColumnId;
  readonly element: HTMLElement;
  readonly count: HTMLElement;
  readonly list: VirtualList<BoardRow>;
}

/** Builds a row's element; `column` is where the row is; `tabStop` is true for the card Tab lands on. */
export type RowRenderer = (row: BoardRow, column: BoardColumnId, tabStop: boolean) => HTMLElement;

/** The four columns' DOM and lists. */
export class BoardColumns {
  readonly element: HTMLElement;
  private readonly columns: Column[];
  private readonly where = new Map<string, number>();
  private strides: { card: number; header: number } | null = null;
  private tabStopId: string | null = null;

  constructor(private readonly doc: Document, render: RowRenderer) {
    this.columns = BOARD_COLUMNS.map(({ id, label }) => {
      const headingId = uniqueId(`column-${id}`);
      const count = el(doc, "span", { cls: "handoff-column-count", text: "0" });
      const scroller = el(doc, "div", { cls: "handoff-column-scroller", attrs: { role: "list", "aria-labelledby": headingId } });
      const element = el(doc, "section", { cls: `handoff-board-column handoff-column-${id}`, attrs: { "data-column": id } }, [
        el(doc, "header", { cls: "handoff-column-head" }, [el(doc, "h3", { cls: "handoff-column-title", text: label, attrs: { id: headingId } }), count]),
        scroller,
      ]);
      const list = new VirtualList<BoardRow>(scroller, {
        key: (row) => row.key,
        stride: (row) => (row.type === "card" ? this.stride().card : this.stride().header),
        render: (row) => render(row, id, row.key === this.tabStopId),
        overscan: 3,
      });
      return { id, element, count, list };
    });
    this.element = el(doc, "div", { cls: "handoff-board-columns" }, this.columns.map((c) => c.element));
  }

  private stride(): { card: number; header: number } {
    return this.strides ?? FALLBACK_STRIDES;
  }

  /**
   * Measures a card row and a header row from the CSS once the board is laid out: the first
   * time, and again when `force`d (after a resize, in case the font size changed). Probes are
   * read in the same layout pass as the viewports. Returns true when the strides changed.
   */
  measure(force = false): boolean {
    if (this.strides !== null && !force) return false;
    const probes = this.placeProbes();
    const changed = this.readProbes(probes);
    return changed;
  }

  private placeProbes(): readonly [HTMLElement, HTMLElement] {
    const scroller = this.columns[0].list.scroller;
    const probe = (inner: string): HTMLElement => {
      const row = el(this.doc, "div", { cls: VIRTUAL_ROW_CLASS, attrs: { "aria-hidden": "true" } }, [el(this.doc, "div", { cls: inner })]);
      scroller.appendChild(row);
      return row;
    };
    return [probe("handoff-card"), probe("handoff-group-head")];
  }

  private readProbes([card, header]: readonly [HTMLElement, HTMLElement]): boolean {
    const measured = { card: card.getBoundingClientRect().height, header: header.getBoundingClientRect().height };
    card.remove();
    header.remove();
    if (measured.card <= 0 || measured.header <= 0) return false;
    const changed = this.strides === null || this.strides.card !== measured.card || this.strides.header !== measured.header;
    this.strides = measured;
    return changed;
  }

  /**
   * Lays out every column from `layout`, skipping the cards of collapsed groups (keys
   * `column:group`), and pins the Tab stop: `focused` when it is still shown, else the first
   * card (null on an empty board).
   */
  setLayout(layout: BoardLayout, collapsed: ReadonlySet<string>, focused: string | null): void {
    this.where.clear();
    // One layout for everything read: viewports, and the strides on the first layout.
    const probes = this.strides === null ? this.placeProbes() : null;
    const viewports = this.columns.map((c) => c.list.viewport());
    if (probes) this.readProbes(probes);
    const allRows = layout.columns.map((column, index) => {
      const rows: BoardRow[] = [];
      const headed = column.groups.length > 1 || (column.groups.length === 1 && column.groups[0].label !== "");
      let ordinal = 0;
      for (const group of column.groups) {
        const isCollapsed = collapsed.has(`${column.id}:${group.key}`);
        if (headed) rows.push({ type: "header", key: `group:${group.key}`, groupKey: group.key, label: group.label, count: group.cards.length, collapsed: isCollapsed });
        if (isCollapsed) continue;
        for (const card of group.cards) {
          rows.push({ type: "card", key: card.item.id, card, ordinal: ordinal++, size: column.count });
          this.where.set(card.item.id, index);
        }
      }
      return rows;
    });
    const tabStop = focused !== null && this.where.has(focused) ? focused : allRows.flat().find((r) => r.type === "card")?.key ?? null;
    this.pin(tabStop);
    layout.columns.forEach((column, index) => {
      this.columns[index].count.textContent = column.count.toLocaleString("en-US");
      this.columns[index].list.setRows(allRows[index], viewports[index]);
    });
  }

  /** Re-renders each column's window (after a resize, a scroll or a pin), reading all viewports first. */
  renderWindows(): void {
    const viewports = this.columns.map((c) => c.list.viewport());
    this.columns.forEach((column, i) => column.list.renderWindow(viewports[i]));
  }

  /** The column id a card is in, or undefined when it is not shown. */
  columnOf(id: string): BoardColumnId | undefined {
    const index = this.where.get(id);
    return index === undefined ? undefined : this.columns[index].id;
  }

  /** The card row for `id`, if shown. */
  cardRow(id: string): (BoardRow & { type: "card" }) | undefined {
    const index = this.where.get(id);
    if (index === undefined) return undefined;
    const list = this.columns[index].list;
    const row = list.row(list.indexOf(id));
    return row?.type === "card" ? row : undefined;
  }

  private cardFrom(list: VirtualList<BoardRow>, start: number, step: 1 | -1): string | null {
    for (let i = start; i >= 0 && i < list.length; i += step) {
      const row = list.row(i);
      if (row?.type === "card") return row.key;
    }
    return null;
  }

  /** The card `delta` rows from `id` in its column (clamped to the first/last card), skipping headers. */
  cardBy(id: string, delta: number): string | null {
    const index = this.where.get(id);
    if (index === undefined) return null;
    const list = this.columns[index].list;
    const target = Math.max(0, Math.min(list.length - 1, list.indexOf(id) + delta));
    const step = delta < 0 ? -1 : 1;
    return this.cardFrom(list, target, step) ?? this.cardFrom(list, target, step === 1 ? -1 : 1);
  }

  /** The first or last card in `id`'s column. */
  edgeCard(id: string, edge: "first" | "last"): string | null {
    const index = this.where.get(id);
    if (index === undefined) return null;
    const list = this.columns[index].list;
    return edge === "first" ? this.cardFrom(list, 0, 1) : this.cardFrom(list, list.length - 1, -1);
  }

  /** The card at the same height as `id` in the nearest column with cards in direction `delta`. */
  cardBeside(id: string, delta: -1 | 1): string | null {
    const from = this.where.get(id);
    if (from === undefined) return null;
    const source = this.columns[from].list;
    const y = source.offsetOf(source.indexOf(id)) - source.scroller.scrollTop;
    for (let c = from + delta; c >= 0 && c < this.columns.length; c += delta) {
      const list = this.columns[c].list;
      const at = list.indexAt(list.scroller.scrollTop + Math.max(0, y));
      if (at < 0) continue;
      const found = this.cardFrom(list, at, 1) ?? this.cardFrom(list, at, -1);
      if (found !== null) return found;
    }
    return null;
  }

  /** The card Tab lands on (kept mounted), or null on an empty board. */
  get tabStop(): string | null {
    return this.tabStopId;
  }

  /** Makes `id` the Tab stop and pins it (keeps it mounted) in its column, unpinning elsewhere. */
  pin(id: string | null): void {
    this.tabStopId = id;
    const index = id === null ? undefined : this.where.get(id);
    this.columns.forEach((column, c) => column.list.pin(c === index ? id : null));
  }

  /** Scrolls `id` into view, mounts it and returns its element. */
  reveal(id: string): HTMLElement | undefined {
    const index = this.where.get(id);
    if (index === undefined) return undefined;
    const list = this.columns[index].list;
    list.scrollToIndex(list.indexOf(id));
    return list.elementOf(id);
  }

  /** The mounted element of card `id`, if any. */
  elementOf(id: string): HTMLElement | undefined {
    const index = this.where.get(id);
    return index === undefined ? undefined : this.columns[index].list.elementOf(id);
  }

  /** Removes the lists. */
  destroy(): void {
    for (const column of this.columns) column.list.destroy();
    this.element.remove();
  }
}
