import { DECISION_STATUSES } from "../../model/status";
import { decisionRows, type DecisionRow } from "../../review/decision-rows";
import type { CliIo, CommandSpec } from "../command";
import { scanAtNow } from "./tick";

/**
 * `handoff decisions VAULT [--now ISO] [--json]`: every decision with its status (open, adopted,
 * contested, withdrawn, superseded), window, owner (routed by decision type when it has none),
 * blockers and item note. Read-only: the record as the item notes hold it plus what a scan would
 * add; nothing is written. `--now` (default: the clock) only says which open windows the next
 * tick will close.
 */
export const decisionsCommand: CommandSpec = {
  name: "decisions",
  summary: "List every decision: status, window, owner, blockers and its note.",
  usage: "handoff decisions VAULT [--now ISO] [--json]",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { json, nowMs, scan } = await scanAtNow(args, io, "decisions", true);
    const { record } = scan;
    const rows = decisionRows(scan.items, record.links, record.settings, record.directory, nowMs);
    io.stdout(json ? `${JSON.stringify(rows, null, 2)}\n` : renderRows(rows));
    for (const problem of scan.problems) io.stderr(`warning: ${problem}\n`);
    return 0;
  },
};

/** One block per status (open first), one line per decision, its blockers indented below. */
function renderRows(rows: readonly DecisionRow[]): string {
  if (rows.length === 0) return "No decisions yet. Write \"Decision: we go with … because …\" or \"I'm proceeding with … at 3pm Friday unless someone raises a blocker\" in a note.\n";
  const out: string[] = [];
  for (const status of DECISION_STATUSES) {
    const inStatus = rows.filter((r) => r.status === status);
    if (inStatus.length === 0) continue;
    out.push(`${status.toUpperCase()} (${inStatus.length})`);
    for (const row of inStatus) {
      const owner = row.owner === null ? "no owner" : `${row.owner}${row.ownerRouted ? ` (${row.type} owner)` : ""}`;
      const when = row.decidedAt ? `decided ${row.decidedAt}` : row.windowCloses ? `window ${row.status === "open" && row.pending === null ? "closes" : "closed"} ${row.windowCloses}` : "";
      const pending = row.pending ? `  [window closed: next tick ${row.pending === "adopt" ? "adopts" : "contests"}]` : "";
      out.push(`  ${row.title}  ·  ${owner}${when ? `  ·  ${when}` : ""}${pending}`);
      out.push(`    ${row.path}`);
      for (const b of row.blockers) out.push(`    ${b.open ? "OPEN    " : "resolved"}  ${b.author ?? "someone"}: ${b.text.length > 90 ? `${b.text.slice(0, 89)}…` : b.text}  (${b.path}:${b.line})`);
    }
    out.push("");
  }
  return `${out.join("\n")}`;
}
