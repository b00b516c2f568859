/**
 * The "Export team calendar (.ics)" and "Export my calendar (.ics)" commands' work: build the
 * calendar from the index's snapshot (`src/time/ics.ts`) and write it into the vault beside the
 * item notes, replacing the previous export. The text is deterministic, so re-exporting an
 * unchanged vault writes nothing and every device writes the same bytes (nothing for sync to
 * fight over). Pure apart from the VaultPort: no `obsidian` import, testable in Node.
 */
import type { Item } from "../model/item";
import type { Directory, Person } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import type { VaultPort } from "../store/vault-port";
import { buildCalendar, involves, ritualsOf } from "../time/ics";
import { TeamAvailability } from "../time/team-availability";
import { teamRituals } from "../time/team-rituals";

/** What was written. */
export interface CalendarExport {
  readonly path: string;
  readonly events: number;
  /** False when the file already held exactly this calendar. */
  readonly changed: boolean;
}

/** `<items folder>/Team calendar.ics`, or `<items folder>/Calendar <name>.ics` for one person. */
export function calendarPath(settings: TeamSettings, person: Person | null): string {
  const folder = settings.itemsFolder.replace(/\/+$/, "");
  return person === null ? `${folder}/Team calendar.ics` : `${folder}/Calendar ${person.name}.ics`;
}

/**
 * Builds the team's calendar (or `person`'s: what they own or are asked, and their teams'
 * rituals) from `items` and writes it to {@link calendarPath}, creating or replacing it.
 */
export async function exportCalendar(port: VaultPort, items: readonly Item[], directory: Directory, settings: TeamSettings, person: Person | null): Promise<CalendarExport> {
  const team = TeamAvailability.of(directory, settings);
  const all = teamRituals(directory, settings);
  const text = buildCalendar(person === null ? items : items.filter((i) => involves(i, person, team)), {
    team,
    rituals: person === null ? all : ritualsOf(person, all, team),
    name: person === null ? "Handoff" : `Handoff: ${person.name}`,
  });
  const path = calendarPath(settings, person);
  const events = text.split("\r\nBEGIN:VEVENT\r\n").length - 1;
  if (!(await port.exists(path))) {
    await port.create(path, text);
    return { path, events, changed: true };
  }
  let before = "";
  await port.process(path, (current) => {
    before = current;
    return text;
  });
  return { path, events, changed: before !== text };
}
