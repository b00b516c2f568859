import type { ItemKind } from "./kind";

/**
 * Statuses of task-like items (commitments, requests, dependencies). The names follow
 * TaskNotes (`open`, `in-progress`, `done`) so Bases and Dataview queries read the same.
 */
export const TASK_STATUSES = ["open", "in-progress", "done", "cancelled"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Statuses of decisions. `open` is a decision still inside its window (or without one);
 * `adopted` when the window closed with no open blocker or it was stated as made;
 * `contested` when a blocker was open as the window closed; `withdrawn` and `superseded`
 * are set by people (palette commands).
 */
export const DECISION_STATUSES = ["open", "adopted", "contested", "withdrawn", "superseded"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export type ItemStatus = TaskStatus | DecisionStatus;

/** The statuses valid for a kind. */
export function statusesFor(kind: ItemKind): readonly ItemStatus[] {
  return kind === "decision" ? DECISION_STATUSES : TASK_STATUSES;
}

/** True when `status` is valid for `kind`. */
export function isStatusOf(kind: ItemKind, status: unknown): status is ItemStatus {
  return typeof status === "string" && (statusesFor(kind) as readonly string[]).includes(status);
}

/** True for statuses that end an item's life: nothing more is expected of anyone. */
export function isClosedStatus(status: ItemStatus): boolean {
  return status === "done" || status === "cancelled" || status === "withdrawn" || status === "superseded" || status === "adopted";
}
