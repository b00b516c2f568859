// Slot finder properties (fast-check): for random people in random zones around DST changes,
// every returned slot satisfies its constraints, and no better slot is missed — checked against
// a brute force over every quarter hour of the range that computes each person's day directly
// with luxon (not through Availability), so a bug in the finder's day plans is caught.
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { findSlots, type Slot } from "../../src/time/slots";
import { personOf } from "./team-fixtures";

const ZONES = ["Europe/London", "America/Toronto", "Asia/Singapore", "Pacific/Auckland", "Asia/Kolkata", "America/Los_Angeles", "UTC"] as const;
/** Mondays just before a DST change somewhere (US 8 Mar, EU 29 Mar, NZ 5 Apr and 27 Sep, EU 25 Oct, US 1 Nov) and a plain week. */
const WEEKS = ["2026-03-02", "2026-03-23", "2026-03-30", "2026-09-21", "2026-10-19", "2026-10-26", "2026-11-23"] as const;
const DAY_NAMES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const QUARTER = 15 * 60_000;

interface Spec {
  readonly zone: string;
  readonly start: number; // minutes
  readonly end: number;
  readonly workdays: readonly number[];
  readonly deep: { readonly days: readonly number[]; readonly at: number; readonly minutes: number } | null;
  readonly away: number | null; // day offset from the week's Monday, one day out of office
}

const spec: fc.Arbitrary<Spec> = fc.record({
  zone: fc.constantFrom(...ZONES),
  start: fc.integer({ min: 12, max: 22 }).map((h) => h * 30),
  length: fc.integer({ min: 12, max: 20 }).map((h) => h * 30),
  workdays: fc.oneof(fc.constant([1, 2, 3, 4, 5]), fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((d) => [...d].sort())),
  deep: fc.option(fc.record({ days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }).map((d) => [...d].sort()), at: fc.integer({ min: 16, max: 28 }).map((h) => h * 30), minutes: fc.constantFrom(30, 60, 120, 180) }), { nil: null }),
  away: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
}).map(({ zone, start, length, workdays, deep, away }) => ({ zone, start, end: Math.min(start + length, 23 * 60), workdays, deep, away }));

