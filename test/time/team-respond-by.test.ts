// Respond-by: a channel's `respond_within` counted in the WORKING hours of the person asked,
// across zones, weekends, days off, out of office and DST; then the record filling `respondBy`
// from channel notes, and the board and "waiting on me" surfacing overdue requests.
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FsVault } from "../../src/cli/fs-vault";
import { extractNote } from "../../src/extract/extract";
import { buildDirectory } from "../../src/extract/directory";
import type { Item } from "../../src/model/item";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { scanVault } from "../../src/store/scan";
import { respondByFor, respondByInstant } from "../../src/time/respond-by";
import { RespondByIndex } from "../../src/time/respond-by-index";
import { channelOfNote, readResponseExpectations } from "../../src/time/response-expectations";
import { TeamAvailability } from "../../src/time/team-availability";
import { BoardSnapshot } from "../../src/ui/board-model";
import { buildQueue } from "../../src/ui/queue-model";
import { ItemGraph } from "../../src/ui/item-graph";
import { makeItem, makePerson } from "../ui/fixtures";
import { DEMO_NOW, DEMO_VAULT, ms, personOf } from "./team-fixtures";

const team = TeamAvailability.of(buildDirectory([], DEFAULT_TEAM_SETTINGS).directory, DEFAULT_TEAM_SETTINGS);
const singapore = personOf({ name: "S", zone: "Asia/Singapore", dayStart: "09:00", dayEnd: "17:30" });
const monToThu = personOf({ name: "H", zone: "Asia/Singapore", dayStart: "09:00", dayEnd: "17:30", workdays: [1, 2, 3, 4] });
const toronto = personOf({ name: "T", zone: "America/Toronto", dayStart: "09:00", dayEnd: "17:30" });
const auckland = personOf({ name: "A", zone: "Pacific/Auckland" });
const london = personOf({ name: "L", zone: "Europe/London" });
const early = personOf({ name: "N", zone: "Europe/London", dayStart: "08:00", dayEnd: "16:00" });
const away = personOf({ name: "O", zone: "Europe/London", dayStart: "09:00", dayEnd: "17:30", outOfOffice: ["2026-11-26..2026-11-27"] });

describe("respond-by counts the asked person's working time", () => {
  it.each([
    // [case, asked, asked at, minutes, respond by]
    ["16:30 London to Singapore: their next morning, all four hours", singapore, "2026-11-23T16:30:00+00:00", 240, "2026-11-24T13:00:00+08:00"],
    ["15:30 in Singapore: two hours today, two tomorrow", singapore, "2026-11-23T15:30:00+08:00", 240, "2026-11-24T11:00:00+08:00"],
    ["exactly filling the day ends at 17:30, not next morning", singapore, "2026-11-23T13:30:00+08:00", 240, "2026-11-23T17:30:00+08:00"],
    ["Friday 17:00: half an hour, then Monday", singapore, "2026-11-27T17:00:00+08:00", 240, "2026-11-30T12:30:00+08:00"],
    ["a Saturday request waits for Monday", london, "2026-11-28T12:00:00+00:00", 240, "2026-11-30T13:00:00+00:00"],
    ["Monday-Thursday week: Thursday evening to Monday", monToThu, "2026-11-26T16:30:00+08:00", 240, "2026-11-30T12:00:00+08:00"],
    ["08:00-16:00 hours: an hour today, three from 08:00", early, "2026-11-24T15:00:00+00:00", 240, "2026-11-25T11:00:00+00:00"],
    ["out of office Thursday and Friday", away, "2026-11-25T16:00:00+00:00", 240, "2026-11-30T11:30:00+00:00"],
    ["urgent, 1h, inside hours", london, "2026-11-23T09:00:00+00:00", 60, "2026-11-23T10:00:00+00:00"],
    ["Toronto across the November DST change", toronto, "2026-10-30T16:00:00-04:00", 240, "2026-11-02T11:30:00-05:00"],
    ["London across the March DST change", london, "2026-03-27T16:00:00+00:00", 240, "2026-03-30T12:00:00+01:00"],
    ["Auckland across the April DST change", auckland, "2026-04-03T16:00:00+13:00", 240, "2026-04-06T12:00:00+12:00"],
  ])("%s", (_, asked, at, minutes, expected) => {
    expect(respondByInstant({ askedAt: ms(at), asked: [asked], minutes }, team)).toBe(expected);
  });

  it("with several people asked, the first who could answer sets it", () => {
    expect(respondByInstant({ askedAt: ms("2026-11-23T16:30:00+00:00"), asked: [toronto, singapore], minutes: 60 }, team)).toBe("2026-11-23T12:30:00-05:00");
  });

  it("with nobody named, the team default hours apply (UTC, 09:00-17:00)", () => {
    expect(respondByInstant({ askedAt: ms("2026-11-23T16:30:00Z"), asked: [], minutes: 60 }, team)).toBe("2026-11-24T09:30:00+00:00");
  });
});

