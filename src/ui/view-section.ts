/**
 * A titled section of a list view (decision log, "waiting on me"): an `h3` with the section's
 * label and count, labelling a `<section>` for screen readers, then the content.
 */
import { el, uniqueId } from "./element";

/** Builds `<section class="handoff-…-{id}" data-section="{id}">` with its heading and `children`. */
export function renderSection(doc: Document, section: { readonly prefix: string; readonly id: string; readonly label: string; readonly count: number }, children: readonly (Node | null)[]): HTMLElement {
  const headingId = uniqueId(`${section.prefix}-${section.id}`);
  return el(doc, "section", {
    cls: `handoff-section handoff-${section.prefix}-section handoff-${section.prefix}-${section.id}`,
    attrs: { "aria-labelledby": headingId, "data-section": section.id },
  }, [
    el(doc, "h3", { cls: "handoff-section-heading", attrs: { id: headingId } }, [
      el(doc, "span", { text: section.label }),
      el(doc, "span", { cls: "handoff-section-count", text: String(section.count) }),
    ]),
    ...children,
  ]);
}
