/**
 * The team time pane: an `ItemView` that mounts `src/ui/team-time-view.ts` in `contentEl` and
 * feeds it the directory and team settings from the live index. It re-renders only when People,
 * Team or settings notes change (the index hands out a new directory then), not on every edit,
 * so slots found a moment ago stay on screen while someone types elsewhere.
 */
import { ItemView, MarkdownView, type Editor, type IconName, type WorkspaceLeaf } from "obsidian";
import type { Directory } from "../model/person";
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from "../model/team-settings";
import type { Slot } from "../time/slots";
import type { TeamTimeHost } from "../ui/team-time-host";
import { TeamTimeView } from "../ui/team-time-view";
import type { PluginContext } from "./feature";
import { EMPTY_DIRECTORY } from "./view-feed";

/** The pane's view type: stable, saved workspaces refer to it. */
export const TEAM_TIME_VIEW_TYPE = "handoff-team-time-view";

/** The team time pane. */
export class TeamTimePane extends ItemView {
  private view: TeamTimeView | null = null;
  private unsubscribe: (() => void) | null = null;
  private shown: { directory: Directory | null; settings: TeamSettings | null; loading: boolean; error: string | null; me: string | null; zone: string } | null = null;
  /** The editor "Find a meeting slot" was run from: a chosen slot is inserted there. */
  private target: Editor | null = null;

  constructor(leaf: WorkspaceLeaf, private readonly ctx: PluginContext) {
    super(leaf);
  }

  getViewType(): string {
    return TEAM_TIME_VIEW_TYPE;
  }

  getDisplayText(): string {
    return "Team time";
  }

  override getIcon(): IconName {
    return "clock";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("handoff-pane");
    const ctx = this.ctx;
    const host: TeamTimeHost = {
      now: () => ctx.now(),
      onPickSlot: (slot, text) => this.pick(slot, text),
      onOpenPerson: (person) => ctx.openNote(person.path),
      onRetry: () => this.refresh(true),
    };
    this.view = new TeamTimeView(this.contentEl, host);
    this.refresh(true);
    this.unsubscribe = ctx.index.subscribe(() => this.refresh(false));
  }

  override async onClose(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.view?.destroy();
    this.view = null;
  }

  /** Ticks `people` (or just the viewer) in the slot finder and focuses it; a chosen slot goes into `editor` when given. */
  findSlot(editor: Editor | null, people?: readonly string[]): void {
    this.target = editor;
    this.view?.focusFinder(people);
  }

  /** Gives the view a new state when the team, the settings, the viewer or the index's state changed (or always, when `force`). */
  refresh(force: boolean): void {
    const view = this.view;
    if (!view) return;
    const index = this.ctx.index;
    const viewer = this.ctx.viewer();
    const next = { directory: index.directory, settings: index.settings, loading: index.loading, error: index.error, me: viewer.person?.path ?? null, zone: viewer.zone };
    const same = this.shown !== null && (Object.keys(next) as (keyof typeof next)[]).every((k) => this.shown?.[k] === next[k]);
    if (same && !force) return;
    this.shown = next;
    view.setState({
      directory: next.directory ?? EMPTY_DIRECTORY,
      settings: next.settings ?? DEFAULT_TEAM_SETTINGS,
      viewer,
      loading: next.loading && next.directory === null,
      error: next.error,
    });
  }

  /** Inserts the slot's line into the editor the command came from when it is still open, else copies it. */
  private async pick(_slot: Slot, text: string): Promise<void> {
    const editor = this.target;
    const open = editor !== null && this.app.workspace.getLeavesOfType("markdown").some((leaf) => leaf.view instanceof MarkdownView && leaf.view.editor === editor);
    if (open) {
      editor.replaceSelection(text);
      this.ctx.notice(`Inserted: ${text}`);
      return;
    }
    await navigator.clipboard.writeText(text);
    this.ctx.notice(`Copied: ${text}`);
  }
}
