/**
 * Time as the views show it: a due instant in the owner's local time and the viewer's
 * ("Thu 17:00 SGT · 09:00 your time"), countdowns to a decision window, and due-week labels.
 *
 * Pure: "now" and every zone are inputs, never the machine's clock or zone (DESIGN principle 6).
 * Labels are English with a fixed locale (`en-GB`: "Thu 3 Dec", 24-hour clock) so the same item
 * reads the same on every device.
 */
import { DateTime, IANAZone } from "luxon";

/** Locale for weekday and month names: fixed, so labels never depend on the machine. */
const LABEL_LOCALE = "en-GB";

/** Matches a date without a time (`2026-11-27`): a deadline that means the whole day. */
export const DATE_ONLY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Matches an ISO 8601 instant with `Z` or a `±HH:MM` offset whose day of the month is 01-28
 * (`2026-11-26T17:00:00+08:00`, `2026-11-26T09:00Z`): what the store writes, and days that
 * exist in every month. `Date.parse` reads these exactly and far faster than luxon (a board
 * reads thousands); it rolls "Feb 30" over to March, so days 29-31 and anything else (no
 * offset, basic format) go through luxon, which rejects impossible dates.
 */
export const ISO_INSTANT_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

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

/** True when `zone` is an IANA zone name luxon (and so Intl) knows. */
export function isKnownZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

function requireZone(zone: string): void {
  if (!isKnownZone(zone)) throw new RangeError(`Unknown time zone "${zone}": expected an IANA name such as "Europe/London"`);
}

/** The abbreviation for `zone` at `epochMs` ("SGT", "BST"; "GMT+8" for zones not in the table). */
export function zoneAbbreviation(zone: string, epochMs: number): string {
  requireZone(zone);
  const at = DateTime.fromMillis(epochMs, { zone });
  const known = ZONE_ABBREVIATIONS[zone];
  if (known) return at.isInDST ? known[1] : known[0];
  return at.setLocale("en-US").offsetNameShort ?? zone;
}

/**
 * The instant a stored `due` means, in epoch milliseconds, or null when it is unreadable.
 * An ISO instant keeps its own offset; a date without a time (`2026-11-27`, as a person may type
 * in frontmatter) means the end of that day in `zone` (the owner's, else the viewer's); a time
 * without an offset is wall-clock time in `zone`.
 */
export function dueInstant(due: string, zone: string): number | null {
  if (ISO_INSTANT_PATTERN.test(due)) return Date.parse(due);
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

function dayText(at: DateTime, now: number): string {
  if (Math.abs(at.toMillis() - now) < WEEKDAY_ONLY_WITHIN_MS) return at.toFormat("ccc");
  const sameYear = DateTime.fromMillis(now, { zone: at.zone }).year === at.year;
  return at.toFormat(sameYear ? "ccc d LLL" : "ccc d LLL yyyy");
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
  const viewer = DateTime.fromMillis(instant, { zone: ctx.viewerZone }).setLocale(LABEL_LOCALE);
  if (DATE_ONLY_PATTERN.test(due)) {
    const text = dayText(DateTime.fromMillis(instant, { zone: ownerZone ?? ctx.viewerZone }).setLocale(LABEL_LOCALE), ctx.now);
    return { text, ownerText: null, viewerText: text, instant };
  }
  const viewerAlone = `${dayText(viewer, ctx.now)} ${viewer.toFormat("HH:mm")}`;
  if (ownerZone === null) return { text: viewerAlone, ownerText: null, viewerText: viewerAlone, instant };
  const owner = DateTime.fromMillis(instant, { zone: ownerZone }).setLocale(LABEL_LOCALE);
  // Same wall-clock time (same zone, or e.g. Lisbon and London in winter): one label says it all.
  if (owner.toFormat("yyyy-MM-dd HH:mm") === viewer.toFormat("yyyy-MM-dd HH:mm")) {
    return { text: viewerAlone, ownerText: null, viewerText: viewerAlone, instant };
  }
  const ownerAbbr = zoneAbbreviation(ownerZone, instant);
  const ownerText = `${dayText(owner, ctx.now)} ${owner.toFormat("HH:mm")} ${ownerAbbr}`;
  const sameDay = owner.toFormat("yyyy-MM-dd") === viewer.toFormat("yyyy-MM-dd");
  const viewerText = `${sameDay ? "" : `${dayText(viewer, ctx.now)} `}${viewer.toFormat("HH:mm")} your time`;
  return { text: `${ownerText} · ${viewerText}`, ownerText, viewerText, instant };
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

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

/** Offsets change on quarter-hour boundaries in every current zone, so instants in one bucket share a week. */
const WEEK_BUCKET_MS = 15 * 60_000;

/**
 * Week of an instant in one zone, memoised per quarter hour: luxon costs tens of microseconds a
 * call, and a board groups thousands of cards whose dues cluster on a few working-day ends.
 * Create one per render (it holds `now`, which decides whether the label shows the year).
 */
export class DueWeekCalendar {
  private readonly cache = new Map<number, DueWeek>();
  private readonly nowYear: number;

  private constructor(private readonly zone: string, now: number) {
    this.nowYear = DateTime.fromMillis(now, { zone }).year;
  }

  /** A calendar for `zone` (an unknown zone throws) as of `now` (epoch ms). */
  static of(zone: string, now: number): DueWeekCalendar {
    requireZone(zone);
    return new DueWeekCalendar(zone, now);
  }

  /** The week `epochMs` falls in. */
  weekOf(epochMs: number): DueWeek {
    const bucket = Math.floor(epochMs / WEEK_BUCKET_MS);
    const hit = this.cache.get(bucket);
    if (hit) return hit;
    const monday = DateTime.fromMillis(epochMs, { zone: this.zone }).setLocale(LABEL_LOCALE).startOf("week");
    const label = `Week of ${monday.toFormat(monday.year === this.nowYear ? "d LLL" : "d LLL yyyy")}`;
    const week = { key: monday.toISODate() ?? "", label };
    this.cache.set(bucket, week);
    return week;
  }
}
