import type { Item } from "../model/item";
import { isClosedStatus } from "../model/status";

/**
 * Dependency visibility (issue 7), pure over one snapshot of items: who is waiting on whom, the
 * chain behind a blocked task, and who can unblock it.
 *
 * A **wait** is an open item waiting on someone or something:
 * - an open dependency waits on each of its parties for its action or what it waits for
 *   ("Noah waits on Josh: v2 endpoints merged"), or on a thing when it names no party
 *   ("Noah waits on: the API is merged");
 * - an open item whose `blocked_by` names an open item waits on that item's parties (a
 *   dependency's) or owner, for that item.
 *
 * The **chain** behind an item follows each wait to what the awaited one is itself waiting on:
 * the blocking item's own waits, and the open dependencies of a person being waited on ("Noah
 * waits on Josh, who waits on Wei Ling"). Links are followed once each, so cycles ("A waits on
 * B waits on A") end, marked, instead of looping. The **unblockers** are the ends of the chain:
 * the people or teams waited on who wait on nobody, or a thing nobody is named for.
 */

/** One wait: an open item's owner waiting on a person, team or thing. */
export interface Wait {
  /** The waiting item. */
  readonly item: Item;
  /** Who waits: the item's owner, or null when it has none. */
  readonly waiter: string | null;
  /** Who is waited on (person or team name), or null when the wait is on a thing. */
  readonly on: string | null;
  /** What is awaited: the action ("sign-off"), the thing ("the API is merged") or the blocking item's title. */
  readonly what: string;
  /** The item in `blocked_by` this wait comes from, or null for a dependency's own party. */
  readonly blocker: Item | null;
}

/** One step of a chain: a wait, how deep it is behind the item asked about, and whether it closes a cycle. */
export interface ChainStep {
  readonly depth: number;
  readonly wait: Wait;
  /** True when the wait leads back to an item already on this branch of the chain. */
  readonly cycle: boolean;
}

/** Someone (or something) at the end of a chain: acting there unblocks the chain. */
export interface Unblocker {
  /** The person or team, or null when the wait is on a thing nobody is named for. */
  readonly who: string | null;
  readonly what: string;
  /** The item whose wait this ends. */
  readonly item: Item;
}

/** One (waiter, waited-on) pair of {@link DependencyGraph.whoWaitsOnWhom}. */
export interface WaitPair {
  readonly waiter: string;
  /** The person or team waited on, or the thing when `thing` is true. */
  readonly on: string;
  readonly thing: boolean;
  /** What is awaited, each once. */
  readonly what: readonly string[];
  readonly items: readonly Item[];
}

const key = (name: string): string => name.trim().toLowerCase();

/** The waits and chains of one snapshot. Build once per snapshot with {@link DependencyGraph.of}. */
export class DependencyGraph {
  private constructor(
    private readonly byId: ReadonlyMap<string, Item>,
    private readonly waitsByItem: ReadonlyMap<string, readonly Wait[]>,
    private readonly dependenciesByOwner: ReadonlyMap<string, readonly Item[]>,
  ) {}

  /** Indexes `items` (the first item wins when two share an id). */
  static of(items: readonly Item[]): DependencyGraph {
    const byId = new Map<string, Item>();
    for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
    const waitsByItem = new Map<string, Wait[]>();
    const dependenciesByOwner = new Map<string, Item[]>();
    for (const item of byId.values()) {
      if (isClosedStatus(item.status)) continue;
      const waits = directWaits(item, byId);
      if (waits.length > 0) waitsByItem.set(item.id, waits);
      if (item.kind === "dependency" && item.owner) {
        const list = dependenciesByOwner.get(key(item.owner)) ?? [];
        list.push(item);
        dependenciesByOwner.set(key(item.owner), list);
      }
    }
    return new DependencyGraph(byId, waitsByItem, dependenciesByOwner);
  }

  /** The item with this id, or undefined. */
  get(id: string): Item | undefined {
    return this.byId.get(id);
  }

  /** What `item` waits on directly (empty when it is closed or waits on nothing). */
  waitsOf(item: Item): readonly Wait[] {
    return this.waitsByItem.get(item.id) ?? [];
  }

  /** Every wait of every open item, in snapshot order. */
  waits(): readonly Wait[] {
    return [...this.waitsByItem.values()].flat();
  }

