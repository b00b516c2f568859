/**
 * The team time view as data: one row per person across one day of the viewer's clock (24
 * hours, or 23/25 on a DST day), with their working hours, deep work, days off and out-of-office
 * days as segments, what they are doing now, and the now line. Pure: `now` and the viewer's
 * zone are inputs; positions are fractions of the day so the DOM only sets widths.
 */
import { DateTime } from "luxon";
import type { Person } from "../model/person";
import type { Availability, Presence } from "../time/availability";
import { formatCountdown, zoneAbbreviation } from "../time/display";
import type { Interval } from "../time/event-rule";
import type { TeamAvailability } from "../time/team-availability";
import { addDays, wallClock } from "../time/wall-clock";

/** What a stretch of a row shows. */
export type SegmentKind = "work" | "deep-work" | "out-of-office" | "day-off";

/** A stretch of a row: where it starts and ends as fractions of the viewer's day, and its times. */
export interface Segment {
  readonly kind: SegmentKind;
  readonly start: number;
  readonly end: number;
  /** "09:00-17:30 SGT" on the person's clock. */
  readonly label: string;
}

/** One person's row. */
export interface TimelineRow {
  readonly person: Person;
  readonly zone: string;
  /** Their clock now: "18:04 SGT". */
  readonly localNow: string;
  readonly presence: Presence;
  /** "Working until 17:30 SGT · 2h 10m left", "Off · back Wed 09:00 SGT". */
  readonly status: string;
  readonly segments: readonly Segment[];
}

/** An hour mark on the axis: the viewer's local hour and where it falls. */
export interface HourTick {
  readonly hour: number;
  readonly label: string;
  readonly fraction: number;
}

/** The whole timeline for one viewer day. */
export interface Timeline {
  /** The viewer's local date shown, `YYYY-MM-DD`, and its label ("Tue 24 Nov"). */
  readonly date: string;
  readonly dateLabel: string;
  readonly start: number;
  readonly end: number;
  readonly zone: string;
  readonly ticks: readonly HourTick[];
  /** Where now falls, or null when another day is shown. */
  readonly nowFraction: number | null;
  readonly rows: readonly TimelineRow[];
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const pad = (n: number): string => String(n).padStart(2, "0");

/** "09:00" on the wall clock of `zone`. */
export function clockIn(ms: number, zone: string): string {
  const at = DateTime.fromMillis(ms, { zone });
  return `${pad(at.hour)}:${pad(at.minute)}`;
}

/** "Tue 24 Nov" on the wall clock of `zone`. */
export function dayIn(ms: number, zone: string): string {
  const at = DateTime.fromMillis(ms, { zone });
  return `${WEEKDAYS[at.weekday - 1]} ${at.day} ${MONTHS[at.month - 1]}`;
}

/** The viewer's local date of an instant. */
export function localDateOf(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? "1970-01-01";
}

/** What the person is doing at `now`, as a sentence on their own clock. */
function statusOf(who: Availability, presence: Presence, now: number): string {
  const abbr = (ms: number): string => zoneAbbreviation(who.zone, ms);
  const back = (): string => {
    const next = who.nextWork(now);
    return next === null ? "not back within a year" : `back ${localDateOf(next.start, who.zone) === localDateOf(now, who.zone) ? "" : `${dayIn(next.start, who.zone).slice(0, 3)} `}${clockIn(next.start, who.zone)} ${abbr(next.start)}`;
  };
  switch (presence) {
    case "working": {
      const end = who.workingDayEnd(now) ?? now;
      return `Working until ${clockIn(end, who.zone)} ${abbr(end)} · ${formatCountdown(end - now)} left`;
    }
    case "deep-work": {
      const block = who.dayAt(now).deepWork.find((i) => now >= i.start && now < i.end);
      return `Deep work until ${clockIn(block?.end ?? now, who.zone)} ${abbr(block?.end ?? now)}`;
    }
    case "off-hours":
      return `Off · ${back()}`;
    case "day-off":
      return `Day off · ${back()}`;
    case "out-of-office":
      return `Out of office · ${back()}`;
  }
}

/** The segments of one person across `[start, end)`. */
function segmentsOf(who: Availability, start: number, end: number): Segment[] {
  const span = end - start;
  const out: Segment[] = [];
  const push = (kind: SegmentKind, interval: Interval): void => {
    const from = Math.max(interval.start, start);
    const to = Math.min(interval.end, end);
    if (to <= from) return;
    const label = `${clockIn(interval.start, who.zone)}-${clockIn(interval.end, who.zone)} ${zoneAbbreviation(who.zone, interval.start)}`;
    out.push({ kind, start: (from - start) / span, end: (to - start) / span, label });
  };
  // The person's local dates that overlap the viewer's day (one or two, three only between zones over a day apart).
  const last = who.localDate(end - 1);
  for (let date = who.localDate(start); date <= last; date = addDays(date, 1)) {
    const plan = who.day(date);
    if (plan.outOfOffice) push("out-of-office", plan.span);
    else if (plan.work === null) push("day-off", plan.span);
    else {
      push("work", plan.work);
      for (const block of plan.deepWork) push("deep-work", block);
    }
  }
  return out;
}

/** Hour marks of the viewer's day (23 or 25 on DST days): every local hour that exists. */
function ticksOf(date: string, zone: string, start: number, end: number): HourTick[] {
  const ticks: HourTick[] = [];
  for (let hour = 0; hour < 24; hour++) {
    const at = wallClock(date, hour * 60, zone);
    if (at.hour !== hour) continue; // skipped by a spring-forward night
    const ms = at.toMillis();
    if (ms >= start && ms < end) ticks.push({ hour, label: pad(hour), fraction: (ms - start) / (end - start) });
  }
  return ticks;
}

/**
 * The timeline of `people` for the viewer's local `date` in `viewerZone`, at `now` (epoch ms).
 * Rows go west to east (by each person's UTC offset at `now`), then by name, so the team reads
 * as the sun moves.
 */
export function buildTimeline(team: TeamAvailability, people: readonly Person[], viewerZone: string, date: string, now: number): Timeline {
  const start = wallClock(date, 0, viewerZone).toMillis();
  const end = wallClock(addDays(date, 1), 0, viewerZone).toMillis();
  const offset = (person: Person): number => DateTime.fromMillis(now, { zone: team.person(person).zone }).offset;
  const ordered = [...people].sort((a, b) => offset(a) - offset(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rows = ordered.map((person): TimelineRow => {
    const who = team.person(person);
    const presence = who.presence(now);
    return {
      person,
      zone: who.zone,
      localNow: `${clockIn(now, who.zone)} ${zoneAbbreviation(who.zone, now)}`,
      presence,
      status: statusOf(who, presence, now),
      segments: segmentsOf(who, start, end),
    };
  });
  return {
    date,
    dateLabel: dayIn(start, viewerZone),
    start,
    end,
    zone: viewerZone,
    ticks: ticksOf(date, viewerZone, start, end),
    nowFraction: now >= start && now < end ? (now - start) / (end - start) : null,
    rows,
  };
}
