/**
 * The Handoff board as a Bases view type (`registerBasesView`, Obsidian 1.10+ with Bases on):
 * a base's rows (its filters, its sort) become the board's cards. Each row's file is looked up
 * in the index, so a card is exactly the item the standalone board shows; rows that are not
 * item notes are left out.
 */
import { BasesView, type BasesEntry, type Plugin, type QueryController } from "obsidian";
import type { Item } from "../model/item";
import { BoardView } from "../ui/board-view";
import { BASES_BOARD_VIEW } from "./base-file";
import type { PluginContext } from "./feature";
import type { FedView, ViewFeed } from "./view-feed";

/** The items behind a base's rows, in the base's order; rows that are not item notes are skipped. */
export function itemsOfEntries(entries: readonly BasesEntry[], ctx: PluginContext): Item[] {
  const record = ctx.index.record;
  if (!record) return [];
  const items: Item[] = [];
  for (const entry of entries) {
    const note = record.items.get(entry.file.path);
    if (note) items.push(record.items.item(note.item.id) ?? note.item);
  }
  return items;
}

/** A Bases view showing the board. */
class BasesBoard extends BasesView implements FedView {
  readonly type = BASES_BOARD_VIEW;
  private readonly board: BoardView;
  private detach: (() => void) | null = null;

  constructor(controller: QueryController, containerEl: HTMLElement, private readonly ctx: PluginContext, private readonly feed: ViewFeed) {
    super(controller);
    const host = containerEl.createDiv({ cls: "handoff-bases-board" });
    this.board = new BoardView(host, feed.host);
  }

  override onload(): void {
    this.detach = this.feed.attach(this);
  }

  override onunload(): void {
    this.detach?.();
    this.detach = null;
    this.board.destroy();
  }

  onDataUpdated(): void {
    this.refresh();
  }

  refresh(): void {
    // `data` is replaced by Bases on every query; it is absent until the first one ran.
    const entries = (this.data as { data?: BasesEntry[] } | undefined)?.data ?? [];
    this.board.setState(this.feed.state(itemsOfEntries(entries, this.ctx)));
  }
}

/** Registers the board as a Bases view type; false when this Obsidian has no Bases or they are off. */
export function registerBasesBoard(plugin: Plugin, ctx: PluginContext, feed: ViewFeed): boolean {
  if (typeof plugin.registerBasesView !== "function") return false;
  return plugin.registerBasesView(BASES_BOARD_VIEW, {
    name: "Handoff board",
    icon: "kanban",
    factory: (controller, containerEl) => new BasesBoard(controller, containerEl, ctx, feed),
  });
}
