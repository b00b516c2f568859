/**
 * The decision log as data: decisions in sections by state, filtered by owner and decision
 * type, in a deterministic order. Pure: `now` is an input.
 *
 * - Open: decisions still deciding. Those with a window come first, soonest to close first
 *   (a window already past but not yet ticked to adopted/contested sorts first of all);
 *   decisions without a window follow, newest first.
 * - Contested, Adopted, Withdrawn, Superseded: newest first (window close, else creation date).
 */
import type { Item } from "../model/item";
import type { DecisionStatus } from "../model/status";
import { dueInstant } from "../time/display";

/** The log's sections, top to bottom. */
export const DECISION_SECTIONS: readonly { readonly id: DecisionStatus; readonly label: string }[] = [
  { id: "open", label: "Open" },
  { id: "contested", label: "Contested" },
  { id: "adopted", label: "Adopted" },
  { id: "withdrawn", label: "Withdrawn" },
  { id: "superseded", label: "Superseded" },
];

/** Owner and decision type filters; null means any. Both compare case-insensitively. */
export interface DecisionFilter {
  readonly owner: string | null;
  readonly type: string | null;
}

/** Shows every decision. */
export const ALL_DECISIONS: DecisionFilter = Object.freeze({ owner: null, type: null });

/** One decision with what the log derives. */
export interface DecisionEntry {
  readonly item: Item;
  /** When the window closes, epoch ms; null without a (readable) window. */
  readonly closesMs: number | null;
  /** Blockers still open. */
  readonly openBlockers: number;
}

/** One section. */
export interface DecisionSection {
  readonly id: DecisionStatus;
  readonly label: string;
  readonly entries: readonly DecisionEntry[];
}

/** The whole log. */
export interface DecisionLog {
  readonly sections: readonly DecisionSection[];
  /** Owners and decision types among all decisions (for the filter menus), sorted. */
  readonly owners: readonly string[];
  readonly types: readonly string[];
  /** Decisions shown after filters, and all decisions. */
  readonly shown: number;
  readonly total: number;
}

const byCodePoints = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest-first key: the window's close, else the creation date (end of that day, UTC); -∞ when neither is known. */
function recency(entry: DecisionEntry): number {
  if (entry.closesMs !== null) return entry.closesMs;
  const created = entry.item.created === null ? null : dueInstant(entry.item.created, "UTC");
  return created ?? Number.NEGATIVE_INFINITY;
}

function tieBreak(a: DecisionEntry, b: DecisionEntry): number {
  return byCodePoints(a.item.title.toLowerCase(), b.item.title.toLowerCase()) || byCodePoints(a.item.id, b.item.id);
}

function compareOpen(a: DecisionEntry, b: DecisionEntry): number {
  if (a.closesMs !== b.closesMs) {
    if (a.closesMs === null) return 1;
    if (b.closesMs === null) return -1;
    return a.closesMs - b.closesMs;
  }
  if (a.closesMs === null) {
    const byRecent = recency(b) - recency(a);
    if (byRecent !== 0 && Number.isFinite(byRecent)) return byRecent;
  }
  return tieBreak(a, b);
}

function compareRecent(a: DecisionEntry, b: DecisionEntry): number {
  const ra = recency(a);
  const rb = recency(b);
  if (ra !== rb) return rb > ra ? 1 : -1;
  return tieBreak(a, b);
}

/** Builds the log from every item (non-decisions are skipped). */
export function buildDecisionLog(items: readonly Item[], filter: DecisionFilter): DecisionLog {
  const owners = new Map<string, string>();
  const types = new Map<string, string>();
  const perSection = new Map<DecisionStatus, DecisionEntry[]>(DECISION_SECTIONS.map((s) => [s.id, []]));
  const ownerFilter = filter.owner?.toLowerCase() ?? null;
  const typeFilter = filter.type?.toLowerCase() ?? null;
  let total = 0;
  let shown = 0;
  for (const item of items) {
    if (item.kind !== "decision") continue;
    total++;
    if (item.owner && !owners.has(item.owner.toLowerCase())) owners.set(item.owner.toLowerCase(), item.owner);
    if (item.decisionType && !types.has(item.decisionType.toLowerCase())) types.set(item.decisionType.toLowerCase(), item.decisionType);
    if (ownerFilter !== null && item.owner?.toLowerCase() !== ownerFilter) continue;
    if (typeFilter !== null && item.decisionType?.toLowerCase() !== typeFilter) continue;
    const section = perSection.get(item.status as DecisionStatus);
    if (!section) continue;
    shown++;
    section.push({
      item,
      closesMs: item.windowCloses === null ? null : dueInstant(item.windowCloses, "UTC"),
      openBlockers: item.blockers.filter((b) => b.open).length,
    });
  }
  const sections = DECISION_SECTIONS.map(({ id, label }) => ({
    id,
    label,
    entries: perSection.get(id)!.sort(id === "open" ? compareOpen : compareRecent),
  }));
  return { sections, owners: [...owners.values()].sort(byCodePoints), types: [...types.values()].sort(byCodePoints), shown, total };
}
