import type { EditorView } from "@codemirror/view";
import { refreshHighlightsEffect } from "./host";

/** What the console says, once per editor, when highlighting stops. */
export const FAILURE_MESSAGE =
  "Handoff: inline highlighting hit an error and is now off in this editor (typing and the note are unaffected). Reopen the note to try again, and please report the error below.";

/**
 * The crash fuse of one editor's highlighting. Every entry point of the extension (update,
 * tooltip, marker, commands) runs inside {@link guard}: the first exception is logged once with
 * {@link FAILURE_MESSAGE} and turns highlighting off for this editor for good; nothing is ever
 * rethrown into CodeMirror, so the editor keeps working.
 */
export class HighlightFailure {
  failed = false;
  /** The first error caught, for tests and bug reports. */
  error: unknown = null;

  constructor(readonly view: EditorView) {}

  /** Runs `fn`, returning its value, or null when it throws or the fuse has already blown. */
  guard<T>(fn: () => T): T | null {
    if (this.failed) return null;
    try {
      return fn();
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  /** Blows the fuse: logs once and asks the editor to redraw without highlights. */
  fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.error = error;
    console.error(FAILURE_MESSAGE, error);
    // Redraw outside the current update (dispatching inside one is not allowed).
    queueMicrotask(() => {
      try {
        this.view.dispatch({ effects: refreshHighlightsEffect.of(null) });
      } catch {
        // The editor was closed meanwhile: nothing left to redraw.
      }
    });
  }
}
