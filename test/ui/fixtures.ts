/**
 * Test data for the views: items with every field defaulted, and a Directory over People and
 * Team values resolving names and aliases case-insensitively (what src/extract's directory
 * promises; built here so the views' tests do not depend on extraction).
 */
import type { Item } from "../../src/model/item";
import type { Directory, Person, Team } from "../../src/model/person";

/** An item with `id` and `title` and defaults for the rest (an open commitment, no due, no links). */
export function makeItem(fields: Pick<Item, "id"> & Partial<Item>): Item {
  return Object.freeze({
    kind: "commitment",
    path: `Handoff/Commitments/${fields.id}.md`,
    title: `Item ${fields.id}`,
    status: "open",
    owner: null,
    due: null,
    dueText: null,
    recurrence: null,
    priority: null,
    sourcePath: null,
    sourceBlock: null,
    sourceLine: null,
    sourceMissing: false,
    quote: "",
    blockedBy: [],
    parties: [],
    action: null,
    waitingFor: null,
    choice: null,
    rationale: null,
    windowCloses: null,
    decisionType: null,
    extractedBy: "rules",
    created: null,
    completed: null,
    channel: null,
    tags: [],
    conflicts: [],
    blockers: [],
    ...fields,
  } satisfies Item);
}

/** A person with `name` and `timezone`; other fields default (no hours, Mon-Fri, no aliases). */
export function makePerson(name: string, timezone: string | null, extra: Partial<Person> = {}): Person {
  return Object.freeze({
    name,
    path: `People/${name}.md`,
    timezone,
    hours: null,
    workdays: null,
    aliases: [],
    teams: [],
    deepWork: [],
    outOfOffice: [],
    ...extra,
  } satisfies Person);
}

/** A team with members. */
export function makeTeam(name: string, members: readonly string[], extra: Partial<Team> = {}): Team {
  return Object.freeze({ name, path: `Teams/${name}.md`, members, signoff: null, decisionWindowHours: null, ...extra } satisfies Team);
}

/** A directory resolving names, aliases, `@handles` and `[[links]]` case-insensitively. */
export function makeDirectory(people: readonly Person[], teams: readonly Team[] = []): Directory {
  const byName = new Map<string, Person | Team>();
  const add = (key: string, value: Person | Team): void => {
    if (!byName.has(key)) byName.set(key, value);
  };
  // Full names first, then teams, then first names and aliases: a team called "Dev" wins over a person's first name.
  for (const person of people) add(person.name.toLowerCase(), person);
  for (const team of teams) add(team.name.toLowerCase(), team);
  for (const person of people) {
    add(person.name.split(" ")[0].toLowerCase(), person);
    for (const alias of person.aliases) add(alias.toLowerCase().replace(/^@/, ""), person);
  }
  return {
    people,
    teams,
    resolve(name: string) {
      const key = name.trim().replace(/^\[\[|\]\]$/g, "").replace(/^@/, "").toLowerCase();
      return byName.get(key) ?? null;
    },
  };
}
