import type { ItemKind } from "../model/kind";
import type { Directory, Person } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import type { WriterClock } from "../time/deadline";
import { writerClockFor } from "../time/writer-clock";
import { displayName } from "./name-key";
import { isRealDate, noteDate } from "./note-date";
import { readNoteHeader } from "./note-header";
import { scalarText } from "./person-fields";
import { sharedClock } from "./shared-clocks";

/** What extraction is told about a note besides its text (docs/ARCHITECTURE.md "Extraction"). */
export interface ExtractContext {
  /** Vault-relative path of the note. */
  readonly path: string;
  readonly directory: Directory;
  readonly settings: TeamSettings;
  /** ISO instant: the reference only when the note has no date of its own. */
  readonly now?: string;
  /** IANA zone overriding the writer's zone (CLI `--tz`). */
  readonly zone?: string;
  /** Overrides the note's author (CLI `--author`); resolved through the directory. */
  readonly author?: string;
}

/**
 * Everything about a note that does not change while its body is edited, computed once:
 * author, date, the writer's clock, where the body starts. The editor keeps one per open note
 * and calls `extractRange` per visible range; prepare again when the frontmatter changes.
 */
export interface NotePreamble {
  readonly path: string;
  /** The author as resolved: a People note's name, or the name as written; null when unknown. */
  readonly author: string | null;
  /** The author's People note, when the directory knows them. */
  readonly authorPerson: Person | null;
  /** The note's own date `YYYY-MM-DD`, or null. */
  readonly date: string | null;
  /** The writer's clock (reference = note date, else `now`); null when neither is known (deadlines keep their text, due is null). */
  readonly clock: WriterClock | null;
  /** The clock used to find phrases when `clock` is null (due values from it are dropped). */
  readonly phraseClock: WriterClock;
  readonly directory: Directory;
  readonly settings: TeamSettings;
  /** Kinds the team extracts (`settings.kinds`). */
  readonly kinds: ReadonlySet<ItemKind>;
  /** Hours a decision window stays open when the sentence names no time (the author's team's override, else settings). */
  readonly windowHours: number;
  /** Offset and 1-based line where the body starts. */
  readonly bodyOffset: number;
  readonly bodyLine: number;
  /** User-facing messages naming the file. */
  readonly problems: readonly string[];
}

/**
 * Writer clocks per team settings object: the base clock of a writer (keyed by their clock
 * fields and the zone override: `writerClockFor` validates every field, tens of microseconds),
 * and the clock of each (writer, reference) pair, so every note of one writer on one day shares
 * one clock object, and writers with the same clock values share it too (see ./shared-clocks.ts:
 * src/time caches its reading per clock object, and the deadline memo is keyed by it). Bounded;
 * clocks are immutable, so sharing one changes nothing.
 */
interface BaseClock {
  readonly clock: WriterClock;
  readonly problems: readonly string[];
  /** This writer's clock per reference, so notes of one writer on one day share one clock object. */
  readonly byReference: Map<string, WriterClock>;
}
/**
 * Per settings object: per writer (their clock fields, so a rebuilt directory with the same
 * People notes finds the same clocks) and zone override, the writer's base clock.
 */
const clockCaches = new WeakMap<TeamSettings, Map<string, BaseClock>>();
/** A person's clock fields as a key, computed once per person object. */
const personKeys = new WeakMap<Person, string>();
const CLOCK_CACHE_LIMIT = 50_000;

function clockFor(person: Person | null, settings: TeamSettings, reference: string, zone: string | null): { clock: WriterClock; problems: readonly string[] } {
  let bases = clockCaches.get(settings);
  if (bases === undefined) {
    bases = new Map();
    clockCaches.set(settings, bases);
  }
  const key = zone === null ? personKey(person) : `${personKey(person)}\u0001${zone}`;
  let base = bases.get(key);
  if (base === undefined) {
    const built = writerClockFor(person, settings, PHRASE_ONLY_REFERENCE, zone);
    base = { clock: sharedClock(built.clock), problems: built.problems, byReference: new Map() };
    if (bases.size >= CLOCK_CACHE_LIMIT) bases.clear();
    bases.set(key, base);
  }
  if (reference === base.clock.reference) return base;
  let clock = base.byReference.get(reference);
  if (clock === undefined) {
    if (!isReference(reference)) throw new RangeError(`not an ISO reference: ${reference}`);
    clock = sharedClock({ ...base.clock, reference });
    if (base.byReference.size >= CLOCK_CACHE_LIMIT) base.byReference.clear();
    base.byReference.set(reference, clock);
  }
  return { clock, problems: base.problems };
}

