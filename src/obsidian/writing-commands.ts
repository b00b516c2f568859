/**
 * Palette commands that write new things: a decision (as an item note), today's async update,
 * a signal at the cursor, the Bases file. Dates and deadlines are on MY clock (my People note's
 * zone); what lands in notes names its zone or is a plain date, so every device reads it alike.
 */
import { TFolder, type Editor } from "obsidian";
import { DEFAULT_TEAM_SETTINGS } from "../model/team-settings";
import { asyncUpdate } from "./async-update";
import { basePath, baseFileText } from "./base-file";
import { DecisionModal } from "./decision-modal";
import type { PluginContext } from "./feature";
import { decisionNote, type DecisionDraft } from "./manual-decision";
import { ChannelModal } from "./prompt-modals";
import { SignalModal } from "./signal-modal";
import { suggestedDeadline } from "./signal-text";

/** What the writing commands need beyond the context. */
export interface WritingOptions {
  /** True when the board is registered as a Bases view type (the base then gets a board view). */
  readonly basesBoard: () => boolean;
}

/** Registers the writing commands. */
export function registerWritingCommands(ctx: PluginContext, options: WritingOptions): void {
  const { plugin, app } = ctx;
  const settings = () => ctx.index.settings ?? DEFAULT_TEAM_SETTINGS;

  plugin.addCommand({
    id: "new-decision",
    name: "New decision",
    callback: () => {
      const team = settings();
      const defaults = {
        windowHours: team.decisionWindowHours,
        me: ctx.viewer().person?.name ?? "",
        owners: team.decisionOwners,
        people: () => ctx.index.directory?.people ?? [],
      };
      new DecisionModal(app, defaults, (draft) => createDecision(ctx, draft)).open();
    },
  });

  plugin.addCommand({
    id: "new-async-update",
    name: "New async update for today",
    callback: () => {
      const me = ctx.viewer().person;
      if (!me) {
        ctx.notice('Choose who you are ("Who am I") in Handoff\'s settings first: the update is written in your name.');
        return ctx.openSettings();
      }
      const channel = ctx.device().channel;
      if (channel !== "") return void openUpdate(ctx, channel);
      const folder = app.vault.getFolderByPath(settings().channelsFolder);
      const channels = (folder?.children ?? []).filter((c): c is TFolder => c instanceof TFolder).map((c) => c.name).sort();
      if (channels.length === 0) return ctx.notice(`There are no channels: make a folder for one under "${settings().channelsFolder}/".`);
      new ChannelModal(app, channels, (picked) => {
        void ctx.updateDevice({ channel: picked }).then(() => openUpdate(ctx, picked));
      }).open();
    },
  });

  plugin.addCommand({
    id: "insert-signal",
    name: "Insert signal asking for input or a decision",
    editorCallback: (editor: Editor) => {
      const viewer = ctx.viewer();
      const team = settings();
      const dayEnd = viewer.person?.hours?.end ?? team.workdayEnd;
      const initial = suggestedDeadline(ctx.now(), viewer.zone, dayEnd, viewer.person?.workdays ?? team.workdays);
      new SignalModal(app, viewer.zone, initial, (text) => {
        const cursor = editor.getCursor();
        const before = editor.getLine(cursor.line).slice(0, cursor.ch);
        editor.replaceRange(before.trim() === "" ? text : `\n${text}`, cursor);
      }).open();
    },
  });

  plugin.addCommand({
    id: "create-base",
    name: "Create items base (table by status)",
    callback: async () => {
      const path = basePath(settings().itemsFolder);
      if (await ctx.vault.exists(path)) {
        ctx.notice(`${path} already exists; opening it.`);
        return ctx.openNote(path);
      }
      await ctx.vault.create(path, baseFileText(settings().itemsFolder, options.basesBoard()));
      ctx.notice(`Created ${path}: every item as a table grouped by status.`);
      ctx.openNote(path);
    },
  });
}

/** Writes a decision's item note through the store and opens it. */
async function createDecision(ctx: PluginContext, draft: DecisionDraft): Promise<void> {
  const record = ctx.index.record;
  if (!record) throw new Error("Handoff is still indexing the vault; try again in a moment.");
  const ownerIsKnown = record.directory.resolve(draft.owner) !== null;
  const note = decisionNote(draft, {
    itemsFolder: record.settings.itemsFolder,
    now: ctx.now(),
    zone: ctx.viewer().zone,
    ownerIsKnown,
    isTaken: (id) => record.items.hasId(id),
  });
  await ctx.vault.create(note.path, note.text);
  ctx.notice(`Decision proposed: "${draft.title.trim()}". Its window closes ${note.windowCloses.replace("T", " ").slice(0, 16)} (your time).`);
  ctx.openNote(note.path);
}

/** Opens today's update in `channel`, creating it from the template when it does not exist yet. */
async function openUpdate(ctx: PluginContext, channel: string): Promise<void> {
  const me = ctx.viewer().person;
  if (!me) return;
  const team = ctx.index.settings ?? DEFAULT_TEAM_SETTINGS;
  const update = asyncUpdate(team.channelsFolder, channel, me.name, ctx.now(), ctx.viewer().zone);
  if (!(await ctx.vault.exists(update.path))) await ctx.vault.create(update.path, update.text);
  ctx.openNote(update.path);
}
