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

/** Builds a row's element; `column` is where the row is. */
export type RowRenderer = (row: BoardRow, column: BoardColumnId) => HTMLElement;

/** The four columns' DOM and lists. */
export class BoardColumns {
  readonly element: HTMLElement;
  private readonly columns: Column[];
  private readonly where = new Map<string, number>();
  private strides: { card: number; header: number } | null = null;

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
        render: (row) => render(row, id),
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
   * Measures a card row and a header row from the CSS (once the board is laid out). Returns
   * true when the strides changed, so the caller re-lays the rows out.
   */
  measure(): boolean {
    const scroller = this.columns[0].list.scroller;
    if (scroller.clientWidth === 0) return false;
    const probe = (inner: string): number => {
      const row = el(this.doc, "div", { cls: VIRTUAL_ROW_CLASS, attrs: { "aria-hidden": "true" } }, [el(this.doc, "div", { cls: inner })]);
      scroller.appendChild(row);
      const height = row.getBoundingClientRect().height;
      row.remove();
      return height;
    };
    const measured = { card: probe("handoff-card"), header: probe("handoff-group-head") };
    if (measured.card <= 0 || measured.header <= 0) return false;
    const changed = this.strides === null || this.strides.card !== measured.card || this.strides.header !== measured.header;
    this.strides = measured;
    return changed;
  }

  /** Lays out every column from `layout`, skipping the cards of collapsed groups (keys `column:group`). */
  setLayout(layout: BoardLayout, collapsed: ReadonlySet<string>): void {
    this.where.clear();
    layout.columns.forEach((column, index) => {
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
      this.columns[index].count.textContent = column.count.toLocaleString("en-US");
      this.columns[index].list.setRows(rows);
    });
  }

  /** Re-renders each column's window (after a resize or a stride change). */
  renderWindows(): void {
    for (const column of this.columns) column.list.renderWindow();
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

  /** Id of the first card on the board (leftmost column with cards), or null. */
  firstCard(): string | null {
    for (const column of this.columns) {
      const id = this.cardFrom(column.list, 0, 1);
      if (id !== null) return id;
    }
    return null;
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

  /** Pins `id` (keeps it mounted as the Tab stop) in its column and unpins it elsewhere. */
  pin(id: string | null): void {
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
