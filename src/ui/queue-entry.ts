/**
 * One row of "waiting on me": kind, title, why it waits on the viewer ("Asked of Dev (your
 * team)", "Blocks 2: Build the page (Maya Chen)…", "Window closes in 3h 12m"), the deadline in
 * the owner's and the viewer's time, and actions: open, source, and Done for task-like items.
 */
import { describeWindow, formatDue } from "../time/display";
import { el } from "./element";
import { KIND_LABELS, noteName } from "./item-labels";
import type { QueueEntry, QueueReason } from "./queue-model";

/** The sentence for one reason. */
export function reasonText(reason: QueueReason, now: number): string {
  switch (reason.kind) {
    case "asked":
      return reason.team ? `Asked of ${reason.via} (your team)` : "Asked of you";
    case "blocking": {
      const names = reason.dependants.slice(0, 2).map((d) => (d.owner ? `${d.title} (${d.owner})` : d.title));
      const rest = reason.dependants.length - names.length;
      return `Blocks ${reason.dependants.length}: ${names.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
    }
    case "closing": {
      const window = describeWindow(now, reason.closesMs);
      return `Window ${window.text}`;
    }
  }
}

/** Builds the row (`data-id` = item id). */
export function renderQueueEntry(doc: Document, entry: QueueEntry, viewerZone: string, now: number): HTMLElement {
  const { item } = entry;
  const deadline = entry.reasons.some((r) => r.kind === "closing") ? item.windowCloses : item.due;
  const due = deadline ? formatDue(deadline, { ownerZone: entry.ownerZone, viewerZone, now }) : null;
  const taskLike = item.kind !== "decision";
  return el(doc, "li", { cls: `handoff-queue-entry${entry.overdue ? " is-overdue" : ""}`, attrs: { "data-id": item.id } }, [
    el(doc, "div", { cls: "handoff-queue-main" }, [
      el(doc, "div", { cls: "handoff-queue-head" }, [
        el(doc, "span", { cls: `handoff-badge handoff-kind-${item.kind}`, text: KIND_LABELS[item.kind] }),
        el(doc, "button", { cls: "handoff-queue-title", text: item.title, attrs: { type: "button", "data-action": "open", title: `Open ${item.path}` } }),
      ]),
      el(doc, "div", { cls: "handoff-queue-reasons" }, entry.reasons.map((r) => el(doc, "span", { cls: `handoff-queue-reason is-${r.kind}`, text: reasonText(r, now) }))),
      el(doc, "div", { cls: "handoff-queue-meta" }, [
        entry.overdue ? el(doc, "span", { cls: "handoff-card-overdue", text: "Overdue" }) : null,
        due ? el(doc, "span", { cls: "handoff-queue-due", text: `${deadline === item.due ? "Due" : entry.overdue ? "Closed" : "Closes"} ${due.text}` }) : null,
        item.respondBy ? el(doc, "span", { cls: "handoff-queue-respond-by", text: `Answer by ${formatDue(item.respondBy, { ownerZone: null, viewerZone, now }).text}` }) : null,
        item.kind === "request" && item.owner ? el(doc, "span", { cls: "handoff-queue-owner", text: `from ${item.owner}` }) : null,
      ]),
    ]),
    el(doc, "div", { cls: "handoff-queue-actions" }, [
      item.sourcePath ? el(doc, "button", { cls: "handoff-card-source", text: noteName(item.sourcePath), attrs: { type: "button", "data-action": "source", title: `Open ${item.sourcePath}` } }) : null,
      taskLike ? el(doc, "button", { cls: "handoff-queue-done", text: "Done", attrs: { type: "button", "data-action": "done", "aria-label": `Mark "${item.title}" done` } }) : null,
    ]),
  ]);
}
