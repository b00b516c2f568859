/**
 * The board: items in columns Open / In progress / Blocked / Done, filtered, grouped and
 * virtualised, worked from with the mouse (drag a card to another column), touch (drag by the
 * grip) or the keyboard (see {@link BOARD_SHORTCUTS}). Status changes go out through
 * `host.onSetStatus`; the board changes only when the host sends the new snapshot.
 *
 * ```ts
 * const board = new BoardView(container, host);
 * board.setState({ items, viewer, directory });
 * board.destroy();
 * ```
 */
import type { Item } from "../model/item";
import { renderCard, renderCardDetails, type CardContext } from "./board-card";
import { BoardColumns, type BoardRow } from "./board-columns";
import { CardDrag } from "./board-drag";
import { NO_FILTER, isFiltering, type BoardFilter } from "./board-filter";
import type { BoardGrouping } from "./board-grouping";
import { BOARD_SHORTCUTS, boardKeyAction, neighbourColumn, type BoardKeyAction } from "./board-keys";
import { BoardSnapshot, layoutBoard, planMove, type BoardColumnId } from "./board-model";
import { BoardToolbar } from "./board-toolbar";
import { CardPopover } from "./card-popover";
import { clear, el, eventElement, uniqueId } from "./element";
import { emptyPanel, renderStatePanel, statePanel, type PanelContent } from "./state-panel";
import { assertAlive, requestStatus, type HandoffView, type ViewHost, type ViewState } from "./view-host";

/** How often the board re-reads `host.now()` so overdue markers and day names stay right. */
export const BOARD_CLOCK_MS = 60_000;

/** The board view. */
export class BoardView implements HandoffView {
  private readonly doc: Document;
  private readonly root: HTMLElement;
  private readonly toolbar: BoardToolbar;
  private readonly status: HTMLElement;
  private readonly noMatch: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly columns: BoardColumns;
  private readonly popover: CardPopover;
  private readonly drag: CardDrag;
  private readonly helpId = uniqueId("board-help");
  private readonly resize: ResizeObserver | null;
  private readonly clock: number;
  private state: ViewState | null = null;
  private snapshot: BoardSnapshot | null = null;
  private filter: BoardFilter = NO_FILTER;
  private grouping: BoardGrouping = "status";
  private readonly collapsed = new Set<string>();
  private focusedId: string | null = null;
  private destroyed = false;

  constructor(container: HTMLElement, private readonly host: ViewHost) {
    this.doc = container.ownerDocument;
    const doc = this.doc;
    this.toolbar = new BoardToolbar(doc, ({ filter, grouping }) => {
      this.filter = filter;
      this.grouping = grouping;
      this.relayout();
    });
    this.status = el(doc, "div", { cls: "handoff-status-line", attrs: { role: "status", "aria-live": "polite" } });
    const clearFilters = el(doc, "button", { cls: "handoff-link-button", text: "Clear filters", attrs: { type: "button" } });
    clearFilters.addEventListener("click", () => {
      this.filter = NO_FILTER;
      this.toolbar.set(this.filter, this.grouping);
      this.relayout();
    });
    this.noMatch = el(doc, "div", { cls: "handoff-board-nomatch", attrs: { hidden: "" } }, [el(doc, "span", { text: "No cards match these filters. " }), clearFilters]);
    this.panel = el(doc, "div", { cls: "handoff-board-panel", attrs: { hidden: "" } });
    this.columns = new BoardColumns(doc, (row, column, tabStop) => this.renderRow(row, column, tabStop));
    const help = el(doc, "div", { cls: "handoff-visually-hidden", attrs: { id: this.helpId } },
      [el(doc, "span", { text: `Board keys: ${BOARD_SHORTCUTS.map(([keys, does]) => `${keys}: ${does}`).join("; ")}.` })]);
    this.root = el(doc, "div", { cls: "handoff-view handoff-board", attrs: { "data-handoff-view": "board" } },
      [this.toolbar.element, this.status, this.noMatch, this.columns.element, this.panel, help]);
    this.popover = new CardPopover(this.root);
    container.appendChild(this.root);
    this.drag = new CardDrag(this.root, {
      canDrop: (id, column) => this.planFor(id, column)?.kind === "set",
      onDrop: (id, column) => this.move(id, column),
    });
    this.root.addEventListener("keydown", this.onKeyDown);
    this.root.addEventListener("click", this.onClick);
    this.root.addEventListener("dblclick", this.onDoubleClick);
    this.root.addEventListener("focusin", this.onFocusIn);
    this.root.addEventListener("mouseover", this.onHover);
    this.root.addEventListener("mouseout", this.onHoverEnd);
    this.root.addEventListener("scroll", () => this.popover.hide(), true);
    const view = doc.defaultView;
    this.resize = view && "ResizeObserver" in view ? new view.ResizeObserver(() => this.onResize()) : null;
    this.resize?.observe(this.root);
    this.clock = window.setInterval(() => this.refreshClock(), BOARD_CLOCK_MS);
  }

