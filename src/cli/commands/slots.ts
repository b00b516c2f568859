import { DateTime } from "luxon";
import { extractNote } from "../../extract/extract";
import { VaultRecord } from "../../store/vault-record";
import { zoneAbbreviation } from "../../time/display";
import { formatDuration, parseDuration } from "../../time/duration-text";
import { findSlots, type Slot } from "../../time/slots";
import { TeamAvailability } from "../../time/team-availability";
import { formatInstant } from "../../time/wall-clock";
import { isValidZone } from "../../time/zone-names";
import { CliError, type CliIo, type CommandSpec } from "../command";
import { onePositional, parseCommandArgs, readNow, vaultRoot } from "../cli-args";
import { FsVault } from "../fs-vault";

/**
 * `handoff slots VAULT --people "A,B,C" --duration 30m [--now ISO] [--days 7] [--limit 10]
 * [--tz IANA] [--json]`: meeting times for those people (names, first names, @handles or team
 * names, which stand for their members), best first, by the rules in docs/team-time.md.
 * `--json` prints `[{start, end, people: [{name, local, inHours, zone, reach}], cost, outside}]`
 * with ISO instants: `start`/`end` in `--tz` (default the team's zone), `local` in each
 * person's. Reads only People, Team and settings notes; writes nothing.
 */
export const slotsCommand: CommandSpec = {
  name: "slots",
  summary: "Find meeting times for some people: inside everyone's hours when possible, else the least bad, never before 07:00 or after 22:00 for anyone.",
  usage: 'handoff slots VAULT --people "A,B,C" --duration 30m [--now ISO] [--days 7] [--limit 10] [--tz IANA] [--json]',
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, {
      people: { type: "string" },
      duration: { type: "string" },
      now: { type: "string" },
      days: { type: "string" },
      limit: { type: "string" },
      tz: { type: "string" },
      json: { type: "boolean" },
    });
    const root = await vaultRoot(io, onePositional(parsed.positionals, "slots"));
    if (parsed.values.people === undefined) throw new CliError('give the people: --people "Maya Chen, Daniel, Olivia" (names, first names, @handles or team names).', 2);
    if (parsed.values.duration === undefined) throw new CliError("give the meeting's length: --duration 30m (or 1h, 1h30m).", 2);
    const duration = parseDuration(parsed.values.duration);
    if (!duration.ok) throw new CliError(`--duration ${duration.error}.`, 2);
    if (duration.value > 15 * 60) throw new CliError(`--duration ${parsed.values.duration} is longer than 07:00-22:00 allows; give at most 15h.`, 2);
    const days = count(parsed.values.days, "--days", 7, 60);
    const limit = count(parsed.values.limit, "--limit", 10, 100);
    const now = readNow(parsed.values.now, new Date().toISOString());

    const record = await VaultRecord.open(FsVault.at(root), { extract: extractNote, now });
    for (const problem of record.problems()) io.stderr(`warning: ${problem}\n`);
    const zone = parsed.values.tz ?? record.settings.timezone;
    if (!isValidZone(zone)) throw new CliError(`--tz "${zone}" is not an IANA time zone; write it like Europe/London or Asia/Singapore.`, 2);
    const team = TeamAvailability.of(record.directory, record.settings);
    const names = parsed.values.people.split(",");
    const { people, unknown } = team.resolveNames(names);
    if (unknown.length > 0) throw new CliError(unknown.map((u) => `nobody called "${u.name}" in ${record.settings.peopleFolder}/ or ${record.settings.teamsFolder}/${u.suggestions.length > 0 ? `; did you mean ${u.suggestions.join(" or ")}?` : "."}`).join("\n"));
    if (people.length === 0) throw new CliError('--people names no one; give names like --people "Maya Chen, Daniel".', 2);

    const slots = findSlots({ people, durationMinutes: duration.value, from: Date.parse(now), days, limit });
    io.stdout(parsed.values.json ? `${JSON.stringify(slots.map((s) => slotJson(s, zone)), null, 2)}\n` : renderSlots(slots, people.map((p) => p.name), duration.value, days, zone));
    return 0;
  },
};

/** A whole number option within 1..max, or `fallback` when absent. */
function count(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new CliError(`${name} "${value}" is not a whole number from 1 to ${max}.`, 2);
  return n;
}

/** An instant as ISO 8601 with the offset of `zone` then (`+00:00`, never `Z`, as deadlines are written). */
function isoIn(ms: number, zone: string): string {
  return formatInstant(DateTime.fromMillis(ms, { zone }));
}

/** The `--json` shape of one slot. */
function slotJson(slot: Slot, zone: string): Record<string, unknown> {
  return {
    start: isoIn(slot.start, zone),
    end: isoIn(slot.end, zone),
    people: slot.people.map((p) => ({ name: p.name, local: p.local, inHours: p.inHours, zone: p.zone, reach: p.reach })),
    cost: slot.cost,
    outside: slot.outside,
  };
}

/** "Tue 24 Nov 12:00" on the wall clock of `zone`. */
function wall(ms: number, zone: string, withDay: boolean): string {
  return DateTime.fromMillis(ms, { zone }).setLocale("en-GB").toFormat(withDay ? "ccc d LLL HH:mm" : "HH:mm");
}

/** The readable table: one block per slot, each person's local time and whether it is in hours. */
function renderSlots(slots: readonly Slot[], names: readonly string[], minutes: number, days: number, zone: string): string {
  const head = `${formatDuration(minutes)} with ${names.join(", ")}, over the next ${days} day${days === 1 ? "" : "s"} (times in ${zone}):`;
  if (slots.length === 0) {
    return `${head}\nNo time fits: someone is out of office, in deep work or off every day, or the meeting cannot fit 07:00-22:00 for everyone. Try more --days or fewer people.\n`;
  }
  const width = Math.max(...names.map((n) => n.length));
  const out = [head, ""];
  slots.forEach((slot, i) => {
    const label = slot.outside === 0 ? "everyone in hours" : `${slot.outside} outside their hours`;
    out.push(`${i + 1}. ${wall(slot.start, zone, true)}-${wall(slot.end, zone, false)} ${zoneAbbreviation(zone, slot.start)}  (${label})`);
    for (const p of slot.people) {
      const where = p.inHours ? "in hours" : `${formatDuration(p.reach)} outside hours`;
      out.push(`   ${p.name.padEnd(width)}  ${wall(slot.start, p.zone, true)}-${wall(slot.end, p.zone, false)} ${zoneAbbreviation(p.zone, slot.start)}  ${where}`);
    }
  });
  return `${out.join("\n")}\n`;
}
