/**
 * Team time: a row per person across one day of the viewer's clock, with working hours and
 * deep work shaded, days off and out-of-office days marked, a now line, each person's local time
 * and what they are doing, and the slot finder below (tick people in the rows, pick a length,
 * "Find slots"; choosing a slot hands it to the host to copy or insert). Plain DOM, no
 * `obsidian`: the plugin mounts it in a pane, tests in a Chromium page.
 *
 * ```ts
 * const view = new TeamTimeView(container, host);
 * view.setState({ directory, settings, viewer });
 * view.focusFinder(["Maya Chen"]);
 * view.destroy();
 * ```
 */
import { isKnownZone, zoneAbbreviation } from "../time/display";
import { findSlots, type Slot } from "../time/slots";
import { TeamAvailability } from "../time/team-availability";
import { addDays } from "../time/wall-clock";
import { clear, el, eventElement } from "./element";
import { renderStatePanel, errorPanel, LOADING_PANEL } from "./state-panel";
import { renderFinder, renderSlot, slotText, type FinderParts } from "./team-time-finder";
import type { TeamTimeHost, TeamTimeState, TeamTimeViewApi } from "./team-time-host";
import { buildTimeline, localDateOf, type Timeline, type TimelineRow } from "./team-time-model";
import { assertAlive } from "./view-host";

/** How often the now line and the statuses are refreshed from `host.now()`. */
export const TEAM_TIME_REFRESH_MS = 60_000;
/** How many slots the finder lists. */
export const FINDER_LIMIT = 8;

const PRESENCE_LABEL: Readonly<Record<TimelineRow["presence"], string>> = {
  working: "working",
  "deep-work": "deep work",
  "off-hours": "off hours",
  "day-off": "day off",
  "out-of-office": "out of office",
};

/** The team time view. */
export class TeamTimeView implements TeamTimeViewApi {
  private readonly doc: Document;
  private readonly root: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private readonly finder: FinderParts;
  private readonly timer: number;
  private state: TeamTimeState | null = null;
  private team: TeamAvailability | null = null;
  /** The viewer date shown; null follows today. */
  private date: string | null = null;
  /** Names ticked for the slot finder; null until the first state (then the viewer is ticked). */
  private picked: Set<string> | null = null;
  private slots: readonly Slot[] = [];
  private chosen: Slot | null = null;
  private destroyed = false;

  constructor(container: HTMLElement, private readonly host: TeamTimeHost) {
    const doc = (this.doc = container.ownerDocument);
    const nav = (label: string, action: string, text: string): HTMLButtonElement => el(doc, "button", { cls: "handoff-tt-nav", text, attrs: { type: "button", "data-action": action, "aria-label": label } });
    this.heading = el(doc, "h2", { cls: "handoff-view-title handoff-tt-date" });
    this.caption = el(doc, "p", { cls: "handoff-tt-caption" });
    this.status = el(doc, "div", { cls: "handoff-status-line", attrs: { role: "status", "aria-live": "polite" } });
    this.body = el(doc, "div", { cls: "handoff-tt-body" });
    this.finder = renderFinder(doc);
    this.root = el(doc, "div", { cls: "handoff-view handoff-team-time", attrs: { "data-handoff-view": "team-time" } }, [
      el(doc, "div", { cls: "handoff-tt-header" }, [
        nav("Previous day", "prev", "‹"),
        el(doc, "div", { cls: "handoff-tt-heading" }, [this.heading, this.caption]),
        nav("Show today", "today", "Today"),
        nav("Next day", "next", "›"),
      ]),
      this.status,
      this.body,
      this.finder.root,
    ]);
    container.appendChild(this.root);
    this.root.addEventListener("click", this.onClick);
    this.root.addEventListener("change", this.onChange);
    this.timer = window.setInterval(() => this.render(), TEAM_TIME_REFRESH_MS);
  }

  setState(state: TeamTimeState): void {
    assertAlive(this.destroyed, "TeamTimeView");
    this.state = state;
    this.team = TeamAvailability.of(state.directory, state.settings);
    if (this.picked === null && state.viewer.person) this.picked = new Set([state.viewer.person.name]);
    const known = new Set(state.directory.people.map((p) => p.name));
    if (this.picked) for (const name of [...this.picked]) if (!known.has(name)) this.picked.delete(name);
    this.slots = [];
    this.chosen = null;
    clear(this.finder.results);
    this.render();
  }

