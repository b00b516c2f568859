import { KIND_FOLDER } from "../model/kind";
import type { TeamSettings } from "../model/team-settings";

/** The folder Handoff's own notes live in (team settings, reviews); never a source of items. */
export const HANDOFF_FOLDER = "Handoff";

/**
 * What a note is to Handoff:
 * - `item`: an item note, under `<itemsFolder>/<Commitments|Decisions|Requests|Dependencies>/`;
 * - `person` / `team`: a People or Team note (the directory);
 * - `source`: a note items are extracted from;
 * - `ignored`: Handoff's own other notes (settings, reviews) and, when `source_folders` is set,
 *   notes outside those folders.
 */
export type NoteRole = "item" | "person" | "team" | "source" | "ignored";

const KIND_FOLDERS: ReadonlySet<string> = new Set(Object.values(KIND_FOLDER));

/** The role of the note at `path` under `settings`. Pure; depends only on the path. */
export function noteRole(path: string, settings: TeamSettings): NoteRole {
  if (isUnder(path, settings.itemsFolder)) {
    const rest = path.slice(settings.itemsFolder.length + 1);
    const slash = rest.indexOf("/");
    if (slash > 0 && KIND_FOLDERS.has(rest.slice(0, slash))) return "item";
    return "ignored";
  }
  if (isUnder(path, settings.peopleFolder)) return "person";
  if (isUnder(path, settings.teamsFolder)) return "team";
  if (isUnder(path, HANDOFF_FOLDER)) return "ignored";
  if (settings.sourceFolders.length > 0 && !settings.sourceFolders.some((folder) => isUnder(path, folder))) return "ignored";
  return "source";
}

/** True when `path` is inside `folder` (at any depth). */
export function isUnder(path: string, folder: string): boolean {
  return path.startsWith(`${folder}/`);
}
