import type { Item } from "../model/item";
import type { ItemKind } from "../model/kind";
import type { Directory } from "../model/person";
import { isClosedStatus } from "../model/status";
import type { TeamSettings } from "../model/team-settings";
import type { LinkIndex } from "../store/link-index";
import { dueInstant } from "../time/display";
import { DependencyGraph } from "./dependency-graph";
import { routeDecision } from "./decision-routing";
import { ItemActivity } from "./item-activity";
import { utcStamp } from "./review-now";
import { dateIn, dateOf, daysBetween, shiftWeek, weekOfDate, type ReviewWeek } from "./review-week";

/**
 * The weekly review as data (issue 7): where async broke down in the week holding `now`. Pure:
 * the same items, notes and `now` give the same review on any machine (the week and "today" are
 * read in the team's zone; nothing reads a clock). The note (`weekly-note.ts`) and `--json` are
 * two renderings of this one value.
 *
 * - **overdue**: open commitments and dependencies whose `due` has passed (recurring ones are
 *   tracked by their next occurrence and never listed);
 * - **stalledDecisions**: open decisions whose window closed without a tick, or with no activity
 *   for {@link STALL_DAYS} days;
 * - **contestedDecisions**: decisions contested by a blocker, waiting for their owner;
 * - **unansweredRequests**: open requests nobody answered (see `ItemActivity`) past their needed-by
 *   or their channel's response expectation (`respondBy`);
 * - **blockedChains**: open items waiting on someone or something, how long (since they were
 *   written), the chain behind them and who can unblock them;
 * - **inactive**: other open items with no activity for {@link QUIET_DAYS} days;
 * - **trends**: items created and closed per week over {@link TREND_WEEKS} weeks, from item dates.
 */

/** Days without activity after which an open decision has stalled: a week, the review's own rhythm. */
export const STALL_DAYS = 7;

/** Days without activity after which any other open item is listed as quiet. */
export const QUIET_DAYS = 7;

/** Weeks of trend, ending with the review's week. */
export const TREND_WEEKS = 4;

/** One listed item. */
export interface ReviewEntry {
  readonly id: string;
  readonly kind: Item["kind"];
  readonly title: string;
  readonly status: string;
  readonly owner: string | null;
  /** Item note, vault-relative. */
  readonly path: string;
  /** Source note, vault-relative, or null. */
  readonly source: string | null;
  /** Why it is listed, in words ("due 2026-11-19T16:00:00+00:00", "window closed, not ticked"). */
  readonly reason: string;
  /** When the trouble started (a deadline, a window's close, the last activity, the creation), as stored; null when unknown. */
  readonly since: string | null;
  /** Whole days from `since` to the review's day; null when `since` is unknown. */
  readonly days: number | null;
  /** Who is asked or decides (requests, decisions; routed by decision type when nobody is named). */
  readonly asked: readonly string[];
}

/** A blocked item and what is behind it. */
export interface ChainEntry extends ReviewEntry {
  /** What it waits on directly. */
  readonly waitingOn: readonly { readonly who: string | null; readonly what: string }[];
  /** The chain behind it, depth first. */
  readonly chain: readonly { readonly depth: number; readonly waiter: string | null; readonly on: string | null; readonly what: string; readonly cycle: boolean }[];
  /** Who can unblock it (the ends of the chain). */
  readonly unblockers: readonly { readonly who: string | null; readonly what: string }[];
}

/** Items created and closed in one week. */
export interface TrendWeek {
  readonly week: string;
  readonly start: string;
  readonly created: number;
  readonly closed: number;
}

