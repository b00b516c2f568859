import { TRACKED_KINDS } from "../model/kind";
import { frontmatterBounds, splitFrontmatter } from "../store/frontmatter";
import { readCanonicalYaml } from "../store/item-yaml";

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

/**
 * True when `text` is an item note (see {@link isItemNoteData}); false when its frontmatter does
 * not parse. Frontmatter in the store's own shape is read by the store's fast reader (a sync
 * of 1,000 changed item notes classifies each), anything else by `yaml`.
 */
export function isItemNoteText(text: string): boolean {
  const bounds = frontmatterBounds(text);
  if (bounds === null) return false;
  const fast = readCanonicalYaml(bounds.yaml);
  if (fast !== undefined) return isItemNoteData(fast);
  const note = splitFrontmatter(text);
  return note.error === null && isItemNoteData(note.data);
}
