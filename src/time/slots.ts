import type { Availability, DayPlan } from "./availability";
import { fitPerson, reachIn, slotCost, type PersonFit } from "./slot-fit";

/**
 * The slot finder: for some people and a duration, meeting times inside everyone's working
 * hours, workdays and outside deep work and out-of-office days; where no common window exists
 * (London + Singapore + Toronto has none), the least-bad times, never before 07:00 or after
 * 22:00 local for anyone, each listing who is outside their hours (rules in `slot-fit.ts`).
 *
 * Candidates start on a grid of `stepMinutes` (15 by default, aligned to the hour in every zone
 * whose offset is a whole quarter hour, which is all of them today) from `from` for `days` days.
 * Order, best first: lowest cost (everyone in hours is cost 0), then fewer people outside their
 * hours, then earlier. The list holds no two overlapping slots: a slot is kept only when it does
 * not overlap a better one already kept, so the answer offers real alternatives. Deterministic:
 * the same people, duration and `from` give the same list on every machine.
 */

/** What to search. */
export interface SlotRequest {
  readonly people: readonly Availability[];
  readonly durationMinutes: number;
  /** Earliest start, epoch ms ("now"). */
  readonly from: number;
  /** How many days ahead to look; default 7. */
  readonly days?: number;
  /** Grid of candidate starts in minutes; default 15. */
  readonly stepMinutes?: number;
  /** Most slots returned; default 10. */
  readonly limit?: number;
}

/** A proposed meeting time. */
export interface Slot {
  /** Epoch ms, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Each person in the order asked: their local times and whether they are in hours. */
  readonly people: readonly PersonFit[];
  /** Sum of each person's reach outside their hours, squared (0: everyone in hours). */
  readonly cost: number;
  /** How many people are outside their hours. */
  readonly outside: number;
}

/** A candidate before formatting: its start and each person's reach. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly reaches: readonly number[];
  readonly cost: number;
  readonly outside: number;
}

export const DEFAULT_DAYS = 7;
export const DEFAULT_STEP_MINUTES = 15;
export const DEFAULT_LIMIT = 10;
const MINUTE = 60_000;

function check(request: SlotRequest): { days: number; step: number; limit: number } {
  const days = request.days ?? DEFAULT_DAYS;
  const step = request.stepMinutes ?? DEFAULT_STEP_MINUTES;
  const limit = request.limit ?? DEFAULT_LIMIT;
  if (request.people.length === 0) throw new RangeError("findSlots: give at least one person");
  if (!Number.isInteger(request.durationMinutes) || request.durationMinutes <= 0 || request.durationMinutes > 15 * 60) {
    throw new RangeError(`findSlots: durationMinutes must be an integer from 1 to 900, got ${request.durationMinutes}`);
  }
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new RangeError(`findSlots: days must be an integer from 1 to 60, got ${days}`);
  if (!Number.isInteger(step) || step < 5 || 60 % step !== 0) throw new RangeError(`findSlots: stepMinutes must divide 60 and be at least 5, got ${step}`);
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`findSlots: limit must be a positive integer, got ${limit}`);
  if (!Number.isFinite(request.from)) throw new RangeError("findSlots: from must be an epoch millisecond instant");
  return { days, step, limit };
}

/** Best first: cost, then people outside their hours, then start. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return a.cost - b.cost || a.outside - b.outside || a.start - b.start;
}

/**
 * Every candidate on the grid in `[from, from + days)` that breaks no hard rule for anyone,
 * in start order. Exported for the recurring rotation and for tests.
 */
export function candidates(request: SlotRequest): Candidate[] {
  const { days, step } = check(request);
  const stepMs = step * MINUTE;
  const duration = request.durationMinutes * MINUTE;
  const until = request.from + days * 24 * 60 * MINUTE;
  const out: Candidate[] = [];
  // Each person's day plan holding the current start: looked up again only when a start leaves it.
  const plans: (DayPlan | null)[] = request.people.map(() => null);
  for (let start = Math.ceil(request.from / stepMs) * stepMs; start + duration <= until; start += stepMs) {
    const end = start + duration;
    const reaches: number[] = [];
    for (let i = 0; i < request.people.length; i++) {
      let plan = plans[i] ?? null;
      if (plan === null || start < plan.span.start || start >= plan.span.end) {
        plan = (request.people[i]).dayAt(start);
        plans[i] = plan;
      }
      const reach = reachIn(plan, start, end);
      if (reach === null) break;
      reaches.push(reach);
    }
    if (reaches.length !== request.people.length) continue;
    let outside = 0;
    for (const r of reaches) if (r > 0) outside++;
    out.push({ start, end, reaches, cost: slotCost(reaches), outside });
  }
  return out;
}

/** The candidate as a slot with each person's local times. */
export function toSlot(candidate: Candidate, people: readonly Availability[]): Slot {
  const fits = people.map((p) => fitPerson(p, candidate.start, candidate.end));
  if (fits.some((f) => f === null)) throw new Error("toSlot: the candidate breaks a hard rule (programmer error)");
  return { start: candidate.start, end: candidate.end, people: fits as PersonFit[], cost: candidate.cost, outside: candidate.outside };
}

/** Keeps the best candidates that overlap no better kept one, up to `limit`. */
export function pickDistinct(all: readonly Candidate[], limit: number): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of [...all].sort(compareCandidates)) {
    if (kept.length >= limit) break;
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept;
}

/** The best slots for `request`, best first (see the module comment). Empty when no time breaks no hard rule. */
export function findSlots(request: SlotRequest): Slot[] {
  const { limit } = check(request);
  return pickDistinct(candidates(request), limit).map((c) => toSlot(c, request.people));
}