  focusFinder(people?: readonly string[]): void {
    assertAlive(this.destroyed, "TeamTimeView");
    if (people && this.team) {
      const { people: found } = this.team.resolveNames(people);
      this.picked = new Set(found.map((a) => a.name));
      this.render();
    }
    this.finder.root.scrollIntoView?.({ block: "nearest" });
    this.finder.find.focus();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    window.clearInterval(this.timer);
    this.root.removeEventListener("click", this.onClick);
    this.root.removeEventListener("change", this.onChange);
    this.root.remove();
  }

  private render(): void {
    const state = this.state;
    const team = this.team;
    if (!state || !team) return;
    if (state.loading) return this.showPanel(renderStatePanel(this.doc, LOADING_PANEL));
    const problem = state.error ?? (isKnownZone(state.viewer.zone) ? null : `Your time zone "${state.viewer.zone}" is not a known IANA zone name (for example "Europe/London"): fix "timezone" in your People note or the device time zone in Handoff's settings.`);
    if (problem) return this.showPanel(renderStatePanel(this.doc, errorPanel(problem, this.host.onRetry?.bind(this.host))));
    if (state.directory.people.length === 0) {
      return this.showPanel(renderStatePanel(this.doc, {
        kind: "empty",
        title: "No People notes yet",
        detail: `Add a note per teammate under ${state.settings.peopleFolder}/ with "timezone" (like Asia/Singapore), "hours" (like "09:00-17:30") and "workdays". Their rows appear here.`,
      }));
    }
    this.finder.root.hidden = false;
    const now = Date.parse(this.host.now());
    const zone = state.viewer.zone;
    const timeline = buildTimeline(team, state.directory.people, zone, this.date ?? localDateOf(now, zone), now);
    this.heading.textContent = timeline.dateLabel;
    this.caption.textContent = `Times in ${zone} (${zoneAbbreviation(zone, timeline.start)})${timeline.nowFraction === null ? "" : ", now line at your time"}`;
    clear(this.body);
    this.body.appendChild(this.renderGrid(timeline, state.viewer.person?.name ?? null));
    this.renderHint();
  }

  /** The finder's line saying who is ticked, and whether "Find slots" can run. */
  private renderHint(): void {
    const count = this.picked?.size ?? 0;
    this.finder.hint.textContent = count === 0 ? "Tick the people to meet in the rows above." : `${count} ${count === 1 ? "person" : "people"} ticked: ${[...(this.picked ?? [])].join(", ")}.`;
    this.finder.find.disabled = count === 0;
  }

  private renderGrid(timeline: Timeline, me: string | null): HTMLElement {
    const doc = this.doc;
    const position = (node: HTMLElement, start: number, end: number): HTMLElement => {
      node.style.setProperty("--handoff-tt-start", `${(start * 100).toFixed(3)}%`);
      node.style.setProperty("--handoff-tt-width", `${((end - start) * 100).toFixed(3)}%`);
      return node;
    };
    const ticks = timeline.ticks.map((t) => position(el(doc, "span", { cls: "handoff-tt-tick", text: t.label, attrs: { "aria-hidden": "true" } }), t.fraction, t.fraction));
    const band = this.chosen && this.chosen.end > timeline.start && this.chosen.start < timeline.end
      ? { start: (Math.max(this.chosen.start, timeline.start) - timeline.start) / (timeline.end - timeline.start), end: (Math.min(this.chosen.end, timeline.end) - timeline.start) / (timeline.end - timeline.start) }
      : null;
    const rows = timeline.rows.map((row) => {
      const name = row.person.name;
      const box = el(doc, "input", { cls: "handoff-tt-pick", attrs: { type: "checkbox", "data-person": name, "aria-label": `Include ${name} in the slot finder` } });
      box.checked = this.picked?.has(name) ?? false;
      const track = el(doc, "div", { cls: "handoff-tt-track", attrs: { "aria-hidden": "true" } }, [
        ...row.segments.map((s) => position(el(doc, "div", { cls: `handoff-tt-seg is-${s.kind}`, attrs: { "data-kind": s.kind, title: `${s.kind === "work" ? "Working hours" : s.kind === "deep-work" ? "Deep work" : s.kind === "day-off" ? "Day off" : "Out of office"} ${s.label}` } }), s.start, s.end)),
        timeline.nowFraction === null ? null : position(el(doc, "div", { cls: "handoff-tt-now" }), timeline.nowFraction, timeline.nowFraction),
        band ? position(el(doc, "div", { cls: "handoff-tt-slot" }), band.start, band.end) : null,
      ]);
      const person = this.host.onOpenPerson
        ? el(doc, "button", { cls: "handoff-tt-name", text: name, attrs: { type: "button", "data-action": "person", "data-person": name, title: `Open ${row.person.path}` } })
        : el(doc, "span", { cls: "handoff-tt-name", text: name });
      return el(doc, "li", {
        cls: `handoff-tt-row is-${row.presence}${name === me ? " is-me" : ""}`,
        attrs: { "data-person": name, "data-presence": row.presence, "aria-label": `${name}${name === me ? " (you)" : ""}: ${row.localNow}, ${PRESENCE_LABEL[row.presence]}. ${row.status}.` },
      }, [
        el(doc, "div", { cls: "handoff-tt-who" }, [
          box,
          el(doc, "div", { cls: "handoff-tt-who-text" }, [
            person,
            el(doc, "span", { cls: "handoff-tt-local", text: row.localNow }),
            el(doc, "span", { cls: "handoff-tt-status", text: row.status, attrs: { title: row.status } }),
          ]),
        ]),
        track,
      ]);
    });
    return el(doc, "div", { cls: "handoff-tt-grid" }, [
      el(doc, "div", { cls: "handoff-tt-axis", attrs: { "aria-hidden": "true" } }, [el(doc, "div", { cls: "handoff-tt-who" }), el(doc, "div", { cls: "handoff-tt-hours" }, ticks)]),
      el(doc, "ul", { cls: "handoff-tt-rows", attrs: { "aria-label": `The team on ${timeline.dateLabel}` } }, rows),
    ]);
  }

