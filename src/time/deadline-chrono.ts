import { Chrono, en, type Refiner } from "chrono-node";
import { HANDOFF_PARSERS } from "./chrono-parsers";
import type { ClockFacts } from "./clock-facts";
import type { DateMention } from "./date-mention";
import { fastDateMentions } from "./fast-mentions";

/**
 * Handoff's configured chrono-node: English casual parsing plus Handoff's own parsers
 * (`chrono-parsers.ts`), without chrono's "end of <period>" refiner (it ends weeks on Saturday;
 * Handoff ends periods on their last workday and parses "end of week/month" itself).
 * No `forwardDate`: the conventions decide which way a weekday or a yearless date goes.
 */

/** chrono's ENEndOfPeriodRefiner, recognised by its method (class names do not survive minifiers). */
const isEndOfPeriodRefiner = (refiner: Refiner): boolean =>
  typeof (refiner as unknown as { moveToEndOfRelativePeriod?: unknown }).moveToEndOfRelativePeriod === "function";

/**
 * chrono parsers left out, by class name: what they find is never a deadline here ("3 weeks
 * ago" is past; "+2 days", "a second", "the day" are durations), or Handoff's own parsers read it
 * by the conventions ("end of the month"). Leaving them out only saves time: the rules in
 * `deadline-signals.ts` reject their results anyway (a minified build that renames classes
 * keeps them, and behaves the same).
 */
const UNUSED_PARSERS: ReadonlySet<string> = new Set(["ENTimeUnitAgoFormatParser", "ENTimeUnitCasualRelativeFormatParser", "ENEndOfCurrentMonthParser"]);

function buildChrono(): Chrono {
  const configuration = en.configuration.createCasualConfiguration();
  configuration.parsers = configuration.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
  configuration.parsers.unshift(...HANDOFF_PARSERS);
  configuration.refiners = configuration.refiners.filter((r) => !isEndOfPeriodRefiner(r));
  return new Chrono(configuration);
}

const CHRONO = buildChrono();

/** Minutes after midnight of the wall-clock time chrono is told the note was written. */
export const CHRONO_REFERENCE_MINUTES = 12 * 60;

/**
 * Every date or time chrono finds in `text`, relative to the writer's reference date. The common
 * deadline phrasings are read by the fast path (`fast-mentions.ts`, the same results without
 * running chrono); everything else by chrono.
 *
 * chrono computes in the JavaScript engine's local time, and some of its refiners drop a
 * reference's zone on the way ("the day after tomorrow" re-reads "tomorrow" as a local Date).
 * So chrono is given no zone at all, and a reference whose *local* wall clock is noon of the
 * writer's reference date: every chrono computation is then wall-clock arithmetic on the
 * writer's calendar, consistent whatever the machine's zone. Only the wall-clock components
 * chrono returns are read (never its Date values); they are placed in the writer's zone by the
 * conventions. Noon is never inside a DST gap, so the local Date is exactly that wall time.
 */
export function parseDateMentions(text: string, facts: ClockFacts): DateMention[] {
  return (fastPath ? fastDateMentions(text, facts) : null) ?? parseWithChrono(text, facts);
}

/** Whether {@link parseDateMentions} tries the fast path first (default true; see {@link useFastPath}). */
let fastPath = true;

/**
 * Turns the fast path (`fast-mentions.ts`) on or off, and returns the previous setting. Only
 * for tests and benchmarks that compare the two paths: results are the same either way.
 */
export function useFastPath(on: boolean): boolean {
  const previous = fastPath;
  fastPath = on;
  return previous;
}

/** chrono's results for `text` (see {@link parseDateMentions}). */
export function parseWithChrono(text: string, facts: ClockFacts): DateMention[] {
  const [year, month, day] = facts.date.split("-").map(Number) as [number, number, number];
  const localNoon = new Date(year, month - 1, day, CHRONO_REFERENCE_MINUTES / 60, 0, 0, 0);
  return CHRONO.parse(text, localNoon, { forwardDate: false });
}

/** Whether the configured chrono still drops chrono's end-of-period refiner and unused parsers (checked by tests). */
export function chronoTrimmed(): boolean {
  const stock = en.configuration.createCasualConfiguration();
  const names = (c: { parsers: readonly object[] }): string[] => c.parsers.map((p) => p.constructor.name);
  return stock.refiners.some(isEndOfPeriodRefiner) && !CHRONO.refiners.some(isEndOfPeriodRefiner) &&
    [...UNUSED_PARSERS].every((name) => names(stock).includes(name) && !names(CHRONO).includes(name));
}
