import { Chrono, en, type ParsedResult, type Refiner } from "chrono-node";
import { HANDOFF_PARSERS } from "./chrono-parsers";
import type { ClockFacts } from "./clock-facts";
import { wallClock } from "./wall-clock";

/**
 * Handoff's configured chrono-node: English casual parsing plus Handoff's own parsers
 * (`chrono-parsers.ts`), without chrono's "end of <period>" refiner (it ends weeks on Saturday;
 * Handoff ends periods on their last workday and parses "end of week/month" itself).
 * No `forwardDate`: the conventions decide which way a weekday or a yearless date goes.
 */

/** chrono's ENEndOfPeriodRefiner, recognised by its method (class names do not survive minifiers). */
const isEndOfPeriodRefiner = (refiner: Refiner): boolean =>
  typeof (refiner as unknown as { moveToEndOfRelativePeriod?: unknown }).moveToEndOfRelativePeriod === "function";

function buildChrono(): Chrono {
  const configuration = en.configuration.createCasualConfiguration();
  configuration.parsers.unshift(...HANDOFF_PARSERS);
  configuration.refiners = configuration.refiners.filter((r) => !isEndOfPeriodRefiner(r));
  return new Chrono(configuration);
}

const CHRONO = buildChrono();

/** Minutes after midnight of the wall-clock time chrono is told the note was written. */
export const CHRONO_REFERENCE_MINUTES = 12 * 60;

/**
 * Every date or time chrono finds in `text`, relative to the writer's reference date. chrono
 * is given noon of that date in the writer's zone (with the zone's offset then): noon is never
 * inside a DST gap, in the writer's zone or the machine's, so chrono's local-time arithmetic
 * lands on the right calendar dates whatever the machine zone is. Times of day are then
 * resolved by the conventions, not by chrono's defaults.
 */
export function parseDateMentions(text: string, facts: ClockFacts): ParsedResult[] {
  const noon = wallClock(facts.date, CHRONO_REFERENCE_MINUTES, facts.zone);
  return CHRONO.parse(text, { instant: noon.toJSDate(), timezone: noon.offset }, { forwardDate: false });
}

/** Whether the configured chrono still drops chrono's end-of-period refiner (checked by tests). */
export function endOfPeriodRefinerRemoved(): boolean {
  const stock = en.configuration.createCasualConfiguration();
  return stock.refiners.some(isEndOfPeriodRefiner) && !CHRONO.refiners.some(isEndOfPeriodRefiner);
}
