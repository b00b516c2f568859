import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CONFLICT_MARKER } from "../../src/sync/resolve-conflicts";
import { syncOnce } from "../../src/sync/sync-step";
import { backendFor, commitDate, git, LONDON, readTree, SINGAPORE, Team, TORONTO, type Teammate } from "./git-fixture";
import { appendLine, editField, itemNote, itemPath, readNote, replaceLine } from "./vault-fixture";

/**
 * Three people in three zones edit the same vault while the others sleep, then everyone syncs
 * (twice, in a random rotation). Seeded, so a failure reproduces: set SYNC_SEED to replay one.
 */
const SEED = Number(process.env.SYNC_SEED ?? 20261124);
const ROUNDS = 3;
const PEOPLE: readonly Teammate[] = [LONDON, SINGAPORE, TORONTO];
const ITEMS = [
  { id: "ho-aaaaaa1", title: "Send the client brief" },
  { id: "ho-bbbbbb2", title: "Mockups ready for review" },
  { id: "ho-cccccc3", title: "Sign-off from Dev" },
];
const STANDUP = "Channels/team/2026-11-24 Standup.md";
const STANDUP_TEXT = "# Standup\n\nSarah will send the brief by Wednesday.\nDev needs sign-off before Friday EOD.\nWe decided to go with vendor X.\n";
const STATUSES = ["open", "in-progress", "done", "cancelled"];
const OWNERS = ["Maya Chen", "Wei Ling", "Sam Okafor", "Dev Patel"];
const BLOCK_ID = "ho-blk0004";

/** mulberry32: a small seeded PRNG, the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FieldEdit {
  readonly item: string;
  readonly field: "status" | "owner";
  /** As it reads in the file and in conflict notes. */
  readonly shown: string;
  readonly at: string;
  readonly byHandoff: boolean;
  readonly who: string;
}

describe("three clones, concurrent edits, everyone syncs", () => {
  const team = Team.create(
    { ...Object.fromEntries(ITEMS.map((i) => [itemPath(i), itemNote(i, ["- Maya Chen: opened"])])), [STANDUP]: STANDUP_TEXT },
    PEOPLE,
  );
  afterAll(() => team.dispose());

  it(`loses no field edit, comment or line, leaves no marker, and converges (seed ${SEED})`, { timeout: 240_000 }, async () => {
    const random = prng(SEED);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    for (let round = 0; round < ROUNDS; round++) {
      const day = Date.UTC(2026, 10, 24 + round);
      const commitAt = (p: Teammate): string => new Date(day + p.hour * 3_600_000).toISOString().replace(".000Z", "Z");
      const edits: FieldEdit[] = [];
      const comments = new Map<string, string[]>();
      const lines: string[] = [];
      const before = new Map(ITEMS.map((i) => [i.id, new Set((readNote(team.clone(LONDON), itemPath(i)).data.conflicts as string[] | undefined) ?? [])]));
      const minutes = Array.from({ length: 59 }, (_, i) => i + 1).sort(() => random() - 0.5);

      for (const person of PEOPLE) {
        const dir = team.clone(person);
        for (const item of ITEMS) {
          if (random() < 0.75) {
            const field = pick(["status", "owner"] as const);
            const value = field === "status" ? pick(STATUSES) : pick(OWNERS);
            const byHandoff = random() < 0.75;
            const at = byHandoff ? new Date(Date.parse(commitAt(person)) - (minutes.pop() ?? 1) * 60_000).toISOString().replace(".000Z", "Z") : commitAt(person);
            const shown = field === "owner" ? `[[${value}]]` : value;
            // Setting a field to the value it has is no edit: nothing to merge or to lose.
            if (readNote(dir, itemPath(item)).data[field] !== shown) {
              editField(dir, itemPath(item), field, value, byHandoff ? at : null);
              edits.push({ item: item.id, field, shown, at, byHandoff, who: person.name });
            }
          }
          if (random() < 0.6) {
            const comment = `- ${person.name} (round ${round}): note ${Math.floor(random() * 1000)}`;
            appendLine(dir, itemPath(item), comment);
            comments.set(item.id, [...(comments.get(item.id) ?? []), comment]);
          }
        }
        if (random() < 0.6) {
          const line = `Sarah will send the brief by ${pick(["Thursday", "Friday", "Monday"])} (${person.name}, round ${round}).`;
          replaceLine(dir, STANDUP, 3, line);
          lines.push(line);
        }
        const idLine = readFileSync(join(dir, STANDUP), "utf8").split("\n")[3];
        if (random() < 0.3 && !idLine.includes("^ho-")) replaceLine(dir, STANDUP, 4, `${idLine} ^${BLOCK_ID}`);
      }

      for (let pass = 0; pass < 2; pass++) {
        for (const person of [...PEOPLE].sort(() => random() - 0.5)) {
          const result = await syncOnce(await backendFor(team.clone(person), { env: commitDate(commitAt(person)) }));
          expect(result.ok, `round ${round} pass ${pass} ${person.name}: ${result.message}`).toBe(true);
        }
      }

      // Every clone holds the same commit and the same bytes.
      const trees = PEOPLE.map((p) => readTree(team.clone(p)));
      const heads = PEOPLE.map((p) => git(team.clone(p), ["rev-parse", "HEAD"]).trim());
      expect(new Set(heads).size).toBe(1);
      for (const tree of trees.slice(1)) expect(tree).toEqual(trees[0]);
      const tree = trees[0];
      for (const [path, text] of tree) expect(CONFLICT_MARKER.test(text), `conflict marker in ${path}`).toBe(false);

      for (const item of ITEMS) {
        const note = readNote(team.clone(LONDON), itemPath(item));
        const fresh = ((note.data.conflicts as string[] | undefined) ?? []).filter((c) => !before.get(item.id)?.has(c));
        const mine = edits.filter((e) => e.item === item.id);
        // No field edit lost: the value is in place, or recorded by this round's merges.
        for (const e of mine) {
          const inPlace = note.data[e.field] === e.shown;
          const recorded = fresh.some((c) => c.startsWith(`${e.field}: ${e.shown} (lost to `));
          expect(inPlace || recorded, `round ${round}: ${e.who}'s ${e.field}=${e.shown} on ${item.id} lost; conflicts ${JSON.stringify(fresh)}`).toBe(true);
        }
        // Where every edit of a field went through Handoff, the latest one is in place.
        for (const field of ["status", "owner"] as const) {
          const same = mine.filter((e) => e.field === field);
          if (same.length < 2 || !same.every((e) => e.byHandoff)) continue;
          const latest = same.reduce((a, b) => (Date.parse(b.at) > Date.parse(a.at) ? b : a));
          expect(note.data[field], `round ${round}: latest ${field} edit on ${item.id}`).toBe(latest.shown);
        }
        // No comment lost.
        for (const comment of comments.get(item.id) ?? []) expect(note.body).toContain(`${comment}\n`);
      }

      // No line of the plain note lost: each edit is in the note or in a conflict copy beside it.
      const standups = [...tree].filter(([path]) => path.startsWith("Channels/team/2026-11-24 Standup")).map(([, text]) => text);
      for (const line of lines) expect(standups.some((t) => t.includes(line)), `round ${round}: "${line}" lost`).toBe(true);
    }
  });
});
