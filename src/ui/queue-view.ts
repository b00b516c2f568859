/**
 * "Waiting on me": what the viewer owes others, overdue first (see queue-model.ts for the
 * sections). Rows open the item or its source, and task-like rows have a Done button that goes
 * out through `host.onSetStatus`. Relative texts ("closes in 3h") refresh every minute.
 *
 * ```ts
 * const queue = new QueueView(container, host);
 * queue.setState({ items, viewer, directory });
 * queue.destroy();
 * ```
 */
import type { Item } from "../model/item";
import { clear, el, eventElement } from "./element";
import { ItemGraph } from "./item-graph";
import { QUEUE_SECTIONS, buildQueue } from "./queue-model";
import { renderQueueEntry } from "./queue-entry";
import { emptyPanel, renderStatePanel, statePanel, type PanelContent } from "./state-panel";
import { assertAlive, requestStatus, type HandoffView, type ViewHost, type ViewState } from "./view-host";
import { renderSection } from "./view-section";

/** How often relative texts are refreshed from `host.now()`. */
export const QUEUE_REFRESH_MS = 60_000;

/** The "waiting on me" view. */
export class QueueView implements HandoffView {
  private readonly doc: Document;
  private readonly root: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private readonly timer: number;
  private state: ViewState | null = null;
  private graph: ItemGraph | null = null;
  private destroyed = false;

  constructor(container: HTMLElement, private readonly host: ViewHost) {
    const doc = (this.doc = container.ownerDocument);
    this.summary = el(doc, "p", { cls: "handoff-queue-summary" });
    this.status = el(doc, "div", { cls: "handoff-status-line", attrs: { role: "status", "aria-live": "polite" } });
    this.body = el(doc, "div", { cls: "handoff-queue-body" });
    this.root = el(doc, "div", { cls: "handoff-view handoff-queue", attrs: { "data-handoff-view": "queue" } }, [
      el(doc, "h2", { cls: "handoff-view-title", text: "Waiting on me" }),
      this.summary,
      this.status,
      this.body,
    ]);
    container.appendChild(this.root);
    this.root.addEventListener("click", this.onClick);
    this.timer = window.setInterval(() => this.render(), QUEUE_REFRESH_MS);
  }

  /** Renders from a new snapshot. */
  setState(state: ViewState): void {
    assertAlive(this.destroyed, "QueueView");
    this.state = state;
    this.graph = ItemGraph.from(state.items);
    this.render();
  }

  private render(): void {
    const state = this.state;
    const graph = this.graph;
    if (!state || !graph) return;
    const panel = statePanel(state, this.host);
    if (panel) return this.showPanel(panel);
    const person = state.viewer.person;
    if (person === null) {
      return this.showPanel(emptyPanel(
        "Who are you?",
        "Choose your People note under \"Who am I\" in Handoff's settings (device section). This view then lists what your team is waiting on you for.",
        { label: "Open settings", run: this.host.onOpenSettings?.bind(this.host) },
      ));
    }
    const now = Date.parse(this.host.now());
    const queue = buildQueue(state.items, graph, person, state.directory, state.viewer.zone, now);
    const total = QUEUE_SECTIONS.reduce((n, s) => n + queue[s.id].length, 0);
    if (total === 0) {
      return this.showPanel(emptyPanel(
        "Nothing is waiting on you",
        "Requests addressed to you or your teams, your tasks that block someone, and decisions you own that close within 24 hours show up here.",
      ));
    }
    this.summary.hidden = false;
    this.summary.textContent = `${person.name} · ${total} ${total === 1 ? "item" : "items"}${queue.overdue.length > 0 ? `, ${queue.overdue.length} overdue` : ""}`;
    clear(this.body);
    for (const section of QUEUE_SECTIONS) {
      const entries = queue[section.id];
      if (entries.length === 0) continue;
      this.body.appendChild(renderSection(this.doc, { prefix: "queue", id: section.id, label: section.label, count: entries.length }, [
        el(this.doc, "ul", { cls: "handoff-queue-list" }, entries.map((entry) => renderQueueEntry(this.doc, entry, state.viewer.zone, now))),
      ]));
    }
  }

  private showPanel(content: PanelContent): void {
    this.summary.hidden = true;
    clear(this.body);
    this.body.appendChild(renderStatePanel(this.doc, content));
  }

  private readonly onClick = (event: MouseEvent): void => {
    const target = eventElement(event);
    const action = target?.closest<HTMLElement>("[data-action]")?.dataset.action;
    const id = target?.closest<HTMLElement>(".handoff-queue-entry")?.dataset.id;
    const item: Item | undefined = id ? this.graph?.get(id) : undefined;
    if (!item || !action) return;
    if (action === "open") this.host.onOpenItem(item);
    else if (action === "source") this.host.onOpenSource(item);
    else if (action === "done") {
      this.status.textContent = `Marking "${item.title}" done…`;
      requestStatus(this.host, item, "done", (message) => (this.status.textContent = message));
    }
  };

  /** Stops the refresh timer and removes the view from its container. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    window.clearInterval(this.timer);
    this.root.remove();
    this.state = null;
    this.graph = null;
  }
}
