/**
 * Items indexed by id with their dependency edges in both directions, built once per snapshot
 * so views never scan the item list per card.
 *
 * "Blocked" is derived, never stored: an item is blocked while its `blockedBy` names an item
 * that exists and is not closed (done, cancelled, adopted, withdrawn, superseded). An id that
 * names no item (deleted, or never indexed) does not block: there is nobody to wait on, and the
 * card still lists it under "waiting on" so the dangling link is visible.
 */
import type { Item } from "../model/item";
import { isClosedStatus } from "../model/status";

/** What an item waits on: the parties (or owner) of a blocking item and the action owed. */
export interface WaitingOn {
  /** Id of the blocking item, or null when the item is itself a dependency naming its party. */
  readonly itemId: string | null;
  /** Who is waited on: the blocker's parties, else its owner; may be empty ("the API is merged"). */
  readonly parties: readonly string[];
  /** What they owe: the blocker's action, else what is waited for, else its title. */
  readonly action: string;
  /** True when `itemId` names no indexed item. */
  readonly missing: boolean;
}

/** Immutable index of one snapshot of items. */
export class ItemGraph {
  private constructor(
    private readonly byId: ReadonlyMap<string, Item>,
    private readonly blocking: ReadonlyMap<string, readonly Item[]>,
  ) {}

  /**
   * Indexes `items` by id. Duplicate ids are a store bug (ids are unique per vault): the first
   * wins, so a snapshot still renders. The reverse index keeps only open dependants, which is
   * what "blocks someone" means.
   */
  static from(items: readonly Item[]): ItemGraph {
    const byId = new Map<string, Item>();
    for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
    const blocking = new Map<string, Item[]>();
    for (const item of byId.values()) {
      if (isClosedStatus(item.status)) continue;
      for (const id of item.blockedBy) {
        const list = blocking.get(id);
        if (list) list.push(item);
        else blocking.set(id, [item]);
      }
    }
    return new ItemGraph(byId, blocking);
  }

  /** The item with `id`, or undefined. */
  get(id: string): Item | undefined {
    return this.byId.get(id);
  }

  /** Number of distinct items. */
  get size(): number {
    return this.byId.size;
  }

  /** True while some item in `item.blockedBy` exists and is not closed. */
  isBlocked(item: Item): boolean {
    for (const id of item.blockedBy) {
      const blocker = this.byId.get(id);
      if (blocker && !isClosedStatus(blocker.status)) return true;
    }
    return false;
  }

  /** Open items that list `id` in their `blockedBy`, in snapshot order. */
  dependantsOf(id: string): readonly Item[] {
    return this.blocking.get(id) ?? [];
  }

  /**
   * What `item` waits on, for "waiting on Dev: sign-off": each open or missing blocker, and
   * the item's own party when it is an open dependency. Closed blockers are left out.
   */
  waitingOn(item: Item): readonly WaitingOn[] {
    const out: WaitingOn[] = [];
    if (item.kind === "dependency" && !isClosedStatus(item.status) && (item.parties.length > 0 || item.action || item.waitingFor)) {
      out.push({ itemId: null, parties: item.parties, action: item.action ?? item.waitingFor ?? item.title, missing: false });
    }
    for (const id of item.blockedBy) {
      const blocker = this.byId.get(id);
      if (!blocker) {
        out.push({ itemId: id, parties: [], action: `unknown item ${id}`, missing: true });
        continue;
      }
      if (isClosedStatus(blocker.status)) continue;
      const parties = blocker.parties.length > 0 ? blocker.parties : blocker.owner ? [blocker.owner] : [];
      const action = blocker.action ?? blocker.waitingFor ?? blocker.title;
      // A dependency's own party task ("Dev: sign-off") says what the dependency already says: once is enough.
      if (out.some((w) => w.action === action && sameNames(w.parties, parties))) continue;
      out.push({ itemId: id, parties, action, missing: false });
    }
    return out;
  }
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** "waiting on Dev: sign-off", "waiting on Dev, Maya: review", "waiting on: the API is merged". */
export function describeWaitingOn(waiting: WaitingOn): string {
  return waiting.parties.length > 0 ? `waiting on ${waiting.parties.join(", ")}: ${waiting.action}` : `waiting on: ${waiting.action}`;
}
