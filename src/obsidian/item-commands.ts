/**
 * Palette commands that read or change tracked items: extract the current note, scan the vault,
 * set the status of the item under the cursor, raise a blocker on a decision, jump between an
 * item and its source sentence. Every change goes through the store (`ItemWriter`).
 */
import type { Candidate } from "../model/candidate";
import { ITEM_KINDS, type ItemKind } from "../model/kind";
import type { PluginContext } from "./feature";
import { activeNote } from "./editor-access";
import { targetItem } from "./item-target";
import { StatusModal, STATUS_LABELS, TextPromptModal } from "./prompt-modals";

/** Plural nouns for the summary of what extraction found. */
const KIND_NOUNS: Readonly<Record<ItemKind, readonly [string, string]>> = {
  commitment: ["commitment", "commitments"],
  decision: ["decision", "decisions"],
  request: ["request", "requests"],
  dependency: ["dependency", "dependencies"],
  fyi: ["FYI", "FYIs"],
};

/** "2 commitments, 1 request" for what a note holds, or "nothing Handoff tracks". */
export function describeFound(candidates: readonly Candidate[]): string {
  const counts = ITEM_KINDS.map((k) => [k, candidates.filter((c) => c.kind === k).length] as const).filter(([, n]) => n > 0);
  if (counts.length === 0) return "nothing Handoff tracks";
  return counts.map(([k, n]) => `${n} ${KIND_NOUNS[k][n === 1 ? 0 : 1]}`).join(", ");
}

/** Runs a full scan and reports it; shared by the command and the views' "Scan vault" button. */
export async function scanAndReport(ctx: PluginContext): Promise<void> {
  ctx.notice("Scanning the vault…", 2000);
  try {
    const s = await ctx.index.rescanNow();
    for (const problem of s.problems) console.warn(`Handoff: ${problem}`);
    const problems = s.problems.length > 0 ? ` ${s.problems.length} problem${s.problems.length === 1 ? "" : "s"} (see the developer console).` : "";
    ctx.notice(`Scanned ${s.notes} notes in ${Math.round(s.ms)} ms: ${s.created} items created, ${s.updated} updated.${problems}`);
  } catch (error) {
    ctx.notice(ctx.index.error ?? String(error), 0);
  }
}

/** Registers the item commands. */
export function registerItemCommands(ctx: PluginContext): void {
  const { plugin, app } = ctx;

  plugin.addCommand({
    id: "extract-current-note",
    name: "Extract items from current note",
    callback: async () => {
      const file = activeNote(app);
      const record = ctx.index.record;
      if (!file || file.extension !== "md") return ctx.notice("Open a note to extract from.");
      if (!record) return ctx.notice("Handoff is still indexing the vault; try again in a moment.");
      const role = record.roleOf(file.path);
      if (role !== "source") return ctx.notice(`${file.path} is ${role === "item" ? "an item note" : `a ${role} note`}, not a note Handoff extracts from.`);
      const result = await ctx.index.reindexNow(file.path);
      const entry = ctx.index.record?.notes.get(file.path);
      const found = entry ? describeFound(entry.extraction.candidates) : "nothing Handoff tracks";
      const written = result ? ` ${result.created} item${result.created === 1 ? "" : "s"} created, ${result.updated} updated.` : "";
      const problems = result && result.problems.length > 0 ? `\n${result.problems.join("\n")}` : "";
      ctx.notice(`Found ${found} in ${file.basename}.${written}${problems}`, 8000);
    },
  });

  plugin.addCommand({ id: "scan-vault", name: "Scan vault for items", callback: () => void scanAndReport(ctx) });

  plugin.addCommand({
    id: "set-status",
    name: "Set status of current item",
    callback: () => {
      const target = targetItem(app, ctx.index);
      if (!target.ok) return ctx.notice(target.problem);
      new StatusModal(app, target.item, (status) => {
        ctx.writer
          .setStatus(target.item, status)
          .then(() => ctx.notice(`"${target.item.title}" is now ${STATUS_LABELS[status].toLowerCase()}.`))
          .catch((error: unknown) => ctx.notice(error instanceof Error ? error.message : String(error)));
      }).open();
    },
  });

  plugin.addCommand({
    id: "raise-blocker",
    name: "Raise blocker on decision",
    callback: () => {
      const target = targetItem(app, ctx.index, "decision");
      if (!target.ok) return ctx.notice(target.problem);
      const who = ctx.viewer().person?.name ?? "";
      if (who === "") return ctx.notice('Choose who you are ("Who am I") in Handoff\'s settings first, so the blocker says who raised it.');
      const prompt = { title: `Blocker on "${target.item.title}"`, label: "What blocks this decision?", placeholder: "Legal has not reviewed the contract", action: "Raise blocker" };
      new TextPromptModal(app, prompt, (text) => {
        ctx.writer
          .raiseBlocker(target.item, text, who)
          .then(() => ctx.notice(`Blocker added to "${target.item.title}".`))
          .catch((error: unknown) => ctx.notice(error instanceof Error ? error.message : String(error)));
      }).open();
    },
  });

  plugin.addCommand({
    id: "jump-item-source",
    name: "Jump between item and its source",
    callback: () => {
      const target = targetItem(app, ctx.index);
      if (!target.ok) return ctx.notice(target.problem);
      const item = target.item;
      if (target.from === "cursor") return ctx.openItem(item);
      if (item.sourcePath === null) return ctx.notice(`"${item.title}" was made by hand and has no source note.`);
      ctx.openNote(item.sourcePath, { block: item.sourceBlock, line: item.sourceLine });
    },
  });
}