  /** Open items that wait on someone or something (open dependencies, and items blocked by open items), in snapshot order. */
  blocked(): readonly Item[] {
    return [...this.waitsByItem.keys()].map((id) => this.byId.get(id) as Item);
  }

  /**
   * The chain behind `item`, depth first: its waits (depth 0), then what each awaited item or
   * person is waiting on (depth 1), and so on. Each item is expanded once; a wait leading back to
   * an item on the current branch is marked `cycle` and not followed.
   */
  chain(item: Item): readonly ChainStep[] {
    const out: ChainStep[] = [];
    const expanded = new Set<string>([item.id]);
    const visit = (current: Item, depth: number, branch: ReadonlySet<string>): void => {
      for (const wait of this.waitsOf(current)) {
        const next = this.next(wait);
        const cycle = next.some((n) => branch.has(n.id));
        out.push({ depth, wait, cycle });
        for (const n of next) {
          if (branch.has(n.id) || expanded.has(n.id)) continue;
          expanded.add(n.id);
          visit(n, depth + 1, new Set([...branch, n.id]));
        }
      }
    };
    visit(item, 0, new Set([item.id]));
    return out;
  }

  /** Who can unblock `item`: the ends of its chain, without repeats, in chain order. */
  unblockers(item: Item): readonly Unblocker[] {
    const out: Unblocker[] = [];
    const seen = new Set<string>();
    for (const step of this.chain(item)) {
      if (step.cycle || this.next(step.wait).length > 0) continue;
      const id = `${step.wait.on === null ? "" : key(step.wait.on)}|${step.wait.on === null ? step.wait.what : ""}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ who: step.wait.on, what: step.wait.what, item: step.wait.item });
    }
    return out;
  }

  /**
   * Who waits on whom: one entry per (waiter, waited-on) pair, `thing` true when the wait is on a
   * thing nobody is named for (`on` is then the thing), with what is awaited and the items behind
   * it; sorted by waiter, then waited-on.
   */
  whoWaitsOnWhom(): readonly WaitPair[] {
    const pairs = new Map<string, { waiter: string; on: string; thing: boolean; what: string[]; items: Item[] }>();
    for (const wait of this.waits()) {
      const waiter = wait.waiter ?? "someone";
      const on = wait.on ?? wait.what;
      const id = `${key(waiter)}\u0000${wait.on === null ? "thing:" : ""}${key(on)}`;
      const pair = pairs.get(id) ?? { waiter, on, thing: wait.on === null, what: [], items: [] };
      if (!pair.items.includes(wait.item)) pair.items.push(wait.item);
      if (!pair.what.includes(wait.what)) pair.what.push(wait.what);
      pairs.set(id, pair);
    }
    return [...pairs.values()].sort((a, b) => compare(key(a.waiter), key(b.waiter)) || compare(key(a.on), key(b.on)));
  }

  /** What a wait leads to: the blocking item, or the open dependencies of the person waited on. */
  private next(wait: Wait): readonly Item[] {
    if (wait.blocker) return this.waitsOf(wait.blocker).length > 0 ? [wait.blocker] : [];
    if (wait.on === null) return [];
    return (this.dependenciesByOwner.get(key(wait.on)) ?? []).filter((d) => d.id !== wait.item.id);
  }
}

/** The waits of one open item (see the module comment); a party also reached through a `blocked_by` item is listed once. */
function directWaits(item: Item, byId: ReadonlyMap<string, Item>): Wait[] {
  const out: Wait[] = [];
  const covered = new Set<string>();
  for (const id of item.blockedBy) {
    const blocker = byId.get(id);
    if (!blocker || isClosedStatus(blocker.status) || blocker.id === item.id) continue;
    const parties = blocker.kind === "dependency" && blocker.parties.length > 0 ? blocker.parties : blocker.owner ? [blocker.owner] : [null];
    for (const on of parties) {
      out.push({ item, waiter: item.owner, on, what: blocker.action ?? blocker.waitingFor ?? blocker.title, blocker });
      if (on !== null) covered.add(key(on));
    }
  }
  if (item.kind === "dependency") {
    const what = item.action ?? item.waitingFor ?? item.title;
    if (item.parties.length === 0 && out.length === 0) out.push({ item, waiter: item.owner, on: null, what, blocker: null });
    for (const party of item.parties) if (!covered.has(key(party))) out.push({ item, waiter: item.owner, on: party, what, blocker: null });
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
