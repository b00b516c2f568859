import type { Item } from "../model/item";
import { isClosedStatus } from "../model/status";
import type { Availability } from "./availability";
import { ISO_DATE } from "./wall-clock";
import { startOfWorkingDay } from "./working-days";
import type { ResponseExpectation } from "./response-expectations";
import type { TeamAvailability } from "./team-availability";

/**
 * When a request should have its first answer: its channel's `respond_within`, counted in the
 * WORKING time of the person asked (DESIGN "a channel note sets its response expectation").
 *
 * - **Asked at**: the item's `created`. A bare date (what item notes hold) means the start of
 *   the writer's working day on that date in the writer's zone: the moment the note could first
 *   have been read as written that day, and the same anchor deadlines use for a dated note. An
 *   ISO instant is used as is.
 * - **Asked of**: the request's parties. A team counts as each of its members; several people
 *   count as the first of them who could answer (the earliest respond-by wins). With nobody
 *   named (or no name the vault knows) the team default hours apply.
 * - **Counted**: only inside the asked person's working hours, on their workdays, not out of
 *   office. A request at 16:30 London to Singapore (09:00-17:30, 4h) lands after their day, so
 *   the four hours start next morning: 13:00 SGT. Friday evening requests wait for Monday.
 *
 * The result is ISO 8601 with the asked person's offset (`2026-11-24T13:00:00+08:00`), or null
 * when the item is not an open request in a channel with an expectation.
 */

/** When and by whom a request was asked, and the expectation that applies. */
export interface RespondByInput {
  /** ISO instant of the ask. */
  readonly askedAt: number;
  /** Who may answer; empty means the team default. */
  readonly asked: readonly Availability[];
  readonly minutes: number;
}

/** The earliest instant any of `asked` (or the team default) owes a first answer, ISO with their offset; null when nobody has working time within a year. */
export function respondByInstant(input: RespondByInput, team: TeamAvailability): string | null {
  const asked = input.asked.length > 0 ? input.asked : [team.teamDefault()];
  let best: { ms: number; who: Availability } | null = null;
  for (const person of asked) {
    const ms = person.addWorkingMinutes(input.askedAt, input.minutes);
    if (ms !== null && (best === null || ms < best.ms)) best = { ms, who: person };
  }
  return best === null ? null : best.who.localIso(best.ms);
}

/** The instant a request was asked (see the module comment), or null when `created` is unreadable. */
export function askedAt(item: Item, team: TeamAvailability): number | null {
  const created = item.created;
  if (created === null) return null;
  if (!ISO_DATE.test(created)) {
    const ms = Date.parse(created);
    return Number.isNaN(ms) ? null : ms;
  }
  const writer = item.owner === null ? null : team.personNamed(item.owner);
  const who = writer ? team.person(writer) : team.teamDefault();
  return Date.parse(startOfWorkingDay(created, who.clock));
}

/** The respond-by of `item` under `expectations`, or null (not an open request, no channel expectation, unreadable date). */
export function respondByFor(item: Item, expectations: ReadonlyMap<string, ResponseExpectation>, team: TeamAvailability): string | null {
  if (item.kind !== "request" || isClosedStatus(item.status) || item.channel === null) return null;
  const expectation = expectations.get(item.channel);
  if (!expectation) return null;
  const at = askedAt(item, team);
  if (at === null) return null;
  const asked: Availability[] = [];
  const seen = new Set<string>();
  for (const party of item.parties) {
    for (const person of team.peopleFor(party)) {
      if (!seen.has(person.name)) {
        seen.add(person.name);
        asked.push(person);
      }
    }
  }
  return respondByInstant({ askedAt: at, asked, minutes: expectation.minutes }, team);
}