/** The fields of a person that shape their clock (and name the file in its problems), as a key. */
function personKey(person: Person | null): string {
  if (person === null) return "";
  let key = personKeys.get(person);
  if (key === undefined) {
    key = `${person.path}|${person.timezone ?? ""}|${person.hours ? `${person.hours.start}-${person.hours.end}` : ""}|${person.workdays?.join(",") ?? ""}`;
    personKeys.set(person, key);
  }
  return key;
}

/** The kinds set per settings object. */
const kindSets = new WeakMap<TeamSettings, ReadonlySet<ItemKind>>();

function kindsOf(settings: TeamSettings): ReadonlySet<ItemKind> {
  let kinds = kindSets.get(settings);
  if (kinds === undefined) {
    kinds = new Set(settings.kinds);
    kindSets.set(settings, kinds);
  }
  return kinds;
}

/** An ISO date, or date and time with optional seconds, fraction and offset (the form WriterClock accepts). */
export const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** True when `text` is a real ISO date or instant (no 31 February, no 25:00). */
function isReference(text: string): boolean {
  const m = REFERENCE.exec(text);
  if (!m) return false;
  if (!isRealDate(text.slice(0, 10))) return false;
  return Number(m[4] ?? 0) <= 23 && Number(m[5] ?? 0) <= 59 && Number(m[6] ?? 0) <= 59 && Number(m[7] ?? 0) <= 23 && Number(m[8] ?? 0) <= 59;
}

/** Reference for finding phrases in a note with no date and no `now`: any fixed date works, dues are dropped. */
const PHRASE_ONLY_REFERENCE = "2000-01-03";

/** Computes a note's preamble. Never throws on bad note content; problems name the file. */
export function prepareNote(text: string, ctx: ExtractContext): NotePreamble {
  const problems: string[] = [];
  const header = readNoteHeader(text);
  if (header.error) problems.push(`${ctx.path}: ${header.error}; the note was read without its frontmatter. Fix the YAML between the --- lines.`);
  const rawAuthor = ctx.author ?? firstText(header.data.author);
  const resolved = rawAuthor ? ctx.directory.resolve(rawAuthor) : null;
  const authorPerson = resolved && isPerson(resolved) ? resolved : null;
  const author = resolved ? resolved.name : rawAuthor ? displayName(rawAuthor) || null : null;

  const when = noteDate(header.data, ctx.path);
  if (when.problem) problems.push(when.problem);
  const reference = when.reference ?? ctx.now ?? null;
  let clock: WriterClock | null = null;
  let phraseClock: WriterClock;
  try {
    const built = clockFor(authorPerson, ctx.settings, reference ?? PHRASE_ONLY_REFERENCE, ctx.zone ?? null);
    problems.push(...built.problems);
    phraseClock = built.clock;
    clock = reference === null ? null : built.clock;
  } catch {
    problems.push(`${ctx.path}: the reference "${reference ?? ""}" is not an ISO date; deadlines keep their text without a due instant.`);
    phraseClock = clockFor(authorPerson, ctx.settings, PHRASE_ONLY_REFERENCE, ctx.zone ?? null).clock;
  }
  return Object.freeze({
    path: ctx.path,
    author,
    authorPerson,
    date: when.date,
    clock,
    phraseClock,
    directory: ctx.directory,
    settings: ctx.settings,
    kinds: kindsOf(ctx.settings),
    windowHours: teamWindow(authorPerson, ctx.directory) ?? ctx.settings.decisionWindowHours,
    bodyOffset: header.bodyOffset,
    bodyLine: header.bodyLine,
    problems: Object.freeze(problems),
  });
}

function isPerson(value: { path: string }): value is Person {
  return "aliases" in value && "timezone" in value;
}

function firstText(value: unknown): string | null {
  const item = Array.isArray(value) && !(value.length === 1 && Array.isArray(value[0])) ? (value as unknown[])[0] : value;
  const text = scalarText(item);
  return text === null || text.trim() === "" ? null : text.trim();
}

/** The first decision window override among the author's teams, in the order the person lists them. */
function teamWindow(person: Person | null, directory: Directory): number | null {
  if (!person) return null;
  for (const name of person.teams) {
    const team = directory.resolve(name);
    if (team && "decisionWindowHours" in team && team.decisionWindowHours !== null) return team.decisionWindowHours;
  }
  return null;
}
