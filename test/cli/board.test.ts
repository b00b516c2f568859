import { afterAll, describe, expect, it } from "vitest";
import { removeTempVaults, tempVault } from "../store/temp-vault";
import { runCli } from "./run-cli";

// `handoff board` in-process through `main()`, on real notes with the real extractor and store.

const run = (args: string[]) => runCli(args);

interface JsonCard { id: string; kind: string; title: string; status: string; owner: string | null; overdue: boolean; waitingOn: string[]; blockedBy: string[] }
interface JsonBoard { now: string; zone: string; total: number; pending: number; columns: Array<{ id: string; items: JsonCard[] }> }

const UPDATE = `---
author: "[[Maya Chen]]"
date: 2026-11-23
---
## Next
- I'll have the mockups ready Thursday and need sign-off from Dev before Friday EOD.
- [ ] Book the venue 📅 2026-11-20
- [x] Ship the invoice export ✅ 2026-11-22
`;

function vault() {
  return tempVault({
    "People/Maya Chen.md": "---\ntimezone: Europe/London\naliases: [Maya]\n---\n",
    "People/Wei Ling Tan.md": "---\ntimezone: Asia/Singapore\naliases: [Wei Ling]\nteams: [Dev]\n---\n",
    "Teams/Dev.md": '---\nmembers: ["[[Wei Ling Tan]]"]\n---\n',
    "Channels/design/2026-11-23 Maya.md": UPDATE,
  });
}

afterAll(removeTempVaults);

describe("handoff board", () => {
  it("puts each item in its column: done from ✅, blocked from an open dependency, overdue from --now", async () => {
    const v = vault();
    const { code, stdout: out, stderr: err } = await run(["board", v.root, "--json", "--now", "2026-11-24T10:00:00Z"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const board = JSON.parse(out) as JsonBoard;
    const column = (id: string) => board.columns.find((c) => c.id === id)!.items;
    expect(column("done").map((c) => c.title)).toContain("Ship the invoice export");
    const venue = column("open").find((c) => c.title === "Book the venue");
    expect(venue?.overdue).toBe(true);
    // The dependency waits on Dev's sign-off task, which is open: it sits under Blocked.
    const blocked = column("blocked");
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.every((c) => c.blockedBy.length > 0)).toBe(true);
    expect(blocked.some((c) => c.waitingOn.some((w) => w.includes("Dev")))).toBe(true);
    // Read-only: a board on an unscanned vault writes nothing and says how many are pending.
    expect(board.pending).toBeGreaterThan(0);
    expect(v.list("Handoff")).toEqual([]);
  });

  it("prints a readable table with times in --tz and the owner's zone, and a hint to scan", async () => {
    const v = vault();
    const { code, stdout: out } = await run(["board", v.root, "--now", "2026-11-24T10:00:00Z", "--tz", "America/Toronto"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^OPEN \(\d+\)$/m);
    expect(out).toMatch(/^BLOCKED \(\d+\)$/m);
    expect(out).toMatch(/Book the venue.*OVERDUE/);
    expect(out).toContain("your time");
    expect(out).toMatch(/run `handoff scan/);
  });

  it("says what to fix for a missing vault or an unknown zone", async () => {
    const missing = await run(["board", "/nonexistent/vault"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/is not a folder/);
    const v = vault();
    const zone = await run(["board", v.root, "--tz", "Mars/Olympus"]);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toMatch(/not an IANA time zone/);
  });

  it("explains an empty board", async () => {
    const v = tempVault({ "Notes/idea.md": "Just thinking out loud here.\n" });
    const { code, stdout: out } = await run(["board", v.root, "--now", "2026-11-24T10:00:00Z"]);
    expect(code).toBe(0);
    expect(out).toMatch(/board is empty/);
  });
});
