import type { WriterClock } from "../time/deadline";

/**
 * One writer-clock object per clock value. src/time reads a clock once per clock OBJECT (zone
 * facts, the anchor instant) and the deadline memo of ./deadlines.ts is kept per clock object, so
 * two writers with the same zone, hours and workdays writing on the same day should hand src/time
 * the same object: on the 10,000-note bench vault notes build 5,786 (writer, day) clocks holding
 * 2,116 distinct values. Clocks are immutable, so sharing one changes no result.
 */

/** Clocks remembered before the table starts over (a vault has a few thousand writer-days). */
const SHARED_LIMIT = 50_000;

const byValue = new Map<string, WriterClock>();

/** The clock's fields as a key: every field a deadline depends on. */
export function clockValueKey(clock: WriterClock): string {
  return `${clock.zone}\u0001${clock.dayStart}\u0001${clock.dayEnd}\u0001${clock.workdays.join(",")}\u0001${clock.reference}`;
}

/**
 * The shared frozen clock with the same values as `clock` (`clock` itself, frozen, the first
 * time a value is seen). Callers pass clocks built by `makeWriterClock`/`writerClockFor` or
 * copies of them with another reference; the values are not validated again.
 */
export function sharedClock(clock: WriterClock): WriterClock {
  const key = clockValueKey(clock);
  const known = byValue.get(key);
  if (known !== undefined) return known;
  const frozen = Object.isFrozen(clock) ? clock : Object.freeze(clock);
  if (byValue.size >= SHARED_LIMIT) byValue.clear();
  byValue.set(key, frozen);
  return frozen;
}
