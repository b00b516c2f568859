import { DateTime } from "luxon";
import type { Item } from "../model/item";
import type { Person } from "../model/person";
import { isClosedStatus } from "../model/status";
import { digest } from "../model/hash";
import { dueInstant } from "./display";
import { durationValue, escapeText, joinLines, localDateTime, utcDateTime } from "./ics-text";
import { vtimezone } from "./ics-timezones";
import { isPerson, type TeamAvailability } from "./team-availability";
import type { TeamRitual } from "./team-rituals";
import { ISO_DATE } from "./wall-clock";

/**
 * The team's time as an RFC 5545 calendar (`handoff ics`, the "Export calendar" command):
 *
 * - **Deadlines**: every open commitment, request and dependency with a `due`, as an event at
 *   the due instant (UTC), `TRANSP:TRANSPARENT` (a deadline does not make anyone busy).
 * - **Recurring commitments** (an item with `recurrence`): one event at the current `due` with
 *   its RRULE, in the owner's zone (`TZID`) so "every Monday by 10am" stays 10:00 across DST.
 * - **Decision windows**: every open decision with `window_closes`, at the close.
 * - **Rituals**: each team ritual (Team note `rituals`) with its RRULE and DURATION.
 *
 * Deterministic, so a re-export changes only what changed in the vault: UIDs come from item ids
 * (`<id>@handoff`, `<id>-window@handoff`) and from the Team note and ritual name; DTSTAMP is the
 * item's `dateCreated` (the ritual's first date), never the clock; events are sorted by UID;
 * VTIMEZONEs are built from the zone data for the years the events cover. Lines end in CRLF and
 * fold at 75 octets.
 */

/** The product identifier written in PRODID. */
export const PRODID = "-//Handoff//Handoff team calendar//EN";

/** The domain part of every UID. */
const UID_DOMAIN = "handoff";

/** What the calendar is built from besides items. */
export interface CalendarOptions {
  /** Owners' zones (People notes) and the team default. */
  readonly team: TeamAvailability;
  readonly rituals: readonly TeamRitual[];
  /** X-WR-CALNAME; default "Handoff". */
  readonly name?: string;
}

/** One VEVENT, and the zone and year its TZID times need a VTIMEZONE for. */
interface CalendarEvent {
  readonly uid: string;
  readonly lines: readonly string[];
  readonly zone: string | null;
  readonly year: number;
}

/** `YYYYMMDDT000000Z` of a `YYYY-MM-DD` date, or of 1970-01-01 when there is none. */
function stampOf(date: string | null): string {
  const day = date !== null && ISO_DATE.test(date.slice(0, 10)) ? date.slice(0, 10) : "1970-01-01";
  return `${day.replace(/-/g, "")}T000000Z`;
}

function describe(item: Item): string {
  const parts = [item.quote, "", item.owner ? `Owner: ${item.owner}` : null, item.dueText ? `Due as written: ${item.dueText}` : null, item.sourcePath ? `Source: ${item.sourcePath}` : null, `Item: ${item.path}`];
  return parts.filter((p): p is string => p !== null).join("\n");
}

/** The owner's zone, from their People note; else the team default zone. */
function ownerZone(item: Item, team: TeamAvailability): string {
  const person = item.owner === null ? null : team.personNamed(item.owner);
  return person ? team.person(person).zone : team.teamDefault().zone;
}

