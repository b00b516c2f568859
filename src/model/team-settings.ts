import { ITEM_KINDS, type ItemKind } from "./kind";

/** Where the team settings note lives. Fixed, so every device finds it without configuration. */
export const TEAM_SETTINGS_PATH = "Handoff/Team settings.md";

/**
 * Team settings: read from the frontmatter of {@link TEAM_SETTINGS_PATH} so every device
 * extracts the same way (DESIGN "Team settings live in the vault"). Per-device settings (who am
 * I, LLM endpoint and key name, sync interval) are not here.
 */
export interface TeamSettings {
  /** IANA zone for writers with no zone of their own. Default `UTC`: never the machine's zone. */
  readonly timezone: string;
  /** Start and end of the default working day, `HH:MM` in the writer's zone. Defaults 09:00 and 17:00 ("EOD"). */
  readonly workdayStart: string;
  readonly workdayEnd: string;
  /** ISO weekdays worked by default (1 = Monday). Default Monday to Friday. */
  readonly workdays: readonly number[];
  /** Decision window when a decision states none, in hours. Default 48 (DESIGN). */
  readonly decisionWindowHours: number;
  /** Decision type (product, design, engineering …) to the owner who decides it. Default none. */
  readonly decisionOwners: Readonly<Record<string, string>>;
  /** Folders whose notes are sources; empty means every note outside Handoff's own folders. */
  readonly sourceFolders: readonly string[];
  /** Where item notes go. Default `Handoff`. */
  readonly itemsFolder: string;
  /** People notes. Default `People`. */
  readonly peopleFolder: string;
  /** Team notes. Default `Teams`. */
  readonly teamsFolder: string;
  /** Channel folders: each subfolder is a channel. Default `Channels`. */
  readonly channelsFolder: string;
  /** Kinds to extract. Default all. */
  readonly kinds: readonly ItemKind[];
  /** Append `^id` block ids to source sentences so items survive renames and edits. Default true. */
  readonly blockIds: boolean;
  /** Folders whose notes may be sent to the configured LLM (opt-in). Default none. */
  readonly llmFolders: readonly string[];
}

/** The defaults, used for every field the settings note does not set (or when there is no note). */
export const DEFAULT_TEAM_SETTINGS: TeamSettings = Object.freeze({
  timezone: "UTC",
  workdayStart: "09:00",
  workdayEnd: "17:00",
  workdays: Object.freeze([1, 2, 3, 4, 5]),
  decisionWindowHours: 48,
  decisionOwners: Object.freeze({}),
  sourceFolders: Object.freeze([]),
  itemsFolder: "Handoff",
  peopleFolder: "People",
  teamsFolder: "Teams",
  channelsFolder: "Channels",
  kinds: ITEM_KINDS,
  blockIds: true,
  llmFolders: Object.freeze([]),
});
