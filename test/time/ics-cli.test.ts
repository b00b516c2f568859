// `handoff ics` in-process through main() on the demo vault: the calendar on stdout parses with
// ical.js, `--person` keeps one person's part, `--out` writes a file, nothing in the vault is
// written, and errors say what to fix.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_NOW, DEMO_VAULT } from "./team-fixtures";
import { runCli } from "../cli/run-cli";

const out = mkdtempSync(join(tmpdir(), "handoff-ics-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(args, { cwd: out });

function events(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents("vevent");
}

describe("handoff ics", () => {
  it("prints the team's calendar: deadlines, decision windows and recurring commitments, read-only", async () => {
    const before = readdirSync(join(DEMO_VAULT, "Handoff"));
    const { code, stdout } = await run("ics", DEMO_VAULT, "--now", DEMO_NOW);
    expect(code).toBe(0);
    expect(readdirSync(join(DEMO_VAULT, "Handoff"))).toEqual(before);
    const all = events(stdout);
    const summaries = all.map((e) => String(e.getFirstPropertyValue("summary")));
    // Arjun's App Store window (open at demo now) closes Wednesday 10:00 Singapore.
    const window = all.find((e) => String(e.getFirstPropertyValue("summary")).startsWith("Decision window closes:") && String(e.getFirstPropertyValue("description")).includes("App Store"));
    expect(window?.getFirstPropertyValue("dtstart")?.toString()).toBe("2026-11-25T02:00:00Z");
    expect(summaries.filter((s) => s.startsWith("Due: ")).length).toBeGreaterThan(10);
    const notes = all.find((e) => String(e.getFirstPropertyValue("description")).includes("every Monday by 10am"));
    expect(notes?.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=WEEKLY;BYDAY=MO");
    expect(notes?.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Asia/Singapore");
    expect(all.every((e) => /^ho-[0-9a-z]{7}(?:-[a-z]\d+)?(?:-window)?@handoff$/.test(String(e.getFirstPropertyValue("uid"))))).toBe(true);
  });

  it("gives the same calendar twice (stable UIDs, DTSTAMP from the items, not the clock)", async () => {
    const a = await run("ics", DEMO_VAULT, "--now", DEMO_NOW);
    const b = await run("ics", DEMO_VAULT, "--now", DEMO_NOW);
    expect(a.stdout).toBe(b.stdout);
  });

  it("--person keeps what that person owns or is asked, and --out writes the file", async () => {
    const { code, stdout } = await run("ics", DEMO_VAULT, "--now", DEMO_NOW, "--person", "Siti", "--out", "siti.ics");
    expect(code).toBe(0);
    const text = readFileSync(join(out, "siti.ics"), "utf8");
    const mine = events(text);
    expect(stdout).toBe(`Wrote ${mine.length} event${mine.length === 1 ? "" : "s"} to siti.ics.\n`);
    expect(text).toContain("X-WR-CALNAME:Handoff: Siti Rahman");
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => /Siti Rahman|\(Dev\)|Dev/.test(`${String(e.getFirstPropertyValue("summary"))} ${String(e.getFirstPropertyValue("description"))}`))).toBe(true);
  });

  it.each([
    [["--person", "Sitti"], 'handoff ics: --person "Sitti" is not anyone in People/; did you mean Siti Rahman?\n'],
    [["--out", "missing/folder/x.ics"], "handoff ics: could not write missing/folder/x.ics"],
    [["--now", "tomorrow"], 'handoff ics: --now "tomorrow" is not an ISO date or instant; write it like 2026-11-24 or 2026-11-24T10:00:00Z.'],
  ])("refuses %j", async (extra, message) => {
    const { code, stderr } = await run("ics", DEMO_VAULT, ...extra);
    expect(code).not.toBe(0);
    expect(stderr.startsWith(message)).toBe(true);
  });
});
