import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { respondByFor } from "./respond-by";
import type { ResponseExpectation } from "./response-expectations";
import { TeamAvailability } from "./team-availability";

/**
 * Fills `respondBy` on the record's item snapshots (it is computed, never stored: it follows
 * the channel note and the asked person's People note, which may change without the item note
 * changing). One index per directory and set of expectations: build a new one when either
 * changes. Items are immutable, so each item's answer is kept per item object and a snapshot
 * that reuses unchanged items costs a lookup each.
 */
export class RespondByIndex {
  private readonly done = new WeakMap<Item, Item>();
  private lastIn: readonly Item[] | null = null;
  private lastOut: readonly Item[] = [];

  private constructor(
    private readonly expectations: ReadonlyMap<string, ResponseExpectation>,
    private readonly team: TeamAvailability,
  ) {}

  /** The index for a directory, team settings and the channels' expectations. */
  static of(directory: Directory, settings: TeamSettings, expectations: ReadonlyMap<string, ResponseExpectation>): RespondByIndex {
    return new RespondByIndex(expectations, TeamAvailability.of(directory, settings));
  }

  /**
   * `items` with `respondBy` set on open requests in channels with an expectation; other items are
   * returned as they are. Incremental: the same array gives the same output; an array of the same
   * length as the last one is compared entry by entry and only replaced entries are looked up (one
   * edited note costs a pass of identity checks, not a lookup per item), and when none was
   * replaced the last output itself comes back.
   */
  apply(items: readonly Item[]): readonly Item[] {
    if (items === this.lastIn) return this.lastOut;
    const last = this.lastIn;
    let out: readonly Item[];
    if (this.expectations.size === 0) {
      out = items;
    } else if (last !== null && last.length === items.length) {
      let copy: Item[] | null = null;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item === last[i]) continue;
        copy ??= this.lastOut.slice();
        copy[i] = this.one(item);
      }
      out = copy ?? this.lastOut;
    } else {
      out = items.map((item) => this.one(item));
    }
    this.lastIn = items;
    this.lastOut = out;
    return out;
  }

  /** One item with its `respondBy` (the same object when it has none). */
  one(item: Item): Item {
    const hit = this.done.get(item);
    if (hit) return hit;
    const respondBy = respondByFor(item, this.expectations, this.team);
    const out = respondBy === null && (item.respondBy ?? null) === null ? item : Object.freeze({ ...item, respondBy });
    this.done.set(item, out);
    return out;
  }
}
