/**
 * Time as the views show it: a due instant in the owner's local time and the viewer's
 * ("Thu 17:00 SGT · 09:00 your time"), countdowns to a decision window, and due-week labels.
 *
 * Pure: "now" and every zone are inputs, never the machine's clock or zone (DESIGN principle 6).
 * Labels are English with fixed names ("Thu 3 Dec", 24-hour clock) so the same item reads the
 * same on every device.
 *
 * Fast by design: a board formats dozens of labels per frame, and each luxon `DateTime` costs
 * an `Intl` call (about a millisecond per label in Chromium). Here a zone's UTC offset is asked
 * of luxon once per zone and quarter hour (offsets only change on quarter-hour boundaries) and
 * the wall clock is plain arithmetic on that offset.
 */
import { DateTime, IANAZone } from "luxon";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** Matches a date without a time (`2026-11-27`): a deadline that means the whole day. */
export const DATE_ONLY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Matches an ISO 8601 instant with `Z` or a `±HH:MM` offset (`2026-11-26T17:00:00+08:00`,
 * `2026-11-26T09:00Z`): what the store writes. `Date.parse` reads these exactly and far faster
 * than luxon (a board reads thousands); it rolls "Feb 30" over to March, so the day is checked
 * against the month's length first. Anything else (no offset, basic format) goes through luxon.
 * Groups: 1 year, 2 month, 3 day.
 */
export const ISO_INSTANT_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A weekday alone ("Thu") is unambiguous only within this distance of now; beyond, the date is added. */
const WEEKDAY_ONLY_WITHIN_MS = 6 * DAY_MS;

/**
 * Common abbreviations as people write them ("5pm SGT"), standard and daylight. Intl only
 * knows a few ("EST"); for the rest it says "GMT+8", which is the fallback for unlisted zones.
 */
const ZONE_ABBREVIATIONS: Readonly<Record<string, readonly [string, string]>> = {
  UTC: ["UTC", "UTC"], "Etc/UTC": ["UTC", "UTC"], GMT: ["GMT", "GMT"],
  "Europe/London": ["GMT", "BST"], "Europe/Dublin": ["GMT", "IST"], "Europe/Lisbon": ["WET", "WEST"],
  "Europe/Paris": ["CET", "CEST"], "Europe/Berlin": ["CET", "CEST"], "Europe/Amsterdam": ["CET", "CEST"],
  "Europe/Madrid": ["CET", "CEST"], "Europe/Rome": ["CET", "CEST"], "Europe/Brussels": ["CET", "CEST"],
  "Europe/Vienna": ["CET", "CEST"], "Europe/Zurich": ["CET", "CEST"], "Europe/Stockholm": ["CET", "CEST"],
  "Europe/Oslo": ["CET", "CEST"], "Europe/Copenhagen": ["CET", "CEST"], "Europe/Prague": ["CET", "CEST"],
  "Europe/Warsaw": ["CET", "CEST"], "Europe/Athens": ["EET", "EEST"], "Europe/Helsinki": ["EET", "EEST"],
  "Europe/Kyiv": ["EET", "EEST"], "Europe/Kiev": ["EET", "EEST"],
  "Asia/Singapore": ["SGT", "SGT"], "Asia/Kuala_Lumpur": ["MYT", "MYT"], "Asia/Hong_Kong": ["HKT", "HKT"],
  "Asia/Tokyo": ["JST", "JST"], "Asia/Seoul": ["KST", "KST"], "Asia/Kolkata": ["IST", "IST"],
  "Asia/Calcutta": ["IST", "IST"], "Asia/Jakarta": ["WIB", "WIB"], "Asia/Manila": ["PHT", "PHT"],
  "Australia/Sydney": ["AEST", "AEDT"], "Australia/Melbourne": ["AEST", "AEDT"], "Australia/Brisbane": ["AEST", "AEST"],
  "Australia/Perth": ["AWST", "AWST"], "Pacific/Auckland": ["NZST", "NZDT"],
  "America/New_York": ["EST", "EDT"], "America/Toronto": ["EST", "EDT"], "America/Detroit": ["EST", "EDT"],
  "America/Chicago": ["CST", "CDT"], "America/Winnipeg": ["CST", "CDT"], "America/Denver": ["MST", "MDT"],
  "America/Edmonton": ["MST", "MDT"], "America/Phoenix": ["MST", "MST"], "America/Los_Angeles": ["PST", "PDT"],
  "America/Vancouver": ["PST", "PDT"], "America/Halifax": ["AST", "ADT"], "America/St_Johns": ["NST", "NDT"],
  "America/Sao_Paulo": ["BRT", "BRT"],
};

const knownZones = new Map<string, boolean>();

/** True when `zone` is an IANA zone name luxon (and so Intl) knows. Cached: each check builds an `Intl` formatter. */
export function isKnownZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = IANAZone.isValidZone(zone);
    knownZones.set(zone, known);
  }
  return known;
}

