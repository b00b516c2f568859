import { TRACKED_KINDS } from "../model/kind";
import { splitFrontmatter } from "../store/frontmatter";

/**
 * True when frontmatter data is an item note's: an `id` (string or number) and a `type` that is
 * a tracked kind (commitment, decision, request, dependency). Item notes merge field by field;
 * every other file merges as a plain note.
 */
export function isItemNoteData(data: Readonly<Record<string, unknown>>): boolean {
  const id = data.id;
  const hasId = (typeof id === "string" && id.trim() !== "") || typeof id === "number";
  return hasId && typeof data.type === "string" && (TRACKED_KINDS as readonly string[]).includes(data.type);
}

/** True when `text` is an item note (see {@link isItemNoteData}); false when its frontmatter does not parse. */
export function isItemNoteText(text: string): boolean {
  const note = splitFrontmatter(text);
  return note.error === null && isItemNoteData(note.data);
}
