// `handoff slots` in-process through main(): the JSON contract, the readable table, and the
// errors a person gets for unknown names (with close names), bad durations and missing options.
import { describe, expect, it } from "vitest";
import { DEMO_NOW, DEMO_VAULT } from "./team-fixtures";
import { runCli } from "../cli/run-cli";

const run = (...args: string[]) => runCli(args, { cwd: DEMO_VAULT });

/** An ISO 8601 instant with a ±HH:MM offset, as the contract promises. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

describe("handoff slots", () => {
  it("prints [{start, end, people: [{name, local, inHours}]}] best first with --json", async () => {
    const { code, stdout, stderr } = await run("slots", ".", "--people", "Maya, Daniel, Olivia", "--duration", "30m", "--now", DEMO_NOW, "--days", "2", "--limit", "2", "--json");
    expect([code, stderr]).toEqual([0, ""]);
    const slots = JSON.parse(stdout) as Array<{ start: string; end: string; people: Array<{ name: string; local: string; inHours: boolean }> }>;
    expect(slots).toEqual([
      {
        start: "2026-11-24T12:00:00+00:00",
        end: "2026-11-24T12:30:00+00:00",
        people: [
          { name: "Maya Chen", local: "2026-11-24T12:00:00+00:00", inHours: true, zone: "Europe/London", reach: 0 },
          { name: "Daniel Lim", local: "2026-11-24T20:00:00+08:00", inHours: false, zone: "Asia/Singapore", reach: 180 },
          { name: "Olivia Park", local: "2026-11-24T07:00:00-05:00", inHours: false, zone: "America/Toronto", reach: 180 },
        ],
        cost: 64_800,
        outside: 2,
      },
      expect.objectContaining({ start: "2026-11-25T12:00:00+00:00" }),
    ]);
    for (const slot of slots) for (const value of [slot.start, slot.end, ...slot.people.map((p) => p.local)]) expect(value).toMatch(ISO_WITH_OFFSET);
  });

  it("writes start and end in --tz, each person's local time in their own zone", async () => {
    const { stdout } = await run("slots", ".", "--people", "Arjun,Siti", "--duration", "1h", "--now", DEMO_NOW, "--days", "1", "--limit", "1", "--tz", "America/Toronto", "--json");
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ start: "2026-11-24T20:00:00-05:00", people: [expect.objectContaining({ local: "2026-11-25T09:00:00+08:00", inHours: true }), expect.objectContaining({ local: "2026-11-25T09:00:00+08:00", inHours: true })] })]);
  });

  it("expands a team name to its members", async () => {
    const { stdout } = await run("slots", ".", "--people", "Design", "--duration", "30m", "--now", DEMO_NOW, "--limit", "1", "--json");
    expect((JSON.parse(stdout) as Array<{ people: { name: string }[] }>)[0]?.people.map((p) => p.name)).toEqual(["Emily Tremblay", "Hana Yusof", "Priya Raman"]);
  });

  it("prints a readable table without --json", async () => {
    const { code, stdout } = await run("slots", ".", "--people", "Maya,Daniel,Olivia", "--duration", "30m", "--now", DEMO_NOW, "--days", "1", "--limit", "1");
    expect(code).toBe(0);
    expect(stdout).toBe([
      "30 min with Maya Chen, Daniel Lim, Olivia Park, over the next 1 day (times in Europe/London):",
      "",
      "1. Tue 24 Nov 12:00-12:30 GMT  (2 outside their hours)",
      "   Maya Chen    Tue 24 Nov 12:00-12:30 GMT  in hours",
      "   Daniel Lim   Tue 24 Nov 20:00-20:30 SGT  3 h outside hours",
      "   Olivia Park  Tue 24 Nov 07:00-07:30 EST  3 h outside hours",
      "",
    ].join("\n"));
  });

  it("says when nothing fits", async () => {
    const { code, stdout } = await run("slots", ".", "--people", "Sarah,Hana", "--duration", "30m", "--now", "2026-11-26T00:00:00Z", "--days", "2");
    expect(code).toBe(0);
    expect(stdout).toContain("No time fits: someone is out of office, in deep work or off every day");
  });

  it.each([
    [["--people", "Mya,Olvia", "--duration", "30m"], 1, 'handoff slots: nobody called "Mya" in People/ or Teams/; did you mean Maya Chen?\nnobody called "Olvia" in People/ or Teams/; did you mean Olivia Park?\n'],
    [["--people", "Zed", "--duration", "30m"], 1, 'handoff slots: nobody called "Zed" in People/ or Teams/.\n'],
    [["--people", "Maya", "--duration", "half an hour"], 2, 'handoff slots: --duration "half an hour" is not a duration like 30m, 1h or 1h30m.\n'],
    [["--people", "Maya", "--duration", "16h"], 2, "handoff slots: --duration 16h is longer than 07:00-22:00 allows; give at most 15h.\n"],
    [["--duration", "30m"], 2, 'handoff slots: give the people: --people "Maya Chen, Daniel, Olivia" (names, first names, @handles or team names).\n'],
    [["--people", "Maya"], 2, "handoff slots: give the meeting's length: --duration 30m (or 1h, 1h30m).\n"],
    [["--people", "Maya", "--duration", "30m", "--days", "0"], 2, 'handoff slots: --days "0" is not a whole number from 1 to 60.\n'],
    [["--people", "Maya", "--duration", "30m", "--tz", "Mars/Base"], 2, 'handoff slots: --tz "Mars/Base" is not an IANA time zone; write it like Europe/London or Asia/Singapore.\n'],
  ])("refuses %j with a message saying what to fix", async (extra, code, message) => {
    const result = await run("slots", ".", "--now", DEMO_NOW, ...extra);
    expect(result.code).toBe(code);
    expect(result.stderr.split("\nUsage:")[0]).toBe(code === 2 ? message.replace(/\n$/, "") : message);
  });
});
