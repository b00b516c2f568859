import { candidates, toSlot, type Candidate, type Slot, type SlotRequest } from "./slots";

/**
 * A recurring meeting across zones with no common hours: rotate who takes the inconvenient
 * hour. Each occurrence is chosen in its own period (a week by default) from the times the
 * slot finder allows; the person who has carried the most so far should not carry the next one.
 *
 * Each person's **burden** is the sum of their reach (minutes outside their hours) over the
 * occurrences chosen so far. An occurrence is chosen by, in order: the smallest resulting
 * largest burden (min-max), then the slot's own cost, then the earliest start. So with Toronto
 * and Singapore, one week is early for Toronto and the next late for Singapore, instead of the
 * same person at 07:00 every week. Deterministic.
 */

/** What to plan: the slot request (its `days` is ignored) and the occurrences. */
export interface RotationRequest extends SlotRequest {
  /** How many occurrences to plan. */
  readonly occurrences: number;
  /** Days between the starts of consecutive periods; default 7 (weekly). */
  readonly everyDays?: number;
}

/** One planned occurrence and everyone's burden after it. */
export interface PlannedOccurrence {
  readonly slot: Slot;
  /** Burden per person name, in minutes, after this occurrence. */
  readonly burden: Readonly<Record<string, number>>;
}

/** Plans `occurrences` meetings, one per period; a period with no allowed time is skipped (its entry is null). */
export function rotateSlots(request: RotationRequest): (PlannedOccurrence | null)[] {
  const every = request.everyDays ?? 7;
  if (!Number.isInteger(request.occurrences) || request.occurrences < 1 || request.occurrences > 104) {
    throw new RangeError(`rotateSlots: occurrences must be an integer from 1 to 104, got ${request.occurrences}`);
  }
  if (!Number.isInteger(every) || every < 1 || every > 60) throw new RangeError(`rotateSlots: everyDays must be an integer from 1 to 60, got ${every}`);
  const burden = request.people.map(() => 0);
  const plan: (PlannedOccurrence | null)[] = [];
  for (let k = 0; k < request.occurrences; k++) {
    const period = candidates({ ...request, from: request.from + k * every * 86_400_000, days: every });
    const best = chooseFair(period, burden);
    if (best === null) {
      plan.push(null);
      continue;
    }
    best.reaches.forEach((reach, i) => (burden[i] += reach));
    plan.push({ slot: toSlot(best, request.people), burden: Object.fromEntries(request.people.map((p, i) => [p.name, burden[i]])) });
  }
  return plan;
}

/** The candidate minimising the largest burden after it, then its cost, then its start. */
function chooseFair(period: readonly Candidate[], burden: readonly number[]): Candidate | null {
  let best: { candidate: Candidate; worst: number } | null = null;
  for (const candidate of period) {
    let worst = 0;
    candidate.reaches.forEach((reach, i) => (worst = Math.max(worst, burden[i] + reach)));
    const better = best === null || worst < best.worst || (worst === best.worst && (candidate.cost < best.candidate.cost || (candidate.cost === best.candidate.cost && candidate.start < best.candidate.start)));
    if (better) best = { candidate, worst };
  }
  return best?.candidate ?? null;
}
