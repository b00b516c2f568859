import { hoverTooltip, type EditorView, type Tooltip } from "@codemirror/view";
import type { Extension } from "@codemirror/state";
import type { Item } from "../model/item";
import { editorHost } from "./host";
import { highlightPlugin } from "./highlight-plugin";
import { groupOf, placeGroup } from "./span-marks";
import { isHighlighting } from "./toggle";
import { tooltipEntries, type TooltipEntry, type TooltipTime } from "./tooltip-model";

/** Hover delay before the tooltip shows, in ms (CodeMirror's default is 300). */
const HOVER_MS = 300;

/**
 * The hover tooltip over highlighted spans: kind, tracked or new, status, owner, the deadline
 * in the writer's and the viewer's zone with "in 2 days", a decision window's close, and an
 * "Open item" button for tracked items. Nothing shows when highlighting is off or has failed.
 * The keyboard route to the same facts is `itemAtCursor` (commands).
 */
export function highlightTooltip(): Extension {
  return hoverTooltip(spanTooltip, { hideOnChange: true, hoverTime: HOVER_MS });
}

/** The tooltip for `pos`, or null. Errors blow the editor's fuse and show nothing. */
export function spanTooltip(view: EditorView, pos: number, side: -1 | 1): Tooltip | null {
  const plugin = view.plugin(highlightPlugin);
  if (plugin === null || !isHighlighting(view.state)) return null;
  return plugin.guard.guard(() => {
    const host = view.state.facet(editorHost);
    if (host === null) return null;
    let start = Infinity;
    let end = -Infinity;
    const entries: TooltipEntry[] = [];
    const ctx = { now: host.now(), viewerZone: host.viewerZone(), writerZone: plugin.preparedNote(view)?.writerZone ?? null };
    plugin.decorations.between(pos, pos, (from, to, deco) => {
      const group = groupOf(deco);
      if (group === null || (from === pos && side < 0) || (to === pos && side > 0)) return;
      start = Math.min(start, from);
      end = Math.max(end, to);
      entries.push(...tooltipEntries(placeGroup(group, from, view.state.doc), group.items, ctx));
    });
    if (entries.length === 0) return null;
    return {
      pos: start,
      end,
      above: true,
      create: () => ({
        dom: plugin.guard.guard(() => renderTooltip(entries, (item) => plugin.guard.guard(() => host.onOpenItem(item)))) ?? document.createElement("div"),
      }),
    };
  });
}

/** The tooltip's DOM (classes styled in `styles/editor.css`). */
export function renderTooltip(entries: readonly TooltipEntry[], openItem: (item: Item) => void): HTMLElement {
  const root = el("div", "handoff-tooltip");
  root.setAttribute("role", "tooltip");
  for (const entry of entries) {
    const section = el("section", `handoff-tooltip-entry ${entry.tracked ? "is-tracked" : "is-new"}`);
    const head = el("div", "handoff-tooltip-head");
    head.append(el("span", "handoff-tooltip-kind", entry.kindLabel), el("span", "handoff-tooltip-track", entry.trackLabel));
    section.append(head);
    const fields = el("dl", "handoff-tooltip-fields");
    field(fields, "Status", entry.status, "status");
    field(fields, "Owner", entry.owner ?? (entry.status === null ? null : "nobody named"), "owner");
    field(fields, "Asked / waiting on", entry.parties, "parties");
    if (entry.due) timeField(fields, "Due", entry.due, "due");
    if (entry.windowCloses) timeField(fields, "Window closes", entry.windowCloses, "window");
    if (fields.childElementCount > 0) section.append(fields);
    const item = entry.item;
    if (item) {
      const open = el("button", "handoff-tooltip-open", "Open item");
      open.type = "button";
      open.setAttribute("aria-label", `Open item: ${item.title}`);
      open.addEventListener("mousedown", (e) => e.preventDefault());
      open.addEventListener("click", () => openItem(item));
      section.append(open);
    }
    root.append(section);
  }
  return root;
}

function timeField(list: HTMLElement, label: string, time: TooltipTime, name: string): void {
  const value = el("div", "handoff-tooltip-time");
  if (time.text === null) {
    value.append(el("div", "handoff-tooltip-writer", time.iso));
  } else {
    const relative = el("div", `handoff-tooltip-relative${time.text.past ? " is-past" : ""}`, time.text.relative);
    if (time.phrase) relative.append(el("span", "handoff-tooltip-phrase", ` · “${time.phrase}”`));
    value.append(relative);
    if (time.text.writer) value.append(el("div", "handoff-tooltip-writer", `${time.text.writer} (writer's time)`));
    value.append(el("div", "handoff-tooltip-viewer", `${time.text.viewer} (your time)`));
  }
  append(list, label, value, name);
}

function field(list: HTMLElement, label: string, value: string | null, name: string): void {
  if (value !== null) append(list, label, el("span", "", value), name);
}

function append(list: HTMLElement, label: string, value: HTMLElement, name: string): void {
  const dd = el("dd", `handoff-tooltip-${name}`);
  dd.append(value);
  list.append(el("dt", "", label), dd);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
