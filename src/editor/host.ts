import { Facet, StateEffect, type EditorState } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import type { Candidate } from "../model/candidate";
import type { Item } from "../model/item";
import type { ExtractContext } from "../extract/extract";

/**
 * What the editor extension needs from whoever mounts it: the plugin shell in Obsidian (one
 * host for every editor, resolving the file per editor state), or a test page.
 *
 * Every method may be called on every update, so each should be a lookup, not a computation.
 * Anything a method throws, or any malformed value it returns, switches highlighting off for
 * that editor with one `console.error` (the editor itself keeps working).
 */
export interface HandoffEditorHost {
  /**
   * The extraction context for the note `state` shows (vault path, directory, team settings),
   * or null to leave the editor undecorated (not a source note, settings not loaded yet).
   * In Obsidian: `state.field(editorInfoField).file?.path`, then the index's context for it.
   * Return the same object while nothing changed: a context that differs (by path, directory,
   * settings, now, zone or author) drops every cached unit and re-extracts the viewport.
   */
  context(state: EditorState): ExtractContext | null;
  /**
   * The tracked item a candidate of the note at `path` became, or null when it is new and
   * untracked. Match by block id, then by normalised text and kind (the store's matching rules).
   * Never called for `fyi` candidates (they never become items).
   */
  lookup(candidate: Candidate, path: string): Item | null;
  /** The current instant, ISO 8601: only for relative times in the tooltip ("in 2 days"). */
  now(): string;
  /** The viewer's IANA zone ("your time" in the tooltip). */
  viewerZone(): string;
  /** Opens the item note (the tooltip's "Open item" button). */
  onOpenItem(item: Item): void;
}

/**
 * The host of an editor. The last one provided wins (the factory provides exactly one);
 * null when none is, and then nothing is highlighted.
 */
export const editorHost = Facet.define<HandoffEditorHost, HandoffEditorHost | null>({
  combine: (hosts) => (hosts.length === 0 ? null : hosts[hosts.length - 1]),
});

/** True when two contexts would extract alike: same path, directory, settings and overrides. */
export function sameContext(a: ExtractContext | null, b: ExtractContext | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return a.path === b.path && a.directory === b.directory && a.settings === b.settings && a.now === b.now && a.zone === b.zone && a.author === b.author;
}

/** Tells a highlighter its tracked items changed: looked up again, visible units redrawn. */
export const refreshHighlightsEffect = StateEffect.define<null>();

/**
 * Call after the index changed (an item was created, its status changed): the editor looks its
 * candidates up again, so a sentence just scanned turns from "new" to "tracked".
 */
export function refreshHighlights(view: EditorView): void {
  view.dispatch({ effects: refreshHighlightsEffect.of(null) });
}