describe("channel notes set the expectation", () => {
  it.each([
    ["Channels/urgent/urgent.md", "urgent"],
    ["Channels/billing-v2/billing-v2.md", "billing-v2"],
    ["Channels/urgent/2026-11-23 Invoice export failing.md", null],
    ["Channels/urgent.md", null],
    ["Notes/urgent/urgent.md", null],
    ["Channels/a/b/b.md", null],
  ])("%s is the channel note of %s", (path, channel) => {
    expect(channelOfNote(path, DEFAULT_TEAM_SETTINGS)).toBe(channel);
  });

  it("reads respond_within (a bare number is hours) and reports what it cannot read", () => {
    const read = readResponseExpectations([
      { path: "Channels/urgent/urgent.md", data: { respond_within: "1h" } },
      { path: "Channels/design/design.md", data: { respond_within: 4 } },
      { path: "Channels/ops/ops.md", data: { respond_within: "soon" } },
      { path: "Channels/ops/2026-11-23 Maya.md", data: { respond_within: "1h" } },
    ], DEFAULT_TEAM_SETTINGS);
    expect([...read.expectations.values()].map((e) => [e.channel, e.minutes])).toEqual([["design", 240], ["urgent", 60]]);
    expect(read.problems).toEqual(['Channels/ops/ops.md: respond_within "soon" is not a duration like 30m, 1h or 1h30m; requests in ops get no respond-by time until it is fixed.']);
  });
});

describe("respondByFor items", () => {
  const directory = buildDirectory([
    { path: "People/Sarah Okafor.md", data: { timezone: "Europe/London", hours: "09:00-17:30" } },
    { path: "People/Wei Ling Tan.md", data: { timezone: "Asia/Singapore", hours: "09:00-17:30", aliases: ["@weiling"] } },
    { path: "People/Josh Levesque.md", data: { timezone: "America/Toronto", hours: "09:00-17:30" } },
    { path: "Teams/Dev.md", data: { members: ["[[Wei Ling Tan]]", "[[Josh Levesque]]"] } },
  ], DEFAULT_TEAM_SETTINGS).directory;
  const people = TeamAvailability.of(directory, DEFAULT_TEAM_SETTINGS);
  const expectations = readResponseExpectations([{ path: "Channels/billing/billing.md", data: { respond_within: "4h" } }], DEFAULT_TEAM_SETTINGS).expectations;
  const request = (fields: Partial<Item>): Item => makeItem({ id: "r1", kind: "request", owner: "Sarah Okafor", channel: "billing", created: "2026-11-23", parties: ["Wei Ling Tan"], ...fields });

  it.each<[string, Partial<Item>, string | null]>([
    ["asked at the writer's day start (09:00 London = 17:00 SGT): 30 min Monday, 3.5 h Tuesday", {}, "2026-11-24T12:30:00+08:00"],
    ["an instant in created is used as is", { created: "2026-11-23T16:30:00+00:00" }, "2026-11-24T13:00:00+08:00"],
    ["a team is answered by its first member who can: Toronto at 09:00 + 4h", { parties: ["Dev"] }, "2026-11-23T13:00:00-05:00"],
    ["by @handle", { parties: ["@weiling"] }, "2026-11-24T12:30:00+08:00"],
    ["a done request has none", { status: "done" }, null],
    ["a commitment has none", { kind: "commitment" }, null],
    ["a channel without an expectation has none", { channel: "random" }, null],
    ["no channel, none", { channel: null }, null],
    ["no date, none", { created: null }, null],
  ])("%s", (_, fields, expected) => {
    expect(respondByFor(request(fields), expectations, people)).toBe(expected);
  });

  it("the index fills respondBy once per item object and leaves other items alone", () => {
    const index = RespondByIndex.of(directory, DEFAULT_TEAM_SETTINGS, expectations);
    const asked = request({});
    const other = makeItem({ id: "c1" });
    const [a, b] = index.apply([asked, other]);
    expect(a?.respondBy).toBe("2026-11-24T12:30:00+08:00");
    expect(b).toBe(other);
    expect(index.apply([asked, other])[0]).toBe(a);
    expect(index.one(asked)).toBe(a);
  });

  it("a snapshot with one entry replaced looks up only that entry; one with none replaced gives the last output back", () => {
    const index = RespondByIndex.of(directory, DEFAULT_TEAM_SETTINGS, expectations);
    const asked = request({});
    const other = makeItem({ id: "c1" });
    const first = index.apply([asked, other]);
    const copy = [asked, other];
    expect(index.apply(copy)).toBe(first);
    const edited = request({ title: "Can you review the new plan?" });
    const next = index.apply([edited, other]);
    expect(next).not.toBe(first);
    expect(next[0]?.respondBy).toBe("2026-11-24T12:30:00+08:00");
    expect(next[0]?.title).toBe("Can you review the new plan?");
    expect(next[1]).toBe(other);
    expect(first[0]?.title).not.toBe("Can you review the new plan?");
    expect(index.apply([edited, other, asked]).map((i) => i.respondBy ?? null)).toEqual(["2026-11-24T12:30:00+08:00", null, "2026-11-24T12:30:00+08:00"]);
  });
});