/** The whole review. */
export interface WeeklyReview {
  /** `2026-W48`. */
  readonly week: string;
  /** Monday and Sunday of the week. */
  readonly start: string;
  readonly end: string;
  /** The review's moment, UTC to the second; `today` is its date in `zone`. */
  readonly now: string;
  readonly today: string;
  /** The team's zone the week and days are read in. */
  readonly zone: string;
  readonly overdue: readonly ReviewEntry[];
  readonly stalledDecisions: readonly ReviewEntry[];
  readonly contestedDecisions: readonly ReviewEntry[];
  readonly unansweredRequests: readonly ReviewEntry[];
  readonly blockedChains: readonly ChainEntry[];
  readonly inactive: readonly ReviewEntry[];
  /** Who waits on whom, one entry per pair (`thing`: waiting on a thing nobody is named for), with what and the item ids behind it. */
  readonly waiting: readonly { readonly waiter: string; readonly on: string; readonly thing: boolean; readonly what: readonly string[]; readonly items: readonly string[] }[];
  readonly trends: readonly TrendWeek[];
  /** Items created this week, per kind. */
  readonly createdThisWeek: Readonly<Record<Item["kind"], number>>;
}

/** What a review is built from. */
export interface ReviewInput {
  readonly items: readonly Item[];
  readonly links: LinkIndex;
  readonly settings: TeamSettings;
  readonly directory: Directory;
  /** The review's moment, epoch ms. */
  readonly nowMs: number;
}

/** Builds the review of the week holding `input.nowMs` (see the module comment). */
export function buildWeeklyReview(input: ReviewInput): WeeklyReview {
  const { items, links, settings, directory, nowMs } = input;
  if (!Number.isFinite(nowMs)) throw new RangeError(`buildWeeklyReview: nowMs must be epoch milliseconds, got ${nowMs}`);
  const zone = settings.timezone;
  const today = dateIn(nowMs, zone);
  const week = weekOfDate(today);
  const activity = new ItemActivity(links, today);
  const graph = DependencyGraph.of(items);
  const entry = (item: Item, reason: string, since: string | null): ReviewEntry => {
    const day = dateOf(since);
    const asked = routeDecision(item, links, settings, directory)?.deciders ?? (item.kind === "request" ? item.parties : []);
    return { id: item.id, kind: item.kind, title: item.title, status: item.status, owner: item.owner, path: item.path, source: item.sourcePath, reason, since, days: day === null ? null : daysBetween(day, today), asked };
  };
  const passed = (value: string | null | undefined): boolean => {
    const ms = value ? dueInstant(value, zone) : null;
    return ms !== null && ms <= nowMs;
  };

  const overdue: ReviewEntry[] = [];
  const stalled: ReviewEntry[] = [];
  const contested: ReviewEntry[] = [];
  const unanswered: ReviewEntry[] = [];
  const listed = new Set<string>();
  for (const item of items) {
    if (item.kind === "decision") {
      if (item.status === "contested") contested.push(entry(item, contestReason(item), item.windowCloses ?? item.decidedAt ?? item.created));
      else if (item.status === "open" && passed(item.windowCloses)) stalled.push(entry(item, "its window closed and it was not adopted or contested (no tick ran)", item.windowCloses));
      else if (item.status === "open") {
        const last = activity.lastActivity(item);
        if (last !== null && daysBetween(last, today) >= STALL_DAYS) stalled.push(entry(item, `no activity for ${daysBetween(last, today)} days`, last));
      }
      continue;
    }
    if (isClosedStatus(item.status)) continue;
    if ((item.kind === "commitment" || item.kind === "dependency") && item.recurrence === null && passed(item.due)) {
      overdue.push(entry(item, `due ${item.due}`, item.due));
    }
    if (item.kind === "request" && !activity.isAnswered(item)) {
      if (passed(item.due)) unanswered.push(entry(item, `needed by ${item.due}, no answer yet`, item.due));
      else if (passed(item.respondBy)) unanswered.push(entry(item, `the channel expects a first answer by ${item.respondBy}, none yet`, item.respondBy ?? null));
    }
  }
  for (const list of [overdue, stalled, contested, unanswered]) for (const e of list) listed.add(e.id);

  const chains: ChainEntry[] = graph.blocked().map((item) => ({
    ...entry(item, graph.waitsOf(item).map((w) => (w.on === null ? `waits on: ${w.what}` : `waits on ${w.on}: ${w.what}`)).join("; "), item.created),
    waitingOn: graph.waitsOf(item).map((w) => ({ who: w.on, what: w.what })),
    chain: graph.chain(item).map((s) => ({ depth: s.depth, waiter: s.wait.waiter, on: s.wait.on, what: s.wait.what, cycle: s.cycle })),
    unblockers: graph.unblockers(item).map((u) => ({ who: u.who, what: u.what })),
  }));
  for (const c of chains) listed.add(c.id);

  const inactive: ReviewEntry[] = [];
  for (const item of items) {
    if (isClosedStatus(item.status) || item.status === "contested" || listed.has(item.id)) continue;
    const last = activity.lastActivity(item);
    if (last !== null && daysBetween(last, today) >= QUIET_DAYS) inactive.push(entry(item, `no activity since ${last}`, last));
  }

  return {
    week: week.key,
    start: week.start,
    end: week.end,
    now: utcStamp(nowMs),
    today,
    zone,
    overdue: sortEntries(overdue),
    stalledDecisions: sortEntries(stalled),
    contestedDecisions: sortEntries(contested),
    unansweredRequests: sortEntries(unanswered),
    blockedChains: sortEntries(chains),
    inactive: sortEntries(inactive),
    waiting: graph.whoWaitsOnWhom().map((p) => ({ waiter: p.waiter, on: p.on, thing: p.thing, what: p.what, items: p.items.map((i) => i.id) })),
    trends: trendsOf(items, week),
    createdThisWeek: createdIn(items, week),
  };
}