function requireZone(zone: string): void {
  if (!isKnownZone(zone)) throw new RangeError(`Unknown time zone "${zone}": expected an IANA name such as "Europe/London"`);
}

const QUARTER_HOUR_MS = 15 * 60_000;
/** Offsets per zone and quarter hour; cleared when it grows past this many entries. */
const OFFSET_CACHE_LIMIT = 50_000;
const offsets = new Map<string, number>();

/** The zone's UTC offset in minutes at `epochMs` (zone already validated). */
function offsetAt(zone: string, epochMs: number): number {
  const key = `${zone}@${Math.floor(epochMs / QUARTER_HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= OFFSET_CACHE_LIMIT) offsets.clear();
    offset = IANAZone.create(zone).offset(epochMs);
    offsets.set(key, offset);
  }
  return offset;
}

/** A wall-clock reading of an instant in a zone. */
interface WallClock {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  /** UTC offset in minutes. */
  readonly offset: number;
  /** Days since 1970-01-01 of the local date: equal for instants on the same local day. */
  readonly dayNumber: number;
}

function wallClock(epochMs: number, zone: string): WallClock {
  const offset = offsetAt(zone, epochMs);
  const local = new Date(epochMs + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
    offset,
    dayNumber: Math.floor((epochMs + offset * 60_000) / 86_400_000),
  };
}

/** The standard (winter) offset of a zone in a year: the smaller of January's and July's. */
function standardOffset(zone: string, year: number): number {
  return Math.min(offsetAt(zone, Date.UTC(year, 0, 1)), offsetAt(zone, Date.UTC(year, 6, 1)));
}

/** "GMT+8", "GMT-3:30", "GMT" for an offset in minutes (what Intl says for zones without a name). */
function gmtName(offset: number): string {
  if (offset === 0) return "GMT";
  const abs = Math.abs(offset);
  const minutes = abs % 60;
  return `GMT${offset < 0 ? "-" : "+"}${Math.floor(abs / 60)}${minutes === 0 ? "" : `:${String(minutes).padStart(2, "0")}`}`;
}

/** The abbreviation for `zone` at `epochMs` ("SGT", "BST"; "GMT+8" for zones not in the table). */
export function zoneAbbreviation(zone: string, epochMs: number): string {
  requireZone(zone);
  const at = wallClock(epochMs, zone);
  const known = ZONE_ABBREVIATIONS[zone];
  if (known) return at.offset > standardOffset(zone, at.year) ? known[1] : known[0];
  return gmtName(at.offset);
}

/**
 * The instant a stored `due` means, in epoch milliseconds, or null when it is unreadable.
 * An ISO instant keeps its own offset; a date without a time (`2026-11-27`, as a person may type
 * in frontmatter) means the end of that day in `zone` (the owner's, else the viewer's); a time
 * without an offset is wall-clock time in `zone`.
 */
export function dueInstant(due: string, zone: string): number | null {
  const instant = ISO_INSTANT_PATTERN.exec(due);
  if (instant) {
    const [, year, month, day] = instant;
    const monthLength = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return Number(day) <= monthLength ? Date.parse(due) : null;
  }
  const at = DateTime.fromISO(due, { zone });
  if (!at.isValid) return null;
  return DATE_ONLY_PATTERN.test(due) ? at.endOf("day").toMillis() : at.toMillis();
}

/** A due date as a card shows it. */
export interface DueLabel {
  /** The whole label: "Thu 17:00 SGT · 09:00 your time", or "Thu 17:00" when both read alike. */
  readonly text: string;
  /** The owner's part ("Thu 17:00 SGT"), or null when the owner's zone is unknown or equals the viewer's. */
  readonly ownerText: string | null;
  /** The viewer's part ("09:00 your time", "Thu 17:00"). */
  readonly viewerText: string;
  /** Epoch ms of the deadline, or null when `due` is unreadable (then `text` is `due` as written). */
  readonly instant: number | null;
}

/** What {@link formatDue} needs besides the due value. */
export interface DueContext {
  /** The viewer's IANA zone (required; an unknown zone throws). */
  readonly viewerZone: string;
  /** The owner's IANA zone from their People note, or null (unknown or invalid zones are ignored). */
  readonly ownerZone: string | null;
  /** The current instant, epoch ms: decides between "Thu" and "Thu 3 Dec". */
  readonly now: number;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

function timeText(at: WallClock): string {
  return `${pad2(at.hour)}:${pad2(at.minute)}`;
}

/** "Thu" within six days of now, "Thu 3 Dec" further away, "Thu 14 Jan 2027" in another year (years read in the same zone). */
function dayText(at: WallClock, epochMs: number, now: number, zone: string): string {
  const weekday = WEEKDAYS[at.weekday - 1];
  if (Math.abs(epochMs - now) < WEEKDAY_ONLY_WITHIN_MS) return weekday;
  const sameYear = wallClock(now, zone).year === at.year;
  return `${weekday} ${at.day} ${MONTHS[at.month - 1]}${sameYear ? "" : ` ${at.year}`}`;
}

/**
 * Formats a due value for the viewer and the owner. The owner's part comes first because the
 * deadline was meant in their day ("Thu 17:00 SGT"); the viewer's part repeats the weekday only
 * when it falls on another day ("Wed 21:00 your time"). Date-only dues show the day alone.
 */
export function formatDue(due: string, ctx: DueContext): DueLabel {
  requireZone(ctx.viewerZone);
  const ownerZone = ctx.ownerZone !== null && isKnownZone(ctx.ownerZone) ? ctx.ownerZone : null;
  const instant = dueInstant(due, ownerZone ?? ctx.viewerZone);
  if (instant === null) return { text: due, ownerText: null, viewerText: due, instant: null };
  if (DATE_ONLY_PATTERN.test(due)) {
    const zone = ownerZone ?? ctx.viewerZone;
    const text = dayText(wallClock(instant, zone), instant, ctx.now, zone);
    return { text, ownerText: null, viewerText: text, instant };
  }
  const viewer = wallClock(instant, ctx.viewerZone);
  const viewerAlone = `${dayText(viewer, instant, ctx.now, ctx.viewerZone)} ${timeText(viewer)}`;
  if (ownerZone === null) return { text: viewerAlone, ownerText: null, viewerText: viewerAlone, instant };
  const owner = wallClock(instant, ownerZone);
  // Same wall-clock time (same zone, or e.g. Lisbon and London in winter): one label says it all.
  if (owner.offset === viewer.offset) return { text: viewerAlone, ownerText: null, viewerText: viewerAlone, instant };
  const ownerText = `${dayText(owner, instant, ctx.now, ownerZone)} ${timeText(owner)} ${zoneAbbreviation(ownerZone, instant)}`;
  const viewerText = `${owner.dayNumber === viewer.dayNumber ? "" : `${dayText(viewer, instant, ctx.now, ctx.viewerZone)} `}${timeText(viewer)} your time`;
  return { text: `${ownerText} · ${viewerText}`, ownerText, viewerText, instant };
}

/**
 * A duration as a countdown shows it, two units at most: "2d 04h", "3h 07m", "12m 05s", "0s".
 * Seconds appear only under an hour, where a live countdown should visibly tick. The sign is
 * ignored (callers say "in" or "ago").
 */
export function formatCountdown(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `${days}d ${pad2(hours)}h`;
  if (hours > 0) return `${hours}h ${pad2(minutes)}m`;
  if (minutes > 0) return `${minutes}m ${pad2(seconds)}s`;
  return `${seconds}s`;
}

/** A decision window's state at `now`: "closes in 3h 07m" or "closed 12m 05s ago". */
export function describeWindow(now: number, closes: number): { readonly text: string; readonly closed: boolean } {
  const left = closes - now;
  return left > 0 ? { text: `closes in ${formatCountdown(left)}`, closed: false } : { text: `closed ${formatCountdown(left)} ago`, closed: true };
}

/** The Monday starting the week an instant falls in, in `zone`: key `2026-11-23`, label "Week of 23 Nov". */
export interface DueWeek {
  readonly key: string;
  readonly label: string;
}

/**
 * Week of an instant in one zone, memoised per quarter hour (offsets change on quarter-hour
 * boundaries in every current zone, so instants in one bucket share a week): a board groups
 * thousands of cards whose dues cluster on a few working-day ends. Create one per render (it
 * holds `now`, which decides whether the label shows the year).
 */
export class DueWeekCalendar {
  private readonly cache = new Map<number, DueWeek>();
  private readonly nowYear: number;

  private constructor(private readonly zone: string, now: number) {
    this.nowYear = wallClock(now, zone).year;
  }

  /** A calendar for `zone` (an unknown zone throws) as of `now` (epoch ms). */
  static of(zone: string, now: number): DueWeekCalendar {
    requireZone(zone);
    return new DueWeekCalendar(zone, now);
  }

  /** The week `epochMs` falls in. */
  weekOf(epochMs: number): DueWeek {
    const bucket = Math.floor(epochMs / QUARTER_HOUR_MS);
    const hit = this.cache.get(bucket);
    if (hit) return hit;
    const local = wallClock(epochMs, this.zone);
    const monday = new Date((local.dayNumber - (local.weekday - 1)) * 86_400_000);
    const year = monday.getUTCFullYear();
    const key = `${year}-${pad2(monday.getUTCMonth() + 1)}-${pad2(monday.getUTCDate())}`;
    const label = `Week of ${monday.getUTCDate()} ${MONTHS[monday.getUTCMonth()]}${year === this.nowYear ? "" : ` ${year}`}`;
    const week = { key, label };
    this.cache.set(bucket, week);
    return week;
  }
}
