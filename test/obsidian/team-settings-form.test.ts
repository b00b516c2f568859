import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { kindsValue, OWNER_LINE, TEAM_FIELDS, teamValueProblem } from "../../src/obsidian/team-settings-form";
import { parseTeamSettings } from "../../src/store/team-settings-note";

const field = (key: string) => {
  const found = TEAM_FIELDS.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};
const nobody = () => false;

describe("team settings fields", () => {
  it("cover the brief's team settings: folders, zone, window, working day end, decision owners", () => {
    expect(TEAM_FIELDS.map((f) => f.key)).toEqual(expect.arrayContaining(["source_folders", "items_folder", "people_folder", "timezone", "decision_window", "workday_end", "decision_owners"]));
  });

  it("state their default in the description", () => {
    for (const f of TEAM_FIELDS) expect(f.desc).toMatch(/Default: /);
  });

  it("show the current values as a person would type them", () => {
    const settings = parseTeamSettings("---\nsource_folders: [Channels, Meetings]\ndecision_window: 2d\ndecision_owners:\n  design: \"[[Emily Tremblay]]\"\n---\n").settings;
    expect(field("source_folders").show(settings)).toBe("Channels, Meetings");
    expect(field("decision_window").show(settings)).toBe("48h");
    expect(field("decision_owners").show(settings)).toBe("design: Emily Tremblay");
    expect(field("timezone").show(DEFAULT_TEAM_SETTINGS)).toBe("UTC");
  });

  it("turn input into frontmatter values, empty input into null (the default applies)", () => {
    expect(field("source_folders").toValue(" Channels ,Meetings,, ", nobody)).toEqual(["Channels", "Meetings"]);
    expect(field("source_folders").toValue("  ", nobody)).toBeNull();
    expect(field("timezone").toValue(" Asia/Singapore ", nobody)).toBe("Asia/Singapore");
    expect(field("items_folder").toValue("", nobody)).toBeNull();
    expect(field("decision_owners").toValue("Design: Emily Tremblay\nnot a line\nproduct: [[Maya Chen]]\n", (n) => n === "Emily Tremblay")).toEqual({ design: "[[Emily Tremblay]]", product: "[[Maya Chen]]" });
    expect(field("decision_owners").toValue("legal: Outside Counsel", nobody)).toEqual({ legal: "Outside Counsel" });
  });

  it("round-trip: what a field writes is read back by the store as the value shown", () => {
    const values: Record<string, string> = { source_folders: "Channels, Meetings", items_folder: "Tracked", timezone: "America/Toronto", decision_window: "72h", workday_end: "18:30", decision_owners: "design: Emily Tremblay" };
    for (const [key, input] of Object.entries(values)) {
      const value = field(key).toValue(input, nobody);
      const loaded = parseTeamSettings(`---\n${stringify({ [key]: value })}---\n`);
      expect(loaded.problems).toEqual([]);
      expect(field(key).show(loaded.settings)).toBe(input);
    }
  });
});

describe("teamValueProblem", () => {
  it.each([
    ["timezone", "Europe/London"],
    ["timezone", null],
    ["decision_window", "48h"],
    ["decision_window", "2d"],
    ["workday_end", "17:30"],
    ["kinds", ["commitment", "decision"]],
    ["source_folders", ["Channels"]],
  ])("accepts %s = %j", (key, value) => expect(teamValueProblem(key, value)).toBeNull());

  it.each([
    ["timezone", "London", "IANA"],
    ["timezone", "Mars/Base", "IANA"],
    ["decision_window", "soon", "48h"],
    ["workday_end", "25:00", "24-hour"],
    ["items_folder", "../outside", "folder"],
    ["kinds", [], "at least one"],
    ["kinds", ["gossip"], "kinds"],
  ])("refuses %s = %j with a sentence mentioning %s", (key, value, words) => {
    const problem = teamValueProblem(key, value);
    expect(problem).not.toBeNull();
    expect(problem).toContain(words);
  });
});

describe("kindsValue", () => {
  it("is null (the default) when every kind is on, else the kinds in their fixed order", () => {
    expect(kindsValue(["fyi", "request", "decision", "commitment", "dependency"])).toBeNull();
    expect(kindsValue(["request", "commitment"])).toEqual(["commitment", "request"]);
  });
});

describe("OWNER_LINE", () => {
  it.each([
    ["design: Emily Tremblay", "design", "Emily Tremblay"],
    ["  product :  [[Maya Chen]]  ", "product", "[[Maya Chen]]"],
    ["eng ops: Marcus: the lead", "eng ops", "Marcus: the lead"],
  ])("reads %j", (line, type, owner) => {
    const m = OWNER_LINE.exec(line);
    expect(m?.[1]).toBe(type);
    expect(m?.[2]).toBe(owner);
  });
  it.each(["", "design", ": Emily", "design:   "])("refuses %j", (line) => expect(OWNER_LINE.exec(line)).toBeNull());
});
