import { DateTime } from "luxon";

/**
 * `now` as the review and the tick take it: an ISO instant (`2026-11-24T10:00:00Z`), a date-time
 * without a zone, or a date alone. A value without a zone is read in the team's zone (the settings
 * note's `timezone`), never the machine's; a date alone is the start of that day there.
 */

/** Epoch ms of `now` read in `teamZone`, or null when it is not an ISO date or date-time. */
export function nowInstant(now: string, teamZone: string): number | null {
  const at = DateTime.fromISO(now, { zone: teamZone, setZone: true });
  return at.isValid ? at.toMillis() : null;
}

/** `now` as a second-precision UTC instant (`2026-11-24T10:00:00Z`): how a review names the moment it describes. */
export function utcStamp(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}
