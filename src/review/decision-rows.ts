import { windowStep } from "../model/decision-window";
import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import type { LinkIndex } from "../store/link-index";
import { routeDecision } from "./decision-routing";

/**
 * The decisions as `handoff decisions` lists them (issue 7's contract): one row per decision with
 * `id, title, status` (open, adopted, contested, withdrawn, superseded), `windowCloses`, `owner`
 * (its owner, else the type's owner from `decision_owners`), `blockers` and `path` (the item
 * note, vault-relative), plus what the tick will do with a window that has closed.
 */
export interface DecisionRow {
  readonly id: string;
  readonly title: string;
  readonly status: Item["status"];
  readonly windowCloses: string | null;
  /** When it was decided (`decided_at`), or null. */
  readonly decidedAt: string | null;
  /** Who decides: the decision's owner, else the owner its type routes to; null when neither is known. */
  readonly owner: string | null;
  /** True when `owner` came from `decision_owners`. */
  readonly ownerRouted: boolean;
  /** Decision type (lower-case), or null. */
  readonly type: string | null;
  readonly choice: string | null;
  readonly rationale: string | null;
  readonly blockers: readonly DecisionBlockerRow[];
  /** Item note, vault-relative. */
  readonly path: string;
  /** Source note and 1-based line, or nulls. */
  readonly source: string | null;
  readonly line: number | null;
  /** What the next tick does: "adopt" or "contest" when the window has closed on an open decision; null otherwise or without `now`. */
  readonly pending: "adopt" | "contest" | null;
}

/** One blocker on a decision. */
export interface DecisionBlockerRow {
  readonly author: string | null;
  readonly text: string;
  readonly open: boolean;
  /** Note holding the blocker line, vault-relative, and its 1-based line. */
  readonly path: string;
  readonly line: number;
  readonly raisedAt: string | null;
  readonly resolvedAt: string | null;
}

/** Rows for every decision in `items` (their order kept); `nowMs` null leaves `pending` null. */
export function decisionRows(items: readonly Item[], links: LinkIndex, settings: TeamSettings, directory: Directory, nowMs: number | null): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const item of items) {
    if (item.kind !== "decision") continue;
    const routing = routeDecision(item, links, settings, directory);
    const step = nowMs === null ? null : windowStep(item, nowMs);
    rows.push({
      id: item.id,
      title: item.title,
      status: item.status,
      windowCloses: item.windowCloses,
      decidedAt: item.decidedAt ?? null,
      owner: routing?.deciders[0] ?? null,
      ownerRouted: routing?.routed ?? false,
      type: routing?.type ?? null,
      choice: item.choice,
      rationale: item.rationale,
      blockers: item.blockers.map((b) => ({ author: b.author, text: b.text, open: b.open, path: b.path, line: b.line, raisedAt: b.raisedAt, resolvedAt: b.resolvedAt ?? null })),
      path: item.path,
      source: item.sourcePath,
      line: item.sourceLine,
      pending: step?.kind === "adopt" ? "adopt" : step?.kind === "contest" ? "contest" : null,
    });
  }
  return rows;
}
