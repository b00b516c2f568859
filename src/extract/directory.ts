import type { Directory, Person, Team } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { BoundedMemo } from "./bounded-memo";
import { displayName, nameKey } from "./name-key";
import { isValidZone } from "../time/zone-names";
import { readDeepWork } from "../time/deep-work";
import { readOutOfOffice } from "../time/out-of-office";
import { readTeamRituals } from "../time/team-rituals";
import { parseDecisionWindow, parseWorkdays, readHours, stringList } from "./person-fields";

/** A note as the directory needs it: its vault path and parsed frontmatter. */
export interface DirectoryNote {
  readonly path: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Everyone the vault knows, with `resolve` backed by one `Map` from lookup key to person or
 * team (built once; a lookup never scans the lists).
 */
class MapDirectory implements Directory {
  /** Answers by name as written, so a name repeated across notes is normalised once (bounded). */
  private readonly answers = new BoundedMemo<string, Person | Team | null>(10_000);

  constructor(
    readonly people: readonly Person[],
    readonly teams: readonly Team[],
    private readonly byKey: ReadonlyMap<string, Person | Team>,
  ) {}

  resolve(name: string): Person | Team | null {
    return this.answers.get(name, (raw) => {
      const key = nameKey(raw);
      return key === "" ? null : (this.byKey.get(key) ?? null);
    });
  }
}

/** An empty directory: nobody is known, every name is kept as written. */
export const EMPTY_DIRECTORY: Directory = new MapDirectory([], [], new Map());

/**
 * Builds the directory from People notes (under `settings.peopleFolder`) and Team notes (under
 * `settings.teamsFolder`); other notes are ignored. A person's name is the note's basename.
 *
 * Lookup keys, case-insensitive: full name, `aliases` (names, `@handles`, emails), team names and
 * team aliases; then, where unambiguous, first names and other leading parts of a full name
 * ("Wei Ling" for "Wei Ling Tan"). When two notes claim the same explicit key, the first path in
 * sorted order keeps it and a problem names both files. Invalid fields (unknown zone, malformed
 * hours or workdays) are reported naming the file and fall back to the team default.
 */
export function buildDirectory(notes: ReadonlyArray<DirectoryNote>, settings: TeamSettings): { directory: Directory; problems: string[] } {
  const problems: string[] = [];
  const peoplePrefix = `${settings.peopleFolder.replace(/\/+$/, "")}/`;
  const teamsPrefix = `${settings.teamsFolder.replace(/\/+$/, "")}/`;
  const sorted = [...notes].filter((n) => n.path.toLowerCase().endsWith(".md")).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const personNotes = sorted.filter((n) => n.path.startsWith(peoplePrefix));
  const teamNotes = sorted.filter((n) => n.path.startsWith(teamsPrefix));

  const personKeys = new Map<string, string>(); // key → person name, for resolving team members
  for (const note of personNotes) {
    const name = basename(note.path);
    personKeys.set(nameKey(name), name);
    for (const alias of stringList(note.data.aliases)) if (!personKeys.has(nameKey(alias))) personKeys.set(nameKey(alias), name);
  }
  const personName = (raw: string): string => personKeys.get(nameKey(raw)) ?? displayName(raw);

  const teams = teamNotes.map((note) => readTeam(note, personName, problems));
  for (const team of teams) problems.push(...readTeamRituals(team.rituals ?? [], team.path, team.name, settings).problems);
  const teamByKey = new Map(teams.map((t) => [nameKey(t.name), t.name] as const));
  const teamsOf = new Map<string, string[]>();
  for (const team of teams) {
    for (const member of team.members) teamsOf.set(member, [...(teamsOf.get(member) ?? []), team.name]);
  }
  const people = personNotes.map((note) => {
    const person = readPerson(note, settings, problems);
    const own = person.teams.map((t) => teamByKey.get(nameKey(t)) ?? displayName(t));
    const all = [...new Set([...own, ...(teamsOf.get(person.name) ?? [])])];
    return Object.freeze({ ...person, teams: Object.freeze(all) });
  });

  const byKey = new Map<string, Person | Team>();
  const owners = new Map<string, string>();
  const claim = (key: string, target: Person | Team): void => {
    if (key === "") return;
    const previous = owners.get(key);
    if (previous === undefined) {
      byKey.set(key, target);
      owners.set(key, target.path);
    } else if (previous !== target.path) {
      problems.push(`${target.path}: the name "${key}" is already used by ${previous}; it keeps resolving to ${previous}. Rename one of the aliases.`);
    }
  };
  for (const person of people) claim(nameKey(person.name), person);
  for (const team of teams) claim(nameKey(team.name), team);
  for (const person of people) for (const alias of person.aliases) claim(nameKey(alias), person);
  teamNotes.forEach((note, i) => {
    const team = teams[i];
    if (team) for (const alias of stringList(note.data.aliases)) claim(nameKey(alias), team);
  });
  addLeadingNameKeys(people, byKey);
  // Messages start with the file they name: report them in path order, whatever order they were found in.
  const fileOf = (message: string): string => message.slice(0, message.indexOf(":"));
  const ordered = problems.map((p, i) => [p, i] as const).sort((a, b) => (fileOf(a[0]) < fileOf(b[0]) ? -1 : fileOf(a[0]) > fileOf(b[0]) ? 1 : a[1] - b[1]));
  return { directory: new MapDirectory(Object.freeze(people), Object.freeze(teams), byKey), problems: ordered.map(([p]) => p) };
}

/** Adds "Wei", "Wei Ling" for "Wei Ling Tan" when no other key or person claims them. */
function addLeadingNameKeys(people: readonly Person[], byKey: Map<string, Person | Team>): void {
  const counts = new Map<string, Person[]>();
  for (const person of people) {
    const words = nameKey(person.name).split(" ");
    for (let n = 1; n < words.length; n++) {
      const key = words.slice(0, n).join(" ");
      counts.set(key, [...(counts.get(key) ?? []), person]);
    }
  }
  for (const [key, claimants] of counts) {
    if (claimants.length === 1 && !byKey.has(key) && claimants[0]) byKey.set(key, claimants[0]);
  }
}

function readPerson(note: DirectoryNote, settings: TeamSettings, problems: string[]): Person {
  const d = note.data;
  let timezone: string | null = null;
  if (typeof d.timezone === "string" && d.timezone.trim() !== "") {
    if (isValidZone(d.timezone.trim())) timezone = d.timezone.trim();
    else problems.push(`${note.path}: timezone "${d.timezone}" is not an IANA zone (e.g. "Europe/London"); using the team default ${settings.timezone}.`);
  } else if (d.timezone !== undefined && d.timezone !== null && typeof d.timezone !== "string") {
    problems.push(`${note.path}: timezone must be text like "Asia/Singapore"; using the team default ${settings.timezone}.`);
  }
  const hours = d.hours === undefined || d.hours === null ? null : readHours(d.hours);
  if (hours === undefined) problems.push(`${note.path}: hours "${String(d.hours)}" is not HH:MM-HH:MM (e.g. "09:00-17:30"); using the team default ${settings.workdayStart}-${settings.workdayEnd}.`);
  const workdays = d.workdays === undefined || d.workdays === null ? null : parseWorkdays(d.workdays);
  if (workdays === undefined) problems.push(`${note.path}: workdays "${String(d.workdays)}" are not weekday names or numbers 1-7 (e.g. [Mon, Tue, Wed, Thu, Fri]); using the team default.`);
  const deepWork = stringList(d.deep_work);
  const outOfOffice = stringList(d.out_of_office);
  // src/time reads these blocks and dates; its messages name the note and what to fix.
  problems.push(...readDeepWork(deepWork, note.path).problems, ...readOutOfOffice(outOfOffice, note.path).problems);
  return Object.freeze({
    name: basename(note.path),
    path: note.path,
    timezone,
    hours: hours ?? null,
    workdays: workdays ? Object.freeze(workdays) : null,
    aliases: Object.freeze(stringList(d.aliases)),
    teams: Object.freeze(stringList(d.teams)),
    deepWork: Object.freeze(deepWork),
    outOfOffice: Object.freeze(outOfOffice),
  });
}

function readTeam(note: DirectoryNote, personName: (raw: string) => string, problems: string[]): Team {
  const d = note.data;
  const window = d.decision_window === undefined || d.decision_window === null ? null : parseDecisionWindow(d.decision_window);
  if (window === undefined) problems.push(`${note.path}: decision_window "${String(d.decision_window)}" is not a number of hours (e.g. 48 or "2d"); using the team settings default.`);
  const signoff = stringList(d.signoff)[0];
  return Object.freeze({
    name: basename(note.path),
    path: note.path,
    members: Object.freeze(stringList(d.members).map(personName)),
    signoff: signoff === undefined ? null : personName(signoff),
    decisionWindowHours: window ?? null,
    ...(d.rituals === undefined || d.rituals === null ? {} : { rituals: Object.freeze(stringList(d.rituals)) }),
  });
}

function basename(path: string): string {
  const slash = path.lastIndexOf("/");
  const file = slash >= 0 ? path.slice(slash + 1) : path;
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}
