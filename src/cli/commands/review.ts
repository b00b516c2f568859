import { writeWeeklyReview } from "../../review/write-review";
import type { CliIo, CommandSpec } from "../command";
import { scanAtNow } from "./tick";

/**
 * `handoff review VAULT [--now ISO] [--json]`: brings the record up to date (a scan) and writes
 * the weekly review for the week holding `--now` (default: the clock, read here) to
 * `<items folder>/Reviews/<ISO week> review.md`. It does not tick: a window that closed without a
 * tick is what the review calls stalled. `--json` prints the same content as lists under named keys.
 */
export const reviewCommand: CommandSpec = {
  name: "review",
  summary: "Write the weekly review: overdue work, stalled and contested decisions, unanswered requests, blocked chains, trends.",
  usage: "handoff review VAULT [--now ISO] [--json]",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { json, nowMs, scan } = await scanAtNow(args, io, "review", false);
    const written = await writeWeeklyReview(scan.record, nowMs);
    const problems = [...scan.problems, ...(written.problem ? [written.problem] : [])];
    if (json) {
      io.stdout(`${JSON.stringify({ path: written.path, written: written.written, ...written.review, problems }, null, 2)}\n`);
      return written.problem ? 1 : 0;
    }
    const r = written.review;
    const verb = written.problem ? "left alone" : written.written ? "wrote" : "unchanged:";
    io.stdout(
      `${verb} ${written.path} (${r.week}, ${r.start} to ${r.end})\n` +
        `  ${r.overdue.length} overdue, ${r.stalledDecisions.length} stalled and ${r.contestedDecisions.length} contested decisions, ` +
        `${r.unansweredRequests.length} unanswered requests, ${r.blockedChains.length} blocked, ${r.inactive.length} quiet.\n`,
    );
    for (const problem of problems) io.stderr(`warning: ${problem}\n`);
    return written.problem ? 1 : 0;
  },
};
