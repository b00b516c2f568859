/**
 * The board as data, independent of the DOM: which column each item is in, whether it is
 * overdue, and the filtered, grouped, sorted layout of each column. Pure and deterministic:
 * `now` and zones are inputs, and equal inputs give equal layouts on every device.
 *
 * Two stages, so typing in the filter box does not redo per-item work:
 * {@link BoardSnapshot.of} once per `setState` (index by id, columns, due instants), then
 * {@link layoutBoard} per filter or grouping change.
 */
import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import { isClosedStatus, type ItemStatus } from "../model/status";
import { DueWeekCalendar, dueInstant } from "../time/display";
import { FilterMatcher, collectFilterOptions, type BoardFilter, type FilterOptions } from "./board-filter";
import { compareGroups, groupOf, type BoardGrouping, type GroupKey } from "./board-grouping";
import { ItemGraph } from "./item-graph";
import { OwnerZones } from "./owner-zones";

/** The board's columns, left to right. "blocked" is derived from dependencies, not a status. */
export const BOARD_COLUMNS = [
  { id: "open", label: "Open" },
  { id: "in-progress", label: "In progress" },
  { id: "blocked", label: "Blocked" },
  { id: "done", label: "Done" },
] as const;
export type BoardColumnId = (typeof BOARD_COLUMNS)[number]["id"];

/**
 * The column an item belongs in: closed statuses under Done; otherwise Blocked while an open
 * item it is blocked by exists; otherwise In progress or Open by status (open and contested
 * decisions are Open: they still await something).
 */
export function columnOf(item: Item, graph: ItemGraph): BoardColumnId {
  if (isClosedStatus(item.status)) return "done";
  if (graph.isBlocked(item)) return "blocked";
  return item.status === "in-progress" ? "in-progress" : "open";
}

/** One card's derived facts. */
export interface BoardCard {
  readonly item: Item;
  readonly column: BoardColumnId;
  /** The deadline, epoch ms, or null when there is none or it is unreadable. */
  readonly dueMs: number | null;
  /** Due before now and not closed. */
  readonly overdue: boolean;
  /** The owner's IANA zone from their People note, or null (no owner, a team, or no zone). */
  readonly ownerZone: string | null;
  /** The title lowercased once, for sorting. */
  readonly sortTitle: string;
}

/** Per-snapshot facts for every item, computed once per `setState`. */
export class BoardSnapshot {
  private readonly byId = new Map<string, BoardCard>();

  private constructor(
    readonly graph: ItemGraph,
    readonly cards: readonly BoardCard[],
    readonly options: FilterOptions,
    readonly now: number,
    readonly viewerZone: string,
  ) {
    for (const card of cards) this.byId.set(card.item.id, card);
  }

  /** The card of item `id`, or undefined. */
  cardOf(id: string): BoardCard | undefined {
    return this.byId.get(id);
  }

  /**
   * Indexes `items` and derives each card. `now` is epoch ms; `viewerZone` decides date-only
   * dues for owners without a zone and the due-week grouping. Owner zones come from the
   * directory, resolved once per distinct owner.
   */
  static of(items: readonly Item[], directory: Directory, viewerZone: string, now: number): BoardSnapshot {
    const graph = ItemGraph.from(items);
    const zones = new OwnerZones(directory);
    const cards: BoardCard[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const ownerZone = zones.zoneOf(item.owner);
      const dueMs = item.due === null ? null : dueInstant(item.due, ownerZone ?? viewerZone);
      const closed = isClosedStatus(item.status);
      // A request past its channel's respond-by is overdue too, whatever its own due says.
      const respondMs = item.respondBy ? dueInstant(item.respondBy, "UTC") : null;
      const late = (dueMs !== null && dueMs < now) || (respondMs !== null && respondMs < now);
      cards.push({ item, column: columnOf(item, graph), dueMs, overdue: !closed && late, ownerZone, sortTitle: item.title.toLowerCase() });
    }
    return new BoardSnapshot(graph, cards, collectFilterOptions(items, directory.people.map((p) => p.name)), now, viewerZone);
  }
}

/** A run of cards under one header (the header is empty when grouping by status only). */
export interface BoardGroup {
  readonly key: string;
  readonly label: string;
  readonly cards: readonly BoardCard[];
}

/** One column's layout. */
export interface BoardColumn {
  readonly id: BoardColumnId;
  readonly label: string;
  readonly groups: readonly BoardGroup[];
  /** Cards shown in the column (after filters). */
  readonly count: number;
}

