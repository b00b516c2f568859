/**
 * A small popover beside a card with its details (full title, quote, due as written, what it
 * waits on, values kept from a sync conflict). Shown on hover over the conflict marker, or
 * pinned open by a click or Space; Escape, a click elsewhere or a scroll closes it. Placed with
 * one `transform` relative to the board root.
 */
import { clear, el, uniqueId } from "./element";

/** The popover element, one per board. */
export class CardPopover {
  readonly element: HTMLElement;
  /** The card id shown, or null when hidden. */
  private shown: string | null = null;
  private sticky = false;

  constructor(private readonly root: HTMLElement) {
    this.element = el(root.ownerDocument, "div", { cls: "handoff-popover", attrs: { role: "tooltip", id: uniqueId("details"), hidden: "" } });
    root.appendChild(this.element);
  }

  /** Id of the card whose details are open, or null. */
  get openFor(): string | null {
    return this.shown;
  }

  /** True when opened by a click or key (stays until closed), false for hover. */
  get pinned(): boolean {
    return this.sticky;
  }

  /** Shows `content` for card `id` below `anchor` (or above it near the bottom of the board). */
  show(id: string, anchor: HTMLElement, content: HTMLElement, sticky: boolean): void {
    clear(this.element);
    this.element.appendChild(content);
    this.element.hidden = false;
    this.shown = id;
    this.sticky = sticky;
    const rootBox = this.root.getBoundingClientRect();
    const box = anchor.getBoundingClientRect();
    const height = this.element.offsetHeight;
    const width = this.element.offsetWidth;
    const below = box.bottom - rootBox.top + 4;
    const top = below + height > rootBox.height ? Math.max(0, box.top - rootBox.top - height - 4) : below;
    const left = Math.max(0, Math.min(box.left - rootBox.left, rootBox.width - width));
    this.element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    anchor.setAttribute("aria-describedby", `${anchor.getAttribute("aria-describedby") ?? ""} ${this.element.id}`.trim());
  }

  /** Hides the popover (when `onlyHover`, only if it was opened by hover). */
  hide(onlyHover = false): void {
    if (this.shown === null || (onlyHover && this.sticky)) return;
    const doc = this.root.ownerDocument;
    for (const described of Array.from(doc.querySelectorAll(`[aria-describedby~="${this.element.id}"]`))) {
      const rest = (described.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id !== this.element.id).join(" ");
      described.setAttribute("aria-describedby", rest);
    }
    this.element.hidden = true;
    clear(this.element);
    this.shown = null;
    this.sticky = false;
  }
}
