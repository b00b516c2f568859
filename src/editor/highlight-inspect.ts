import type { EditorView } from "@codemirror/view";
import type { ItemKind } from "../model/kind";
import { highlightPlugin, type HighlightStats } from "./highlight-plugin";
import { groupOf, type HighlightKind, type TrackState } from "./span-marks";

/** A highlighted span as drawn now. */
export interface HighlightedSpan {
  readonly from: number;
  readonly to: number;
  /** The CSS kind (`window` for decision windows) and tracked state. */
  readonly kind: HighlightKind;
  readonly state: TrackState;
  /** Every candidate kind on the span, highest precedence first. */
  readonly kinds: readonly ItemKind[];
}

/**
 * The spans highlighted in `view` now (visible ranges only), in document order; empty when the
 * extension is missing, off or failed. For tests, the benchmark and "next item" style commands.
 */
export function highlightedSpans(view: EditorView): HighlightedSpan[] {
  const plugin = view.plugin(highlightPlugin);
  const spans: HighlightedSpan[] = [];
  plugin?.decorations.between(0, view.state.doc.length, (from, to, deco) => {
    const group = groupOf(deco);
    if (group) spans.push({ from, to, kind: group.kind, state: group.state, kinds: group.candidates.map((c) => c.kind) });
  });
  return spans;
}

/** What the highlighter of `view` did so far (timings, extraction counts), or null without the extension. */
export function highlightStats(view: EditorView): HighlightStats | null {
  return view.plugin(highlightPlugin)?.stats() ?? null;
}
