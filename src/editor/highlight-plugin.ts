import { Facet, StateEffect, type Range, type Text } from "@codemirror/state";
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from "@codemirror/view";
import type { CandidateSource, PreparedNote } from "./candidate-source";
import type { ExtractContext } from "../extract/extract";
import { HighlightFailure } from "./highlight-failure";
import { editorHost, refreshHighlightsEffect, sameContext, type HandoffEditorHost } from "./host";
import { MarkCollector, type PlacedMarks } from "./mark-collector";
import { isHighlighting } from "./toggle";

/** The candidate source the highlighter uses: the last one provided wins (the factory provides one). */
export const candidateSource = Facet.define<CandidateSource, CandidateSource | null>({
  combine: (sources) => (sources.length === 0 ? null : sources[sources.length - 1]),
});

/** How many per-keystroke timings are kept for {@link HighlightStats.timings}. */
const TIMINGS_KEPT = 1_000;

/**
 * How long after a keystroke the units it changed are extracted, in ms. Keystrokes never run
 * the extractor (DESIGN: the editor never waits on the engine); while typing goes on, the
 * highlights catch up at most this long after the first unextracted keystroke.
 */
export const EXTRACT_DELAY_MS = 80;

/** Asks a highlighter to extract the units its keystrokes left pending. */
const extractPendingEffect = StateEffect.define<null>();

/** Counters a test or benchmark reads to see what the highlighter did (not for product logic). */
export interface HighlightStats {
  /** Units extracted (cache misses), and their characters. Typing one character extracts one unit. */
  readonly extractedUnits: number;
  readonly extractedChars: number;
  /** Characters of sections segmented (the section cache's misses). */
  readonly windowChars: number;
  /** Units served from the cache. */
  readonly cacheHits: number;
  /** Times the note's preamble was read. */
  readonly prepares: number;
  /** Body lines the structure scan read (never the whole note per keystroke). */
  readonly scannedLines: number;
  /** True once an error switched highlighting off for this editor. */
  readonly failed: boolean;
  /** Milliseconds spent in each update that carried a document change (a keystroke), newest last. */
  readonly timings: readonly number[];
  /** Milliseconds spent in each deferred pass that extracted what keystrokes changed, newest last. */
  readonly deferredTimings: readonly number[];
}

/**
 * The highlighter of one editor: decorates the units in `view.visibleRanges` from a cache keyed
 * by unit context and text, so a keystroke extracts only the unit it changed and a scroll only
 * the units it reveals. Every entry point runs inside the editor's {@link HighlightFailure}.
 */
export class HighlightPluginValue {
  decorations: DecorationSet = Decoration.none;
  /** The fuse of this editor: the tooltip and commands report their errors through it too. */
  readonly guard: HighlightFailure;
  private readonly collector = new MarkCollector();
  private ctx: ExtractContext | null = null;
  private host: HandoffEditorHost | null = null;
  private note: PreparedNote | null = null;
  private prepares = 0;
  private readonly timings: number[] = [];
  private readonly deferredTimings: number[] = [];
  private pendingTimer: number | null = null;

  constructor(view: EditorView) {
    this.guard = new HighlightFailure(view);
    this.guard.guard(() => this.rebuild(view, null));
  }

