/**
 * The board's keyboard: which key does what on a focused card. Pure (takes the key fields of a
 * `KeyboardEvent`) so the mapping is tested in Node; the board view carries the actions out.
 * Documented in docs/views.md and in the board's screen-reader help text.
 */
import { BOARD_COLUMNS, type BoardColumnId } from "./board-model";

/** The fields of a keyboard event the mapping reads. */
export interface KeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** What a key asks for. */
export type BoardKeyAction =
  | { readonly type: "focus-row"; readonly delta: number }
  | { readonly type: "focus-edge"; readonly edge: "first" | "last" }
  | { readonly type: "focus-column"; readonly delta: -1 | 1 }
  | { readonly type: "move"; readonly delta: -1 | 1 }
  | { readonly type: "move-to"; readonly column: BoardColumnId }
  | { readonly type: "open" }
  | { readonly type: "open-source" }
  | { readonly type: "details" }
  | { readonly type: "escape" }
  | { readonly type: "search" };

/** Rows PageUp/PageDown move by. */
export const PAGE_ROWS = 8;

/** One line per shortcut, for the help text and the docs. */
export const BOARD_SHORTCUTS: readonly (readonly [keys: string, does: string])[] = [
  ["↑ / ↓", "previous / next card in the column"],
  ["← / →", "same position in the previous / next column"],
  ["Home / End, PageUp / PageDown", "first / last card, or 8 cards up / down"],
  ["Shift+← / Shift+→", "move the card to the previous / next column (Blocked is skipped: it is derived)"],
  ["1 / 2 / 4", "move the card to Open / In progress / Done"],
  ["Enter", "open the item note"],
  ["Shift+Enter", "open the source note at the sentence"],
  ["Space", "show or hide details (full text, what it waits on, sync conflicts)"],
  ["Escape", "close details, or cancel a drag"],
  ["/", "jump to the filter box"],
];

/** The action for a key on a focused card, or null to let the key through (e.g. Tab, Ctrl+C). */
export function boardKeyAction(input: KeyInput): BoardKeyAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const { key, shiftKey } = input;
  if (shiftKey) {
    if (key === "ArrowLeft") return { type: "move", delta: -1 };
    if (key === "ArrowRight") return { type: "move", delta: 1 };
    if (key === "Enter") return { type: "open-source" };
  }
  switch (key) {
    case "ArrowUp": return shiftKey ? null : { type: "focus-row", delta: -1 };
    case "ArrowDown": return shiftKey ? null : { type: "focus-row", delta: 1 };
    case "PageUp": return { type: "focus-row", delta: -PAGE_ROWS };
    case "PageDown": return { type: "focus-row", delta: PAGE_ROWS };
    case "ArrowLeft": return { type: "focus-column", delta: -1 };
    case "ArrowRight": return { type: "focus-column", delta: 1 };
    case "Home": return { type: "focus-edge", edge: "first" };
    case "End": return { type: "focus-edge", edge: "last" };
    case "Enter": return { type: "open" };
    case " ": return { type: "details" };
    case "Escape": return { type: "escape" };
    case "/": return { type: "search" };
    case "1": case "2": case "4": return { type: "move-to", column: BOARD_COLUMNS[Number(key) - 1].id };
    default: return null;
  }
}

/**
 * The column a Shift+arrow move lands in from `from`: the neighbour in that direction,
 * skipping Blocked (derived, nothing can be moved there); null past either end.
 */
export function neighbourColumn(from: BoardColumnId, delta: -1 | 1): BoardColumnId | null {
  let index = BOARD_COLUMNS.findIndex((c) => c.id === from) + delta;
  while (index >= 0 && index < BOARD_COLUMNS.length) {
    const id = BOARD_COLUMNS[index].id;
    if (id !== "blocked") return id;
    index += delta;
  }
  return null;
}
