import { earliestInstant } from "../model/decision-window";
import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import { isClosedStatus } from "../model/status";
import type { TeamSettings } from "../model/team-settings";
import type { LinkIndex } from "../store/link-index";
import { routeDecision } from "./decision-routing";
import { ItemActivity } from "./item-activity";
import { dateIn, dateOf } from "./review-week";

/**
 * "While you were away" (issue 7, the plugin's optional startup notice): what came to wait on a
 * person since they were last online. Pure: `lastOnline` and `now` are inputs (the plugin keeps
 * the last-online instant in its device settings).
 *
 * - **asked**: open requests and dependencies naming them (or a team they are in) written since;
 * - **decide**: decisions and "Decision needed" requests that are theirs to decide (their own, or
 *   routed to them by decision type), written since, still open;
 * - **closed**: their decisions whose window closed since (adopted or contested by the tick);
 * - **blocker**: open blockers raised on their decisions since.
 */
export type WaitingReason = "asked" | "decide" | "closed" | "blocker";

/** One thing waiting on the person. */
export interface WaitingForYou {
  readonly item: Item;
  readonly reason: WaitingReason;
  /** When it came: a date (`created`) or an instant (window close, blocker); null when undated. */
  readonly since: string | null;
}

/** What {@link waitingOnYouSince} reads. */
export interface WaitingInput {
  readonly items: readonly Item[];
  readonly links: LinkIndex;
  readonly settings: TeamSettings;
  readonly directory: Directory;
  /** The person's name (their People note's name). */
  readonly me: string;
  /** When they were last online, epoch ms; null for the first time (everything open counts). */
  readonly lastOnlineMs: number | null;
  readonly nowMs: number;
}

/** Everything that came to wait on `me` since `lastOnlineMs`, one entry per item (first reason wins), in item order. */
export function waitingOnYouSince(input: WaitingInput): WaitingForYou[] {
  const { items, links, settings, directory, me, lastOnlineMs, nowMs } = input;
  const mine = namesOf(me, directory);
  const isMe = (name: string | null | undefined): boolean => {
    if (!name) return false;
    if (mine.has(name.trim().toLowerCase())) return true;
    const team = directory.resolve(name);
    return team !== null && "members" in team && team.members.some((m) => mine.has(m.trim().toLowerCase()));
  };
  const sinceDate = lastOnlineMs === null ? null : dateIn(lastOnlineMs, settings.timezone);
  const newSince = (created: string | null): boolean => sinceDate === null || (dateOf(created) ?? "") >= sinceDate;
  const afterLast = (instant: string | null | undefined): boolean => {
    const ms = instant ? earliestInstant(instant) : null;
    return ms !== null && ms <= nowMs && (lastOnlineMs === null || ms > lastOnlineMs);
  };
  const activity = new ItemActivity(links);
  const out: WaitingForYou[] = [];
  for (const item of items) {
    const routing = routeDecision(item, links, settings, directory);
    const decides = routing !== null && routing.deciders.some(isMe);
    if (item.kind === "decision" && decides && (item.status === "adopted" || item.status === "contested") && afterLast(item.windowCloses)) {
      out.push({ item, reason: "closed", since: item.windowCloses });
      continue;
    }
    if (item.kind === "decision" && decides) {
      const raised = item.blockers.find((b) => b.open && afterLast(b.raisedAt));
      if (raised && !isClosedStatus(item.status)) {
        out.push({ item, reason: "blocker", since: raised.raisedAt });
        continue;
      }
    }
    if (isClosedStatus(item.status) || !newSince(item.created)) continue;
    if (decides && (item.kind === "decision" ? item.status === "open" : !activity.isAnswered(item))) out.push({ item, reason: "decide", since: item.created });
    else if ((item.kind === "request" || item.kind === "dependency") && !isMe(item.owner) && item.parties.some(isMe) && !activity.isAnswered(item)) out.push({ item, reason: "asked", since: item.created });
  }
  return out;
}

/** The person's name and aliases, lower-case. */
function namesOf(me: string, directory: Directory): Set<string> {
  const out = new Set([me.trim().toLowerCase()]);
  const person = directory.resolve(me);
  if (person && "aliases" in person) {
    out.add(person.name.toLowerCase());
    for (const alias of person.aliases) out.add(alias.trim().toLowerCase().replace(/^@/, ""));
  }
  return out;
}
