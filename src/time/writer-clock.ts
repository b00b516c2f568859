import { DateTime } from "luxon";
import type { Person } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { clockMinutes } from "./clock-time";
import { isValidZone } from "./zone-names";

/**
 * Everything a deadline phrase needs to become an instant: when the note was written and the
 * writer's zone and working day (DESIGN "Time conventions"). Never the machine's clock or zone.
 */
export interface WriterClock {
  /** ISO date `2026-11-23` or instant `2026-11-23T10:00:00Z`: the note's own date, never "now". */
  readonly reference: string;
  /** The writer's IANA zone (their People note, else the team default, else `UTC`). */
  readonly zone: string;
  /** `HH:MM`: start of the writer's working day ("first thing", "start of day"). */
  readonly dayStart: string;
  /** `HH:MM`: end of the writer's working day ("EOD", "COB", and every deadline that names only a day). */
  readonly dayEnd: string;
  /** ISO weekdays worked, 1 = Monday … 7 = Sunday. */
  readonly workdays: readonly number[];
}

/** Fields for {@link makeWriterClock}; every one but `reference` has the team default. */
export interface WriterClockFields {
  readonly reference: string;
  /** Default `UTC`: never the machine's zone. */
  readonly zone?: string;
  /** Default `09:00`. */
  readonly dayStart?: string;
  /** Default `17:00` (DESIGN: "EOD" is 17:00 unless the person's hours say otherwise). */
  readonly dayEnd?: string;
  /** Default Monday to Friday. */
  readonly workdays?: readonly number[];
}

/** A clock, or a message naming the file and what to fix. */
export type ClockResult = { readonly ok: true; readonly clock: WriterClock } | { readonly ok: false; readonly error: string };

/** An ISO date `YYYY-MM-DD`, or a date and time with optional seconds, fraction and offset. */
const REFERENCE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const DEFAULT_WORKDAYS: readonly number[] = Object.freeze([1, 2, 3, 4, 5]);

/**
 * Whether a reference is an ISO date or instant that exists, remembered per string: a scan
 * builds a clock per writer and note date, and luxon's ISO parse costs ~15 µs where a vault has a
 * few hundred distinct dates. Bounded: starts over when full.
 */
const referenceValidity = new Map<string, boolean>();
const REFERENCE_MEMO_LIMIT = 4096;

function validReference(reference: string): boolean {
  const known = referenceValidity.get(reference);
  if (known !== undefined) return known;
  const valid = REFERENCE.test(reference) && DateTime.fromISO(reference.replace(" ", "T"), { zone: "UTC" }).isValid;
  if (referenceValidity.size >= REFERENCE_MEMO_LIMIT) referenceValidity.clear();
  referenceValidity.set(reference, valid);
  return valid;
}

function problemWith(fields: WriterClockFields): string | null {
  if (!validReference(fields.reference)) {
    return `reference "${fields.reference}" is not an ISO date like 2026-11-23`;
  }
  if (fields.zone !== undefined && !isValidZone(fields.zone)) {
    return `time zone "${fields.zone}" is not an IANA zone name like "Europe/London"`;
  }
  const start = clockMinutes(fields.dayStart ?? "09:00");
  const end = clockMinutes(fields.dayEnd ?? "17:00");
  if (start === null) return `day start "${fields.dayStart}" is not a time like 09:00`;
  if (end === null) return `day end "${fields.dayEnd}" is not a time like 17:00`;
  if (end <= start) return `day end ${fields.dayEnd ?? "17:00"} is not after day start ${fields.dayStart ?? "09:00"}`;
  const days = fields.workdays ?? DEFAULT_WORKDAYS;
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7) || new Set(days).size !== days.length) {
    return `workdays [${days.join(", ")}] must be distinct ISO weekdays 1 (Monday) to 7 (Sunday)`;
  }
  return null;
}

/**
 * Builds a validated, frozen clock. Bad data (an unknown zone, `25:00`, empty workdays) comes
 * back as an error message prefixed with `source` (the file it came from), never a throw.
 */
export function makeWriterClock(fields: WriterClockFields, source = "clock"): ClockResult {
  const problem = problemWith(fields);
  if (problem !== null) return { ok: false, error: `${source}: ${problem}` };
  return {
    ok: true,
    clock: Object.freeze({
      reference: fields.reference,
      zone: fields.zone ?? "UTC",
      dayStart: fields.dayStart ?? "09:00",
      dayEnd: fields.dayEnd ?? "17:00",
      workdays: Object.freeze([...(fields.workdays ?? DEFAULT_WORKDAYS)].sort((a, b) => a - b)),
    }),
  };
}

/** A clock that always exists, with the problems met while building it (each names its file). */
export interface WriterClockWithProblems {
  readonly clock: WriterClock;
  readonly problems: readonly string[];
}

/**
 * The clock of a note's writer: their People note's zone, hours and workdays where valid, else
 * the team settings, else UTC 09:00-17:00 Monday-Friday. `zoneOverride` (CLI `--tz`) wins over
 * both. Invalid People data is reported (naming the People note) and replaced by the team
 * default, so one bad note never stops extraction. Throws only when `reference` is not an ISO
 * date (a programmer error: the caller decides the note's date).
 */
export function writerClockFor(person: Person | null, settings: TeamSettings, reference: string, zoneOverride?: string | null): WriterClockWithProblems {
  const problems: string[] = [];
  const team = makeWriterClock({ reference, zone: settings.timezone, dayStart: settings.workdayStart, dayEnd: settings.workdayEnd, workdays: settings.workdays }, "team settings");
  let base: WriterClock;
  if (team.ok) {
    base = team.clock;
  } else {
    problems.push(team.error);
    const fallback = makeWriterClock({ reference });
    if (!fallback.ok) throw new RangeError(`writerClockFor: ${fallback.error}`);
    base = fallback.clock;
  }
  let fields: WriterClockFields = base;
  if (person !== null) {
    const updates: Partial<WriterClockFields>[] = [
      person.timezone === null ? {} : { zone: person.timezone },
      person.hours === null ? {} : { dayStart: person.hours.start, dayEnd: person.hours.end },
      person.workdays === null ? {} : { workdays: person.workdays },
    ];
    for (const update of updates) {
      const checked = makeWriterClock({ ...fields, ...update }, person.path);
      if (checked.ok) fields = checked.clock;
      else problems.push(checked.error);
    }
  }
  if (zoneOverride !== undefined && zoneOverride !== null) {
    const checked = makeWriterClock({ ...fields, zone: zoneOverride }, "--tz");
    if (checked.ok) fields = checked.clock;
    else problems.push(checked.error);
  }
  const result = makeWriterClock(fields);
  if (!result.ok) throw new RangeError(`writerClockFor: ${result.error}`);
  return { clock: result.clock, problems };
}