const hm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, "0")}${String(minutes % 60).padStart(2, "0")}`;
const clock = (minutes: number): string => `${hm(minutes).slice(0, 2)}:${hm(minutes).slice(2)}`;

/** The person as a People note would write them. */
function personFrom(s: Spec, i: number, monday: string) {
  const awayDate = s.away === null ? null : DateTime.fromISO(monday, { zone: "UTC" }).plus({ days: s.away }).toISODate();
  return personOf({
    name: `P${i}`,
    zone: s.zone,
    dayStart: clock(s.start),
    dayEnd: clock(s.end),
    workdays: s.workdays,
    deepWork: s.deep ? [`DTSTART:${monday.replace(/-/g, "")}T${hm(s.deep.at)}00\nRRULE:FREQ=WEEKLY;BYDAY=${s.deep.days.map((d) => DAY_NAMES[d - 1]).join(",")}\nDURATION:PT${s.deep.minutes}M`] : [],
    outOfOffice: awayDate ? [awayDate] : [],
  });
}

/** The oracle: each person's reach at [start, end), or null when a hard rule is broken, from luxon alone. */
function oracleReach(s: Spec, monday: string, start: number, end: number): number | null {
  const local = DateTime.fromMillis(start, { zone: s.zone });
  const date = local.toISODate() as string;
  const at = (minutes: number): number => DateTime.fromObject({ year: local.year, month: local.month, day: local.day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone: s.zone }).toMillis();
  if (!s.workdays.includes(local.weekday)) return null;
  if (s.away !== null && date === DateTime.fromISO(monday, { zone: "UTC" }).plus({ days: s.away }).toISODate()) return null;
  if (start < at(7 * 60) || end > at(22 * 60)) return null;
  if (s.deep && s.deep.days.includes(local.weekday) && date >= monday) {
    const blockStart = at(s.deep.at);
    if (start < blockStart + s.deep.minutes * 60_000 && blockStart < end) return null;
  }
  return Math.round((Math.max(0, at(s.start) - start) + Math.max(0, end - at(s.end))) / 60_000);
}

interface Oracle {
  readonly start: number;
  readonly end: number;
  readonly reaches: readonly number[];
  readonly cost: number;
  readonly outside: number;
}
const better = (a: Oracle | Slot, b: Oracle | Slot): number => a.cost - b.cost || a.outside - b.outside || a.start - b.start;
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

describe("findSlots properties", () => {
  it("returns only valid slots, best first, distinct, and misses none better (brute force over the range)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(spec, { minLength: 1, maxLength: 3, selector: (s) => `${s.zone}${s.start}` }),
        fc.constantFrom(...WEEKS),
        fc.integer({ min: 0, max: 4 * 24 * 4 - 1 }),
        fc.constantFrom(15, 30, 45, 60, 90),
        fc.integer({ min: 1, max: 8 }),
        (specs, monday, quarters, duration, limit) => {
          const from = Date.parse(`${monday}T00:00:00Z`) + quarters * QUARTER + 7 * 60_000;
          const days = 3;
          const people = specs.map((s, i) => personFrom(s, i, monday));
          const slots = findSlots({ people, durationMinutes: duration, from, days, limit });

          const all: Oracle[] = [];
          for (let start = Math.ceil(from / QUARTER) * QUARTER; start + duration * 60_000 <= from + days * 86_400_000; start += QUARTER) {
            const end = start + duration * 60_000;
            const reaches = specs.map((s) => oracleReach(s, monday, start, end));
            if (reaches.some((r) => r === null)) continue;
            const r = reaches as number[];
            all.push({ start, end, reaches: r, cost: r.reduce((n, x) => n + x * x, 0), outside: r.filter((x) => x > 0).length });
          }
          const byStart = new Map(all.map((c) => [c.start, c]));

          // Every slot satisfies its constraints, with the oracle's reaches and each person's local times.
          for (const slot of slots) {
            const truth = byStart.get(slot.start);
            expect(truth, `slot at ${new Date(slot.start).toISOString()} breaks a hard rule`).toBeDefined();
            expect(slot.people.map((p) => p.reach)).toEqual(truth?.reaches);
            expect([slot.cost, slot.outside, slot.end]).toEqual([truth?.cost, truth?.outside, truth?.end]);
            slot.people.forEach((p, i) => {
              const local = DateTime.fromMillis(slot.start, { zone: specs[i]?.zone });
              expect(p.local).toBe(local.toISO({ suppressMilliseconds: true, includeOffset: true })?.replace("Z", "+00:00"));
              expect(p.inHours).toBe(p.reach === 0);
            });
          }
          // Best first and pairwise distinct.
          for (let i = 1; i < slots.length; i++) expect(better(slots[i - 1], slots[i])).toBeLessThan(0);
          for (const a of slots) for (const b of slots) if (a !== b) expect(overlap(a, b)).toBe(false);
          // Nothing better missed: a valid time not returned is worse than the last kept one (when
          // the list is full) or overlaps a kept one that is at least as good.
          const kept = new Set(slots.map((s) => s.start));
          const last = slots[slots.length - 1];
          for (const c of all) {
            if (kept.has(c.start)) continue;
            const shadowed = slots.some((s) => overlap(s, c) && better(s, c) <= 0);
            const tooFar = slots.length === limit && last !== undefined && better(c, last) > 0;
            expect(shadowed || tooFar, `missed ${new Date(c.start).toISOString()} cost ${c.cost}`).toBe(true);
          }
          expect(slots.length > 0).toBe(all.length > 0);
        },
      ),
      { numRuns: 60, seed: 20261124 },
    );
  });
});
