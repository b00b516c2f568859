/**
 * The core feature: the board, decision log and "waiting on me" panes (and the board as a
 * Bases view), inline highlighting in every editor, and the item and writing commands.
 */
import { refreshHighlights, handoffEditor, setHighlighting, type HandoffEditorHost } from "../editor/handoff-editor";
import { editorInfoField, type WorkspaceLeaf } from "obsidian";
import { registerBasesBoard } from "./bases-board";
import { openEditorViews } from "./editor-access";
import type { HandoffFeature, PluginContext } from "./feature";
import { registerItemCommands, scanAndReport } from "./item-commands";
import { HandoffPane, PANES, type PaneSpec } from "./item-views";
import { ViewFeed } from "./view-feed";
import { registerWritingCommands } from "./writing-commands";

/** Commands that open each pane, by pane type. */
const OPEN_COMMANDS: Readonly<Record<string, { id: string; name: string }>> = {
  "handoff-board-view": { id: "open-board", name: "Open board" },
  "handoff-decision-log-view": { id: "open-decision-log", name: "Open decision log" },
  "handoff-waiting-on-me-view": { id: "open-waiting-on-me", name: "Open waiting on me" },
};

/** The core feature; `feed` is set on register (the settings tab refreshes views through it). */
export class CoreFeature implements HandoffFeature {
  readonly id = "core";
  feed: ViewFeed | null = null;
  private basesBoard = false;

  register(ctx: PluginContext): void {
    const { plugin, app } = ctx;
    const feed = new ViewFeed(ctx, { scanVault: () => void scanAndReport(ctx), openSettings: () => ctx.openSettings() });
    this.feed = feed;
    for (const spec of PANES) {
      plugin.registerView(spec.type, (leaf) => new HandoffPane(leaf, spec, feed));
      const open = OPEN_COMMANDS[spec.type];
      plugin.addCommand({ id: open.id, name: open.name, callback: () => void openPane(ctx, spec) });
    }
    this.basesBoard = registerBasesBoard(plugin, ctx, feed);

    const host: HandoffEditorHost = {
      context: (state) => {
        const file = state.field(editorInfoField, false)?.file;
        return file ? ctx.index.extractContext(file.path) : null;
      },
      lookup: (candidate, path) => ctx.index.itemForCandidate(path, candidate),
      now: () => ctx.now(),
      viewerZone: () => ctx.viewer().zone,
      onOpenItem: (item) => ctx.openItem(item),
    };
    plugin.registerEditorExtension(handoffEditor(host, { enabled: () => ctx.device().highlighting }));
    ctx.index.subscribe(() => {
      // New items turn "new" sentences into "tracked" ones in every open editor.
      for (const view of openEditorViews(app)) refreshHighlights(view);
    });
    plugin.addCommand({
      id: "toggle-highlighting",
      name: "Toggle inline highlighting",
      callback: async () => {
        const on = !ctx.device().highlighting;
        await ctx.updateDevice({ highlighting: on });
        for (const view of openEditorViews(app)) {
          try {
            setHighlighting(view, on);
          } catch (error) {
            // An editor without the extension (made by another plugin): nothing to switch.
            console.debug("Handoff: an editor without inline highlighting was skipped", error);
          }
        }
        ctx.notice(on ? "Inline highlighting is on." : "Inline highlighting is off.");
      },
    });

    registerItemCommands(ctx);
    registerWritingCommands(ctx, { basesBoard: () => this.basesBoard });
    plugin.register(() => feed.cancel());
  }
}

/** Shows a pane: the open one if there is one, else a new one (the board in the main area, the others in the right sidebar). */
export async function openPane(ctx: PluginContext, spec: PaneSpec): Promise<void> {
  const { workspace } = ctx.app;
  let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(spec.type)[0] ?? null;
  if (!leaf) {
    leaf = spec.type === "handoff-board-view" ? workspace.getLeaf("tab") : workspace.getRightLeaf(false);
    if (!leaf) return;
    await leaf.setViewState({ type: spec.type, active: true });
  }
  await workspace.revealLeaf(leaf);
}
