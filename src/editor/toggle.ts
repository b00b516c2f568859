import { StateEffect, StateField, type EditorState, type Extension } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";

/** Turns inline highlighting on (`true`) or off (`false`) in one editor. */
export const setHighlightingEffect = StateEffect.define<boolean>();

/**
 * Whether inline highlighting is on in an editor. Off means no decorations, no tooltips and no
 * extraction work at all; `itemAtCursor` still answers (commands work with highlighting off).
 */
export const highlightingEnabled = StateField.define<boolean>({
  create: () => true,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setHighlightingEffect)) value = effect.value;
    return value;
  },
});

/** The field, starting on or off as `initiallyOn()` says when each editor state is created. */
export function highlightingField(initiallyOn: () => boolean): Extension {
  return highlightingEnabled.init(() => initiallyOn());
}

/** True when highlighting is on in `state` (false when the extension is not installed). */
export function isHighlighting(state: EditorState): boolean {
  return state.field(highlightingEnabled, false) ?? false;
}

/** Turns highlighting on or off in `view`, without reloading anything. */
export function setHighlighting(view: EditorView, on: boolean): void {
  if (view.state.field(highlightingEnabled, false) === undefined) {
    throw new Error("setHighlighting: this editor has no Handoff highlighting extension (add handoffEditor(host) to it first)");
  }
  view.dispatch({ effects: setHighlightingEffect.of(on) });
}

/** Flips highlighting in `view` and returns the new state (the "toggle inline highlighting" command). */
export function toggleHighlighting(view: EditorView): boolean {
  const on = !isHighlighting(view.state);
  setHighlighting(view, on);
  return on;
}
