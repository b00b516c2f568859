/**
 * The "Team settings" half of the settings tab, as data: which keys of the team settings note
 * (`Handoff/Team settings.md`, docs/item-format.md) the tab edits, how each current value is
 * shown, and how what a person types becomes a frontmatter value. Values are checked with the
 * store's own reader (`parseTeamSettings`), so the tab accepts exactly what every device will
 * read back. Pure: no `obsidian` import.
 */
import { stringify } from "yaml";
import { ITEM_KINDS, type ItemKind } from "../model/kind";
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from "../model/team-settings";
import { parseTeamSettings } from "../store/team-settings-note";
import { canLink, parseWikilink } from "../store/wikilink";

/** One editable team setting: a frontmatter key of the settings note and its text form. */
export interface TeamField {
  /** The key in the settings note's frontmatter. */
  readonly key: string;
  /** Label in the settings tab (sentence case). */
  readonly name: string;
  /** What it does, ending with its default. */
  readonly desc: string;
  readonly placeholder: string;
  /** True for multi-line input (one entry per line). */
  readonly multiline: boolean;
  /** The current value as the person would type it. */
  show(settings: TeamSettings): string;
  /** The frontmatter value for `input`; null removes the key (its default applies). */
  toValue(input: string, isPerson: (name: string) => boolean): unknown;
}

/** `type: owner` on one line of the decision owners box. Group 1 the type, group 2 the owner. */
export const OWNER_LINE = /^\s*([^:]+?)\s*:\s*(\S.*?)\s*$/;

type TextField = "itemsFolder" | "peopleFolder" | "teamsFolder" | "channelsFolder" | "timezone" | "workdayStart" | "workdayEnd";

const text = (key: string, name: string, desc: string, field: TextField, placeholder: string): TeamField => ({
  key,
  name,
  desc,
  placeholder,
  multiline: false,
  show: (s) => s[field],
  toValue: (input) => (input.trim() === "" ? null : input.trim()),
});

/** The fields the tab shows, in order. Kinds are edited separately with one toggle each ({@link kindsValue}). */
export const TEAM_FIELDS: readonly TeamField[] = [
  {
    key: "source_folders",
    name: "Source folders",
    desc: "Folders whose notes Handoff reads for commitments, comma-separated. Default: every note outside Handoff's own folders.",
    placeholder: "Channels, Meetings",
    multiline: false,
    show: (s) => s.sourceFolders.join(", "),
    toValue: (input) => {
      const folders = input.split(",").map((f) => f.trim()).filter((f) => f !== "");
      return folders.length === 0 ? null : folders;
    },
  },
  text("items_folder", "Item notes folder", `Where Handoff writes one note per item. Default: ${DEFAULT_TEAM_SETTINGS.itemsFolder}.`, "itemsFolder", DEFAULT_TEAM_SETTINGS.itemsFolder),
  text("people_folder", "People folder", `People notes (time zone, hours, aliases). Default: ${DEFAULT_TEAM_SETTINGS.peopleFolder}.`, "peopleFolder", DEFAULT_TEAM_SETTINGS.peopleFolder),
  text("teams_folder", "Teams folder", `Team notes (members, sign-off). Default: ${DEFAULT_TEAM_SETTINGS.teamsFolder}.`, "teamsFolder", DEFAULT_TEAM_SETTINGS.teamsFolder),
  text("channels_folder", "Channels folder", `Each subfolder is a channel. Default: ${DEFAULT_TEAM_SETTINGS.channelsFolder}.`, "channelsFolder", DEFAULT_TEAM_SETTINGS.channelsFolder),
  text("timezone", "Default time zone", `IANA zone for writers whose People note has none, never this device's zone. Default: ${DEFAULT_TEAM_SETTINGS.timezone}.`, "timezone", "Europe/London"),
  {
    key: "decision_window",
    name: "Decision window",
    desc: `How long a decision stays open when its writer names no time: 48h, 2d or a number of hours. Default: ${DEFAULT_TEAM_SETTINGS.decisionWindowHours}h.`,
    placeholder: "48h",
    multiline: false,
    show: (s) => `${s.decisionWindowHours}h`,
    toValue: (input) => (input.trim() === "" ? null : input.trim()),
  },
  text("workday_start", "Working day start", `Start of the default working day, 24-hour. Default: ${DEFAULT_TEAM_SETTINGS.workdayStart}.`, "workdayStart", DEFAULT_TEAM_SETTINGS.workdayStart),
  text("workday_end", "Working day end", `What "EOD" means for writers without hours of their own, 24-hour. Default: ${DEFAULT_TEAM_SETTINGS.workdayEnd}.`, "workdayEnd", DEFAULT_TEAM_SETTINGS.workdayEnd),
  {
    key: "decision_owners",
    name: "Decision owners",
    desc: "Who decides each type of decision when nobody is named, one per line: design: Emily Tremblay. Default: none.",
    placeholder: "product: Maya Chen\ndesign: Emily Tremblay",
    multiline: true,
    show: (s) => Object.entries(s.decisionOwners).map(([type, owner]) => `${type}: ${owner}`).join("\n"),
    toValue: (input, isPerson) => {
      const owners: Record<string, string> = {};
      for (const line of input.split("\n")) {
        const match = OWNER_LINE.exec(line);
        if (!match) continue;
        const owner = match[2];
        owners[match[1].toLowerCase()] = parseWikilink(owner) === null && canLink(owner) && isPerson(owner) ? `[[${owner}]]` : owner;
      }
      return Object.keys(owners).length === 0 ? null : owners;
    },
  },
];

/** The `kinds` value for the kinds switched on: null (the default, all kinds) when every kind is on. */
export function kindsValue(on: readonly ItemKind[]): readonly ItemKind[] | null {
  const kinds = ITEM_KINDS.filter((k) => on.includes(k));
  return kinds.length === ITEM_KINDS.length ? null : kinds;
}

/**
 * Why `value` is not a valid `key` for the settings note, as a sentence, or null when every
 * device will read it. Checked by the store's reader on a note holding only this key; lines
 * in `decision_owners` that are not `type: owner` are ignored by {@link TEAM_FIELDS} before this.
 */
export function teamValueProblem(key: string, value: unknown): string | null {
  if (value === null) return null;
  if (key === "kinds" && Array.isArray(value) && value.length === 0) return "Keep at least one kind on; with none, Handoff would find nothing.";
  const loaded = parseTeamSettings(`---\n${stringify({ [key]: value })}---\n`);
  const problem = loaded.problems.find((p) => p.includes(`\`${key}\``));
  if (!problem) return null;
  return problem.replace(/^[^:]*: /, "").replace(/; using the default.*$/, ".");
}
