/**
 * Feeds the mounted views (board, decision log, "waiting on me", Bases boards): one
 * {@link ViewHost} for all, and a new {@link ViewState} for each after every index change,
 * debounced so a burst of changes (a pull, a scan) is one render, and typing, which changes the
 * index only after a pause, never re-renders the board per keystroke.
 */
import { debounce, type Debouncer } from "obsidian";
import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import type { ViewHost, ViewState } from "../ui/view-host";
import type { PluginContext } from "./feature";

/** How long index changes are gathered before views render. */
export const VIEW_UPDATE_MS = 250;

/** The directory while the index loads: nobody known. */
export const EMPTY_DIRECTORY: Directory = Object.freeze({ people: [], teams: [], resolve: () => null });

/** Something that renders from view states: an item view or a Bases view. */
export interface FedView {
  /** Render from the plugin's current state (items from the index, or its own). */
  refresh(): void;
}

/** The views' host and feed. */
export class ViewFeed {
  private readonly views = new Set<FedView>();
  private readonly update: Debouncer<[], void>;
  /** The host every view gets. */
  readonly host: ViewHost;

  constructor(private readonly ctx: PluginContext, actions: { scanVault(): void; openSettings(): void }) {
    this.update = debounce(() => this.refreshAll(), VIEW_UPDATE_MS, true);
    this.host = {
      now: () => ctx.now(),
      onSetStatus: (item, status) => ctx.writer.setStatus(item, status),
      onOpenItem: (item) => ctx.openItem(item),
      onOpenSource: (item) => {
        if (item.sourcePath === null) ctx.notice(`"${item.title}" was made by hand and has no source note.`);
        else ctx.openNote(item.sourcePath, { block: item.sourceBlock, line: item.sourceLine });
      },
      onScanVault: () => actions.scanVault(),
      onRetry: () => actions.scanVault(),
      onOpenSettings: () => actions.openSettings(),
    };
    ctx.index.subscribe(() => this.update());
  }

  /** The state for views showing `items` (default: every item in the index). */
  state(items?: readonly Item[]): ViewState {
    const index = this.ctx.index;
    return {
      items: items ?? index.snapshot(),
      viewer: this.ctx.viewer(),
      directory: index.directory ?? EMPTY_DIRECTORY,
      loading: index.loading,
      error: index.error,
    };
  }

  /** Starts feeding a view; returns the function that stops it. */
  attach(view: FedView): () => void {
    this.views.add(view);
    view.refresh();
    return () => this.views.delete(view);
  }

  /** Renders every view now (device settings changed: a new viewer). */
  refreshAll(): void {
    for (const view of [...this.views]) view.refresh();
  }

  /** Stops pending renders (unload). */
  cancel(): void {
    this.update.cancel();
  }
}