function itemEvent(item: Item, kind: "due" | "window", at: number, team: TeamAvailability): CalendarEvent {
  const uid = `${item.id}${kind === "window" ? "-window" : ""}@${UID_DOMAIN}`;
  const summary = kind === "window" ? `Decision window closes: ${item.title}` : `Due: ${item.title}${item.owner ? ` (${item.owner})` : ""}`;
  let start = [`DTSTART:${utcDateTime(at)}`];
  let rule: string[] = [];
  let zone: string | null = null;
  if (kind === "due" && item.recurrence !== null) {
    const own = ownerZone(item, team);
    const local = DateTime.fromMillis(at, { zone: own });
    const sameOffset = item.due !== null && DateTime.fromISO(item.due, { setZone: true }).offset === local.offset;
    // The rule's time of day is in DTSTART; BYHOUR/BYMINUTE would repeat it in another zone's terms.
    rule = [`RRULE:${item.recurrence.replace(/^RRULE:/i, "").split(";").filter((p) => !/^BY(?:HOUR|MINUTE|SECOND)=/i.test(p)).join(";")}`];
    if (sameOffset) {
      zone = own;
      start = [`DTSTART;TZID=${own}:${localDateTime(local.toISODate() ?? "", local.hour * 60 + local.minute)}`];
    }
  }
  const lines = [
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${stampOf(item.created)}`,
    ...start,
    ...rule,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(describe(item))}`,
    `CATEGORIES:${escapeText(`Handoff`)},${escapeText(kind === "window" ? "decision window" : item.kind)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
  return { uid, lines, zone, year: new Date(at).getUTCFullYear() };
}

function ritualEvent(ritual: TeamRitual): CalendarEvent {
  const uid = `ritual-${digest(`${ritual.path}\n${ritual.name}`, 10)}@${UID_DOMAIN}`;
  const rule = ritual.rule;
  const lines = [
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${stampOf(rule.startDate)}`,
    `DTSTART;TZID=${ritual.zone}:${localDateTime(rule.startDate, rule.startMinutes)}`,
    ...(rule.rrule === null ? [] : [`RRULE:${rule.rrule}`]),
    `DURATION:${durationValue(rule.durationMinutes)}`,
    `SUMMARY:${escapeText(ritual.name)}`,
    `DESCRIPTION:${escapeText(`${ritual.team} ritual, from ${ritual.path}`)}`,
    `CATEGORIES:Handoff,ritual`,
    "END:VEVENT",
  ];
  return { uid, lines, zone: ritual.zone, year: Number(rule.startDate.slice(0, 4)) };
}

/** The events for `items` (open ones with a due or an open window) and `rituals`. */
function events(items: readonly Item[], options: CalendarOptions): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const item of items) {
    if (isClosedStatus(item.status)) continue;
    const zone = ownerZone(item, options.team);
    if (item.kind !== "decision" && item.due !== null) {
      const at = dueInstant(item.due, zone);
      if (at !== null) out.push(itemEvent(item, "due", at, options.team));
    }
    if (item.kind === "decision" && item.windowCloses !== null) {
      const at = dueInstant(item.windowCloses, zone);
      if (at !== null) out.push(itemEvent(item, "window", at, options.team));
    }
  }
  for (const ritual of options.rituals) out.push(ritualEvent(ritual));
  return out.sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}

/** The calendar file text for `items` and `options.rituals` (see the module comment). */
export function buildCalendar(items: readonly Item[], options: CalendarOptions): string {
  const all = events(items, options);
  const years = new Map<string, { first: number; last: number }>();
  for (const e of all) {
    if (e.zone === null) continue;
    const span = years.get(e.zone);
    years.set(e.zone, { first: Math.min(span?.first ?? e.year, e.year), last: Math.max(span?.last ?? e.year, e.year) });
  }
  const zones = [...years.keys()].sort().flatMap((zone) => {
    const span = years.get(zone) as { first: number; last: number };
    // From the year before the first event, so an observance starts before every event in the zone.
    return vtimezone(zone, span.first - 1, span.last + 1);
  });
  return joinLines([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name ?? "Handoff")}`,
    ...zones,
    ...all.flatMap((e) => e.lines),
    "END:VCALENDAR",
  ]);
}

/**
 * True when `item` concerns `person`: they own it, or a party names them or a team they are in
 * (by the Team note's members or their People note's `teams`). Used by `handoff ics --person`.
 */
export function involves(item: Item, person: Person, team: TeamAvailability): boolean {
  const isMe = (name: string): boolean => {
    const found = team.directory.resolve(name);
    if (found === null) return false;
    if (isPerson(found)) return found.name === person.name;
    return found.members.includes(person.name) || person.teams.includes(found.name);
  };
  return (item.owner !== null && isMe(item.owner)) || item.parties.some(isMe);
}

/** The rituals of teams `person` is in. */
export function ritualsOf(person: Person, rituals: readonly TeamRitual[], team: TeamAvailability): TeamRitual[] {
  const teams = new Set(person.teams);
  for (const t of team.directory.teams) if (t.members.includes(person.name)) teams.add(t.name);
  return rituals.filter((r) => teams.has(r.team));
}
