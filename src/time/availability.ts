import { DateTime } from "luxon";
import type { Person } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { deepWorkIntervals, readDeepWork } from "./deep-work";
import type { EventRule, Interval } from "./event-rule";
import { isOutOfOffice, readOutOfOffice, type DateRange } from "./out-of-office";
import { addDays, formatInstant, wallClock } from "./wall-clock";
import { endOfWorkingDay, isWorkday, startOfWorkingDay } from "./working-days";
import { makeWriterClock, writerClockFor, type WriterClock } from "./writer-clock";

/**
 * When one person works, read from their People note with the team defaults filling the gaps
 * (DESIGN "People, teams, channels, time"): zone, working hours, workdays, deep-work blocks and
 * out-of-office days. Everything the team time view, the slot finder and respond-by need:
 * "is X working now", the end of X's working day, X's day as intervals of real time, and
 * working time counted forward.
 *
 * Pure and deterministic: every instant is an input (epoch ms), zones come from the note.
 */

/** 07:00 and 22:00: no meeting is proposed outside these local hours, for anyone. */
export const EARLIEST_MEETING_MINUTES = 7 * 60;
export const LATEST_MEETING_MINUTES = 22 * 60;

/** Where a person is at an instant. */
export type Presence = "working" | "deep-work" | "off-hours" | "day-off" | "out-of-office";

/** One local calendar day of one person, as intervals of real time (epoch ms, end exclusive). */
export interface DayPlan {
  /** The local date `YYYY-MM-DD`. */
  readonly date: string;
  /** Local midnight to the next local midnight (23 or 25 hours on DST days). */
  readonly span: Interval;
  /** True when the weekday is one of the person's workdays. */
  readonly workday: boolean;
  readonly outOfOffice: boolean;
  /** Working hours, or null on a day off (not a workday, or out of office). */
  readonly work: Interval | null;
  /** Deep-work blocks starting or running this day, clipped to it. Empty on days out of office. */
  readonly deepWork: readonly Interval[];
  /** 07:00-22:00 local: the only hours a meeting may be proposed to this person. */
  readonly reasonable: Interval;
}

/** Fields of {@link Availability.make}. */
export interface AvailabilityFields {
  readonly name: string;
  /** IANA zone. */
  readonly zone: string;
  /** `HH:MM`; defaults 09:00 and 17:00. */
  readonly dayStart?: string;
  readonly dayEnd?: string;
  /** ISO weekdays; default Monday to Friday. */
  readonly workdays?: readonly number[];
  readonly deepWork?: readonly EventRule[];
  readonly outOfOffice?: readonly DateRange[];
  /** The People note, or null for someone made up in code. */
  readonly path?: string | null;
}

/** How many day plans a person keeps (the view and the slot finder look at a few weeks at most). */
const DAY_CACHE_LIMIT = 400;
/** How far working time is counted forward before giving up (someone out of office for a year). */
const MAX_DAYS_AHEAD = 400;

/** One person's working time. Immutable; day plans are memoised. */
export class Availability {
  private readonly days = new Map<string, DayPlan>();

  private constructor(
    readonly name: string,
    readonly path: string | null,
    /** The clock holding zone, hours and workdays (its reference is unused here). */
    readonly clock: WriterClock,
    readonly deepWork: readonly EventRule[],
    readonly outOfOffice: readonly DateRange[],
  ) {}

  /**
   * The availability of a person in the directory: their own zone, hours and workdays where
   * valid, else the team settings (as `writerClockFor` decides; the directory already reported
   * bad fields naming the note). Deep-work blocks and out-of-office entries that cannot be read
   * are left out (the directory reports them too).
   */
  static of(person: Person, settings: TeamSettings): Availability {
    const { clock } = writerClockFor(person, settings, "2000-01-01");
    const deep = readDeepWork(person.deepWork, person.path).blocks;
    const away = readOutOfOffice(person.outOfOffice, person.path).ranges;
    return new Availability(person.name, person.path, clock, deep, away);
  }

  /** An availability from explicit fields (tests, made-up guests). Throws on an invalid zone, hours or workdays. */
  static make(fields: AvailabilityFields): Availability {
    const made = makeWriterClock({ reference: "2000-01-01", zone: fields.zone, dayStart: fields.dayStart, dayEnd: fields.dayEnd, workdays: fields.workdays }, fields.name);
    if (!made.ok) throw new RangeError(`Availability.make: ${made.error}`);
    return new Availability(fields.name, fields.path ?? null, made.clock, Object.freeze([...(fields.deepWork ?? [])]), Object.freeze([...(fields.outOfOffice ?? [])]));
  }

