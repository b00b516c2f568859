/**
 * Filter menus (`<select>`) whose options follow the data: the first option means "any", then
 * one option per value. A selected value that no item has any more stays listed, so a filter
 * never silently resets under the user while the vault changes.
 */
import { clear, el } from "./element";

/** The value of the "any" option. */
export const ANY_VALUE = "";

/** A `<select>` labelled for screen readers, with `anyText` as the first option. */
export function filterSelect(doc: Document, ariaLabel: string, anyText: string): HTMLSelectElement {
  const select = el(doc, "select", { cls: "handoff-toolbar-select", attrs: { "aria-label": ariaLabel, "data-any": anyText } });
  select.appendChild(el(doc, "option", { text: anyText, attrs: { value: ANY_VALUE } }));
  return select;
}

/**
 * Replaces the options of `select` with "any" plus `values` (labels; `valueOf` maps a label to
 * its option value) and selects `selected` (a label), or "any" when null.
 */
export function fillSelect(select: HTMLSelectElement, values: readonly string[], selected: string | null, valueOf: (label: string) => string = (v) => v): void {
  const doc = select.ownerDocument;
  const list = selected !== null && !values.includes(selected) ? [selected, ...values] : values;
  clear(select);
  select.appendChild(el(doc, "option", { text: select.dataset.any ?? "Any", attrs: { value: ANY_VALUE } }));
  for (const label of list) select.appendChild(el(doc, "option", { text: label, attrs: { value: valueOf(label) } }));
  select.value = selected === null ? ANY_VALUE : valueOf(selected);
}

/** The selected value, or null for "any". */
export function selectedValue(select: HTMLSelectElement): string | null {
  return select.value === ANY_VALUE ? null : select.value;
}
