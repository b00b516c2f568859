/**
 * The async-health feature's device settings and the sentences its notices say. Pure: no
 * `obsidian` import, no clock; tested from test/review.
 */
import type { TickResult } from "../review/tick";
import type { WaitingForYou } from "../review/waiting-since";

/** This device's async-health settings (`features.review` in the plugin's `data.json`). */
export interface ReviewSettings {
  /** When this device last had Handoff running, ISO instant; null before the first run. */
  readonly lastOnline: string | null;
  /** Minutes between decision-window checks while Obsidian is open. Default 5: a window adopts within minutes of closing. */
  readonly tickMinutes: number;
  /** Show "while you were away" at startup. Default true. */
  readonly startupNotice: boolean;
}

/** The defaults, for every field missing or unreadable. */
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = Object.freeze({ lastOnline: null, tickMinutes: 5, startupNotice: true });

/** Longest interval between checks: a day. */
export const MAX_TICK_MINUTES = 24 * 60;

/** Reads stored settings; anything unreadable keeps its default (device data is never trusted). */
export function readReviewSettings(value: unknown): ReviewSettings {
  const data = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const last = typeof data.lastOnline === "string" && !Number.isNaN(Date.parse(data.lastOnline)) ? data.lastOnline : null;
  const minutes = typeof data.tickMinutes === "number" && Number.isInteger(data.tickMinutes) && data.tickMinutes >= 1 && data.tickMinutes <= MAX_TICK_MINUTES ? data.tickMinutes : DEFAULT_REVIEW_SETTINGS.tickMinutes;
  const notice = typeof data.startupNotice === "boolean" ? data.startupNotice : DEFAULT_REVIEW_SETTINGS.startupNotice;
  return { lastOnline: last, tickMinutes: minutes, startupNotice: notice };
}

const REASONS: Readonly<Record<WaitingForYou["reason"], string>> = {
  asked: "asked of you",
  decide: "yours to decide",
  closed: "your decision's window closed",
  blocker: "a blocker on your decision",
};

/** How many titles a notice lists before "and N more". */
const LISTED = 5;

/** "While you were away: 3 things wait on you" with up to five titles and why; null when nothing does. */
export function awayNotice(waiting: readonly WaitingForYou[]): string | null {
  if (waiting.length === 0) return null;
  const lines = waiting.slice(0, LISTED).map((w) => `• ${w.item.title} (${REASONS[w.reason]}${w.item.kind === "decision" && w.reason === "closed" ? `: ${w.item.status}` : ""})`);
  if (waiting.length > LISTED) lines.push(`…and ${waiting.length - LISTED} more in "Waiting on me".`);
  return `While you were away, ${waiting.length} ${waiting.length === 1 ? "thing came" : "things came"} to wait on you:\n${lines.join("\n")}`;
}

/** One sentence per decision the tick moved that `me` decides (their own, or routed to them); empty when none. */
export function tickNotices(result: TickResult, me: string | null): string[] {
  if (me === null) return [];
  const mine = (deciders: readonly string[]): boolean => deciders.some((d) => d.toLowerCase() === me.toLowerCase());
  const out: string[] = [];
  for (const o of result.adopted) if (mine(o.deciders)) out.push(`"${o.item.title}" was adopted: its window closed with no open blocker.`);
  for (const o of result.contested) {
    if (!mine(o.deciders)) continue;
    const who = [...new Set(o.blockers.map((b) => b.author ?? "someone"))].join(", ");
    out.push(`"${o.item.title}" is contested: ${o.blockers.length} blocker${o.blockers.length === 1 ? " was" : "s were"} open when its window closed (${who}). Adopt or withdraw it.`);
  }
  return out;
}
