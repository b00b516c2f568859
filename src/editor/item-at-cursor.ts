import type { EditorView } from "@codemirror/view";
import type { Candidate } from "../model/candidate";
import type { Item } from "../model/item";
import { highlightPlugin } from "./highlight-plugin";
import { placeGroup } from "./span-marks";

/** The highlighted span under the cursor, for commands ("jump to item", "set status of item under cursor"). */
export interface SpanAtCursor {
  /** The span's highest-precedence candidate, with offsets and line as the note is now. */
  readonly candidate: Candidate;
  /** Its tracked item, or null when it is new and untracked (or an fyi). */
  readonly item: Item | null;
  /** Every candidate of the span (a sentence may carry several acts), highest precedence first. */
  readonly candidates: readonly Candidate[];
  readonly items: readonly (Item | null)[];
  /** The span in the note. */
  readonly from: number;
  readonly to: number;
}

/**
 * The candidate (and tracked item) whose span holds `pos` (default: the main cursor), the
 * innermost where spans nest, else the first span on `pos`'s line (so a cursor on a list
 * marker still finds its item); null when there is none, the editor has no Handoff extension
 * or context, or highlighting failed in it. Works with highlighting toggled off: the units
 * around the cursor are extracted on demand. The keyboard alternative to hovering.
 */
export function itemAtCursor(view: EditorView, pos: number = view.state.selection.main.head): SpanAtCursor | null {
  const plugin = view.plugin(highlightPlugin);
  if (plugin === null) return null;
  return plugin.guard.guard(() => {
    const line = view.state.doc.lineAt(pos);
    let inside: SpanAtCursor | null = null;
    let onLine: SpanAtCursor | null = null;
    for (const unit of plugin.marksNear(view, pos) ?? []) {
      for (const m of unit.marks ?? []) {
        const from = unit.from + m.from;
        const to = unit.from + m.to;
        const holds = from <= pos && pos <= to;
        if (holds ? inside !== null && to - from >= inside.to - inside.from : onLine !== null || from > line.to || to < line.from) continue;
        const candidates = placeGroup(m.group, from, view.state.doc);
        const span = { candidate: candidates[0], item: m.group.items[0], candidates, items: m.group.items, from, to };
        if (holds) inside = span;
        else onLine = span;
      }
    }
    return inside ?? onLine;
  });
}
