/**
 * A realistic, deterministic item set for the views' browser tests and the board benchmark:
 * the team of `../shared/tools/gen-vault.mjs` (London, Singapore, Toronto), its channels, and
 * items of every kind and status with dependencies, decision windows, blockers and the odd sync
 * conflict. Same arguments, same items.
 */
import { DateTime } from "luxon";
import type { Blocker, Item } from "../../src/model/item";
import type { Directory, Person } from "../../src/model/person";
import type { ItemStatus } from "../../src/model/status";
import { makeDirectory, makeItem, makePerson, makeTeam } from "./fixtures";

/** The team: name, zone, team. */
export const TEAM: readonly (readonly [string, string, string])[] = [
  ["Maya Chen", "Europe/London", "Product"], ["Oliver Hughes", "Europe/London", "Dev"],
  ["Amara Okafor", "Europe/London", "Design"], ["James Patel", "Europe/London", "Dev"],
  ["Sophie Turner", "Europe/London", "Product"], ["Wei Ling Tan", "Asia/Singapore", "Dev"],
  ["Priya Nair", "Asia/Singapore", "Design"], ["Arjun Mehta", "Asia/Singapore", "Dev"],
  ["Mei Goh", "Asia/Singapore", "Product"], ["Daniel Lim", "Asia/Singapore", "Dev"],
  ["Liam Tremblay", "America/Toronto", "Dev"], ["Chloe Roy", "America/Toronto", "Design"],
  ["Noah Gagnon", "America/Toronto", "Dev"], ["Emma Wilson", "America/Toronto", "Product"],
];
const CHANNELS = ["onboarding-revamp", "billing-v2", "mobile-release", "design-system", "infra", "hiring", "client-acme"];
const THINGS = ["the design mockups", "the client brief", "the API spec", "the migration plan", "the release notes",
  "the pricing page copy", "the onboarding flow", "the load test results", "the Q1 roadmap draft", "the vendor comparison",
  "the security review", "the accessibility audit", "the invoice export", "the retro notes", "the interview loop"];
const VERBS = ["Send", "Finish", "Review", "Update", "Draft", "Ship", "Test", "Write up"];
const ACTIONS = ["sign-off", "review", "API access", "final copy", "budget approval"];
const OPTIONS = ["Option A", "Option B", "vendor X", "vendor Y", "the phased rollout", "the big-bang cutover"];
const TYPES = ["product", "design", "engineering"];
const TAGS = ["client", "q1", "urgent", "infra", "launch"];

/** The directory of {@link TEAM} with teams Dev, Design and Product. */
export function teamDirectory(): { directory: Directory; people: readonly Person[] } {
  const people = TEAM.map(([name, zone, team]) => makePerson(name, zone, { teams: [team], aliases: [`@${name.split(" ")[0].toLowerCase()}`] }));
  const teams = ["Dev", "Design", "Product"].map((t) => makeTeam(t, TEAM.filter((p) => p[2] === t).map((p) => p[0])));
  return { directory: makeDirectory(people, teams), people };
}

/** `count` items around `now` (ISO), deterministic for a `seed`. */
export function generateItems(count: number, now: string, seed = 451): Item[] {
  let state = seed >>> 0 || 1;
  const rand = (): number => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const nowDt = DateTime.fromISO(now, { setZone: true });
  const ids = Array.from({ length: count }, (_, i) => `ho-${i.toString(36).padStart(7, "0")}`);
  const kinds = ids.map((): Item["kind"] => {
    const r = rand();
    return r < 0.55 ? "commitment" : r < 0.7 ? "decision" : r < 0.85 ? "request" : "dependency";
  });
  const dependencyIds = ids.filter((_, i) => kinds[i] === "dependency");
  return ids.map((id, i): Item => {
    const kind = kinds[i];
    const [owner, zone] = pick(TEAM);
    const channel = pick(CHANNELS);
    const thing = pick(THINGS);
    let day = nowDt.setZone(zone).plus({ days: Math.floor(rand() * 20) - 6 }).set({ hour: 17, minute: 0, second: 0, millisecond: 0 });
    if (day.weekday > 5) day = day.plus({ days: 8 - day.weekday }); // deadlines fall on working days
    const due = rand() < 0.85 ? day.toISO({ suppressMilliseconds: true }) : null;
    const sourcePath = `Channels/${channel}/${day.toISODate()} ${owner.split(" ")[0]} update.md`;
    const base = { id, kind, owner, channel, sourcePath, sourceLine: 3 + Math.floor(rand() * 40), sourceBlock: id,
      tags: rand() < 0.3 ? [pick(TAGS)] : [], created: nowDt.minus({ days: 12 }).toISODate(),
      conflicts: rand() < 0.02 ? [`status: in-progress (kept from ${pick(TEAM)[0]})`] : [] };
    if (kind === "decision") {
      const r = rand();
      const status: ItemStatus = r < 0.4 ? "open" : r < 0.75 ? "adopted" : r < 0.85 ? "contested" : r < 0.93 ? "withdrawn" : "superseded";
      const closes = nowDt.plus({ minutes: Math.floor(rand() * 78 * 60) - 6 * 60 }).toISO({ suppressMilliseconds: true });
      const choice = pick(OPTIONS);
      const blockers: Blocker[] = status === "contested" || (status === "open" && rand() < 0.3)
        ? [{ path: sourcePath, line: 9, text: `Blocker: ${thing} is not ready for ${choice}`, author: pick(TEAM)[0], raisedAt: nowDt.minus({ hours: 5 }).toISO(), open: status === "contested" || rand() < 0.5 }]
        : [];
      return makeItem({ ...base, status, title: `Go with ${choice} for ${thing}`, choice, rationale: `because it keeps ${thing} small`,
        windowCloses: status === "open" || rand() < 0.5 ? closes : null, decisionType: pick(TYPES), blockers,
        quote: `I'm proceeding with ${choice} for ${thing} unless someone raises a blocker.` });
    }
    const r = rand();
    const status: ItemStatus = r < 0.45 ? "open" : r < 0.65 ? "in-progress" : r < 0.95 ? "done" : "cancelled";
    const completed = status === "done" ? DateTime.min(day.minus({ days: 1 }), nowDt).toISODate() : null;
    if (kind === "dependency") {
      const party = rand() < 0.5 ? pick(["Dev", "Design", "Product"]) : pick(TEAM)[0];
      const action = pick(ACTIONS);
      return makeItem({ ...base, status, completed, due, owner: party.includes(" ") ? party : null, parties: [party], action,
        title: `${action} from ${party} on ${thing}`, quote: `Need ${action} from ${party} on ${thing} before ${day.toFormat("cccc")} EOD.` });
    }
    if (kind === "request") {
      const asked = rand() < 0.4 ? pick(["Dev", "Design", "Product"]) : pick(TEAM)[0];
      return makeItem({ ...base, status, completed, due, parties: [asked], title: `Input needed on ${thing}`,
        quote: `Input needed from ${asked} on ${thing} by ${day.toFormat("cccc")} EOD.` });
    }
    const blockedBy = dependencyIds.length > 0 && rand() < 0.2 ? [pick(dependencyIds)] : [];
    return makeItem({ ...base, status, completed, due, blockedBy, priority: rand() < 0.2 ? pick(["high", "low"] as const) : null,
      title: `${pick(VERBS)} ${thing}`, quote: `I'll ${pick(VERBS).toLowerCase()} ${thing} by ${day.toFormat("cccc")}.` });
  });
}
