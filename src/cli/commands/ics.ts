import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { extractNote } from "../../extract/extract";
import { scanVault } from "../../store/scan";
import { buildCalendar, involves, ritualsOf } from "../../time/ics";
import { TeamAvailability } from "../../time/team-availability";
import { teamRituals } from "../../time/team-rituals";
import { CliError, type CliIo, type CommandSpec } from "../command";
import { onePositional, parseCommandArgs, readNow, vaultRoot } from "../cli-args";
import { FsVault } from "../fs-vault";

/**
 * `handoff ics VAULT [--person NAME] [--out FILE] [--now ISO]`: the team's deadlines, decision
 * windows, recurring commitments and rituals as an RFC 5545 calendar (docs/team-time.md), for
 * a calendar app to subscribe to or import. Items are the item notes plus anything a scan would
 * add (read-only: nothing in the vault is written). `--person` keeps what that person owns or
 * is asked, and their teams' rituals. Without `--out` the calendar goes to stdout.
 */
export const icsCommand: CommandSpec = {
  name: "ics",
  summary: "Export deadlines, decision windows and rituals as an .ics calendar (all, or one person's).",
  usage: "handoff ics VAULT [--person NAME] [--out FILE] [--now ISO]",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { person: { type: "string" }, out: { type: "string" }, now: { type: "string" } });
    const root = await vaultRoot(io, onePositional(parsed.positionals, "ics"));
    const now = readNow(parsed.values.now, new Date().toISOString());
    const scan = await scanVault(FsVault.at(root), { extract: extractNote, now, dryRun: true });
    const record = scan.record;
    const team = TeamAvailability.of(record.directory, record.settings);
    let items = scan.items;
    let rituals = teamRituals(record.directory, record.settings);
    let name = "Handoff";
    if (parsed.values.person !== undefined) {
      const person = team.personNamed(parsed.values.person);
      if (person === null) {
        const { unknown } = team.resolveNames([parsed.values.person]);
        const suggestions = unknown[0]?.suggestions ?? [];
        throw new CliError(`--person "${parsed.values.person}" is not anyone in ${record.settings.peopleFolder}/${suggestions.length > 0 ? `; did you mean ${suggestions.join(" or ")}?` : "."}`);
      }
      items = items.filter((item) => involves(item, person, team));
      rituals = ritualsOf(person, rituals, team);
      name = `Handoff: ${person.name}`;
    }
    const calendar = buildCalendar(items, { team, rituals, name });
    for (const problem of scan.problems) io.stderr(`warning: ${problem}\n`);
    if (parsed.values.out === undefined) {
      io.stdout(calendar);
      return 0;
    }
    const target = resolve(io.cwd, parsed.values.out);
    try {
      await writeFile(target, calendar, "utf8");
    } catch (error) {
      throw new CliError(`could not write ${parsed.values.out}: ${error instanceof Error ? error.message : String(error)}. Give a path in a folder that exists and that you can write to.`);
    }
    const events = calendar.split("\r\nBEGIN:VEVENT\r\n").length - 1;
    io.stdout(`Wrote ${events} event${events === 1 ? "" : "s"} to ${parsed.values.out}.\n`);
    return 0;
  },
};