  /** Renders from a new snapshot, keeping filters, grouping, collapsed groups, scroll and focus. */
  setState(state: ViewState): void {
    assertAlive(this.destroyed, "BoardView");
    this.state = state;
    this.popover.hide();
    const panel = statePanel(state, this.host);
    if (panel) return this.showPanel(panel);
    if (state.items.length === 0) {
      return this.showPanel(emptyPanel(
        "No items yet",
        "Write \"I'll … by Friday\" in a note, or run Scan vault to find the commitments, decisions and requests already in your notes.",
        { label: "Scan vault", run: this.host.onScanVault?.bind(this.host) },
      ));
    }
    this.snapshot = BoardSnapshot.of(state.items, state.directory, state.viewer.zone, Date.parse(this.host.now()));
    this.toolbar.setOptions(this.snapshot.options, this.filter);
    this.panel.hidden = true;
    this.toolbar.element.hidden = false;
    this.columns.element.hidden = false;
    this.relayout();
  }

  private showPanel(content: PanelContent): void {
    this.snapshot = null;
    clear(this.panel);
    this.panel.appendChild(renderStatePanel(this.doc, content));
    this.panel.hidden = false;
    this.toolbar.element.hidden = true;
    this.columns.element.hidden = true;
    this.noMatch.hidden = true;
  }

  private relayout(): void {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    const hadFocus = this.focusedId !== null && this.root.contains(this.doc.activeElement) && this.doc.activeElement?.classList.contains("handoff-card");
    const layout = layoutBoard(snapshot, this.filter, this.grouping);
    this.columns.setLayout(layout, this.collapsed, this.focusedId);
    if (this.focusedId !== null && this.columns.columnOf(this.focusedId) === undefined) this.focusedId = null;
    this.toolbar.setCount(layout.shown, layout.total, isFiltering(this.filter));
    this.noMatch.hidden = layout.shown > 0;
    if (hadFocus && this.focusedId !== null) this.focusCard(this.focusedId);
  }

  private cardContext(): CardContext {
    const snapshot = this.snapshot!;
    return { doc: this.doc, graph: snapshot.graph, viewerZone: snapshot.viewerZone, now: snapshot.now, helpId: this.helpId };
  }

  private renderRow(row: BoardRow, column: BoardColumnId, tabStop: boolean): HTMLElement {
    if (row.type === "header") {
      return el(this.doc, "div", { cls: `handoff-group-head${row.collapsed ? " is-collapsed" : ""}`, attrs: { role: "listitem" } }, [
        el(this.doc, "button", {
          cls: "handoff-group-toggle",
          attrs: { type: "button", tabindex: "-1", "aria-expanded": String(!row.collapsed), "data-group": `${column}:${row.groupKey}` },
        }, [el(this.doc, "span", { cls: "handoff-group-label", text: row.label }), el(this.doc, "span", { cls: "handoff-group-count", text: String(row.count) })]),
      ]);
    }
    const card = renderCard(row.card, { index: row.ordinal, size: row.size }, this.cardContext());
    if (tabStop) card.tabIndex = 0;
    return card;
  }

  private item(id: string): Item | undefined {
    return this.snapshot?.graph.get(id);
  }

  private planFor(id: string, to: BoardColumnId): ReturnType<typeof planMove> | null {
    const item = this.item(id);
    const from = this.columns.columnOf(id);
    return item && from ? planMove(item, from, to) : null;
  }

  /** Moves card `id` to column `to` through the host, or says why it cannot. */
  private move(id: string, to: BoardColumnId): void {
    const item = this.item(id);
    const plan = this.planFor(id, to);
    if (!item || !plan || plan.kind === "none") return;
    if (plan.kind === "refuse") return this.announce(plan.message);
    this.announce(`Moving "${item.title}" to ${plan.status.replace("-", " ")}…`);
    this.focusedId = id;
    requestStatus(this.host, item, plan.status, (message) => this.announce(message));
  }

  private announce(message: string): void {
    this.status.textContent = message;
  }

