/**
 * The decision log: open decisions with a live countdown to their window's close, then
 * contested, adopted, withdrawn and superseded ones, filterable by owner and decision type.
 *
 * The countdown ticks once a second from `host.now()` on a timer the view starts when it is
 * created and stops in {@link DecisionLogView.destroy}; only the countdown texts change on a
 * tick. Long sections show their first {@link SECTION_PAGE} decisions with "Show more".
 *
 * ```ts
 * const log = new DecisionLogView(container, host);
 * log.setState({ items, viewer, directory });
 * log.destroy();
 * ```
 */
import { clear, el, eventElement } from "./element";
import { ALL_DECISIONS, buildDecisionLog, type DecisionFilter } from "./decision-log-model";
import { renderDecision, updateCountdown } from "./decision-entry";
import type { Item } from "../model/item";
import { OwnerZones } from "./owner-zones";
import { fillSelect, filterSelect, selectedValue } from "./select-menu";
import { emptyPanel, renderStatePanel, statePanel, type PanelContent } from "./state-panel";
import { assertAlive, type HandoffView, type ViewHost, type ViewState } from "./view-host";
import { renderSection } from "./view-section";

/** Countdown tick interval. */
export const COUNTDOWN_TICK_MS = 1000;
/** Decisions shown per section before "Show more". */
export const SECTION_PAGE = 50;

/** The decision log view. */
export class DecisionLogView implements HandoffView {
  private readonly doc: Document;
  private readonly root: HTMLElement;
  private readonly toolbar: HTMLElement;
  private readonly owner: HTMLSelectElement;
  private readonly type: HTMLSelectElement;
  private readonly count: HTMLElement;
  private readonly body: HTMLElement;
  private readonly timer: number;
  private state: ViewState | null = null;
  private byId = new Map<string, Item>();
  private filter: DecisionFilter = ALL_DECISIONS;
  private readonly expanded = new Set<string>();
  private destroyed = false;

  constructor(container: HTMLElement, private readonly host: ViewHost) {
    const doc = (this.doc = container.ownerDocument);
    this.owner = filterSelect(doc, "Filter decisions by owner", "All owners");
    this.type = filterSelect(doc, "Filter decisions by type", "All types");
    this.count = el(doc, "span", { cls: "handoff-toolbar-count", attrs: { "aria-live": "polite" } });
    this.toolbar = el(doc, "div", { cls: "handoff-toolbar", attrs: { role: "search", "aria-label": "Decision filters" } }, [this.owner, this.type, this.count]);
    this.body = el(doc, "div", { cls: "handoff-log-body" });
    this.root = el(doc, "div", { cls: "handoff-view handoff-log", attrs: { "data-handoff-view": "decision-log" } }, [
      el(doc, "h2", { cls: "handoff-view-title", text: "Decision log" }),
      this.toolbar,
      this.body,
    ]);
    container.appendChild(this.root);
    for (const select of [this.owner, this.type]) {
      select.addEventListener("change", () => {
        this.filter = { owner: selectedValue(this.owner), type: selectedValue(this.type) };
        this.render();
      });
    }
    this.root.addEventListener("click", this.onClick);
    this.timer = window.setInterval(() => this.tick(), COUNTDOWN_TICK_MS);
  }

  /** Renders from a new snapshot, keeping the filters and expanded sections. */
  setState(state: ViewState): void {
    assertAlive(this.destroyed, "DecisionLogView");
    this.state = state;
    this.byId = new Map(state.items.map((item) => [item.id, item]));
    this.render();
  }

  private render(): void {
    const state = this.state;
    if (!state) return;
    const panel = statePanel(state, this.host);
    if (panel) return this.showPanel(panel);
    const log = buildDecisionLog(state.items, this.filter);
    if (log.total === 0) {
      return this.showPanel(emptyPanel(
        "No decisions yet",
        "Write \"Decision: we go with … because …\" or \"I'm proceeding with … at 3pm Friday unless someone raises a blocker\" in a note, or run Scan vault.",
        { label: "Scan vault", run: this.host.onScanVault?.bind(this.host) },
      ));
    }
    this.toolbar.hidden = false;
    fillSelect(this.owner, log.owners, this.filter.owner);
    fillSelect(this.type, log.types, this.filter.type);
    this.count.textContent = log.shown === log.total ? `${log.total} decisions` : `${log.shown} of ${log.total} decisions`;
    const now = Date.parse(this.host.now());
    const zones = new OwnerZones(state.directory);
    const ctx = { doc: this.doc, viewerZone: state.viewer.zone, now, ownerZone: (owner: string | null) => zones.zoneOf(owner) };
    clear(this.body);
    if (log.shown === 0) {
      this.body.appendChild(el(this.doc, "p", { cls: "handoff-log-none", text: "No decisions match these filters." }));
      return;
    }
    for (const section of log.sections) {
      if (section.entries.length === 0) continue;
      const all = this.expanded.has(section.id);
      const visible = all ? section.entries : section.entries.slice(0, SECTION_PAGE);
      const more = section.entries.length - visible.length;
      this.body.appendChild(renderSection(this.doc, { prefix: "log", id: section.id, label: section.label, count: section.entries.length }, [
        el(this.doc, "div", { cls: "handoff-log-entries" }, visible.map((entry) => renderDecision(entry, ctx))),
        more > 0 ? el(this.doc, "button", { cls: "handoff-link-button handoff-log-more", text: `Show ${more} more`, attrs: { type: "button", "data-more": section.id } }) : null,
      ]));
    }
  }

  private showPanel(content: PanelContent): void {
    this.toolbar.hidden = true;
    clear(this.body);
    this.body.appendChild(renderStatePanel(this.doc, content));
  }

  /** Updates every countdown from `host.now()`. */
  private tick(): void {
    const countdowns = this.body.querySelectorAll<HTMLElement>(".handoff-countdown");
    if (countdowns.length === 0) return;
    const now = Date.parse(this.host.now());
    for (const countdown of Array.from(countdowns)) updateCountdown(countdown, now);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const target = eventElement(event);
    const more = target?.closest<HTMLElement>("[data-more]")?.dataset.more;
    if (more) {
      this.expanded.add(more);
      return this.render();
    }
    const action = target?.closest<HTMLElement>("[data-action]")?.dataset.action;
    const id = target?.closest<HTMLElement>(".handoff-decision")?.dataset.id;
    const item = id ? this.byId.get(id) : undefined;
    if (!item) return;
    if (action === "open") this.host.onOpenItem(item);
    else if (action === "source") this.host.onOpenSource(item);
  };

  /** Stops the countdown timer and removes the log from its container. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    window.clearInterval(this.timer);
    this.root.remove();
    this.state = null;
  }
}
