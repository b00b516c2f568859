/**
 * Which item a command means: the open item note itself, or the tracked sentence under the
 * cursor in a source note (through the editor extension's `itemAtCursor`). When there is none,
 * the answer says why in a sentence the command shows as a notice.
 */
import type { App } from "obsidian";
import { itemAtCursor } from "../editor/handoff-editor";
import type { Item } from "../model/item";
import { activeMarkdown, activeNote, editorViewOf } from "./editor-access";
import type { LiveIndex } from "./live-index";

/** The item a command acts on, or why there is none. */
export type ItemTarget =
  | { readonly ok: true; readonly item: Item; readonly from: "item-note" | "cursor" }
  | { readonly ok: false; readonly problem: string };

/**
 * The item for a command: the open note when it is an item note, else the highlighted sentence
 * under the cursor. `want` narrows to one kind (raise a blocker: decisions); a sentence carrying
 * several acts gives the first of that kind.
 */
export function targetItem(app: App, index: LiveIndex, want?: Item["kind"]): ItemTarget {
  const record = index.record;
  if (!record) return { ok: false, problem: "Handoff is still indexing the vault; try again in a moment." };
  const file = activeNote(app);
  if (!file) return { ok: false, problem: "Open an item note, or put the cursor on a highlighted sentence in a note." };
  const note = record.items.get(file.path);
  if (note) {
    const item = record.items.item(note.item.id) ?? note.item;
    if (want && item.kind !== want) return { ok: false, problem: `"${item.title}" is a ${item.kind}, not a ${want}.` };
    return { ok: true, item, from: "item-note" };
  }
  const markdown = activeMarkdown(app);
  const view = markdown ? editorViewOf(markdown.editor) : null;
  if (!view) return { ok: false, problem: `${file.basename} is not an item note; switch to editing mode and put the cursor on a highlighted sentence.` };
  const span = itemAtCursor(view);
  if (!span) return { ok: false, problem: "Nothing Handoff tracks is under the cursor. Put it on a highlighted sentence." };
  const at = want ? span.candidates.findIndex((c) => c.kind === want) : 0;
  if (at < 0) return { ok: false, problem: `The sentence under the cursor holds no ${want}.` };
  const item = span.items[at];
  if (!item) return { ok: false, problem: `"${span.candidates[at].title}" is not tracked yet: run "Extract items from current note" first.` };
  return { ok: true, item, from: "cursor" };
}
