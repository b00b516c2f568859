import { IANAZone } from "luxon";
import { zoneAbbreviation } from "./display";
import { localDateTime, utcOffset } from "./ics-text";
import { daysInMonth } from "./wall-clock";

/**
 * VTIMEZONE components for the zones a calendar names with `TZID` (RFC 5545 3.6.5), built from
 * the runtime's IANA data through luxon: a calendar client then places a 10:00 ritual at 10:00
 * local before and after a DST change. Transitions are found for the years the calendar covers;
 * when a zone changes on the same rule every year (last Sunday of March, second Sunday of
 * March …) each observance carries a yearly RRULE, so clients extrapolate correctly; otherwise
 * every transition is listed. A zone without DST gets one STANDARD observance.
 */

/** One change of a zone's offset. */
export interface Transition {
  /** The instant, epoch ms. */
  readonly at: number;
  /** Offsets in minutes before and after. */
  readonly from: number;
  readonly to: number;
}

const DAY = 86_400_000;
const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** Every transition of `zone` from the start of `firstYear` to the end of `lastYear`, in order. */
export function transitions(zone: string, firstYear: number, lastYear: number): Transition[] {
  const tz = IANAZone.create(zone);
  const out: Transition[] = [];
  const end = Date.UTC(lastYear + 1, 0, 1);
  let at = Date.UTC(firstYear, 0, 1);
  let offset = tz.offset(at);
  for (let next = at + DAY; at < end; at = next, next += DAY) {
    const nextOffset = tz.offset(next);
    if (nextOffset === offset) continue;
    // The change is in (at, next]: narrow it to the minute.
    let lo = at;
    let hi = next;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (tz.offset(mid) === offset) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: offset, to: nextOffset });
    offset = nextOffset;
  }
  return out;
}

/** The local wall clock (in the offset before the change) of a transition: date and minutes. */
function localStart(t: Transition): { date: string; minutes: number; month: number; day: number; weekday: number; year: number } {
  const d = new Date(t.at + t.from * 60_000);
  const date = d.toISOString().slice(0, 10);
  return { date, minutes: d.getUTCHours() * 60 + d.getUTCMinutes(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: (d.getUTCDay() + 6) % 7, year: d.getUTCFullYear() };
}

/** The yearly BYDAY rule a transition follows: `-1SU` for the last Sunday, `2SU` for the second. */
function ruleOf(t: Transition): string {
  const s = localStart(t);
  const last = s.day + 7 > daysInMonth(s.year, s.month);
  return `FREQ=YEARLY;BYMONTH=${s.month};BYDAY=${last ? "-1" : String(Math.ceil(s.day / 7))}${WEEKDAY_CODES[s.weekday]}`;
}

/** One observance's lines. */
function observance(kind: "STANDARD" | "DAYLIGHT", zone: string, t: Transition, rrule: string | null, nameAt = t.at): string[] {
  const s = localStart(t);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localDateTime(s.date, s.minutes)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${utcOffset(t.from)}`,
    `TZOFFSETTO:${utcOffset(t.to)}`,
    `TZNAME:${zoneAbbreviation(zone, nameAt)}`,
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE lines for `zone` covering `firstYear` to `lastYear` (at least two years are
 * examined, so a yearly rule can be recognised). Deterministic: depends only on the zone data.
 */
export function vtimezone(zone: string, firstYear: number, lastYear: number): string[] {
  const last = Math.max(lastYear, firstYear + 1);
  const changes = transitions(zone, firstYear, last);
  const head = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  if (changes.length === 0) {
    const at = Date.UTC(firstYear, 0, 1);
    const offset = IANAZone.create(zone).offset(at);
    return [...head, ...observance("STANDARD", zone, { at: Date.UTC(1970, 0, 1) - offset * 60_000, from: offset, to: offset }, null, at), "END:VTIMEZONE"];
  }
  const standardOffset = Math.min(...changes.map((c) => Math.min(c.from, c.to)));
  const kindOf = (t: Transition): "STANDARD" | "DAYLIGHT" => (t.to > standardOffset ? "DAYLIGHT" : "STANDARD");
  const body: string[] = [];
  for (const kind of ["DAYLIGHT", "STANDARD"] as const) {
    const own = changes.filter((c) => kindOf(c) === kind);
    if (own.length === 0) continue;
    const first = own[0];
    const rule = ruleOf(first);
    const regular = own.length >= 2 && own.every((c) => ruleOf(c) === rule && localStart(c).minutes === localStart(first).minutes && c.from === first.from && c.to === first.to);
    if (regular) body.push(...observance(kind, zone, first, rule));
    else for (const c of own) body.push(...observance(kind, zone, c, null));
  }
  return [...head, ...body, "END:VTIMEZONE"];
}