/** The whole board's layout. */
export interface BoardLayout {
  readonly columns: readonly BoardColumn[];
  /** Cards shown after filters, and cards in the snapshot. */
  readonly shown: number;
  readonly total: number;
}

const PRIORITY_RANK: Readonly<Record<string, number>> = { highest: 0, high: 1, medium: 2, low: 4, lowest: 5 };
const priorityRank = (card: BoardCard): number => (card.item.priority === null ? 3 : PRIORITY_RANK[card.item.priority]);
const byCodePoints = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Card order within a group: earliest due first (no due last), then higher priority, then
 * title, then id, so the order is total and the same everywhere. Done sorts the most recently
 * completed first, since that is what people look for there.
 */
export function compareCards(a: BoardCard, b: BoardCard): number {
  if (a.column === "done" && b.column === "done") {
    const ca = a.item.completed ?? "";
    const cb = b.item.completed ?? "";
    if (ca !== cb) return ca > cb ? -1 : 1;
  }
  if (a.dueMs !== b.dueMs) {
    if (a.dueMs === null) return 1;
    if (b.dueMs === null) return -1;
    return a.dueMs - b.dueMs;
  }
  const pr = priorityRank(a) - priorityRank(b);
  if (pr !== 0) return pr;
  return byCodePoints(a.sortTitle, b.sortTitle) || byCodePoints(a.item.id, b.item.id);
}

/** Filters, groups and sorts a snapshot's cards into columns. */
export function layoutBoard(snapshot: BoardSnapshot, filter: BoardFilter, grouping: BoardGrouping): BoardLayout {
  const matcher = FilterMatcher.of(filter);
  const calendar = DueWeekCalendar.of(snapshot.viewerZone, snapshot.now);
  const perColumn = new Map<BoardColumnId, Map<string, { group: GroupKey; cards: BoardCard[] }>>();
  for (const column of BOARD_COLUMNS) perColumn.set(column.id, new Map());
  let shown = 0;
  for (const card of snapshot.cards) {
    if (!matcher.isEmpty && !matcher.matches(card.item)) continue;
    shown++;
    const group = groupOf(grouping, card.item, card.dueMs, calendar);
    const groups = perColumn.get(card.column)!;
    const id = `${group.none ? "1" : "0"}${group.key}`;
    const entry = groups.get(id);
    if (entry) entry.cards.push(card);
    else groups.set(id, { group, cards: [card] });
  }
  const columns = BOARD_COLUMNS.map(({ id, label }): BoardColumn => {
    const entries = [...perColumn.get(id)!.values()].sort((a, b) => compareGroups(a.group, b.group));
    let count = 0;
    const groups = entries.map(({ group, cards }) => {
      count += cards.length;
      return { key: group.none ? `none:${group.label}` : group.key, label: group.label, cards: cards.sort(compareCards) };
    });
    return { id, label, groups, count };
  });
  return { columns, shown, total: snapshot.cards.length };
}

/** What dropping an item on a column does: a status to set, or why nothing happens. */
export type MovePlan =
  | { readonly kind: "set"; readonly status: ItemStatus }
  | { readonly kind: "refuse"; readonly message: string }
  | { readonly kind: "none" };

/**
 * The status change that moves `item` into `column`. Decisions go to Done as `adopted` and have
 * no "in progress"; Blocked is derived, so nothing can be dropped there; moving a blocked item
 * to the column of the status it already has changes nothing and says why it stays blocked.
 */
export function planMove(item: Item, from: BoardColumnId, to: BoardColumnId): MovePlan {
  if (to === from) return { kind: "none" };
  if (to === "blocked") {
    return { kind: "refuse", message: `Blocked is worked out from dependencies: write "waiting on …" in the source note to block "${item.title}".` };
  }
  const decision = item.kind === "decision";
  if (to === "in-progress" && decision) {
    return { kind: "refuse", message: `Decisions have no "in progress": move "${item.title}" to Open or Done (adopted).` };
  }
  const status: ItemStatus = to === "done" ? (decision ? "adopted" : "done") : to === "in-progress" ? "in-progress" : "open";
  if (status === item.status) {
    return { kind: "refuse", message: `"${item.title}" is already ${status.replace("-", " ")} and stays under Blocked until what it waits on is done.` };
  }
  return { kind: "set", status };
}
