import { afterAll, describe, expect, it } from "vitest";
import { removeTempVaults, tempVault, type TempVault } from "./temp-vault";
import { runCli } from "../cli/run-cli";

// `handoff scan` run in-process through `main()`, on real notes with the real extractor.

const UPDATE = `---
author: "[[Maya Chen]]"
date: 2026-11-23
---
## Update
I'm proceeding with Option A at 3pm Friday unless someone raises a blocker.

- [ ] Book the venue 📅 2026-11-27
- I'll have the mockups ready Thursday and need sign-off from Dev before Friday EOD.
`;

function vault(): TempVault {
  return tempVault({
    "People/Maya Chen.md": "---\ntimezone: Europe/London\naliases: [Maya]\n---\n",
    "People/Oliver Hughes.md": "---\ntimezone: Europe/London\naliases: [Oliver]\nteams: [Dev]\n---\n",
    "Teams/Dev.md": '---\nmembers: ["[[Oliver Hughes]]"]\n---\n',
    "Channels/design/2026-11-23 Maya.md": UPDATE,
  });
}

const run = (args: string[]) => runCli(args);

interface JsonItem {
  id: string;
  kind: string;
  title: string;
  status: string;
  owner: string | null;
  due: string | null;
  path: string;
  source: string;
  line: number;
  windowCloses?: string;
  blockedBy: string[];
}

afterAll(removeTempVaults);

describe("handoff scan", () => {
  it("prints the items with --json: item path, source path and 1-based line, windowCloses on windows", async () => {
    const v = vault();
    const { code, stdout: out, stderr: err } = await run(["scan", v.root, "--json", "--now", "2026-11-25T09:00:00Z"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(out) as { notes: number; items: JsonItem[]; created: number; updated: number; ms: number; problems: string[] };
    expect(result.notes).toBe(1);
    expect(result.problems).toEqual([]);
    expect(result.created).toBe(result.items.length);
    expect(typeof result.ms).toBe("number");
    for (const item of result.items) {
      expect(v.read(item.path)).toContain(`id: ${item.id}\n`);
      expect(item.source).toBe("Channels/design/2026-11-23 Maya.md");
      expect(v.read(item.source).split("\n")[item.line - 1]).toContain(`^${item.id.slice(0, 10)}`);
    }
    const window = result.items.find((i) => i.kind === "decision");
    expect(window).toMatchObject({ title: "Go with Option A", status: "open", owner: "Maya Chen", windowCloses: "2026-11-27T15:00:00+00:00", line: 6 });
    const venue = result.items.find((i) => i.title === "Book the venue");
    expect(venue).toMatchObject({ kind: "commitment", due: "2026-11-27T17:00:00+00:00", line: 8 });
    expect(venue).not.toHaveProperty("windowCloses");
    const dependency = result.items.find((i) => i.kind === "dependency");
    const task = result.items.find((i) => i.title.startsWith("Sign-off for Maya Chen"));
    expect(task).toMatchObject({ kind: "commitment", owner: "Dev", due: dependency?.due, line: 9 });
    expect(dependency?.blockedBy).toEqual([task?.id]);

    const again = JSON.parse((await run(["scan", v.root, "--json", "--now", "2026-11-25T09:00:00Z"])).stdout) as { created: number; updated: number; items: JsonItem[] };
    expect([again.created, again.updated]).toEqual([0, 0]);
    expect(again.items.map((i) => i.id)).toEqual(result.items.map((i) => i.id));
  });

  it("prints a one-line summary without --json, and writes nothing with --dry-run", async () => {
    const v = vault();
    const before = v.tree();
    const dry = await run(["scan", v.root, "--dry-run", "--now", "2026-11-25"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^scanned 1 note: (\d+) items \(\1 would be new, 0 would be updated\)\ndry run: nothing was written\.\n$/);
    expect(v.tree()).toEqual(before);
    const real = await run(["scan", v.root, "--now", "2026-11-25"]);
    expect(real.stdout).toMatch(/^scanned 1 note: (\d+) items \(\1 new, 0 updated\)\n$/);
  });

  it("lists problems after the counts, naming the file", async () => {
    const v = vault();
    v.write("Channels/design/Picture.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const { code, stdout: out } = await run(["scan", v.root, "--now", "2026-11-25"]);
    expect(code).toBe(0);
    expect(out).toContain("; 1 problem:\n");
    expect(out).toContain('  Skipped "Channels/design/Picture.md": it is a binary file');
  });

  it("says what to fix for a missing vault folder and a bad --now", async () => {
    const missing = await run(["scan", "/no/such/vault", "--json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('handoff scan: "/no/such/vault" is not a folder. Give the path of the vault\'s root folder (the one that holds your notes).\n');
    const v = vault();
    const badNow = await run(["scan", v.root, "--now", "next tuesday"]);
    expect(badNow.code).toBe(2);
    expect(badNow.stderr).toContain('--now "next tuesday" is not an ISO date or instant');
    const noVault = await run(["scan"]);
    expect(noVault.code).toBe(2);
    expect(noVault.stderr).toContain("give the vault folder: handoff scan VAULT.");
    const unknown = await run(["scan", v.root, "--frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--frobnicate");
  });
});
