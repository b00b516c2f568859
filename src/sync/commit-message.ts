/** What one changed file is, for the commit message: an item note, another note (`.md`), or any other file. */
export type ChangeKind = "item" | "note" | "file";

/** How a file changed since the last commit. */
export type ChangeAction = "created" | "updated" | "deleted";

/** One changed file, classified. */
export interface ClassifiedChange {
  readonly path: string;
  readonly kind: ChangeKind;
  readonly action: ChangeAction;
}

/** How each kind's actions read: items are "updated", notes "edited", other files "changed". */
const VERBS: Readonly<Record<ChangeKind, Readonly<Record<ChangeAction, string>>>> = {
  item: { created: "created", updated: "updated", deleted: "deleted" },
  note: { created: "created", updated: "edited", deleted: "deleted" },
  file: { created: "added", updated: "changed", deleted: "deleted" },
};

const NOUNS: Readonly<Record<ChangeKind, readonly [string, string]>> = {
  item: ["item", "items"],
  note: ["note", "notes"],
  file: ["other file", "other files"],
};

/**
 * The message of a sync's local commit, naming what changed and who:
 * `Handoff: 3 items updated, 1 note edited (Maya Chen)`. Counts come in a fixed order (items,
 * notes, other files; created, updated, deleted) so the same changes always read the same.
 * With no changes: `Handoff: sync (Maya Chen)`.
 */
export function commitMessage(changes: readonly ClassifiedChange[], author: string): string {
  const parts: string[] = [];
  for (const kind of ["item", "note", "file"] as const) {
    for (const action of ["created", "updated", "deleted"] as const) {
      const n = changes.filter((c) => c.kind === kind && c.action === action).length;
      if (n > 0) parts.push(`${n} ${NOUNS[kind][n === 1 ? 0 : 1]} ${VERBS[kind][action]}`);
    }
  }
  return `Handoff: ${parts.length > 0 ? parts.join(", ") : "sync"} (${author})`;
}

/**
 * The message of a merge commit sync makes: what was merged and what became of conflicts,
 * e.g. `Handoff: merge origin/main, 2 items merged field by field, 1 conflict copy kept (Maya Chen)`.
 */
export function mergeMessage(ref: string, itemsMerged: number, notesMerged: number, copies: number, author: string): string {
  const parts = [`merge ${ref}`];
  if (itemsMerged > 0) parts.push(`${itemsMerged} ${itemsMerged === 1 ? "item" : "items"} merged field by field`);
  if (notesMerged > 0) parts.push(`${notesMerged} ${notesMerged === 1 ? "note" : "notes"} merged line by line`);
  if (copies > 0) parts.push(`${copies} conflict ${copies === 1 ? "copy" : "copies"} kept`);
  return `Handoff: ${parts.join(", ")} (${author})`;
}
