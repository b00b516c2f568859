import type { Availability, DayPlan } from "./availability";

/**
 * How one meeting time fits one person, and how a time is scored for a group. The slot finder
 * (`slots.ts`) and the recurring rotation (`slot-rotation.ts`) both decide with these, so the
 * rules live in one place (and are documented in docs/team-time.md).
 *
 * Hard rules (a time breaking one is never proposed):
 * 1. On the person's workday, not out of office.
 * 2. Inside 07:00-22:00 on their local clock, start and end on the same local day.
 * 3. Not overlapping one of their deep-work blocks.
 *
 * Soft rule: inside their working hours. A time outside them is scored by its **reach**, the
 * minutes between the edge of their hours and the far end of the meeting (a 07:00-07:30 meeting
 * for someone starting at 09:00 reaches 120 minutes). A slot's **cost** is the sum over people of
 * reach squared: squaring makes two people 30 minutes out (cost 1,800) better than one person an
 * hour out (3,600), so the inconvenience is spread rather than dumped on one person.
 */

/** One person at one meeting time. */
export interface PersonFit {
  readonly name: string;
  /** The person's IANA zone. */
  readonly zone: string;
  /** Start and end on the person's clock, ISO 8601 with their offset. */
  readonly local: string;
  readonly localEnd: string;
  /** True when the whole meeting is inside their working hours. */
  readonly inHours: boolean;
  /** Minutes the meeting reaches outside their hours (0 when in hours). */
  readonly reach: number;
}

/**
 * The minutes `[start, end)` (epoch ms) reaches outside `availability`'s working hours, or null
 * when a hard rule is broken. The search calls this for every candidate, so it does no
 * formatting; {@link fitPerson} describes the times kept.
 */
export function reachOf(availability: Availability, start: number, end: number): number | null {
  return reachIn(availability.dayAt(start), start, end);
}

/** {@link reachOf} on the day plan holding `start` (the search keeps each person's current plan). */
export function reachIn(plan: DayPlan, start: number, end: number): number | null {
  if (plan.work === null) return null;
  if (start < plan.reasonable.start || end > plan.reasonable.end) return null;
  for (const block of plan.deepWork) if (start < block.end && block.start < end) return null;
  return Math.round((Math.max(0, plan.work.start - start) + Math.max(0, end - plan.work.end)) / 60_000);
}

/** How `availability` fits `[start, end)`, or null when a hard rule is broken. */
export function fitPerson(availability: Availability, start: number, end: number): PersonFit | null {
  const reach = reachOf(availability, start, end);
  if (reach === null) return null;
  return {
    name: availability.name,
    zone: availability.zone,
    local: availability.localIso(start),
    localEnd: availability.localIso(end),
    inHours: reach === 0,
    reach,
  };
}

/** The cost of a set of reaches: the sum of each one squared (0 when everyone is in hours). */
export function slotCost(reaches: readonly number[]): number {
  let cost = 0;
  for (const reach of reaches) cost += reach * reach;
  return cost;
}
