import { parseDecisionWindow, parseWorkdays } from "../extract/person-fields";
import { ITEM_KINDS, isItemKind, type ItemKind } from "../model/kind";
import { DEFAULT_TEAM_SETTINGS, TEAM_SETTINGS_PATH, type TeamSettings } from "../model/team-settings";
import { isValidZone } from "../time/zone-names";
import { splitFrontmatter } from "./frontmatter";
import { VaultReadError, type VaultPort } from "./vault-port";
import { noteName, parseWikilink } from "./wikilink";

/** Team settings read from the settings note, with what was wrong in it. */
export interface LoadedTeamSettings {
  readonly settings: TeamSettings;
  /** User-facing messages naming the file and key, and the default used instead. */
  readonly problems: readonly string[];
}

/** `HH:MM` on a 24-hour clock (`9:00` allowed). Group 1 hours, group 2 minutes. */
const CLOCK_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

function bad(expected: string): Parsed<never> {
  return { ok: false, expected };
}

/** The settings note's keys (snake_case) and how each is read. Keys not here are reported. */
const KEYS: Readonly<Record<string, { field: keyof TeamSettings; parse: (value: unknown) => Parsed<unknown> }>> = {
  timezone: { field: "timezone", parse: parseZone },
  workday_start: { field: "workdayStart", parse: parseClock },
  workday_end: { field: "workdayEnd", parse: parseClock },
  workdays: { field: "workdays", parse: parseWeekdays },
  decision_window: { field: "decisionWindowHours", parse: parseWindow },
  decision_owners: { field: "decisionOwners", parse: parseOwners },
  source_folders: { field: "sourceFolders", parse: parseFolders },
  items_folder: { field: "itemsFolder", parse: parseFolder },
  people_folder: { field: "peopleFolder", parse: parseFolder },
  teams_folder: { field: "teamsFolder", parse: parseFolder },
  channels_folder: { field: "channelsFolder", parse: parseFolder },
  kinds: { field: "kinds", parse: parseKinds },
  block_ids: { field: "blockIds", parse: parseBoolean },
  llm_folders: { field: "llmFolders", parse: parseFolders },
};

/** Keys Obsidian or people commonly put on any note; allowed without a warning. */
const IGNORED_KEYS: ReadonlySet<string> = new Set(["tags", "aliases", "cssclasses", "cssclass", "publish"]);

/**
 * Reads team settings from the text of {@link TEAM_SETTINGS_PATH}. Every key is optional; an
 * unknown key or a bad value gives a problem naming the file and key, and that key keeps its
 * default (the rest still apply). Invalid YAML gives one problem and all defaults. Pure.
 */
export function parseTeamSettings(text: string, path = TEAM_SETTINGS_PATH): LoadedTeamSettings {
  const note = splitFrontmatter(text);
  if (note.error) return { settings: DEFAULT_TEAM_SETTINGS, problems: [`${path}: ${note.error}; using the default team settings. Fix the YAML between the --- lines.`] };
  const problems: string[] = [];
  const settings: Record<string, unknown> = { ...DEFAULT_TEAM_SETTINGS };
  for (const [key, value] of Object.entries(note.data)) {
    const spec = KEYS[key];
    if (!spec) {
      if (!IGNORED_KEYS.has(key)) problems.push(`${path}: unknown setting \`${key}\` is ignored. Known settings: ${Object.keys(KEYS).join(", ")}.`);
      continue;
    }
    if (value === null || value === undefined) continue;
    const parsed = spec.parse(value);
    if (parsed.ok) {
      settings[spec.field] = parsed.value;
    } else {
      problems.push(`${path}: \`${key}\` must be ${parsed.expected}, got ${JSON.stringify(value)}; using the default ${describeDefault(spec.field)}.`);
    }
  }
  if ((settings.workdayStart as string) >= (settings.workdayEnd as string)) {
    problems.push(`${path}: \`workday_start\` (${settings.workdayStart as string}) must be before \`workday_end\` (${settings.workdayEnd as string}); using the defaults 09:00 and 17:00.`);
    settings.workdayStart = DEFAULT_TEAM_SETTINGS.workdayStart;
    settings.workdayEnd = DEFAULT_TEAM_SETTINGS.workdayEnd;
  }
  return { settings: Object.freeze(settings) as unknown as TeamSettings, problems };
}

