import { extractNote } from "../../extract/extract";
import { nowInstant } from "../../review/review-now";
import { tick, type TickOutcome, type TickResult } from "../../review/tick";
import { scanVault, type ScanResult } from "../../store/scan";
import { CliError, type CliIo, type CommandSpec } from "../command";
import { onePositional, parseCommandArgs, readNow, vaultRoot } from "../cli-args";
import { FsVault } from "../fs-vault";

/**
 * `handoff tick VAULT [--now ISO] [--json]`: brings the record up to date (a scan, as `handoff
 * scan` does) and closes every decision window that has closed by `--now` (default: the clock,
 * read here): adopted when no blocker was open at the close, contested when one was. Each is
 * written at exactly its `window_closes`, so two machines ticking the same vault at different
 * moments write the same bytes; a second tick writes nothing.
 */
export const tickCommand: CommandSpec = {
  name: "tick",
  summary: "Adopt (or mark contested) every decision whose window has closed, at exactly its window's close.",
  usage: "handoff tick VAULT [--now ISO] [--json]",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { json, now, nowMs, scan } = await scanAtNow(args, io, "tick", false);
    const result = await tick(scan.record, nowMs);
    const problems = [...scan.problems, ...result.problems];
    if (json) {
      io.stdout(`${JSON.stringify({ now, scanned: { created: scan.created, updated: scan.updated }, ...toJson(result), problems }, null, 2)}\n`);
      return 0;
    }
    io.stdout(renderTick(now, result));
    for (const problem of problems) io.stderr(`warning: ${problem}\n`);
    return 0;
  },
};

/** What `tick`, `decisions` and `review` start from: their arguments read, the vault scanned, `--now` as an instant. */
export interface ScannedAtNow {
  readonly json: boolean;
  /** `--now` as given, or the clock read here (ISO). */
  readonly now: string;
  /** `now` as epoch ms (a value without a zone is read in the team's zone). */
  readonly nowMs: number;
  readonly scan: ScanResult;
}

/**
 * Reads `VAULT [--now ISO] [--json]` for `command`, scans the vault (writing the record, or not
 * with `dryRun`) and reads `--now` in the team's zone. Usage errors say what to fix.
 */
export async function scanAtNow(args: readonly string[], io: CliIo, command: string, dryRun: boolean): Promise<ScannedAtNow> {
  const parsed = parseCommandArgs(args, { now: { type: "string" }, json: { type: "boolean" } });
  const root = await vaultRoot(io, onePositional(parsed.positionals, command));
  const now = readNow(parsed.values.now, new Date().toISOString());
  const scan = await scanVault(FsVault.at(root), { extract: extractNote, now, dryRun });
  const nowMs = nowInstant(now, scan.record.settings.timezone);
  if (nowMs === null) throw new CliError(`--now "${now}" is not an ISO date or instant; write it like 2026-11-24T10:00:00Z.`, 2);
  return { json: parsed.values.json ?? false, now, nowMs, scan };
}

function toJson(result: TickResult): Record<string, unknown> {
  const outcome = (o: TickOutcome): Record<string, unknown> => ({
    id: o.item.id,
    title: o.item.title,
    path: o.item.path,
    owner: o.deciders[0] ?? null,
    decidedAt: o.at,
    written: o.written,
    blockers: o.blockers.map((b) => ({ author: b.author, text: b.text, path: b.path, line: b.line, raisedAt: b.raisedAt })),
  });
  return {
    adopted: result.adopted.map(outcome),
    contested: result.contested.map(outcome),
    waiting: result.waiting.map((item) => ({ id: item.id, title: item.title, path: item.path, owner: item.owner, windowCloses: item.windowCloses })),
  };
}

function renderTick(now: string, result: TickResult): string {
  const lines = [`tick at ${now}: ${result.adopted.length} adopted, ${result.contested.length} contested, ${result.waiting.length} window${result.waiting.length === 1 ? "" : "s"} still open.`];
  for (const o of result.adopted) lines.push(`  adopted    ${o.item.title}  (${o.deciders[0] ?? "no owner"}; window closed ${o.at})${o.written ? "" : " [already recorded]"}`);
  for (const o of result.contested) {
    const who = o.blockers.map((b) => b.author ?? "someone").join(", ");
    lines.push(`  contested  ${o.item.title}  (${o.deciders[0] ?? "no owner"} decides; ${o.blockers.length} open blocker${o.blockers.length === 1 ? "" : "s"} from ${who} at ${o.at})`);
  }
  for (const item of result.waiting) lines.push(`  open       ${item.title}  (window closes ${item.windowCloses ?? "?"})`);
  return `${lines.join("\n")}\n`;
}
