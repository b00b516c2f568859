import type { TeamSettings } from "../model/team-settings";
import { parseDuration } from "./duration-text";

/**
 * Response expectations per channel (DESIGN "Channels are folders of notes; a channel note sets
 * its response expectation"). The channel note is the note named like its folder,
 * `Channels/<name>/<name>.md`, with `respond_within: 4h` in its frontmatter (`1h` for an urgent
 * channel). A request in that channel should get its first answer within that much of the asked
 * person's working time (`src/time/respond-by.ts`).
 */

/** `respond_within` as a bare number of hours (`4`, `1.5`), the one form {@link parseDuration} reads differently (as minutes). */
export const BARE_HOURS = /^\s*(\d+(?:\.\d+)?)\s*$/;

/** One channel's expectation. */
export interface ResponseExpectation {
  /** The channel (its folder name under `channels_folder`), as items carry it in `channel`. */
  readonly channel: string;
  /** Working minutes within which a request there should be answered. */
  readonly minutes: number;
  /** The channel note it was read from. */
  readonly path: string;
}

/** A channel note's path and parsed frontmatter. */
export interface ChannelNote {
  readonly path: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The channel whose channel note `path` is (`Channels/urgent/urgent.md` → `urgent`), or null
 * for any other note (updates inside a channel, notes deeper down, other folders).
 */
export function channelOfNote(path: string, settings: TeamSettings): string | null {
  const prefix = `${settings.channelsFolder.replace(/\/+$/, "")}/`;
  if (!path.startsWith(prefix) || !path.toLowerCase().endsWith(".md")) return null;
  const rest = path.slice(prefix.length, -3).split("/");
  const [folder, file] = rest;
  return rest.length === 2 && folder !== undefined && folder !== "" && folder === file ? folder : null;
}

/** Minutes from a `respond_within` value; a string is an error message for the person who wrote it. */
function readMinutes(value: unknown): number | string {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : null;
  if (text === null) return `respond_within must be a duration like 4h or 30m`;
  const hours = BARE_HOURS.exec(text);
  const parsed = parseDuration(hours ? `${hours[1]}h` : text);
  return parsed.ok ? parsed.value : `respond_within ${parsed.error}`;
}

/**
 * The expectations set by channel notes (other notes are skipped), by channel. A value that
 * cannot be read is reported naming the note, and that channel then has no expectation.
 */
export function readResponseExpectations(notes: readonly ChannelNote[], settings: TeamSettings): { expectations: ReadonlyMap<string, ResponseExpectation>; problems: string[] } {
  const expectations = new Map<string, ResponseExpectation>();
  const problems: string[] = [];
  for (const note of [...notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const channel = channelOfNote(note.path, settings);
    const value = note.data.respond_within;
    if (channel === null || value === undefined || value === null) continue;
    const minutes = readMinutes(value);
    if (typeof minutes === "string") problems.push(`${note.path}: ${minutes}; requests in ${channel} get no respond-by time until it is fixed.`);
    else expectations.set(channel, Object.freeze({ channel, minutes, path: note.path }));
  }
  return { expectations, problems };
}
