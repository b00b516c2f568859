/**
 * One board card's DOM: kind badge, title, owner, due in the owner's and the viewer's time,
 * overdue marker, what it waits on, a sync-conflict marker and a link to the source note.
 *
 * Every card has the same height (set in styles/board.css) so the column can be virtualised
 * with a fixed stride: the title is clamped to two lines and the other lines to one, and the
 * full text is in the details popover and the accessible label.
 */
import type { Item } from "../model/item";
import { formatDue, type DueLabel } from "../time/display";
import type { BoardCard, BoardColumnId } from "./board-model";
import { el } from "./element";
import { describeWaitingOn, type ItemGraph } from "./item-graph";
import { KIND_LABELS, noteName, statusText } from "./item-labels";

/** What rendering a card needs besides the card. */
export interface CardContext {
  readonly doc: Document;
  readonly graph: ItemGraph;
  readonly viewerZone: string;
  /** Epoch ms. */
  readonly now: number;
  /** Id of the element describing the keyboard shortcuts. */
  readonly helpId: string;
}

/**
 * A status chip is shown when the column does not already say the status: a blocked card's
 * own status, a cancelled or decision status under Done, a contested decision under Open.
 */
function chipFor(item: Item, column: BoardColumnId): string | null {
  if (column === "blocked") return item.status === "open" ? null : item.status;
  if (column === "done") return item.status === "done" ? null : item.status;
  if (column === "open" && item.status !== "open") return item.status;
  return null;
}

/** The due label of a card, or null when it has no due. */
export function cardDue(card: BoardCard, ctx: Pick<CardContext, "viewerZone" | "now">): DueLabel | null {
  return card.item.due === null ? null : formatDue(card.item.due, { ownerZone: card.ownerZone, viewerZone: ctx.viewerZone, now: ctx.now });
}

/** Builds the card element for `card`, focusable, with its `data-id`, `data-kind` and `data-column`. */
export function renderCard(card: BoardCard, position: { readonly index: number; readonly size: number }, ctx: CardContext): HTMLElement {
  const { doc } = ctx;
  const { item } = card;
  const due = cardDue(card, ctx);
  const waiting = ctx.graph.waitingOn(item).map(describeWaitingOn);
  const chip = chipFor(item, card.column);

  const head = el(doc, "div", { cls: "handoff-card-head" }, [
    el(doc, "span", { cls: "handoff-card-grip", text: "⠿", attrs: { "aria-hidden": "true", title: "Drag to another column" } }),
    el(doc, "span", { cls: `handoff-badge handoff-kind-${item.kind}`, text: KIND_LABELS[item.kind] }),
    chip ? el(doc, "span", { cls: `handoff-chip handoff-status-${item.status}`, text: statusText(chip) }) : null,
    el(doc, "span", { cls: "handoff-card-spacer" }),
    item.conflicts.length > 0
      ? el(doc, "button", {
        cls: "handoff-card-conflicts",
        text: `⚠ ${item.conflicts.length}`,
        attrs: { type: "button", tabindex: "-1", "data-action": "details", "aria-label": `${item.conflicts.length} sync ${item.conflicts.length === 1 ? "conflict" : "conflicts"}: show` },
      })
      : null,
  ]);
  const title = el(doc, "div", { cls: "handoff-card-title", text: item.title, attrs: { "data-action": "open" } });
  const owner = el(doc, "div", { cls: "handoff-card-people" }, [
    el(doc, "span", { cls: `handoff-card-owner${item.owner ? "" : " is-unassigned"}`, text: item.owner ?? "Unassigned" }),
    card.overdue ? el(doc, "span", { cls: "handoff-card-overdue", text: "Overdue" }) : null,
  ]);
  const meta = el(doc, "div", { cls: "handoff-card-meta" }, [
    due
      ? el(doc, "span", { cls: "handoff-card-due", text: due.text, attrs: { title: item.dueText ? `Due ${due.text}, written as "${item.dueText}"` : `Due ${due.text}` } })
      : el(doc, "span", { cls: "handoff-card-due is-none", text: "No due date" }),
  ]);
  const foot = el(doc, "div", { cls: "handoff-card-foot" }, [
    el(doc, "span", { cls: "handoff-card-waiting", text: waiting.join("; ") }),
    item.sourcePath
      ? el(doc, "button", {
        cls: `handoff-card-source${item.sourceMissing ? " is-missing" : ""}`,
        // With a "waiting on" line the note name would crowd it out: a short link, full name on hover.
        text: item.sourceMissing ? "source missing" : waiting.length > 0 ? "source ↗" : noteName(item.sourcePath),
        attrs: { type: "button", tabindex: "-1", "data-action": "source", title: `Open ${item.sourcePath}`, "aria-label": `Open source note ${noteName(item.sourcePath)}` },
      })
      : null,
  ]);

  const label = [
    `${KIND_LABELS[item.kind]}: ${item.title}`,
    `owner ${item.owner ?? "unassigned"}`,
    due ? `due ${due.text}` : null,
    card.overdue ? "overdue" : null,
    chip ? `status ${statusText(chip)}` : null,
    ...waiting,
    item.conflicts.length > 0 ? `${item.conflicts.length} sync conflicts` : null,
  ].filter((part) => part !== null).join(". ");

  const classes = ["handoff-card", `handoff-card-${item.kind}`];
  if (card.overdue) classes.push("is-overdue");
  if (item.conflicts.length > 0) classes.push("has-conflicts");
  return el(doc, "div", {
    cls: classes.join(" "),
    attrs: {
      role: "listitem",
      tabindex: "-1",
      "data-id": item.id,
      "data-kind": item.kind,
      "data-column": card.column,
      "aria-label": label,
      "aria-describedby": ctx.helpId,
      "aria-posinset": String(position.index + 1),
      "aria-setsize": String(position.size),
    },
  }, [head, title, owner, meta, foot]);
}

/** The details popover's content for a card: full title, quote, what it waits on, and kept conflict values. */
export function renderCardDetails(card: BoardCard, ctx: Pick<CardContext, "doc" | "graph" | "viewerZone" | "now">): HTMLElement {
  const { doc } = ctx;
  const { item } = card;
  const due = cardDue(card, ctx);
  const waiting = ctx.graph.waitingOn(item).map(describeWaitingOn);
  return el(doc, "div", { cls: "handoff-details" }, [
    el(doc, "div", { cls: "handoff-details-title", text: item.title }),
    item.quote ? el(doc, "blockquote", { cls: "handoff-details-quote", text: item.quote }) : null,
    due ? el(doc, "div", { cls: "handoff-details-line", text: `Due ${due.text}${item.dueText ? ` (written "${item.dueText}")` : ""}` }) : null,
    ...waiting.map((text) => el(doc, "div", { cls: "handoff-details-line", text })),
    item.conflicts.length > 0
      ? el(doc, "div", { cls: "handoff-details-conflicts" }, [
        el(doc, "div", { cls: "handoff-details-heading", text: "Kept from a sync conflict (the other value won):" }),
        el(doc, "ul", {}, item.conflicts.map((text) => el(doc, "li", { text }))),
      ])
      : null,
  ]);
}
