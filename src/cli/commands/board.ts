import { extractNote } from "../../extract/extract";
import { isValidZone } from "../../time/zone-names";
import { formatDue } from "../../time/display";
import { scanVault } from "../../store/scan";
import { BOARD_COLUMNS, BoardSnapshot, layoutBoard, type BoardCard } from "../../ui/board-model";
import { describeWaitingOn } from "../../ui/item-graph";
import { CliError, type CliIo, type CommandSpec } from "../command";
import { onePositional, parseCommandArgs, readNow, vaultRoot } from "../cli-args";
import { FsVault } from "../fs-vault";
import { itemJson } from "../item-json";

/**
 * `handoff board VAULT [--now ISO] [--tz IANA] [--json]`: the board as the plugin shows it —
 * Open, In progress, Blocked (derived from dependencies), Done — from the item notes as they
 * are plus anything a scan would add (read-only: nothing is written; run `handoff scan` to
 * write). Times are shown in `--tz` (default: the team's zone) and the owner's zone; `--now`
 * (default: the clock, read here) decides what is overdue.
 */
export const boardCommand: CommandSpec = {
  name: "board",
  summary: "Print the board: open, in progress, blocked and done items, with owners, deadlines and what each waits on.",
  usage: "handoff board VAULT [--now ISO] [--tz IANA] [--json]",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { now: { type: "string" }, tz: { type: "string" }, json: { type: "boolean" } });
    const root = await vaultRoot(io, onePositional(parsed.positionals, "board"));
    const now = readNow(parsed.values.now, new Date().toISOString());
    const scan = await scanVault(FsVault.at(root), { extract: extractNote, now, dryRun: true });
    const zone = parsed.values.tz ?? scan.record.settings.timezone;
    if (!isValidZone(zone)) throw new CliError(`--tz "${zone}" is not an IANA time zone; write it like Europe/London or Asia/Singapore.`, 2);
    const snapshot = BoardSnapshot.of(scan.items, scan.record.directory, zone, Date.parse(now));
    const layout = layoutBoard(snapshot, { text: "", person: null, channel: null, tag: null }, "status");
    const pending = scan.created + scan.updated;
    if (parsed.values.json) {
      const columns = layout.columns.map((column) => ({
        id: column.id,
        label: column.label,
        items: column.groups.flatMap((g) => g.cards).map((card) => ({ ...itemJson(card.item), overdue: card.overdue, waitingOn: snapshot.graph.waitingOn(card.item).map(describeWaitingOn) })),
      }));
      io.stdout(`${JSON.stringify({ now, zone, total: layout.total, pending, columns, problems: scan.problems }, null, 2)}\n`);
      return 0;
    }
    io.stdout(renderBoard(layout.columns.map((c) => ({ label: c.label, cards: c.groups.flatMap((g) => g.cards) })), snapshot, zone, Date.parse(now)));
    if (pending > 0) io.stdout(`\n${pending} item${pending === 1 ? " is" : "s are"} not written yet: run \`handoff scan ${parsed.positionals[0]}\` to record ${pending === 1 ? "it" : "them"}.\n`);
    for (const problem of scan.problems) io.stderr(`warning: ${problem}\n`);
    return 0;
  },
};

/** Column headers with counts, then one line per card: kind, title, owner, due, flags. */
function renderBoard(columns: ReadonlyArray<{ label: string; cards: readonly BoardCard[] }>, snapshot: BoardSnapshot, zone: string, now: number): string {
  const total = columns.reduce((n, c) => n + c.cards.length, 0);
  if (total === 0) return "The board is empty: no commitments, decisions, requests or dependencies found yet.\nWrite \"I'll … by Friday\" in a note, then run `handoff scan VAULT`.\n";
  const out: string[] = [];
  for (const column of columns) {
    out.push(`${column.label.toUpperCase()} (${column.cards.length})`);
    for (const card of column.cards) {
      const item = card.item;
      const due = item.due === null ? "" : formatDue(item.due, { viewerZone: zone, ownerZone: card.ownerZone, now }).text;
      const flags = [
        card.overdue ? "OVERDUE" : "",
        item.status !== "open" && column.label !== "Done" ? item.status : "",
        column.label === "Done" && item.status !== "done" ? item.status : "",
        ...snapshot.graph.waitingOn(item).map(describeWaitingOn),
        item.conflicts.length > 0 ? `${item.conflicts.length} kept conflict${item.conflicts.length === 1 ? "" : "s"}` : "",
      ].filter((f) => f !== "");
      out.push(`  ${item.kind.padEnd(10)}  ${clip(item.title, 48).padEnd(48)}  ${clip(item.owner ?? "—", 18).padEnd(18)}  ${due}${flags.length > 0 ? `  [${flags.join("; ")}]` : ""}`.trimEnd());
    }
    out.push("");
  }
  out.push(`Times in ${zone} ("your time") and the owner's zone. ${BOARD_COLUMNS.length} columns, ${total} items.`);
  return `${out.join("\n")}\n`;
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