  update(update: ViewUpdate): void {
    const started = performance.now();
    const deferred = update.transactions.some((tr) => tr.effects.some((e) => e.is(extractPendingEffect)));
    this.guard.guard(() => {
      const mapped = update.docChanged ? this.decorations.map(update.changes) : null;
      if (update.docChanged) this.mapChanges(update);
      const refreshed = update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshHighlightsEffect)));
      if (refreshed) this.collector.cache.clear();
      const toggled = isHighlighting(update.startState) !== isHighlighting(update.state);
      if (update.docChanged || update.viewportChanged || refreshed || toggled || deferred || update.state.facet(editorHost) !== this.host) {
        this.rebuild(update.view, mapped);
      }
    });
    if (this.guard.failed) this.decorations = Decoration.none;
    if (update.docChanged) record(this.timings, performance.now() - started);
    else if (deferred) record(this.deferredTimings, performance.now() - started);
  }

  destroy(): void {
    if (this.pendingTimer !== null) this.timerWindow().clearTimeout(this.pendingTimer);
    this.pendingTimer = null;
  }

  /** What this highlighter did so far. */
  stats(): HighlightStats {
    const { extractedUnits, extractedChars, windowChars } = this.collector.counters;
    return {
      extractedUnits,
      extractedChars,
      windowChars,
      cacheHits: this.collector.cache.hits,
      prepares: this.prepares,
      scannedLines: this.collector.checkpoints.scannedLines,
      failed: this.guard.failed,
      timings: [...this.timings],
      deferredTimings: [...this.deferredTimings],
    };
  }

  /**
   * The placed marks of the units around `pos` (extracting on demand when they are not cached:
   * highlighting off, or off-screen); null without a host or context. Throws like `update`
   * would: callers run it inside {@link guard}.
   */
  marksNear(view: EditorView, pos: number): PlacedMarks[] | null {
    const ctx = this.currentContext(view);
    if (ctx === null || this.host === null) return null;
    const host = this.host;
    return this.collector.collect(view.state.doc, [{ from: pos, to: pos }], this.prepared(view.state.doc, ctx), (c) => host.lookup(c, ctx.path));
  }

  /** The note's preamble, preparing the note if needed; null without a host or context. */
  preparedNote(view: EditorView): PreparedNote | null {
    const ctx = this.currentContext(view);
    return ctx === null ? null : this.prepared(view.state.doc, ctx);
  }

  private mapChanges(update: ViewUpdate): void {
    this.collector.checkpoints.mapChanges(update.changes, update.state.doc);
    if (this.note === null) return;
    const preambleEnd = this.note.preambleEnd;
    let touched = false;
    update.changes.iterChangedRanges((fromA) => {
      if (fromA <= preambleEnd) touched = true;
    });
    if (!touched) return;
    const before = this.note.key;
    this.note = null;
    const ctx = this.currentContext(update.view);
    if (ctx !== null && this.prepared(update.state.doc, ctx).key !== before) this.collector.clear();
  }

  /**
   * Redraws the visible units. `previous` (the last decorations mapped through a keystroke's
   * changes) marks a keystroke: units it changed are not extracted now but keep their previous
   * highlights, moved, until the deferred pass ({@link EXTRACT_DELAY_MS}) extracts them.
   */
  private rebuild(view: EditorView, previous: DecorationSet | null): void {
    const ctx = isHighlighting(view.state) ? this.currentContext(view) : null;
    const host = this.host;
    if (ctx === null || host === null) {
      this.decorations = Decoration.none;
      return;
    }
    const doc = view.state.doc;
    const ranges: Range<Decoration>[] = [];
    let pending = false;
    for (const unit of this.collector.collect(doc, view.visibleRanges, this.prepared(doc, ctx), (c) => host.lookup(c, ctx.path), previous !== null)) {
      if (unit.marks === null) {
        pending = true;
        previous?.between(unit.from, unit.to, (from, to, deco) => {
          ranges.push(deco.range(from, to));
        });
        continue;
      }
      for (const m of unit.marks) {
        ranges.push(m.mark.range(unit.from + m.from, unit.from + m.to));
        if (m.marker) ranges.push(m.marker.range(unit.from + m.to));
      }
    }
    this.decorations = Decoration.set(ranges, true);
    if (pending) this.schedulePending(view);
  }

  /** The window the editor lives in (a popout window's, in Obsidian), for its timers. */
  private timerWindow(): Window {
    return this.guard.view.dom.ownerDocument.defaultView ?? window;
  }

  /** Extracts what keystrokes left pending, once, {@link EXTRACT_DELAY_MS} after the first of them. */
  private schedulePending(view: EditorView): void {
    if (this.pendingTimer !== null) return;
    this.pendingTimer = this.timerWindow().setTimeout(() => {
      this.pendingTimer = null;
      this.guard.guard(() => view.dispatch({ effects: extractPendingEffect.of(null) }));
    }, EXTRACT_DELAY_MS);
  }

  /** The host's context for the current state; a new host or context drops every cache. */
  private currentContext(view: EditorView): ExtractContext | null {
    const host = view.state.facet(editorHost);
    if (host !== this.host) {
      this.host = host;
      this.reset();
    }
    if (host === null) return null;
    const ctx = host.context(view.state);
    if (!sameContext(ctx, this.ctx)) {
      this.ctx = ctx;
      this.reset();
    }
    return ctx;
  }

  private reset(): void {
    this.collector.clear();
    this.collector.checkpoints.reset();
    this.note = null;
  }

  private prepared(doc: Text, ctx: ExtractContext): PreparedNote {
    if (this.note === null) {
      const source = this.guard.view.state.facet(candidateSource);
      if (source === null) throw new Error("No candidate source: install Handoff highlighting with handoffEditor(host)");
      this.note = source.prepare(doc.toString(), ctx);
      this.prepares++;
    }
    return this.note;
  }
}

/** Keeps the newest {@link TIMINGS_KEPT} values. */
function record(list: number[], ms: number): void {
  list.push(ms);
  if (list.length > TIMINGS_KEPT) list.shift();
}

/** The view plugin; its decorations are the highlights. */
export const highlightPlugin = ViewPlugin.fromClass(HighlightPluginValue, {
  decorations: (plugin) => plugin.decorations,
});
