/**
 * The three Handoff panes as Obsidian `ItemView`s: each mounts its `src/ui` class in
 * `contentEl`, gets the shared host and a new snapshot on every index change from the
 * {@link ViewFeed}, and destroys the view (timers, listeners) when the pane closes.
 */
import { ItemView, type IconName, type WorkspaceLeaf } from "obsidian";
import { BoardView } from "../ui/board-view";
import { DecisionLogView } from "../ui/decision-log-view";
import { QueueView } from "../ui/queue-view";
import type { HandoffView, ViewHost } from "../ui/view-host";
import type { FedView, ViewFeed } from "./view-feed";

/** One Handoff pane type: its Obsidian view type, title, icon and view class. */
export interface PaneSpec {
  readonly type: string;
  readonly title: string;
  readonly icon: IconName;
  create(container: HTMLElement, host: ViewHost): HandoffView;
}

/** The panes, by view type. Types are stable: saved workspaces refer to them. */
export const PANES: readonly PaneSpec[] = [
  { type: "handoff-board-view", title: "Handoff board", icon: "kanban", create: (el, host) => new BoardView(el, host) },
  { type: "handoff-decision-log-view", title: "Decision log", icon: "gavel", create: (el, host) => new DecisionLogView(el, host) },
  { type: "handoff-waiting-on-me-view", title: "Waiting on me", icon: "inbox", create: (el, host) => new QueueView(el, host) },
];

/** A pane showing one Handoff view. */
export class HandoffPane extends ItemView implements FedView {
  private view: HandoffView | null = null;
  private detach: (() => void) | null = null;

  constructor(leaf: WorkspaceLeaf, private readonly spec: PaneSpec, private readonly feed: ViewFeed) {
    super(leaf);
  }

  getViewType(): string {
    return this.spec.type;
  }

  getDisplayText(): string {
    return this.spec.title;
  }

  override getIcon(): IconName {
    return this.spec.icon;
  }

  /** The host the view calls (also reached by tests through the registered view). */
  get host(): ViewHost {
    return this.feed.host;
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("handoff-pane");
    this.view = this.spec.create(this.contentEl, this.feed.host);
    this.detach = this.feed.attach(this);
  }

  override async onClose(): Promise<void> {
    this.detach?.();
    this.detach = null;
    this.view?.destroy();
    this.view = null;
  }

  refresh(): void {
    this.view?.setState(this.feed.state());
  }
}
