import { DateTime } from "luxon";
import { clockMinutes } from "./clock-time";
import { makeWriterClock, type WriterClock } from "./writer-clock";

/**
 * A {@link WriterClock} read once into the values the resolvers use. Cached per clock object
 * (clocks are immutable), so a note's sentences share one parse of its reference and hours.
 */
export interface ClockFacts {
  readonly zone: string;
  /** The reference date in the writer's zone, `YYYY-MM-DD`. */
  readonly date: string;
  /**
   * The reference instant when the reference has a time; null for a bare date (the time of
   * writing is then unknown, and a span counted from it, "within the hour", has no instant).
   */
  readonly instant: DateTime | null;
  readonly dayStartMinutes: number;
  readonly dayEndMinutes: number;
  readonly workdays: ReadonlySet<number>;
}

/** A reference with a time of day (anything longer than `YYYY-MM-DD`). */
const HAS_TIME = /^\d{4}-\d{2}-\d{2}[T ]/;

const cache = new WeakMap<WriterClock, ClockFacts>();

/**
 * Facts of a clock. Throws a RangeError naming the bad field when the clock is invalid: clocks
 * come from {@link makeWriterClock} or `writerClockFor`, which report bad data as values, so an
 * invalid clock here is a programmer error.
 */
export function readClock(clock: WriterClock): ClockFacts {
  const hit = cache.get(clock);
  if (hit) return hit;
  const checked = makeWriterClock(clock);
  if (!checked.ok) throw new RangeError(`Invalid WriterClock: ${checked.error}`);
  const zone = clock.zone;
  const dayStartMinutes = clockMinutes(clock.dayStart) ?? 540;
  const dayEndMinutes = clockMinutes(clock.dayEnd) ?? 1020;
  const text = clock.reference.replace(" ", "T");
  const instant = HAS_TIME.test(text) ? DateTime.fromISO(text, { zone, setZone: false }).setZone(zone) : null;
  const date = instant ? (instant.toISODate() ?? text.slice(0, 10)) : text.slice(0, 10);
  const facts: ClockFacts = Object.freeze({ zone, date, instant, dayStartMinutes, dayEndMinutes, workdays: new Set(clock.workdays) });
  cache.set(clock, facts);
  return facts;
}
