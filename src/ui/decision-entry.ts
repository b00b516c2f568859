/**
 * One decision in the log: title, state, the live window countdown, the choice, rationale,
 * owner, decision type, window close in the owner's and the viewer's time, blockers (who raised
 * each, open or resolved) and a link to the source note.
 */
import type { Blocker } from "../model/item";
import { describeWindow, formatDue } from "../time/display";
import type { DecisionEntry } from "./decision-log-model";
import { el } from "./element";
import { noteName, statusText } from "./item-labels";

/** What rendering an entry needs besides the entry. */
export interface EntryContext {
  readonly doc: Document;
  readonly viewerZone: string;
  /** Epoch ms. */
  readonly now: number;
  readonly ownerZone: (owner: string | null) => string | null;
}

/** Windows closing within this time get the "soon" look. */
const SOON_MS = 60 * 60_000;

/**
 * The countdown text for an open decision's window, and its look: "closes in 3h 12m", or once
 * past (before the tick records the outcome) "closed 2m 05s ago · adopts at the next check" /
 * "… · contested: 1 open blocker".
 */
export function countdownText(closesMs: number, now: number, openBlockers: number): { readonly text: string; readonly state: "open" | "soon" | "closed" } {
  const window = describeWindow(now, closesMs);
  if (!window.closed) return { text: window.text, state: closesMs - now <= SOON_MS ? "soon" : "open" };
  const outcome = openBlockers > 0 ? `contested: ${openBlockers} open ${openBlockers === 1 ? "blocker" : "blockers"}` : "adopts at the next check";
  return { text: `${window.text} · ${outcome}`, state: "closed" };
}

/** Sets a countdown element's text and state class from `now` (used at render and on each tick). */
export function updateCountdown(element: HTMLElement, now: number): void {
  const closes = Number(element.dataset.closes);
  const blockers = Number(element.dataset.openBlockers ?? 0);
  const { text, state } = countdownText(closes, now, blockers);
  if (element.textContent !== text) element.textContent = text;
  element.classList.toggle("is-soon", state === "soon");
  element.classList.toggle("is-closed", state === "closed");
}

function field(doc: Document, label: string, value: string | null, wide = false): HTMLElement | null {
  if (value === null || value === "") return null;
  return el(doc, "div", { cls: `handoff-decision-field${wide ? " is-wide" : ""}` }, [el(doc, "dt", { text: label }), el(doc, "dd", { text: value })]);
}

function renderBlocker(doc: Document, blocker: Blocker, ctx: EntryContext): HTMLElement {
  const raised = blocker.raisedAt ? formatDue(blocker.raisedAt, { ownerZone: null, viewerZone: ctx.viewerZone, now: ctx.now }).text : null;
  return el(doc, "li", { cls: `handoff-blocker ${blocker.open ? "is-open" : "is-resolved"}` }, [
    el(doc, "span", { cls: "handoff-blocker-state", text: blocker.open ? "Open" : "Resolved" }),
    el(doc, "span", { cls: "handoff-blocker-author", text: blocker.author ?? "Someone" }),
    el(doc, "span", { cls: "handoff-blocker-text", text: blocker.text }),
    raised ? el(doc, "span", { cls: "handoff-blocker-when", text: raised }) : null,
  ]);
}

/** Builds the entry's element (`data-id` = item id). */
export function renderDecision(entry: DecisionEntry, ctx: EntryContext): HTMLElement {
  const { doc } = ctx;
  const { item } = entry;
  const ownerZone = ctx.ownerZone(item.owner);
  let countdown: HTMLElement | null = null;
  if (item.status === "open" && entry.closesMs !== null) {
    countdown = el(doc, "span", {
      cls: "handoff-countdown",
      attrs: { "data-closes": String(entry.closesMs), "data-open-blockers": String(entry.openBlockers), "aria-label": "Decision window" },
    });
    updateCountdown(countdown, ctx.now);
  }
  const windowText = item.windowCloses ? formatDue(item.windowCloses, { ownerZone, viewerZone: ctx.viewerZone, now: ctx.now }).text : null;
  const blockers = item.blockers;
  const openCount = entry.openBlockers;
  return el(doc, "article", { cls: `handoff-decision is-${item.status}`, attrs: { "data-id": item.id, "aria-label": `Decision: ${item.title}` } }, [
    el(doc, "div", { cls: "handoff-decision-head" }, [
      el(doc, "button", { cls: "handoff-decision-title", text: item.title, attrs: { type: "button", "data-action": "open", title: `Open ${item.path}` } }),
      item.status !== "open" ? el(doc, "span", { cls: `handoff-chip handoff-status-${item.status}`, text: statusText(item.status) }) : null,
      countdown,
    ]),
    el(doc, "dl", { cls: "handoff-decision-fields" }, [
      field(doc, "Choice", item.choice, true),
      field(doc, "Rationale", item.rationale, true),
      field(doc, "Owner", item.owner ?? "Unassigned"),
      field(doc, "Type", item.decisionType),
      field(doc, "Window", windowText),
    ]),
    blockers.length > 0
      ? el(doc, "div", { cls: "handoff-decision-blockers" }, [
        el(doc, "div", { cls: "handoff-decision-subhead", text: `Blockers · ${openCount} open, ${blockers.length - openCount} resolved` }),
        el(doc, "ul", {}, blockers.map((b) => renderBlocker(doc, b, ctx))),
      ])
      : null,
    item.sourcePath
      ? el(doc, "div", { cls: "handoff-decision-foot" }, [
        item.quote ? el(doc, "span", { cls: "handoff-decision-quote", text: `“${item.quote}”` }) : null,
        el(doc, "button", { cls: "handoff-card-source", text: noteName(item.sourcePath), attrs: { type: "button", "data-action": "source", title: `Open ${item.sourcePath}` } }),
      ])
      : null,
  ]);
}