  /** The person's IANA zone. */
  get zone(): string {
    return this.clock.zone;
  }

  /** The local date of an instant. */
  localDate(ms: number): string {
    return DateTime.fromMillis(ms, { zone: this.zone }).toISODate() ?? "1970-01-01";
  }

  /** An instant as ISO 8601 with the person's offset then (`2026-11-24T18:00:00+08:00`). */
  localIso(ms: number): string {
    return formatInstant(DateTime.fromMillis(ms, { zone: this.zone }));
  }

  /** The person's day on a local date. */
  day(date: string): DayPlan {
    const hit = this.days.get(date);
    if (hit) return hit;
    const span = { start: wallClock(date, 0, this.zone).toMillis(), end: wallClock(addDays(date, 1), 0, this.zone).toMillis() };
    const workday = isWorkday(date, this.clock);
    const away = isOutOfOffice(date, this.outOfOffice);
    const work = workday && !away ? { start: Date.parse(startOfWorkingDay(date, this.clock)), end: Date.parse(endOfWorkingDay(date, this.clock)) } : null;
    const deep = away ? [] : deepWorkIntervals(this.deepWork, this.zone, span.start, span.end).map((i) => ({ start: Math.max(i.start, span.start), end: Math.min(i.end, span.end) }));
    const reasonable = { start: wallClock(date, EARLIEST_MEETING_MINUTES, this.zone).toMillis(), end: wallClock(date, LATEST_MEETING_MINUTES, this.zone).toMillis() };
    const plan: DayPlan = Object.freeze({ date, span, workday, outOfOffice: away, work, deepWork: Object.freeze(deep), reasonable });
    if (this.days.size >= DAY_CACHE_LIMIT) this.days.clear();
    this.days.set(date, plan);
    return plan;
  }

  /** The day plan holding an instant. */
  dayAt(ms: number): DayPlan {
    return this.day(this.localDate(ms));
  }

  /** Where the person is at `ms`: working, in deep work, outside hours, on a day off, or out of office. */
  presence(ms: number): Presence {
    const plan = this.dayAt(ms);
    if (plan.outOfOffice) return "out-of-office";
    if (!plan.workday || plan.work === null) return "day-off";
    if (ms < plan.work.start || ms >= plan.work.end) return "off-hours";
    return plan.deepWork.some((i) => ms >= i.start && ms < i.end) ? "deep-work" : "working";
  }

  /** "Is X working now": inside working hours on a workday, not out of office (deep work counts as working). */
  isWorking(ms: number): boolean {
    const presence = this.presence(ms);
    return presence === "working" || presence === "deep-work";
  }

  /**
   * The end of the person's working day at `ms`: today's end while today's hours are still to
   * come or running, else the end of the next working day (skipping days off). Null when no
   * working day comes within a year (out of office all that time).
   */
  workingDayEnd(ms: number): number | null {
    const next = this.nextWork(ms);
    return next === null ? null : next.end;
  }

  /** The working-hours interval in progress at `ms`, or the next one to start; null when none within a year. */
  nextWork(ms: number): Interval | null {
    let date = this.localDate(ms);
    for (let i = 0; i < MAX_DAYS_AHEAD; i++, date = addDays(date, 1)) {
      const work = this.day(date).work;
      if (work !== null && work.end > ms) return work;
    }
    return null;
  }

  /**
   * The instant `minutes` of the person's working time after `from` (respond-by): time outside
   * their hours, on days off and out of office does not count. Exactly filling a day ends at
   * that day's end, not the next morning. Null when the time cannot be found within a year.
   */
  addWorkingMinutes(from: number, minutes: number): number | null {
    if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`addWorkingMinutes: minutes must be a non-negative integer, got ${minutes}`);
    let left = minutes * 60_000;
    let date = this.localDate(from);
    for (let i = 0; i < MAX_DAYS_AHEAD; i++, date = addDays(date, 1)) {
      const work = this.day(date).work;
      if (work === null || work.end <= from) continue;
      const start = Math.max(from, work.start);
      if (left <= work.end - start) return start + left;
      left -= work.end - start;
    }
    return null;
  }
}
