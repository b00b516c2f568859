/**
 * Dragging cards between columns with pointer events (mouse, pen and touch alike; HTML5 drag
 * and drop does not work on Obsidian mobile). A press becomes a drag after the pointer moves a
 * few pixels; a small ghost with the card's title follows the pointer (placed with `transform`);
 * the column under the pointer is marked as a drop target, or as refusing when the move is not
 * allowed. Touch drags start only on the card's grip so swiping still scrolls the column.
 */
import { el, eventElement } from "./element";
import type { BoardColumnId } from "./board-model";

/** What the board tells the drag controller and hears back. */
export interface DragHandlers {
  /** Whether `itemId` may be dropped on `column` (drives the target's look, not the drop). */
  canDrop(itemId: string, column: BoardColumnId): boolean;
  /** The card was released over `column` (any column other than its own, allowed or not). */
  onDrop(itemId: string, column: BoardColumnId): void;
}

/** Pixels the pointer must travel before a press becomes a drag (so clicks stay clicks). */
export const DRAG_THRESHOLD_PX = 5;

interface Press {
  readonly pointerId: number;
  readonly card: HTMLElement;
  readonly itemId: string;
  readonly from: BoardColumnId;
  readonly x: number;
  readonly y: number;
  ghost: HTMLElement | null;
  over: HTMLElement | null;
}

/** Listens on the board root; {@link destroy} removes every listener. */
export class CardDrag {
  private press: Press | null = null;
  private suppressClick = false;
  private readonly doc: Document;

  constructor(private readonly root: HTMLElement, private readonly handlers: DragHandlers) {
    this.doc = root.ownerDocument;
    root.addEventListener("pointerdown", this.onDown);
    root.addEventListener("click", this.onClickCapture, true);
  }

  /** True while a card is being dragged (past the threshold). */
  get dragging(): boolean {
    return this.press?.ghost != null;
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (event.button !== 0 || this.press) return;
    const target = eventElement(event);
    const card = target?.closest<HTMLElement>(".handoff-card");
    if (!card || !target) return;
    if (event.pointerType !== "mouse" && !target.closest(".handoff-card-grip")) return;
    const itemId = card.dataset.id;
    const from = card.dataset.column as BoardColumnId | undefined;
    if (!itemId || !from) return;
    this.press = { pointerId: event.pointerId, card, itemId, from, x: event.clientX, y: event.clientY, ghost: null, over: null };
    this.doc.addEventListener("pointermove", this.onMove);
    this.doc.addEventListener("pointerup", this.onUp);
    this.doc.addEventListener("pointercancel", this.onCancel);
    this.doc.addEventListener("keydown", this.onKey, true);
  };

  private readonly onMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    if (!press.ghost) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_THRESHOLD_PX) return;
      press.ghost = this.makeGhost(press.card);
      press.card.classList.add("is-dragging");
      this.root.classList.add("is-dragging");
    }
    event.preventDefault();
    press.ghost.style.transform = `translate(${event.clientX + 8}px, ${event.clientY + 8}px)`;
    const column = this.columnAt(event.clientX, event.clientY);
    if (column === press.over) return;
    press.over?.classList.remove("is-drop-target", "is-drop-refused");
    press.over = column;
    const id = column?.dataset.column as BoardColumnId | undefined;
    if (column && id && id !== press.from) column.classList.add(this.handlers.canDrop(press.itemId, id) ? "is-drop-target" : "is-drop-refused");
  };

  private readonly onUp = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    const dragged = press.ghost !== null;
    const column = dragged ? this.columnAt(event.clientX, event.clientY)?.dataset.column as BoardColumnId | undefined : undefined;
    this.end();
    if (dragged) {
      this.suppressClick = true;
      if (column && column !== press.from) this.handlers.onDrop(press.itemId, column);
    }
  };

  private readonly onCancel = (): void => this.end();

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape" && this.press) {
      event.preventDefault();
      event.stopPropagation();
      if (this.press.ghost) this.suppressClick = true;
      this.end();
    }
  };

  /** A click right after a drag is the drag's release, not a click on the card. */
  private readonly onClickCapture = (event: MouseEvent): void => {
    if (!this.suppressClick) return;
    this.suppressClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  private makeGhost(card: HTMLElement): HTMLElement {
    const title = card.querySelector(".handoff-card-title")?.textContent ?? "";
    const kind = card.querySelector(".handoff-badge")?.cloneNode(true) ?? null;
    const ghost = el(this.doc, "div", { cls: "handoff-drag-ghost", attrs: { "aria-hidden": "true" } }, [kind, el(this.doc, "span", { text: title })]);
    this.root.appendChild(ghost);
    return ghost;
  }

  private columnAt(x: number, y: number): HTMLElement | null {
    return this.doc.elementFromPoint(x, y)?.closest<HTMLElement>(".handoff-board-column") ?? null;
  }

  private end(): void {
    const press = this.press;
    if (!press) return;
    press.ghost?.remove();
    press.card.classList.remove("is-dragging");
    press.over?.classList.remove("is-drop-target", "is-drop-refused");
    this.root.classList.remove("is-dragging");
    this.press = null;
    this.doc.removeEventListener("pointermove", this.onMove);
    this.doc.removeEventListener("pointerup", this.onUp);
    this.doc.removeEventListener("pointercancel", this.onCancel);
    this.doc.removeEventListener("keydown", this.onKey, true);
  }

  /** Cancels any drag and removes the listeners. */
  destroy(): void {
    this.end();
    this.root.removeEventListener("pointerdown", this.onDown);
    this.root.removeEventListener("click", this.onClickCapture, true);
  }
}
