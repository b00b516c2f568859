/**
 * Writes one team setting into the team settings note (`Handoff/Team settings.md`) with
 * `FileManager.processFrontMatter`, so the rest of the note (its prose, a person's other keys
 * and comments Obsidian keeps) stays; creates the note when the team has none yet. The index
 * re-reads the note from the modify event, and teammates get it with the next sync.
 */
import { TFile, type App } from "obsidian";
import { stringify } from "yaml";
import { TEAM_SETTINGS_PATH } from "../model/team-settings";
import type { VaultPort } from "../store/vault-port";
import { teamValueProblem } from "./team-settings-form";

/** The body of a settings note Handoff creates: what it is, for whoever opens it. */
const NEW_NOTE_BODY =
  "# Team settings\n\nHandoff reads the properties above on every device, so a note gives the same commitments, decisions and deadlines whoever scans it. Change them here or in Handoff's settings; teammates get the change with the next sync.\n";

/**
 * Sets `key` to `value` in the team settings note (null removes the key: its default applies).
 * Returns a sentence for the person: what was saved, or why nothing was (the value is checked
 * with the store's reader first, so nothing any device would reject is written).
 */
export async function writeTeamSetting(app: App, port: VaultPort, key: string, value: unknown): Promise<{ ok: boolean; message: string }> {
  const problem = teamValueProblem(key, value);
  if (problem) return { ok: false, message: `Not saved: ${problem}` };
  const file = app.vault.getAbstractFileByPath(TEAM_SETTINGS_PATH);
  if (file instanceof TFile) {
    await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
      if (value === null) delete frontmatter[key];
      else frontmatter[key] = value;
    });
  } else if (value !== null) {
    await port.create(TEAM_SETTINGS_PATH, `---\n${stringify({ [key]: value })}---\n${NEW_NOTE_BODY}`);
  } else {
    return { ok: true, message: `${key} uses its default.` };
  }
  return { ok: true, message: `Saved ${key} in ${TEAM_SETTINGS_PATH}. Teammates get it with the next sync.` };
}