describe("the record, the board and waiting on me", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "handoff-respond-"));
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write("People/Sarah Okafor.md", "---\ntimezone: Europe/London\nhours: \"09:00-17:30\"\naliases: [Sarah]\n---\n");
    write("People/Wei Ling Tan.md", "---\ntimezone: Asia/Singapore\nhours: \"09:00-17:30\"\naliases: [Wei Ling, \"@weiling\"]\n---\n");
    write("Channels/billing/billing.md", "---\nrespond_within: 4h\n---\n# billing\n");
    write("Channels/billing/2026-11-23 Sarah Okafor.md", "---\nauthor: \"[[Sarah Okafor]]\"\ndate: 2026-11-23\n---\n@weiling can you review the rollback plan?\n");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("fills respondBy from the channel note, and a later change to it takes effect on reindex", async () => {
    const scan = await scanVault(FsVault.at(root), { extract: extractNote, now: "2026-11-24T10:00:00Z" });
    const request = scan.items.find((i) => i.kind === "request");
    expect(request?.parties).toEqual(["Wei Ling Tan"]);
    expect(request?.respondBy).toBe("2026-11-24T12:30:00+08:00");
    writeFileSync(join(root, "Channels/billing/billing.md"), "---\nrespond_within: 1h\n---\n# billing\n");
    await scan.record.reindexNote("Channels/billing/billing.md");
    expect(scan.record.snapshot().find((i) => i.kind === "request")?.respondBy).toBe("2026-11-24T09:30:00+08:00");
  });

  it("shows the request overdue on the board and first in the asked person's queue once respond-by passes", async () => {
    writeFileSync(join(root, "Channels/billing/billing.md"), "---\nrespond_within: 1h\n---\n# billing\n");
    const scan = await scanVault(FsVault.at(root), { extract: extractNote, now: "2026-11-24T10:00:00Z", dryRun: true });
    const request = scan.items.find((i) => i.kind === "request") as Item;
    expect(request.due).toBeNull();
    const before = ms("2026-11-24T01:00:00Z");
    const after = ms("2026-11-24T02:00:00Z");
    const board = (now: number): boolean | undefined => BoardSnapshot.of(scan.items, scan.record.directory, "Europe/London", now).cardOf(request.id)?.overdue;
    expect(board(before)).toBe(false);
    expect(board(after)).toBe(true);
    const wei = scan.record.directory.people.find((p) => p.name === "Wei Ling Tan") ?? makePerson("x", null);
    const queue = buildQueue(scan.items, ItemGraph.from(scan.items), wei, scan.record.directory, "Asia/Singapore", after);
    expect(queue.overdue.map((e) => e.item.id)).toEqual([request.id]);
    expect(queue.overdue[0]?.deadlineMs).toBe(ms("2026-11-24T09:30:00+08:00"));
  });

  it("the demo vault's urgent request (1h, asked of Dev) was due at 10:00 London on Monday and is overdue at demo now", async () => {
    const copy = mkdtempSync(join(tmpdir(), "handoff-demo-"));
    try {
      cpSync(DEMO_VAULT, copy, { recursive: true });
      const scan = await scanVault(FsVault.at(copy), { extract: extractNote, now: DEMO_NOW, dryRun: true });
      const urgent = scan.items.find((i) => i.kind === "request" && i.channel === "urgent" && i.created === "2026-11-23");
      expect(urgent?.respondBy).toBe("2026-11-23T10:00:00+00:00");
      expect(BoardSnapshot.of(scan.items, scan.record.directory, "Europe/London", ms(DEMO_NOW)).cardOf(urgent?.id ?? "")?.overdue).toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
