/**
 * How the editor's tooltip words an instant (a deadline, a decision window's close): the full
 * date and time in the writer's zone and in the viewer's, and how far it is from now, rounded
 * the way people say it ("in 2 days", "3 hours ago").
 *
 * Pure: `now` and both zones are inputs (DESIGN principle 6). English, fixed `en-GB` locale,
 * 24-hour clock, as `src/time/display.ts` labels the board, so both read alike.
 */
import { DateTime } from "luxon";
import { isKnownZone, zoneAbbreviation } from "../time/display";

const LABEL_LOCALE = "en-GB";
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One instant as the tooltip shows it. */
export interface InstantText {
  /** In the writer's zone, "Thu 26 Nov 2026, 17:00 SGT"; null when the writer's zone is unknown or the same as the viewer's. */
  readonly writer: string | null;
  /** In the viewer's zone, "Thu 26 Nov 2026, 09:00 GMT". */
  readonly viewer: string;
  /** "in 2 days", "3 hours ago", "now". */
  readonly relative: string;
  /** True when the instant is before now. */
  readonly past: boolean;
}

/** What {@link describeInstant} needs besides the instant. */
export interface InstantContext {
  /** The current instant, ISO 8601 (the host's `now()`). */
  readonly now: string;
  /** The viewer's IANA zone. An unknown zone falls back to UTC rather than hiding the deadline. */
  readonly viewerZone: string;
  /** The writer's IANA zone (from the note's preamble), or null when unknown. */
  readonly writerZone: string | null;
}

/**
 * Describes `iso` (ISO 8601 with offset, as candidates and items store it). Returns null when
 * `iso` or `ctx.now` cannot be read (bad host data is shown as missing, never thrown).
 */
export function describeInstant(iso: string, ctx: InstantContext): InstantText | null {
  const at = DateTime.fromISO(iso, { setZone: true });
  const now = DateTime.fromISO(ctx.now, { setZone: true });
  if (!at.isValid || !now.isValid) return null;
  const viewerZone = isKnownZone(ctx.viewerZone) ? ctx.viewerZone : "UTC";
  const writerZone = ctx.writerZone !== null && isKnownZone(ctx.writerZone) ? ctx.writerZone : null;
  const viewer = absolute(at, viewerZone);
  const writer = writerZone === null ? null : absolute(at, writerZone);
  const delta = at.toMillis() - now.toMillis();
  return { writer: writer === viewer ? null : writer, viewer, relative: relativeTime(delta), past: delta < 0 };
}

/** "Thu 26 Nov 2026, 17:00 SGT": the instant's wall clock in `zone` with the zone's abbreviation. */
export function absolute(at: DateTime, zone: string): string {
  const local = at.setZone(zone).setLocale(LABEL_LOCALE);
  return `${local.toFormat("ccc d LLL yyyy, HH:mm")} ${zoneAbbreviation(zone, at.toMillis())}`;
}

/** Unit steps for {@link relativeTime}: below `under` milliseconds, count in `unit`s. */
const RELATIVE_STEPS: readonly { under: number; unit: number; name: string }[] = [
  { under: 45 * MINUTE, unit: MINUTE, name: "minute" },
  { under: 22 * HOUR, unit: HOUR, name: "hour" },
  { under: 26 * DAY, unit: DAY, name: "day" },
  { under: 320 * DAY, unit: 30.44 * DAY, name: "month" },
  { under: Infinity, unit: 365.25 * DAY, name: "year" },
];

/**
 * A signed duration (positive: in the future) in words, rounded to the nearest whole unit:
 * under 45 seconds is "now"; then minutes, hours (from 45 minutes), days (from 22 hours),
 * months (from 26 days), years (from 320 days). 1 day 23 hours is "in 2 days".
 */
export function relativeTime(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`relativeTime needs a finite duration, got ${ms}`);
  const size = Math.abs(ms);
  if (size < 45 * SECOND) return "now";
  const step = RELATIVE_STEPS.find((s) => size < s.under) ?? RELATIVE_STEPS[RELATIVE_STEPS.length - 1];
  const count = Math.max(1, Math.round(size / step.unit));
  const amount = `${count} ${step.name}${count === 1 ? "" : "s"}`;
  return ms > 0 ? `in ${amount}` : `${amount} ago`;
}
