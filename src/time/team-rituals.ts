import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { EVENT_RULE_EXAMPLE, nextRuleStart, readEventRule, type EventRule, type Interval } from "./event-rule";

/**
 * A team's rituals: named recurring meetings ("the Monday context call") written in the Team
 * note as RFC 5545 fragments with a `SUMMARY` line:
 *
 * ```yaml
 * rituals:
 *   - "SUMMARY:Monday context call\nDTSTART;TZID=Europe/London:20261116T130000\nRRULE:FREQ=WEEKLY;BYDAY=MO\nDURATION:PT1H"
 * ```
 *
 * A floating `DTSTART` (no TZID) is in the team settings' zone: a team has no zone of its own.
 * A sentence naming a ritual ("I'll bring numbers to the Monday context call") is due at its
 * next occurrence ({@link findRitualMention}, {@link nextRitual}); the calendar export lists
 * every ritual with its RRULE.
 */

/** One ritual, validated. */
export interface TeamRitual {
  /** The Team note's name. */
  readonly team: string;
  /** `SUMMARY`: how people refer to it ("Monday context call"). */
  readonly name: string;
  readonly rule: EventRule;
  /** The zone its wall-clock times are in: the TZID, else the team settings' zone. */
  readonly zone: string;
  /** The Team note it was read from. */
  readonly path: string;
}

const RITUAL_EXAMPLE = `"SUMMARY:Monday context call\\nDTSTART;TZID=Europe/London:20261116T130000\\nRRULE:FREQ=WEEKLY;BYDAY=MO\\nDURATION:PT1H"`;

/**
 * Reads one Team note's `rituals` entries. Each needs a SUMMARY and a valid fragment; one that
 * does not is reported naming `path` and left out.
 */
export function readTeamRituals(entries: readonly string[], path: string, team: string, settings: TeamSettings): { rituals: TeamRitual[]; problems: string[] } {
  const rituals: TeamRitual[] = [];
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    const rule = readEventRule(entry);
    if (typeof rule === "string") problems.push(`${path}: ritual ${i + 1} is ignored: ${rule}. Write it like ${RITUAL_EXAMPLE}.`);
    else if (rule.summary === null) problems.push(`${path}: ritual ${i + 1} has no SUMMARY line naming it; it is ignored. Write it like ${RITUAL_EXAMPLE} (the other lines as in ${EVENT_RULE_EXAMPLE}).`);
    else rituals.push(Object.freeze({ team, name: rule.summary, rule, zone: rule.zone ?? settings.timezone, path }));
  });
  return { rituals, problems };
}

/** Every team's rituals, in the directory's team order (problems are reported by the directory). */
export function teamRituals(directory: Directory, settings: TeamSettings): TeamRitual[] {
  return directory.teams.flatMap((team) => readTeamRituals(team.rituals ?? [], team.path, team.name, settings).rituals);
}

/** Escapes a name for use inside a regular expression. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The ritual a sentence names, as whole words and case-insensitively, with an optional "the"
 * before it: "see you at the Monday context call" → the ritual "Monday context call", text
 * "the Monday context call". The longest name wins when several match; null when none does.
 */
export function findRitualMention(sentence: string, rituals: readonly TeamRitual[]): { ritual: TeamRitual; index: number; text: string } | null {
  for (const ritual of [...rituals].sort((a, b) => b.name.length - a.name.length)) {
    const words = ritual.name.trim().split(/\s+/).map(escape).join(String.raw`\s+`);
    // The ritual's name as whole words, with the article before it when there is one.
    const m = new RegExp(String.raw`(?:\bthe\s+)?\b${words}\b`, "i").exec(sentence);
    if (m) return { ritual, index: m.index, text: m[0] };
  }
  return null;
}

/** The ritual's next occurrence starting at or after `from` (epoch ms), or null when the rule has ended. */
export function nextRitual(ritual: TeamRitual, from: number): Interval | null {
  return nextRuleStart(ritual.rule, ritual.zone, from);
}
