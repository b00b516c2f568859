/**
 * The kinds of things Handoff finds in a team's notes (DESIGN "What it tracks").
 *
 * `fyi` is found and marked (so nobody answers it) but never becomes an item note.
 */
export const ITEM_KINDS = ["commitment", "decision", "request", "dependency", "fyi"] as const;

/** One of {@link ITEM_KINDS}. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Kinds that become item notes: every kind except `fyi`. */
export const TRACKED_KINDS: readonly ItemKind[] = ["commitment", "decision", "request", "dependency"];

/**
 * Precedence when one sentence carries several acts, highest first (the corpus labelling rule:
 * dependency > decision window > request > commitment > plain decision). Used wherever a single
 * label per sentence is needed, e.g. `extract --json` consumers and the editor's colour.
 */
export const KIND_PRECEDENCE: readonly ItemKind[] = ["dependency", "decision", "request", "commitment", "fyi"];

/** True when `value` names a kind. */
export function isItemKind(value: unknown): value is ItemKind {
  return typeof value === "string" && (ITEM_KINDS as readonly string[]).includes(value);
}

/** Folder name under the items folder for each tracked kind, e.g. `Handoff/Commitments/`. */
export const KIND_FOLDER: Readonly<Record<Exclude<ItemKind, "fyi">, string>> = {
  commitment: "Commitments",
  decision: "Decisions",
  request: "Requests",
  dependency: "Dependencies",
};
