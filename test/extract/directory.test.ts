import { describe, expect, it } from "vitest";
import { buildDirectory, EMPTY_DIRECTORY } from "../../src/extract/directory";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { TEAM, TEAM_NOTES } from "./helpers";

describe("buildDirectory", () => {
  it("reads People notes: zone, hours, workdays, aliases, teams, deep work, out of office", () => {
    const { directory, problems } = buildDirectory(
      [{ path: "People/Maya Chen.md", data: { timezone: "Europe/London", hours: "09:00-17:30", workdays: ["Mon", "Tue", "Wed", "Thu"], aliases: ["Maya", "@maya", "maya@example.com"], teams: ["[[Product]]"], deep_work: ["DTSTART:20261116T090000\nRRULE:FREQ=DAILY\nDURATION:PT1H"], out_of_office: ["2026-12-24..2027-01-02"] } }],
      DEFAULT_TEAM_SETTINGS,
    );
    expect(problems).toEqual([]);
    expect(directory.people).toEqual([
      { name: "Maya Chen", path: "People/Maya Chen.md", timezone: "Europe/London", hours: { start: "09:00", end: "17:30" }, workdays: [1, 2, 3, 4], aliases: ["Maya", "@maya", "maya@example.com"], teams: ["Product"], deepWork: ["DTSTART:20261116T090000\nRRULE:FREQ=DAILY\nDURATION:PT1H"], outOfOffice: ["2026-12-24..2027-01-02"] },
    ]);
  });

  it("resolves full names, first names, aliases, handles, links and team names, case-insensitively", () => {
    const name = (n: string): string | null => TEAM.resolve(n)?.name ?? null;
    expect(name("Sarah Jones")).toBe("Sarah Jones");
    expect(name("sarah")).toBe("Sarah Jones");
    expect(name("@SJONES")).toBe("Sarah Jones");
    expect(name("[[Sarah Jones]]")).toBe("Sarah Jones");
    expect(name("[[People/Maya Chen|Maya]]")).toBe("Maya Chen");
    expect(name("Wei Ling")).toBe("Wei Ling Tan");
    expect(name("Wei")).toBe("Wei Ling Tan");
    expect(name("dev")).toBe("Dev");
    expect(name("Sarah's")).toBe("Sarah Jones");
    expect(name("Nobody")).toBeNull();
    expect(EMPTY_DIRECTORY.resolve("Sarah")).toBeNull();
  });

  it("reads Team notes: members as links or names, sign-off and decision window; people get their teams", () => {
    const dev = TEAM.teams.find((t) => t.name === "Dev");
    expect(dev).toEqual({ name: "Dev", path: "Teams/Dev.md", members: ["Wei Ling Tan", "Liam Tremblay"], signoff: "Wei Ling Tan", decisionWindowHours: null });
    expect(TEAM.teams.find((t) => t.name === "Design")?.decisionWindowHours).toBe(24);
    expect(TEAM.people.find((p) => p.name === "Liam Tremblay")?.teams).toEqual(["Dev"]);
  });

  it("reports bad fields naming the file and keeps the team default", () => {
    const { directory, problems } = buildDirectory(
      [
        { path: "People/Ann.md", data: { timezone: "Mars/Olympus", hours: "9am till late", workdays: ["Funday"] } },
        { path: "Teams/Ops.md", data: { decision_window: "soon" } },
      ],
      DEFAULT_TEAM_SETTINGS,
    );
    expect(directory.people[0]).toMatchObject({ timezone: null, hours: null, workdays: null });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^People\/Ann\.md: timezone "Mars\/Olympus" is not an IANA zone/);
    expect(problems[1]).toMatch(/^People\/Ann\.md: hours "9am till late" is not HH:MM-HH:MM/);
    expect(problems[2]).toMatch(/^People\/Ann\.md: workdays/);
    expect(problems[3]).toMatch(/^Teams\/Ops\.md: decision_window "soon"/);
  });

  it("keeps a shared alias for the first note in path order and says so", () => {
    const { directory, problems } = buildDirectory(
      [
        { path: "People/Sam Two.md", data: { aliases: ["Sam"] } },
        { path: "People/Sam One.md", data: { aliases: ["Sam"] } },
      ],
      DEFAULT_TEAM_SETTINGS,
    );
    expect(directory.resolve("Sam")?.name).toBe("Sam One");
    expect(problems).toEqual(['People/Sam Two.md: the name "sam" is already used by People/Sam One.md; it keeps resolving to People/Sam One.md. Rename one of the aliases.']);
  });

  it("does not guess an ambiguous first name", () => {
    const { directory } = buildDirectory([{ path: "People/Sam Lee.md", data: {} }, { path: "People/Sam Roy.md", data: {} }], DEFAULT_TEAM_SETTINGS);
    expect(directory.resolve("Sam")).toBeNull();
    expect(directory.resolve("Sam Roy")?.name).toBe("Sam Roy");
  });

  it("uses the configured folders and ignores other notes", () => {
    const settings = { ...DEFAULT_TEAM_SETTINGS, peopleFolder: "Team/People", teamsFolder: "Team/Groups" };
    const { directory } = buildDirectory([{ path: "Team/People/Ann.md", data: {} }, { path: "People/Bob.md", data: {} }, { path: "Team/Groups/Ops.md", data: { members: ["Ann"] } }], settings);
    expect(directory.people.map((p) => p.name)).toEqual(["Ann"]);
    expect(directory.teams.map((t) => t.name)).toEqual(["Ops"]);
  });

  it("reads workdays given as numbers or a range", () => {
    const { directory } = buildDirectory([{ path: "People/A.md", data: { workdays: "Sun-Thu" } }, { path: "People/B.md", data: { workdays: [1, 3, 5] } }], DEFAULT_TEAM_SETTINGS);
    expect(directory.people.map((p) => p.workdays)).toEqual([[1, 2, 3, 4, 7], [1, 3, 5]]);
  });

  it("is built from the same notes the same way every time", () => {
    const again = buildDirectory([...TEAM_NOTES].reverse(), DEFAULT_TEAM_SETTINGS).directory;
    expect(again.people).toEqual(TEAM.people);
    expect(again.teams).toEqual(TEAM.teams);
  });
});
