import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_TEAM_SETTINGS, TEAM_SETTINGS_PATH, type TeamSettings } from "../../src/model/team-settings";
import { loadTeamSettings, parseTeamSettings } from "../../src/store/team-settings-note";
import { removeTempVaults, tempVault } from "./temp-vault";

afterAll(removeTempVaults);

const note = (yaml: string): string => `---\n${yaml}\n---\n# Team settings\n`;

describe("parseTeamSettings", () => {
  it("reads every key", () => {
    const { settings, problems } = parseTeamSettings(
      note(
        [
          "timezone: Europe/London",
          'workday_start: "8:30"',
          "workday_end: 17:30",
          "workdays: [Mon, Tue, Wed, Thu]",
          "decision_window: 3d",
          'decision_owners:\n  Design: "[[People/Amara Okafor|Amara]]"\n  product: Maya Chen',
          "source_folders: [Channels, /Meetings/]",
          "items_folder: Record",
          "people_folder: Team/People",
          "teams_folder: Team/Teams",
          "channels_folder: Chan",
          "kinds: [request, commitment]",
          "block_ids: false",
          "llm_folders: Meetings",
          "tags: [settings]",
        ].join("\n"),
      ),
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      timezone: "Europe/London",
      workdayStart: "08:30",
      workdayEnd: "17:30",
      workdays: [1, 2, 3, 4],
      decisionWindowHours: 72,
      decisionOwners: { design: "Amara Okafor", product: "Maya Chen" },
      sourceFolders: ["Channels", "Meetings"],
      itemsFolder: "Record",
      peopleFolder: "Team/People",
      teamsFolder: "Team/Teams",
      channelsFolder: "Chan",
      kinds: ["commitment", "request"],
      blockIds: false,
      llmFolders: ["Meetings"],
    } satisfies TeamSettings);
  });

  it.each<[string, string, Partial<TeamSettings>]>([
    ["decision_window: 36", "number of hours", { decisionWindowHours: 36 }],
    ['decision_window: "72h"', "hours with a unit", { decisionWindowHours: 72 }],
    ["decision_window: 1.5 days", "days", { decisionWindowHours: 36 }],
    ["workdays: [1, 2, 3, 4, 5, 6]", "ISO numbers", { workdays: [1, 2, 3, 4, 5, 6] }],
    ["workdays: Sunday, Monday", "a comma list, sorted", { workdays: [1, 7] }],
    ["workdays: Mon-Thu", "a range, as People notes write it", { workdays: [1, 2, 3, 4] }],
    ["kinds: decision", "one kind", { kinds: ["decision"] }],
    ["kinds: []", "no kinds at all", { kinds: [] }],
    ["timezone: Asia/Singapore", "a zone", { timezone: "Asia/Singapore" }],
  ])("reads %s (%s)", (yaml, _what, expected) => {
    const { settings, problems } = parseTeamSettings(note(yaml));
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_TEAM_SETTINGS, ...expected });
  });

  it.each<[string, string]>([
    ["timezone: Mars/Olympus", "`timezone` must be an IANA time zone like Europe/London, got \"Mars/Olympus\"; using the default UTC."],
    ["workday_end: 5pm", '`workday_end` must be a 24-hour time like 17:00, got "5pm"; using the default 17:00.'],
    ["workdays: [Mon, Funday]", "`workdays` must be a list of weekdays like [Mon, Tue, Wed, Thu, Fri] or ISO numbers 1-7, got [\"Mon\",\"Funday\"]; using the default 1, 2, 3, 4, 5."],
    ["decision_window: soon", '`decision_window` must be a length like "48h" or "2d" (or a number of hours), got "soon"; using the default 48.'],
    ["decision_window: 0", '`decision_window` must be a length like "48h" or "2d" (or a number of hours), got 0; using the default 48.'],
    ["decision_owners: [Maya]", '`decision_owners` must be a map of decision type to owner, like `design: "[[Amara Okafor]]"`, got ["Maya"]; using the default (none).'],
    ["items_folder: ../outside", '`items_folder` must be a folder path inside the vault, like "Handoff", got "../outside"; using the default Handoff.'],
    ["kinds: [commitment, chore]", "`kinds` must be a list of kinds from commitment, decision, request, dependency, fyi, got [\"commitment\",\"chore\"]; using the default commitment, decision, request, dependency, fyi."],
    ["block_ids: yes please", '`block_ids` must be true or false, got "yes please"; using the default true.'],
    ["colour: blue", "unknown setting `colour` is ignored. Known settings: timezone, workday_start, workday_end, workdays, decision_window, decision_owners, source_folders, items_folder, people_folder, teams_folder, channels_folder, kinds, block_ids, llm_folders."],
  ])("reports %s, naming the file and key, and keeps the default", (yaml, message) => {
    const { settings, problems } = parseTeamSettings(note(yaml));
    expect(problems).toEqual([`${TEAM_SETTINGS_PATH}: ${message}`]);
    expect(settings).toEqual(DEFAULT_TEAM_SETTINGS);
  });

  it("keeps the valid keys when one is bad, and reports a start after the end", () => {
    const { settings, problems } = parseTeamSettings(note("timezone: Asia/Singapore\nworkday_start: 18:00\nworkday_end: 09:00"));
    expect(settings.timezone).toBe("Asia/Singapore");
    expect([settings.workdayStart, settings.workdayEnd]).toEqual(["09:00", "17:00"]);
    expect(problems).toEqual([`${TEAM_SETTINGS_PATH}: \`workday_start\` (18:00) must be before \`workday_end\` (09:00); using the defaults 09:00 and 17:00.`]);
  });

  it("gives all defaults and one problem for invalid YAML", () => {
    const { settings, problems } = parseTeamSettings(note("timezone: [Europe/London"));
    expect(settings).toEqual(DEFAULT_TEAM_SETTINGS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Handoff\/Team settings\.md: invalid YAML frontmatter.*Fix the YAML between the --- lines\.$/);
  });

  it("gives all defaults without a problem for a note without frontmatter or with empty keys", () => {
    expect(parseTeamSettings("# Settings\n")).toEqual({ settings: DEFAULT_TEAM_SETTINGS, problems: [] });
    expect(parseTeamSettings(note("timezone:\nkinds:"))).toEqual({ settings: DEFAULT_TEAM_SETTINGS, problems: [] });
  });
});

describe("loadTeamSettings", () => {
  it("uses the defaults without a problem when there is no settings note", async () => {
    await expect(loadTeamSettings(tempVault().port)).resolves.toEqual({ settings: DEFAULT_TEAM_SETTINGS, problems: [] });
  });

  it("reads the note from the vault, and reports an unreadable one", async () => {
    const vault = tempVault({ [TEAM_SETTINGS_PATH]: note("timezone: America/Toronto") });
    expect((await loadTeamSettings(vault.port)).settings.timezone).toBe("America/Toronto");
    vault.write(TEAM_SETTINGS_PATH, new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
    const loaded = await loadTeamSettings(vault.port);
    expect(loaded.settings).toEqual(DEFAULT_TEAM_SETTINGS);
    expect(loaded.problems[0]).toMatch(/^Skipped "Handoff\/Team settings\.md": it is a binary file.*Using the default team settings\.$/);
  });
});
