import { describe, expect, it } from "vitest";
import { DEFAULT_DEVICE_SETTINGS, readDeviceSettings, SECRET_NAME, withDeviceSettings } from "../../src/obsidian/device-settings";

describe("readDeviceSettings", () => {
  it("gives the defaults for a first run (no data.json)", () => {
    expect(readDeviceSettings(null)).toEqual({ settings: DEFAULT_DEVICE_SETTINGS, problems: [] });
    expect(readDeviceSettings(undefined).settings).toBe(DEFAULT_DEVICE_SETTINGS);
  });

  it("keeps valid values and trims text", () => {
    const { settings, problems } = readDeviceSettings({ me: " People/Maya Chen.md ", channel: "design", llmEndpoint: "http://127.0.0.1:8080/v1", llmModel: "m", llmKeySecret: "handoff-llm", syncIntervalMinutes: 15, highlighting: false, features: { "team-time": { meeting: 30 } } });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ me: "People/Maya Chen.md", channel: "design", llmEndpoint: "http://127.0.0.1:8080/v1", llmModel: "m", llmKeySecret: "handoff-llm", syncIntervalMinutes: 15, highlighting: false, features: { "team-time": { meeting: 30 } } });
  });

  it("drops unknown keys, so an API key pasted into data.json is never written back", () => {
    const { settings } = readDeviceSettings({ apiKey: "sk-proj-AbCdEf1234567890abcdef", me: "" });
    expect(JSON.stringify(settings)).not.toContain("sk-proj");
  });

  it.each([
    [{ syncIntervalMinutes: -1 }, "syncIntervalMinutes", { syncIntervalMinutes: 0 }],
    [{ syncIntervalMinutes: "15" }, "syncIntervalMinutes", { syncIntervalMinutes: 0 }],
    [{ syncIntervalMinutes: 100000 }, "syncIntervalMinutes", { syncIntervalMinutes: 0 }],
    [{ highlighting: "yes" }, "highlighting", { highlighting: true }],
    [{ me: 42 }, '"me"', { me: "" }],
    [{ llmKeySecret: "sk-proj-AbCdEf1234567890abcdef" }, "llmKeySecret", { llmKeySecret: "" }],
    [{ llmKeySecret: "My Key" }, "llmKeySecret", { llmKeySecret: "" }],
  ])("falls back to the default for %j with a problem naming %s", (data, key, expected) => {
    const { settings, problems } = readDeviceSettings(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(key);
    expect(settings).toMatchObject(expected);
  });

  it("refuses a data.json that is not an object", () => {
    expect(readDeviceSettings([1, 2]).problems[0]).toMatch(/not an object/);
    expect(readDeviceSettings("x").settings).toBe(DEFAULT_DEVICE_SETTINGS);
  });
});

describe("withDeviceSettings", () => {
  it("changes fields and keeps the rest", () => {
    const next = withDeviceSettings(DEFAULT_DEVICE_SETTINGS, { channel: "urgent" });
    expect(next.channel).toBe("urgent");
    expect(next.highlighting).toBe(true);
    expect(Object.isFrozen(next)).toBe(true);
  });

  it("throws on a value the reader would refuse (a programmer error)", () => {
    expect(() => withDeviceSettings(DEFAULT_DEVICE_SETTINGS, { syncIntervalMinutes: -5 })).toThrow(/syncIntervalMinutes/);
  });
});

describe("SECRET_NAME", () => {
  it.each(["handoff-llm", "openai", "a1-b2-c3", "x"])("accepts %s", (name) => expect(SECRET_NAME.test(name)).toBe(true));
  it.each(["", "Handoff", "handoff llm", "-lead", "trail-", "double--dash", "sk_proj", "sk-proj-AbC1"])("refuses %j", (name) => expect(SECRET_NAME.test(name)).toBe(false));
});
