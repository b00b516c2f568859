/**
 * "Waiting on me" as data: what the viewer owes others, in four sections.
 *
 * - Overdue: anything below whose deadline (or decision window) has passed, first.
 * - Asked of you: open requests and dependencies whose parties include the viewer or a team
 *   they are in ("Input needed from Dev by Thursday", "need sign-off from Maya").
 * - Blocking others: open items the viewer owns that other open items list in `blockedBy`.
 * - Decisions closing soon: open decisions the viewer owns whose window closes within 24 hours.
 *
 * An item appears once, in the first section it qualifies for, with every reason listed.
 * Within a section: earliest deadline first (none last), then title, then id. Pure: `now` is an input.
 */
import type { Directory, Person } from "../model/person";
import type { Item } from "../model/item";
import { isClosedStatus } from "../model/status";
import { dueInstant } from "../time/display";
import type { ItemGraph } from "./item-graph";
import { OwnerZones } from "./owner-zones";
import { ViewerIdentity } from "./viewer-identity";

/** How far ahead "closes soon" looks. */
export const CLOSING_SOON_MS = 24 * 60 * 60_000;

/** Why an item waits on the viewer. */
export type QueueReason =
  | { readonly kind: "asked"; readonly via: string; readonly team: boolean }
  | { readonly kind: "blocking"; readonly dependants: readonly Item[] }
  | { readonly kind: "closing"; readonly closesMs: number };

/** One item in the queue. */
export interface QueueEntry {
  readonly item: Item;
  readonly reasons: readonly QueueReason[];
  /** The deadline that matters: the window close for a closing decision, else `due`; epoch ms or null. */
  readonly deadlineMs: number | null;
  readonly overdue: boolean;
  readonly ownerZone: string | null;
}

/** The queue's sections, top to bottom. */
export const QUEUE_SECTIONS = [
  { id: "overdue", label: "Overdue" },
  { id: "asked", label: "Asked of you" },
  { id: "blocking", label: "Blocking others" },
  { id: "closing", label: "Your decisions closing soon" },
] as const;
export type QueueSectionId = (typeof QUEUE_SECTIONS)[number]["id"];

/** The queue: entries per section. */
export type Queue = Readonly<Record<QueueSectionId, readonly QueueEntry[]>>;

const byCodePoints = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareEntries(a: QueueEntry, b: QueueEntry): number {
  if (a.deadlineMs !== b.deadlineMs) {
    if (a.deadlineMs === null) return 1;
    if (b.deadlineMs === null) return -1;
    return a.deadlineMs - b.deadlineMs;
  }
  return byCodePoints(a.item.title.toLowerCase(), b.item.title.toLowerCase()) || byCodePoints(a.item.id, b.item.id);
}

/** Builds the queue for `person` at `now` (epoch ms) from every item; `graph` is the same items indexed. */
export function buildQueue(items: readonly Item[], graph: ItemGraph, person: Person, directory: Directory, viewerZone: string, now: number): Queue {
  const me = ViewerIdentity.of(person, directory);
  const zones = new OwnerZones(directory);
  const queue: Record<QueueSectionId, QueueEntry[]> = { overdue: [], asked: [], blocking: [], closing: [] };
  const seen = new Set<string>();
  for (const item of items) {
    if (isClosedStatus(item.status) || seen.has(item.id)) continue;
    seen.add(item.id);
    const reasons: QueueReason[] = [];
    // A request the viewer wrote to their own team is theirs to chase, not to answer.
    const askedByMe = item.kind === "request" && me.isMe(item.owner);
    if ((item.kind === "request" || item.kind === "dependency") && !askedByMe) {
      for (const party of item.parties) {
        const who = me.classify(party);
        if (who !== null) {
          reasons.push({ kind: "asked", via: party, team: who === "team" });
          break;
        }
      }
    }
    if (me.isMe(item.owner)) {
      const dependants = graph.dependantsOf(item.id);
      if (dependants.length > 0) reasons.push({ kind: "blocking", dependants });
      if (item.kind === "decision" && item.status === "open" && item.windowCloses !== null) {
        const closesMs = dueInstant(item.windowCloses, "UTC");
        if (closesMs !== null && closesMs - now <= CLOSING_SOON_MS) reasons.push({ kind: "closing", closesMs });
      }
    }
    if (reasons.length === 0) continue;
    const ownerZone = zones.zoneOf(item.owner);
    const closing = reasons.find((r) => r.kind === "closing");
    const dueMs = item.due === null ? null : dueInstant(item.due, ownerZone ?? viewerZone);
    // A request's respond-by (channel expectation) counts when it comes before its due.
    const respondMs = item.respondBy ? dueInstant(item.respondBy, "UTC") : null;
    const deadlineMs = closing ? closing.closesMs : respondMs !== null && (dueMs === null || respondMs < dueMs) ? respondMs : dueMs;
    const entry: QueueEntry = { item, reasons, deadlineMs, overdue: deadlineMs !== null && deadlineMs < now, ownerZone };
    queue[entry.overdue ? "overdue" : reasons[0].kind].push(entry);
  }
  for (const section of Object.values(queue)) section.sort(compareEntries);
  return queue;
}
