/**
 * The editor extension the plugin shell registers (`registerEditorExtension`): inline
 * highlighting of commitments, decisions, decision windows, requests, FYIs and dependencies as
 * you type, in source mode and live preview, with a hover tooltip and a keyboard route
 * (`itemAtCursor`). No `obsidian` import: it runs in a plain browser with real CodeMirror.
 * The host API is documented in `docs/editor.md`.
 */
import type { Extension } from "@codemirror/state";
import type { CandidateSource } from "./candidate-source";
import { extractorSource } from "./extractor-source";
import { candidateSource, highlightPlugin } from "./highlight-plugin";
import { editorHost, type HandoffEditorHost } from "./host";
import { highlightingField } from "./toggle";
import { highlightTooltip } from "./tooltip";

export type { HandoffEditorHost } from "./host";
export { refreshHighlights } from "./host";
export { isHighlighting, setHighlighting, toggleHighlighting } from "./toggle";
export { itemAtCursor, type SpanAtCursor } from "./item-at-cursor";
export { highlightStats, highlightedSpans, type HighlightedSpan } from "./highlight-inspect";
export { FAILURE_MESSAGE } from "./highlight-failure";

/** Options of {@link handoffEditor}. */
export interface HandoffEditorOptions {
  /**
   * Whether highlighting starts on in a new editor (default on). A function is read for each
   * editor state created, so the shell can pass its "highlighting on" setting once.
   */
  readonly enabled?: boolean | (() => boolean);
  /**
   * Where candidates come from. Default: the real extractor (`src/extract`). Only the test of
   * the decoration mechanism passes another.
   */
  readonly source?: CandidateSource;
}

/**
 * The whole extension for one host: highlighting plugin, hover tooltip, on/off state.
 * Register it once; it serves every editor, asking `host.context(state)` which note each shows.
 */
export function handoffEditor(host: HandoffEditorHost, options: HandoffEditorOptions = {}): Extension {
  const enabled = options.enabled ?? true;
  return [
    editorHost.of(host),
    candidateSource.of(options.source ?? extractorSource),
    highlightingField(typeof enabled === "function" ? enabled : () => enabled),
    highlightPlugin,
    highlightTooltip(),
  ];
}
