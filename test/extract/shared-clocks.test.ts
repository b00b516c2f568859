import { describe, expect, it } from "vitest";
import { buildDirectory } from "../../src/extract/directory";
import { prepareNote } from "../../src/extract/extract";
import { clockValueKey, sharedClock } from "../../src/extract/shared-clocks";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { makeWriterClock, type WriterClock } from "../../src/time/writer-clock";

/** Two Londoners with the same working day, one in Toronto. */
const DIRECTORY = buildDirectory(
  [
    { path: "People/Ana Silva.md", data: { timezone: "Europe/London", hours: "09:00-17:30" } },
    { path: "People/Ben Okafor.md", data: { timezone: "Europe/London", hours: "09:00-17:30" } },
    { path: "People/Cleo Roy.md", data: { timezone: "America/Toronto", hours: "09:00-17:30" } },
  ],
  DEFAULT_TEAM_SETTINGS,
).directory;

function clockOf(author: string, date: string): WriterClock | null {
  const text = `---\nauthor: "[[${author}]]"\ndate: ${date}\n---\nI'll send it by Friday.\n`;
  return prepareNote(text, { path: `Channels/x/${date} ${author}.md`, directory: DIRECTORY, settings: DEFAULT_TEAM_SETTINGS }).clock;
}

function clock(fields: Parameters<typeof makeWriterClock>[0]): WriterClock {
  const made = makeWriterClock(fields);
  if (!made.ok) throw new Error(made.error);
  return made.clock;
}

describe("shared writer clocks", () => {
  it("gives writers with the same zone, hours and workdays on the same day one clock object", () => {
    const ana = clockOf("Ana Silva", "2026-11-23");
    const ben = clockOf("Ben Okafor", "2026-11-23");
    expect(ana).not.toBeNull();
    expect(ben).toBe(ana);
    expect(ana).toEqual({ reference: "2026-11-23", zone: "Europe/London", dayStart: "09:00", dayEnd: "17:30", workdays: [1, 2, 3, 4, 5] });
  });

  it("keeps clocks apart when any value differs", () => {
    const ana = clockOf("Ana Silva", "2026-11-23");
    expect(clockOf("Ana Silva", "2026-11-24")).not.toBe(ana);
    expect(clockOf("Cleo Roy", "2026-11-23")).not.toBe(ana);
    expect(clockOf("Cleo Roy", "2026-11-23")?.zone).toBe("America/Toronto");
  });

  it.each<[string, Partial<Parameters<typeof makeWriterClock>[0]>]>([
    ["zone", { zone: "Asia/Singapore" }],
    ["day start", { dayStart: "08:00" }],
    ["day end", { dayEnd: "18:00" }],
    ["workdays", { workdays: [1, 2, 3, 4] }],
    ["reference", { reference: "2026-11-24" }],
  ])("returns the first object for equal values and another for a different %s", (_what, change) => {
    const base = { reference: "2026-11-23", zone: "Europe/Paris", dayStart: "09:00", dayEnd: "17:00", workdays: [1, 2, 3, 4, 5] };
    const first = sharedClock(clock(base));
    expect(sharedClock(clock(base))).toBe(first);
    const other = clock({ ...base, ...change });
    expect(clockValueKey(other)).not.toBe(clockValueKey(first));
    expect(sharedClock(other)).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
