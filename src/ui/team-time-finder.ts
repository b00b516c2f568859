/**
 * The slot finder panel of the team time view: duration and range pickers, a "Find slots"
 * button and the list of slots found (best first, by `src/time/slots.ts`). The people are the
 * rows ticked in the timeline above. Each slot is a button: choosing it hands the slot and a
 * ready-to-paste line to the host, and marks it on the timeline.
 */
import { zoneAbbreviation } from "../time/display";
import { formatDuration } from "../time/duration-text";
import type { Slot } from "../time/slots";
import { el } from "./element";
import { clockIn, dayIn } from "./team-time-model";

/** Meeting lengths offered, in minutes. */
export const DURATIONS = [15, 30, 45, 60, 90] as const;
/** How far ahead to look, in days. */
export const RANGES = [1, 3, 7, 14] as const;

/** The finder's controls and result list. */
export interface FinderParts {
  readonly root: HTMLElement;
  readonly duration: HTMLSelectElement;
  readonly days: HTMLSelectElement;
  readonly find: HTMLButtonElement;
  readonly hint: HTMLElement;
  readonly results: HTMLElement;
}

/** Builds the (empty) finder panel. Defaults: 30 minutes, 7 days. */
export function renderFinder(doc: Document): FinderParts {
  const option = (value: number, label: string, selected: boolean): HTMLOptionElement => {
    const o = el(doc, "option", { text: label, attrs: { value: String(value) } });
    o.selected = selected;
    return o;
  };
  const duration = el(doc, "select", { cls: "dropdown handoff-tt-duration", attrs: { "aria-label": "Meeting length" } }, DURATIONS.map((m) => option(m, formatDuration(m), m === 30)));
  const days = el(doc, "select", { cls: "dropdown handoff-tt-days", attrs: { "aria-label": "Look ahead" } }, RANGES.map((d) => option(d, d === 1 ? "next 24 hours" : `next ${d} days`, d === 7)));
  const find = el(doc, "button", { cls: "mod-cta handoff-tt-find", text: "Find slots", attrs: { type: "button" } });
  const hint = el(doc, "p", { cls: "handoff-tt-hint" });
  const results = el(doc, "ol", { cls: "handoff-tt-results", attrs: { "aria-label": "Slots found, best first" } });
  const root = el(doc, "section", { cls: "handoff-tt-finder", attrs: { "aria-label": "Find a meeting slot" } }, [
    el(doc, "h3", { cls: "handoff-tt-finder-title", text: "Find a meeting slot" }),
    el(doc, "div", { cls: "handoff-tt-controls" }, [duration, days, find]),
    hint,
    results,
  ]);
  return { root, duration, days, find, hint, results };
}

/** "Tue 24 Nov 12:00-12:30 GMT" in `zone`. */
export function slotWhen(slot: Slot, zone: string): string {
  return `${dayIn(slot.start, zone)} ${clockIn(slot.start, zone)}-${clockIn(slot.end, zone)} ${zoneAbbreviation(zone, slot.start)}`;
}

/**
 * The line handed to the host when a slot is chosen: the time in the viewer's zone, then each
 * person's local time, marking who is outside their hours.
 * "Tue 24 Nov 12:00-12:30 GMT: Maya Chen 12:00 GMT, Daniel Lim 20:00 SGT (outside hours)".
 */
export function slotText(slot: Slot, zone: string): string {
  const people = slot.people.map((p) => `${p.name} ${clockIn(slot.start, p.zone)} ${zoneAbbreviation(p.zone, slot.start)}${p.inHours ? "" : " (outside hours)"}`);
  return `${slotWhen(slot, zone)}: ${people.join(", ")}`;
}

/** One result: a button with the time and a chip per person (`data-start` = epoch ms). */
export function renderSlot(doc: Document, slot: Slot, zone: string, index: number): HTMLElement {
  const summary = slot.outside === 0 ? "everyone in hours" : `${slot.outside} outside their hours`;
  const chips = slot.people.map((p) => el(doc, "span", {
    cls: `handoff-tt-chip${p.inHours ? "" : " is-outside"}`,
    text: `${p.name.split(" ")[0] ?? p.name} ${clockIn(slot.start, p.zone)}${p.inHours ? "" : ` +${formatDuration(p.reach)}`}`,
    attrs: { title: `${p.name}: ${clockIn(slot.start, p.zone)}-${clockIn(slot.end, p.zone)} ${zoneAbbreviation(p.zone, slot.start)}${p.inHours ? ", in hours" : `, ${formatDuration(p.reach)} outside hours`}` },
  }));
  const button = el(doc, "button", {
    cls: "handoff-tt-result",
    attrs: { type: "button", "data-start": String(slot.start), "data-index": String(index), "aria-label": `${slotText(slot, zone)}. ${summary}. Choose to copy or insert.` },
  }, [
    el(doc, "span", { cls: "handoff-tt-result-when", text: slotWhen(slot, zone) }),
    el(doc, "span", { cls: `handoff-tt-result-summary${slot.outside === 0 ? " is-good" : ""}`, text: summary }),
    el(doc, "span", { cls: "handoff-tt-chips" }, chips),
  ]);
  return el(doc, "li", {}, [button]);
}