function contestReason(item: Item): string {
  const open = item.blockers.filter((b) => b.open).length;
  if (open === 0) return "contested; its blockers are resolved: the owner adopts or withdraws it";
  return `contested by ${open} open blocker${open === 1 ? "" : "s"}`;
}

/** Oldest trouble first (unknown last), then by item-note path. */
function sortEntries<T extends ReviewEntry>(list: T[]): T[] {
  return list.sort((a, b) => {
    if (a.days !== b.days) {
      if (a.days === null) return 1;
      if (b.days === null) return -1;
      return b.days - a.days;
    }
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
}

/**
 * The date an item was closed, from its own fields: `completedDate` (done, cancelled), else
 * `decided_at` (adopted), else its creation for a decision stated as made. Null when the record
 * does not say (a task ticked done on the board without a completion date).
 */
export function closedOn(item: Item): string | null {
  if (!isClosedStatus(item.status)) return null;
  return dateOf(item.completed) ?? dateOf(item.decidedAt) ?? (item.kind === "decision" && item.status === "adopted" && item.windowCloses === null ? dateOf(item.created) : null);
}

function trendsOf(items: readonly Item[], week: ReviewWeek): TrendWeek[] {
  const weeks = Array.from({ length: TREND_WEEKS }, (_, i) => shiftWeek(week, i - TREND_WEEKS + 1));
  const index = new Map(weeks.map((w, i) => [w.start, i]));
  const created = weeks.map(() => 0);
  const closed = weeks.map(() => 0);
  const count = (date: string | null, into: number[]): void => {
    const at = date === null ? undefined : index.get(weekOfDate(date).start);
    if (at !== undefined) into[at]++;
  };
  for (const item of items) {
    count(dateOf(item.created), created);
    count(closedOn(item), closed);
  }
  return weeks.map((w, i) => ({ week: w.key, start: w.start, created: created[i], closed: closed[i] }));
}

function createdIn(items: readonly Item[], week: ReviewWeek): Record<Exclude<ItemKind, "fyi">, number> {
  const out: Record<Exclude<ItemKind, "fyi">, number> = { commitment: 0, decision: 0, request: 0, dependency: 0 };
  for (const item of items) {
    const date = dateOf(item.created);
    if (date !== null && date >= week.start && date <= week.end) out[item.kind]++;
  }
  return out;
}
