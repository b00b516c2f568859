/**
 * How cards are grouped inside each status column: not at all ("status", the default), or
 * under headers per owner, channel or due week. Group order is deterministic: names in code-point
 * order (so every device agrees), weeks by date, and the "none" group last.
 */
import type { DueWeekCalendar } from "../time/display";
import type { Item } from "../model/item";

/** The groupings the board offers. */
export const BOARD_GROUPINGS = ["status", "owner", "channel", "week"] as const;
export type BoardGrouping = (typeof BOARD_GROUPINGS)[number];

/** Menu labels for each grouping. */
export const GROUPING_LABELS: Readonly<Record<BoardGrouping, string>> = {
  status: "Status only",
  owner: "Owner",
  channel: "Channel",
  week: "Due week",
};

/** True when `value` names a grouping. */
export function isBoardGrouping(value: unknown): value is BoardGrouping {
  return typeof value === "string" && (BOARD_GROUPINGS as readonly string[]).includes(value);
}

/** Which group a card belongs to: `key` orders groups (the none group sorts last), `label` heads it. */
export interface GroupKey {
  readonly key: string;
  readonly label: string;
  /** True for the catch-all group (unassigned, no channel, no due date). */
  readonly none: boolean;
}

const ALL: GroupKey = Object.freeze({ key: "", label: "", none: false });
const UNASSIGNED: GroupKey = Object.freeze({ key: "", label: "Unassigned", none: true });
const NO_CHANNEL: GroupKey = Object.freeze({ key: "", label: "No channel", none: true });
const NO_DUE: GroupKey = Object.freeze({ key: "", label: "No due date", none: true });

/**
 * The group of one item. `dueMs` is its resolved deadline (null when none or unreadable);
 * `calendar` turns it into a week in the viewer's zone.
 */
export function groupOf(grouping: BoardGrouping, item: Item, dueMs: number | null, calendar: DueWeekCalendar): GroupKey {
  switch (grouping) {
    case "status":
      return ALL;
    case "owner":
      return item.owner ? { key: item.owner.toLowerCase(), label: item.owner, none: false } : UNASSIGNED;
    case "channel":
      return item.channel ? { key: item.channel, label: item.channel, none: false } : NO_CHANNEL;
    case "week": {
      if (dueMs === null) return NO_DUE;
      const week = calendar.weekOf(dueMs);
      return { key: week.key, label: week.label, none: false };
    }
  }
}

/** Orders group keys: real groups by key (code points), the none group last. */
export function compareGroups(a: GroupKey, b: GroupKey): number {
  if (a.none !== b.none) return a.none ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