  private showPanel(panel: HTMLElement): void {
    clear(this.body);
    this.body.appendChild(panel);
    this.finder.root.hidden = true;
  }

  private find(): void {
    const team = this.team;
    const state = this.state;
    if (!team || !state || !this.picked || this.picked.size === 0) return;
    const people = team.resolveNames([...this.picked]).people;
    const now = Date.parse(this.host.now());
    this.slots = findSlots({ people, durationMinutes: Number(this.finder.duration.value), from: now, days: Number(this.finder.days.value), limit: FINDER_LIMIT });
    this.chosen = null;
    clear(this.finder.results);
    if (this.slots.length === 0) {
      this.finder.results.appendChild(el(this.doc, "li", { cls: "handoff-tt-none", text: "No time fits: someone is out of office, in deep work or off the whole range, or the meeting cannot fit 07:00-22:00 for everyone. Look further ahead or tick fewer people." }));
    } else {
      this.slots.forEach((slot, i) => this.finder.results.appendChild(renderSlot(this.doc, slot, state.viewer.zone, i)));
    }
    this.status.textContent = `${this.slots.length} slot${this.slots.length === 1 ? "" : "s"} found.`;
    this.render();
  }

  private choose(slot: Slot): void {
    const state = this.state;
    if (!state) return;
    this.chosen = slot;
    this.date = localDateOf(slot.start, state.viewer.zone);
    for (const button of Array.from(this.finder.results.querySelectorAll(".handoff-tt-result"))) button.classList.toggle("is-chosen", button.getAttribute("data-start") === String(slot.start));
    this.render();
    const text = slotText(slot, state.viewer.zone);
    const fail = (error: unknown): void => void (this.status.textContent = `Could not use the slot: ${error instanceof Error ? error.message : String(error)}`);
    try {
      const done = this.host.onPickSlot(slot, text);
      this.status.textContent = `Chosen: ${text}`;
      if (done) done.catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  private readonly onClick = (event: Event): void => {
    const target = eventElement(event);
    const action = target?.closest("[data-action]")?.getAttribute("data-action");
    const state = this.state;
    if (!state) return;
    const today = localDateOf(Date.parse(this.host.now()), state.viewer.zone);
    if (action === "prev" || action === "next") {
      this.date = addDays(this.date ?? today, action === "prev" ? -1 : 1);
      return this.render();
    }
    if (action === "today") {
      this.date = null;
      return this.render();
    }
    if (action === "person") {
      const name = target?.closest("[data-person]")?.getAttribute("data-person");
      const person = state.directory.people.find((p) => p.name === name);
      if (person) this.host.onOpenPerson?.(person);
      return;
    }
    if (target?.closest(".handoff-tt-find")) return this.find();
    const result = target?.closest(".handoff-tt-result");
    if (result) {
      const slot = this.slots[Number(result.getAttribute("data-index"))];
      if (slot) this.choose(slot);
    }
  };

  private readonly onChange = (event: Event): void => {
    const target = eventElement(event);
    if (!target?.classList.contains("handoff-tt-pick")) return;
    const name = target.getAttribute("data-person");
    if (!name) return;
    this.picked ??= new Set();
    if ((target as HTMLInputElement).checked) this.picked.add(name);
    else this.picked.delete(name);
    this.renderHint();
  };
}
