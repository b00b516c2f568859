/**
 * Words the views use for items: kind names, status words, source note names. One place, so the
 * board, the decision log and the queue say the same thing.
 */
import type { Item } from "../model/item";

/** Badge labels for each tracked kind. */
export const KIND_LABELS: Readonly<Record<Item["kind"], string>> = {
  commitment: "Commitment",
  decision: "Decision",
  request: "Request",
  dependency: "Dependency",
};

/** Status words as shown on chips ("in-progress" → "in progress"). */
export function statusText(status: string): string {
  return status.replace("-", " ");
}

/** The last path segment without `.md`: "Channels/infra/2026-11-23 Maya update.md" → "2026-11-23 Maya update". */
export function noteName(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base.endsWith(".md") ? base.slice(0, -3) : base;
}
