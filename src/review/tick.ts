import { windowStep } from "../model/decision-window";
import type { Blocker, Item } from "../model/item";
import type { VaultRecord } from "../store/vault-record";
import { VaultReadError, VaultWriteError } from "../store/vault-port";
import { tickNoteText } from "./decision-changes";
import { routeDecision } from "./decision-routing";

/**
 * The decision-window tick (issue 7): every open decision whose window has closed is adopted
 * (no blocker open at the close) or contested (one was), written at exactly `window_closes` so
 * every device writes the same bytes however late it ticks. Writes go through the record's port
 * as edits by Handoff, and each note is re-indexed after its write. A second tick finds nothing
 * open past its window and writes nothing.
 */

/** One decision the tick moved (or would have: `written` is false when its note changed meanwhile). */
export interface TickOutcome {
  readonly item: Item;
  /** The window's close, as written in `window_closes`: the instant recorded as the decision's. */
  readonly at: string;
  /** Blockers open at the close (contested only). */
  readonly blockers: readonly Blocker[];
  /** Who decides it: its owner, else the type's owner from `decision_owners`; the one to tell. */
  readonly deciders: readonly string[];
  readonly written: boolean;
}

/** What a tick did. */
export interface TickResult {
  readonly adopted: readonly TickOutcome[];
  readonly contested: readonly TickOutcome[];
  /** Open decisions whose window has not closed yet, soonest first. */
  readonly waiting: readonly Item[];
  /** Decisions the tick cannot move (a `window_closes` it cannot read) and failed writes, each naming the note. */
  readonly problems: readonly string[];
}

/** How a tick runs. */
export interface TickOptions {
  /**
   * Re-index each written note at once (default true: the CLI has nothing else to do it). The
   * plugin passes false: the vault's modify event re-indexes through its own queue.
   */
  readonly reindex?: boolean;
}

/**
 * Ticks every decision in `record` at `nowMs` (epoch ms; the caller's clock or `--now`). Pure
 * apart from the writes through `record.port`; decisions are taken in item-note path order.
 */
export async function tick(record: VaultRecord, nowMs: number, options: TickOptions = {}): Promise<TickResult> {
  const adopted: TickOutcome[] = [];
  const contested: TickOutcome[] = [];
  const waiting: { item: Item; closesMs: number }[] = [];
  const problems: string[] = [];
  for (const item of record.snapshot()) {
    if (item.kind !== "decision") continue;
    const step = windowStep(item, nowMs);
    if (step.kind === "wait") waiting.push({ item, closesMs: step.closesMs });
    if (step.kind === "none" && step.reason === "bad-window") {
      problems.push(`${item.path}: window_closes "${item.windowCloses ?? ""}" is not an instant with a zone (like 2026-11-20T15:00:00+00:00); the decision is not adopted automatically until it is fixed.`);
    }
    if (step.kind !== "adopt" && step.kind !== "contest") continue;
    let written = false;
    try {
      await record.port.process(item.path, (text) => {
        const next = tickNoteText(item.path, text, item.blockers, nowMs);
        written = next !== text;
        return next;
      });
      if (written && (options.reindex ?? true)) await record.reindexNote(item.path);
    } catch (error) {
      if (!(error instanceof VaultWriteError) && !(error instanceof VaultReadError)) throw error;
      problems.push(`${item.path}: the decision could not be updated (${error.message}); the next tick tries again.`);
    }
    const deciders = routeDecision(item, record.links, record.settings, record.directory)?.deciders ?? [];
    const outcome = { item, at: step.at, blockers: step.kind === "contest" ? step.blockers : [], deciders, written };
    (step.kind === "adopt" ? adopted : contested).push(outcome);
  }
  waiting.sort((a, b) => a.closesMs - b.closesMs || (a.item.path < b.item.path ? -1 : 1));
  return { adopted, contested, waiting: waiting.map((w) => w.item), problems };
}
