import { canLink, formatWikilink, linkTarget } from "../store/wikilink";
import { flowchart, pie, xychart } from "./mermaid";
import type { ChainEntry, ReviewEntry, WeeklyReview } from "./weekly";

/**
 * The weekly review as a note: `<items folder>/Reviews/<ISO week> review.md`. Handoff owns the part
 * between {@link REVIEW_START} and {@link REVIEW_END} and rewrites only that part when the review
 * is written again; the frontmatter and anything a person writes outside the markers stay. The
 * text depends on the review value alone (no clock, no machine zone, no locale), so two machines
 * write byte-identical notes.
 */

/** First line of the part Handoff rewrites. */
export const REVIEW_START = "<!-- handoff:review:start (Handoff rewrites everything down to handoff:review:end; write your own notes below it) -->";
/** Last line of the part Handoff rewrites. */
export const REVIEW_END = "<!-- handoff:review:end -->";

/** A start marker line, whatever its comment text (group-free). */
export const REVIEW_START_LINE = /^<!-- handoff:review:start\b.*-->[ \t]*$/;
/** The end marker line. */
export const REVIEW_END_LINE = /^<!-- handoff:review:end -->[ \t]*$/;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Vault path of the review note for `week` (`2026-W48`) under `itemsFolder`. */
export function reviewNotePath(itemsFolder: string, week: string): string {
  return `${itemsFolder}/Reviews/${week} review.md`;
}

/** A whole new review note: frontmatter, title, the managed part, and a Notes heading for people. */
export function renderReviewNote(review: WeeklyReview): string {
  const frontmatter = ["---", "type: review", `week: ${review.week}`, `start: ${review.start}`, `end: ${review.end}`, "tags:", "  - handoff/review", "---"];
  return `${frontmatter.join("\n")}\n# ${weekTitle(review)}\n\n${renderManaged(review)}\n\n## Notes\n\n`;
}

/** The managed part, markers included, without a final newline. */
export function renderManaged(review: WeeklyReview): string {
  const out: string[] = [REVIEW_START, ""];
  out.push(`Async health for ${range(review.start, review.end)}, as of ${review.now} (${review.today} in ${review.zone}).`, "");
  section(out, "Overdue commitments", review.overdue, (e) => `${line(e)} · due ${e.since ?? "?"}${ago(e, "overdue")}`);
  section(out, "Decisions that stalled", review.stalledDecisions, (e) => `${line(e)} · ${e.reason}${ago(e)}`);
  section(out, "Contested decisions", review.contestedDecisions, (e) => `${line(e)} · ${e.reason}${e.asked.length > 0 ? ` · decides: ${e.asked.join(", ")}` : ""}`);
  section(out, "Requests waiting for an answer", review.unansweredRequests, (e) => `${line(e)}${e.asked.length > 0 ? ` · asked: ${e.asked.join(", ")}` : ""} · ${e.reason}${ago(e, "late")}`);
  chains(out, review.blockedChains);
  out.push("### Who is waiting on whom", "");
  out.push(flowchart(review.waiting.map((w) => ({ from: w.waiter, to: w.on, toThing: w.thing, label: w.thing ? "waits for" : w.what.join("; ") }))), "");
  section(out, "No activity for a week", review.inactive, (e) => `${line(e)} · ${e.reason}`);
  out.push("## Trends", "");
  const labels = review.trends.map((t) => t.week.slice(5));
  out.push(xychart("Created (bars) and closed (line) per week", labels, "Items", [{ kind: "bar", values: review.trends.map((t) => t.created) }, { kind: "line", values: review.trends.map((t) => t.closed) }]), "");
  out.push(review.trends.map((t) => `${t.week}: ${t.created} created, ${t.closed} closed`).join(" · "), "");
  const made = review.createdThisWeek;
  out.push(pie(`Created in ${review.week}`, [["commitments", made.commitment], ["decisions", made.decision], ["requests", made.request], ["dependencies", made.dependency]]), "");
  out.push(REVIEW_END);
  return out.join("\n");
}

/**
 * `current` with its managed part replaced by `managed`, or null when the markers are not there
 * exactly once each and in order (a person removed them: the note is left alone).
 */
export function replaceManaged(current: string, managed: string): string | null {
  const lines = current.split("\n");
  const starts = lines.flatMap((l, i) => (REVIEW_START_LINE.test(l.replace(/\r$/, "")) ? [i] : []));
  const ends = lines.flatMap((l, i) => (REVIEW_END_LINE.test(l.replace(/\r$/, "")) ? [i] : []));
  if (starts.length !== 1 || ends.length !== 1 || ends[0] < starts[0]) return null;
  return [...lines.slice(0, starts[0]), managed, ...lines.slice(ends[0] + 1)].join("\n");
}

function weekTitle(review: WeeklyReview): string {
  return `Weekly review ${review.week}`;
}

function range(start: string, end: string): string {
  return `${dayMonth(start)} – ${dayMonth(end)} ${end.slice(0, 4)}`;
}

function dayMonth(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? "?"}`;
}

function section<T extends ReviewEntry>(out: string[], title: string, entries: readonly T[], render: (e: T) => string): void {
  out.push(`## ${title} (${entries.length})`, "");
  if (entries.length === 0) out.push("Nothing.", "");
  else out.push(...entries.map((e) => `- ${render(e)}`), "");
}

function chains(out: string[], entries: readonly ChainEntry[]): void {
  out.push(`## Blocked chains (${entries.length})`, "");
  if (entries.length === 0) {
    out.push("Nothing.", "");
    return;
  }
  for (const e of entries) {
    out.push(`- ${line(e)} · ${e.reason} · blocked ${e.days === null ? "since an unknown date" : `${e.days} day${e.days === 1 ? "" : "s"}`}`);
    for (const step of e.chain.filter((s) => s.depth > 0)) {
      out.push(`${"  ".repeat(step.depth)}  - then ${step.waiter ?? "someone"} waits on ${step.on ?? "something"}: ${step.what}${step.cycle ? " (a cycle: it leads back)" : ""}`);
    }
    const who = e.unblockers.map((u) => (u.who === null ? `nobody named (${u.what})` : `${u.who} (${u.what})`));
    if (who.length > 0) out.push(`  - can unblock: ${who.join("; ")}`);
  }
  out.push("");
}

function line(e: ReviewEntry): string {
  const target = linkTarget(e.path);
  const title = e.title.replace(/[[\]|\r\n]/g, " ").replace(/\s+/g, " ").trim();
  const link = canLink(target) ? formatWikilink(target, null, title || null) : title;
  return `${link} · ${e.kind} · ${e.owner ?? "no owner"}`;
}

function ago(e: ReviewEntry, word = "ago"): string {
  if (e.days === null || e.days <= 0) return "";
  return ` · ${e.days} day${e.days === 1 ? "" : "s"} ${word}`;
}
