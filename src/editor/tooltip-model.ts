import type { Candidate } from "../model/candidate";
import type { Item } from "../model/item";
import { describeInstant, type InstantContext, type InstantText } from "./deadline-text";
import { highlightKind, KIND_LABEL } from "./span-marks";

/** A deadline or window close as the tooltip shows it. */
export interface TooltipTime {
  /** The phrase as written ("Thursday EOD"), or null (a date from a Tasks field, a defaulted window). */
  readonly phrase: string | null;
  /** The stored value (ISO 8601), shown as is when it cannot be read. */
  readonly iso: string;
  /** Writer's and viewer's wall clock and "in 2 days"; null when `iso` is unreadable. */
  readonly text: InstantText | null;
}

/** One candidate of a hovered span, in words. */
export interface TooltipEntry {
  /** "Commitment", "Decision window", … */
  readonly kindLabel: string;
  /** "Tracked", "New, not tracked yet", or "FYI, no action needed". */
  readonly trackLabel: string;
  readonly tracked: boolean;
  /** The item's status when tracked, else the status extraction would give it; null for fyi. */
  readonly status: string | null;
  readonly owner: string | null;
  /** Who is asked (requests) or waited on (dependencies), comma-separated; null when none. */
  readonly parties: string | null;
  readonly due: TooltipTime | null;
  /** When a decision window closes; null for everything else. */
  readonly windowCloses: TooltipTime | null;
  /** The tracked item (for the "Open item" button), or null. */
  readonly item: Item | null;
}

/**
 * What the tooltip says about a span's candidates. A tracked item's own fields win over the
 * candidate's (a person may have edited owner, due or status in the item note since), the
 * candidate's phrase is kept beside the instant either way.
 */
export function tooltipEntries(candidates: readonly Candidate[], items: readonly (Item | null)[], ctx: InstantContext): TooltipEntry[] {
  return candidates.map((c, i) => {
    const item = items[i] ?? null;
    const fyi = c.kind === "fyi";
    const due = item ? item.due : c.due;
    const closes = item ? item.windowCloses : c.windowCloses;
    const parties = item ? item.parties : c.parties;
    return {
      kindLabel: KIND_LABEL[highlightKind(c)],
      trackLabel: fyi ? "FYI, no action needed" : item ? "Tracked" : "New, not tracked yet",
      tracked: item !== null,
      status: fyi ? null : (item?.status ?? c.status),
      owner: item ? item.owner : c.owner,
      parties: parties.length > 0 ? parties.join(", ") : null,
      due: due === null ? null : time(due, c.dueText, ctx),
      windowCloses: closes === null ? null : time(closes, c.windowText, ctx),
      item,
    };
  });
}

function time(iso: string, phrase: string | null, ctx: InstantContext): TooltipTime {
  return { phrase, iso, text: describeInstant(iso, ctx) };
}
