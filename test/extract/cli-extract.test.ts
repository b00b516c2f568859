import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli";

const root = mkdtempSync(join(tmpdir(), "handoff-extract-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string | Buffer): string {
  const full = join(root, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const run = (...args: string[]) => runCli(args, { cwd: root });

const NOTE = "# Notes\n\nI'll send the brief by Wednesday.\n\nWaiting on Wei Ling for the load test results.\n\nIt will probably rain.\n";

describe("handoff extract", () => {
  it("prints the candidates as a JSON array with the contract's fields", async () => {
    write("note.md", NOTE);
    const { code, stdout, stderr } = await run("extract", "note.md", "--json", "--now", "2026-11-23T10:00:00Z", "--tz", "Europe/London");
    expect([code, stderr]).toEqual([0, ""]);
    const items = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(items.map((i) => [i.kind, i.line])).toEqual([["commitment", 3], ["dependency", 5]]);
    expect(items[0]).toMatchObject({ kind: "commitment", line: 3, text: "I'll send the brief by Wednesday.", owner: null, due: "2026-11-25T17:00:00+00:00", dueText: "by Wednesday", title: "Send the brief", status: "open", recurrence: null, extractedBy: "rules" });
    expect(items[1]).toMatchObject({ parties: ["Wei Ling"], waitingFor: "the load test results" });
    for (const key of ["kind", "line", "text", "owner", "due", "dueText", "title", "status", "recurrence", "parties", "action", "waitingFor", "choice", "rationale", "windowCloses", "windowText", "extractedBy"]) {
      expect(Object.keys(items[0] ?? {})).toContain(key);
    }
  });

  it("prints a readable table without --json", async () => {
    write("table.md", NOTE);
    const { code, stdout } = await run("extract", "table.md", "--now", "2026-11-23");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^line\s+kind\s+owner\s+due\s+status\s+title/);
    expect(stdout).toContain("commitment");
    expect(stdout).toContain("by Wednesday (2026-11-25T17:00:00+00:00)");
    expect(stdout).toMatch(/2 found in table\.md\.\n$/);
  });

  it("with --vault reads People, Team and team settings notes: owners resolve, the writer's zone and hours apply", async () => {
    write("vault/Handoff/Team settings.md", "---\ntimezone: America/Toronto\nworkday_end: \"18:00\"\n---\n");
    write("vault/People/Wei Ling Tan.md", "---\ntimezone: Asia/Singapore\nhours: \"09:00-17:30\"\naliases: [Wei Ling]\n---\n");
    write("vault/People/Maya Chen.md", "---\ntimezone: Europe/London\naliases: [Maya]\n---\n");
    write("vault/Teams/Dev.md", '---\nmembers: ["[[Wei Ling Tan]]"]\n---\n');
    const note = write("vault/Channels/infra/2026-11-23 Wei Ling.md", '---\nauthor: "[[Wei Ling Tan]]"\n---\nI\'ll share the results Thursday EOD.\nMaya will review them by Friday.\nneed sign-off from Dev before Friday EOD\n');
    const { code, stdout, stderr } = await run("extract", note, "--vault", join(root, "vault"), "--json");
    expect([code, stderr]).toEqual([0, ""]);
    const items = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(items.map((i) => [i.kind, i.owner, i.due])).toEqual([
      ["commitment", "Wei Ling Tan", "2026-11-26T17:30:00+08:00"],
      ["commitment", "Maya Chen", "2026-11-27T17:30:00+08:00"],
      ["dependency", "Wei Ling Tan", "2026-11-27T17:30:00+08:00"],
    ]);
    expect(items[2]).toMatchObject({ parties: ["Dev"], action: "sign-off" });
  });

  it("--author names the writer of an unsigned note", async () => {
    write("solo/People/Maya Chen.md", "---\ntimezone: Europe/London\naliases: [Maya]\n---\n");
    write("solo/Notes/2026-11-23 standup.md", "I'll send the notes tomorrow.\n");
    const { stdout, stderr } = await run("extract", "solo/Notes/2026-11-23 standup.md", "--vault", "solo", "--author", "Maya", "--json");
    expect(stderr).toBe("");
    expect((JSON.parse(stdout) as Array<Record<string, unknown>>)[0]).toMatchObject({ owner: "Maya Chen", ownerPath: "People/Maya Chen.md", due: "2026-11-24T17:00:00+00:00" });
  });

  it("warns about bad People notes on stderr and still extracts", async () => {
    write("bad/People/Ann.md", "---\ntimezone: Mars/Base\n---\n");
    write("bad/n.md", "I'll do it.\n");
    const { code, stderr, stdout } = await run("extract", "bad/n.md", "--vault", "bad", "--json");
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: People\/Ann\.md: timezone "Mars\/Base" is not an IANA zone/);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  it.each([
    [["extract", "missing.md"], 1, /cannot read "missing\.md": no such file/],
    [["extract", "binary.md"], 1, /"binary\.md" is a binary file, not a markdown note/],
    [["extract", "latin1.md"], 1, /"latin1\.md" is not valid UTF-8 text/],
    [["extract", "note.md", "--now", "next tuesday"], 2, /--now "next tuesday" is not an ISO date or instant; write it like 2026-11-24/],
    [["extract", "note.md", "--tz", "Mars/Base"], 2, /--tz "Mars\/Base" is not an IANA time zone/],
    [["extract", "note.md", "--frobnicate"], 2, /unknown option --frobnicate/],
    [["extract"], 2, /give the note to read/],
    [["extract", "note.md", "--now"], 2, /--now needs a value/],
  ] as const)("%j exits %i with a message that says what to fix", async (args, exit, message) => {
    write("note.md", NOTE);
    write("binary.md", Buffer.from([0x49, 0x00, 0x01, 0x02]));
    write("latin1.md", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(exit);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/^handoff extract: /);
  });

  it("is listed in handoff --help", async () => {
    const { stdout } = await run("--help");
    expect(stdout).toMatch(/\n {2}extract\s+Show the commitments/);
  });
});
