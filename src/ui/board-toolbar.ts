/**
 * The board's filter bar: free text, person, channel, tag, grouping, a count of what is shown
 * and a button to clear the filters. It owns no state: it reports every change to the board,
 * which keeps the filter and grouping as UI state and feeds the menus their options.
 */
import { NO_FILTER, normaliseTag, type BoardFilter, type FilterOptions } from "./board-filter";
import { BOARD_GROUPINGS, GROUPING_LABELS, isBoardGrouping, type BoardGrouping } from "./board-grouping";
import { el } from "./element";
import { ANY_VALUE, fillSelect, filterSelect, selectedValue } from "./select-menu";

/** What the toolbar reports. */
export interface ToolbarChange {
  readonly filter: BoardFilter;
  readonly grouping: BoardGrouping;
}

/** The toolbar element and its controls. */
export class BoardToolbar {
  readonly element: HTMLElement;
  readonly search: HTMLInputElement;
  private readonly person: HTMLSelectElement;
  private readonly channel: HTMLSelectElement;
  private readonly tag: HTMLSelectElement;
  private readonly grouping: HTMLSelectElement;
  private readonly count: HTMLElement;
  private readonly clearButton: HTMLButtonElement;

  constructor(doc: Document, private readonly onChange: (change: ToolbarChange) => void) {
    this.search = el(doc, "input", {
      cls: "handoff-toolbar-search",
      attrs: { type: "search", placeholder: "Filter cards…", "aria-label": "Filter cards by text", spellcheck: "false" },
    });
    this.person = filterSelect(doc, "Filter by person", "Anyone");
    this.channel = filterSelect(doc, "Filter by channel", "All channels");
    this.tag = filterSelect(doc, "Filter by tag", "All tags");
    this.grouping = el(doc, "select", { cls: "handoff-toolbar-select", attrs: { "aria-label": "Group cards by" } },
      BOARD_GROUPINGS.map((g) => el(doc, "option", { text: `Group: ${GROUPING_LABELS[g]}`, attrs: { value: g } })));
    this.count = el(doc, "span", { cls: "handoff-toolbar-count", attrs: { "aria-live": "polite" } });
    this.clearButton = el(doc, "button", { cls: "handoff-toolbar-clear", text: "Clear filters", attrs: { type: "button" } });
    this.element = el(doc, "div", { cls: "handoff-toolbar", attrs: { role: "search", "aria-label": "Board filters" } }, [
      this.search, this.person, this.channel, this.tag, this.grouping, this.count, this.clearButton,
    ]);
    this.search.addEventListener("input", this.emit);
    for (const select of [this.person, this.channel, this.tag, this.grouping]) select.addEventListener("change", this.emit);
    this.clearButton.addEventListener("click", () => {
      this.set(NO_FILTER, this.currentGrouping());
      this.emit();
    });
  }

  private readonly emit = (): void => {
    this.onChange({ filter: this.currentFilter(), grouping: this.currentGrouping() });
  };

  private currentGrouping(): BoardGrouping {
    return isBoardGrouping(this.grouping.value) ? this.grouping.value : "status";
  }

  private currentFilter(): BoardFilter {
    return { person: selectedValue(this.person), channel: selectedValue(this.channel), tag: selectedValue(this.tag), text: this.search.value };
  }

  /** Refills the menus from `options`, keeping a selected value even if no item has it any more. */
  setOptions(options: FilterOptions, filter: BoardFilter): void {
    fillSelect(this.person, options.people, filter.person);
    fillSelect(this.channel, options.channels, filter.channel);
    fillSelect(this.tag, options.tags.map((t) => `#${t}`), filter.tag === null ? null : `#${normaliseTag(filter.tag)}`, (t) => t.slice(1));
  }

  /** Shows `filter` and `grouping` in the controls (without reporting a change). */
  set(filter: BoardFilter, grouping: BoardGrouping): void {
    this.search.value = filter.text;
    this.person.value = filter.person ?? ANY_VALUE;
    this.channel.value = filter.channel ?? ANY_VALUE;
    this.tag.value = filter.tag === null ? ANY_VALUE : normaliseTag(filter.tag);
    this.grouping.value = grouping;
  }

  /** Updates "312 of 2,000 cards" and whether "Clear filters" is offered. */
  setCount(shown: number, total: number, filtered: boolean): void {
    this.count.textContent = filtered ? `${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} cards` : `${total.toLocaleString("en-US")} cards`;
    this.clearButton.disabled = !filtered;
  }
}
