/**
 * Team time in the plugin (issue 5), through the registration seam (`feature.ts`): the team time
 * pane and the palette commands "Open team time", "Find a meeting slot", "Export team calendar
 * (.ics)" and "Export my calendar (.ics)". Nothing here reads the vault at load: the pane and
 * the commands read the live index when used.
 */
import { MarkdownView, type WorkspaceLeaf } from "obsidian";
import type { HandoffFeature, PluginContext } from "./feature";
import { exportCalendar } from "./team-time-calendar";
import { TeamTimePane, TEAM_TIME_VIEW_TYPE } from "./team-time-pane";

/** The team time feature. */
export class TeamTimeFeature implements HandoffFeature {
  readonly id = "team-time";

  register(ctx: PluginContext): void {
    const { plugin } = ctx;
    plugin.registerView(TEAM_TIME_VIEW_TYPE, (leaf) => new TeamTimePane(leaf, ctx));
    plugin.addCommand({ id: "open-team-time", name: "Open team time", callback: () => void openTeamTime(ctx) });
    plugin.addCommand({
      id: "find-meeting-slot",
      name: "Find a meeting slot",
      callback: async () => {
        // Remember the note being written in: a chosen slot is inserted there.
        const editor = ctx.app.workspace.getActiveViewOfType(MarkdownView)?.editor ?? null;
        const pane = await openTeamTime(ctx);
        pane?.findSlot(editor);
      },
    });
    plugin.addCommand({ id: "export-team-calendar", name: "Export team calendar (.ics)", callback: () => void this.export(ctx, false) });
    plugin.addCommand({ id: "export-my-calendar", name: "Export my calendar (.ics)", callback: () => void this.export(ctx, true) });
  }

  /** Writes the calendar and says where, or what to do first. */
  private async export(ctx: PluginContext, mine: boolean): Promise<void> {
    const { directory, settings } = ctx.index;
    if (directory === null || settings === null) {
      ctx.notice("Handoff is still reading the vault; export the calendar again in a moment.");
      return;
    }
    const person = mine ? ctx.viewer().person : null;
    if (mine && person === null) {
      ctx.notice("Choose your People note under \"Who am I\" in Handoff's settings first: the calendar then holds what you own or are asked.");
      return;
    }
    try {
      const done = await exportCalendar(ctx.vault, ctx.index.snapshot(), directory, settings, person);
      ctx.notice(`${done.changed ? "Wrote" : "Already up to date:"} ${done.events} event${done.events === 1 ? "" : "s"} in ${done.path}. Import or subscribe to it in your calendar app.`);
    } catch (error) {
      ctx.notice(`Could not export the calendar: ${error instanceof Error ? error.message : String(error)}`, 0);
    }
  }
}

/** Shows the team time pane (the open one, else a new tab) and returns it. */
export async function openTeamTime(ctx: PluginContext): Promise<TeamTimePane | null> {
  const { workspace } = ctx.app;
  let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(TEAM_TIME_VIEW_TYPE)[0] ?? null;
  if (!leaf) {
    leaf = workspace.getLeaf("tab");
    await leaf.setViewState({ type: TEAM_TIME_VIEW_TYPE, active: true });
  }
  await workspace.revealLeaf(leaf);
  return leaf.view instanceof TeamTimePane ? leaf.view : null;
}