  private focusCard(id: string): void {
    this.focusedId = id;
    this.columns.pin(id);
    const element = this.columns.reveal(id);
    if (!element) return;
    for (const other of Array.from(this.root.querySelectorAll<HTMLElement>(".handoff-card[tabindex='0']"))) if (other !== element) other.tabIndex = -1;
    element.tabIndex = 0;
    element.focus({ preventScroll: true });
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const card = eventElement(event)?.closest<HTMLElement>(".handoff-card");
    if (card?.dataset.id && card.dataset.id !== this.focusedId) {
      this.focusedId = card.dataset.id;
      this.columns.pin(this.focusedId);
      for (const other of Array.from(this.root.querySelectorAll<HTMLElement>(".handoff-card[tabindex='0']"))) if (other !== card) other.tabIndex = -1;
      card.tabIndex = 0;
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const card = eventElement(event)?.closest<HTMLElement>(".handoff-card");
    const id = card?.dataset.id;
    if (!card || !id || eventElement(event) !== card) return;
    const action = boardKeyAction(event);
    if (!action) return;
    event.preventDefault();
    this.runKey(action, id, card);
  };

  private runKey(action: BoardKeyAction, id: string, card: HTMLElement): void {
    const from = this.columns.columnOf(id);
    const item = this.item(id);
    if (!from || !item) return;
    const go = (target: string | null): void => {
      if (target !== null) this.focusCard(target);
    };
    switch (action.type) {
      case "focus-row": return go(this.columns.cardBy(id, action.delta));
      case "focus-edge": return go(this.columns.edgeCard(id, action.edge));
      case "focus-column": return go(this.columns.cardBeside(id, action.delta));
      case "move": {
        const to = neighbourColumn(from, action.delta);
        return to ? this.move(id, to) : this.announce(`"${item.title}" is already in the ${action.delta < 0 ? "first" : "last"} column.`);
      }
      case "move-to": return this.move(id, action.column);
      case "open": return this.host.onOpenItem(item);
      case "open-source": return item.sourcePath ? this.host.onOpenSource(item) : this.announce(`"${item.title}" has no source note.`);
      case "details": return this.toggleDetails(id, card, true);
      case "escape": return this.popover.hide();
      case "search": return this.toolbar.search.focus();
    }
  }

  private toggleDetails(id: string, anchor: HTMLElement, sticky: boolean): void {
    if (this.popover.openFor === id && (sticky || !this.popover.pinned)) return sticky ? this.popover.hide() : undefined;
    const card = this.snapshot?.cardOf(id);
    if (!card) return;
    this.popover.show(id, anchor, renderCardDetails(card, this.cardContext()), sticky);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const target = eventElement(event);
    const group = target?.closest<HTMLElement>("[data-group]")?.dataset.group;
    if (group) {
      if (this.collapsed.has(group)) this.collapsed.delete(group);
      else this.collapsed.add(group);
      return this.relayout();
    }
    const card = target?.closest<HTMLElement>(".handoff-card");
    const item = card?.dataset.id ? this.item(card.dataset.id) : undefined;
    if (!card || !item) return this.popover.hide();
    const action = target?.closest<HTMLElement>("[data-action]")?.dataset.action;
    if (action === "open") this.host.onOpenItem(item);
    else if (action === "source") this.host.onOpenSource(item);
    else if (action === "details") this.toggleDetails(item.id, card, true);
    else if (this.popover.openFor !== item.id) this.popover.hide();
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    const id = eventElement(event)?.closest<HTMLElement>(".handoff-card")?.dataset.id;
    const item = id ? this.item(id) : undefined;
    if (item && !eventElement(event)?.closest("[data-action]")) this.host.onOpenItem(item);
  };

  private readonly onHover = (event: MouseEvent): void => {
    if (this.drag.dragging) return;
    const marker = eventElement(event)?.closest<HTMLElement>(".handoff-card-conflicts");
    const card = marker?.closest<HTMLElement>(".handoff-card");
    if (card?.dataset.id && this.popover.openFor !== card.dataset.id) this.toggleDetails(card.dataset.id, card, false);
  };

  private readonly onHoverEnd = (event: MouseEvent): void => {
    const marker = eventElement(event)?.closest(".handoff-card-conflicts");
    const to = event.relatedTarget as Partial<Element> | null;
    if (marker && !(to && typeof to.closest === "function" && to.closest(".handoff-card-conflicts") === marker)) this.popover.hide(true);
  };

  private onResize(): void {
    if (!this.snapshot) return;
    if (this.columns.measure(true)) this.relayout();
    else this.columns.renderWindows();
  }

  private refreshClock(): void {
    if (this.state && this.snapshot) this.setState(this.state);
  }

  /** Stops the clock and listeners and removes the board from its container. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    window.clearInterval(this.clock);
    this.resize?.disconnect();
    this.drag.destroy();
    this.columns.destroy();
    this.root.remove();
    this.state = null;
    this.snapshot = null;
  }
}