/**
 * Reads the team settings note through the port. No note means all defaults and no problem; a
 * note that cannot be read (binary, not UTF-8) gives defaults and a problem naming it.
 */
export async function loadTeamSettings(port: VaultPort): Promise<LoadedTeamSettings> {
  if (!(await port.exists(TEAM_SETTINGS_PATH))) return { settings: DEFAULT_TEAM_SETTINGS, problems: [] };
  try {
    return parseTeamSettings(await port.read(TEAM_SETTINGS_PATH));
  } catch (error) {
    if (error instanceof VaultReadError) return { settings: DEFAULT_TEAM_SETTINGS, problems: [`${error.message} Using the default team settings.`] };
    throw error;
  }
}

function describeDefault(field: keyof TeamSettings): string {
  const value = DEFAULT_TEAM_SETTINGS[field];
  if (Array.isArray(value)) return value.length === 0 ? "(none)" : value.join(", ");
  if (typeof value === "object") return "(none)";
  return String(value);
}

function parseZone(value: unknown): Parsed<string> {
  return typeof value === "string" && isValidZone(value.trim()) ? ok(value.trim()) : bad("an IANA time zone like Europe/London");
}

function parseClock(value: unknown): Parsed<string> {
  const match = typeof value === "string" ? CLOCK_TIME.exec(value.trim()) : null;
  if (!match) return bad("a 24-hour time like 17:00");
  return ok(`${match[1].padStart(2, "0")}:${match[2]}`);
}

/** Weekday names, ISO numbers or a range ("Mon-Fri"), read as People notes' `workdays` are. */
function parseWeekdays(value: unknown): Parsed<readonly number[]> {
  const days = parseWorkdays(value);
  return days ? ok(Object.freeze(days)) : bad("a list of weekdays like [Mon, Tue, Wed, Thu, Fri] or ISO numbers 1-7");
}

/** "48h", "2d" or a number of hours, read as Team notes' `decision_window` is. */
function parseWindow(value: unknown): Parsed<number> {
  const hours = parseDecisionWindow(value);
  return hours === undefined ? bad('a length like "48h" or "2d" (or a number of hours)') : ok(hours);
}

function parseOwners(value: unknown): Parsed<Readonly<Record<string, string>>> {
  const expected = "a map of decision type to owner, like `design: \"[[Amara Okafor]]\"`";
  if (typeof value !== "object" || value === null || Array.isArray(value)) return bad(expected);
  const owners: Record<string, string> = {};
  for (const [type, owner] of Object.entries(value as Record<string, unknown>)) {
    if (typeof owner !== "string" || owner.trim() === "") return bad(expected);
    const link = parseWikilink(owner);
    owners[type.trim().toLowerCase()] = link ? noteName(link.target) : owner.trim();
  }
  return ok(Object.freeze(owners));
}

function parseFolder(value: unknown): Parsed<string> {
  const expected = 'a folder path inside the vault, like "Handoff"';
  if (typeof value !== "string") return bad(expected);
  const folder = value.trim().replace(/^\/+|\/+$/g, "");
  if (folder === "" || folder.split("/").some((s) => s === "" || s === "." || s === "..") || folder.includes("\\")) return bad(expected);
  return ok(folder);
}

function parseFolders(value: unknown): Parsed<readonly string[]> {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list)) return bad('a list of folders, like ["Channels", "Meetings"]');
  const folders: string[] = [];
  for (const entry of list) {
    const folder = parseFolder(entry);
    if (!folder.ok) return bad('a list of folders, like ["Channels", "Meetings"]');
    if (!folders.includes(folder.value)) folders.push(folder.value);
  }
  return ok(Object.freeze(folders));
}

function parseKinds(value: unknown): Parsed<readonly ItemKind[]> {
  const list = typeof value === "string" ? value.split(",").map((s) => s.trim()) : value;
  if (!Array.isArray(list) || !list.every((k) => isItemKind(k))) return bad(`a list of kinds from ${ITEM_KINDS.join(", ")}`);
  return ok(Object.freeze(ITEM_KINDS.filter((k) => (list as unknown[]).includes(k))));
}

function parseBoolean(value: unknown): Parsed<boolean> {
  return typeof value === "boolean" ? ok(value) : bad("true or false");
}
