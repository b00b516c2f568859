import type { Directory, Person, Team } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { Availability } from "./availability";
import { closeNames } from "./name-suggestions";

/**
 * Everyone's working time, from the directory and the team settings: one {@link Availability}
 * per person (built on first use and kept), teams expanded to their members, and the team
 * default for anyone the vault does not know (a guest, a name written without a People note).
 */
export class TeamAvailability {
  private readonly byName = new Map<string, Availability>();
  private defaultPerson: Availability | null = null;

  private constructor(
    readonly directory: Directory,
    readonly settings: TeamSettings,
  ) {}

  /** The team's working time. Nothing is computed until asked. */
  static of(directory: Directory, settings: TeamSettings): TeamAvailability {
    return new TeamAvailability(directory, settings);
  }

  /** The availability of a person in the directory. */
  person(person: Person): Availability {
    let hit = this.byName.get(person.name);
    if (!hit) {
      hit = Availability.of(person, this.settings);
      this.byName.set(person.name, hit);
    }
    return hit;
  }

  /** Everyone in the directory, in the directory's order (People notes sorted by path). */
  everyone(): Availability[] {
    return this.directory.people.map((p) => this.person(p));
  }

  /** The team default: someone with the team settings' zone, hours and workdays, and no blocks. */
  teamDefault(): Availability {
    this.defaultPerson ??= Availability.make({
      name: "team default",
      zone: this.settings.timezone,
      dayStart: this.settings.workdayStart,
      dayEnd: this.settings.workdayEnd,
      workdays: this.settings.workdays,
    });
    return this.defaultPerson;
  }

  /** The person a name, alias, `@handle` or `[[link]]` refers to, or null (a team, or nobody known). */
  personNamed(name: string): Person | null {
    const found = this.directory.resolve(name);
    return found !== null && isPerson(found) ? found : null;
  }

  /**
   * The people a name stands for: a person → that person; a team → its members who have People
   * notes (sorted by name); unknown → empty. Used for "who is asked" (a request to Dev can be
   * answered by any member of Dev).
   */
  peopleFor(name: string): Availability[] {
    const found = this.directory.resolve(name);
    if (found === null) return [];
    if (isPerson(found)) return [this.person(found)];
    return this.members(found);
  }

  /** A team's members that have People notes, sorted by name. */
  members(team: Team): Availability[] {
    const out: Availability[] = [];
    for (const member of [...team.members].sort()) {
      const person = this.personNamed(member);
      if (person) out.push(this.person(person));
    }
    return out;
  }

  /**
   * Resolves names typed by a person (`--people "Maya, Dev, Olivia"`): people, and teams expanded
   * to their members, without duplicates, in the order given. Names the directory does not know
   * come back in `unknown` with up to three close names each (by spelling) to suggest.
   */
  resolveNames(names: readonly string[]): { people: Availability[]; unknown: { name: string; suggestions: string[] }[] } {
    const people: Availability[] = [];
    const unknown: { name: string; suggestions: string[] }[] = [];
    const seen = new Set<string>();
    for (const raw of names) {
      const name = raw.trim();
      if (name === "") continue;
      const found = this.directory.resolve(name);
      if (found === null) {
        unknown.push({ name, suggestions: this.suggest(name) });
        continue;
      }
      for (const availability of isPerson(found) ? [this.person(found)] : this.members(found)) {
        if (seen.has(availability.name)) continue;
        seen.add(availability.name);
        people.push(availability);
      }
    }
    return { people, unknown };
  }

  /** Up to three people or teams whose name or alias is spelled close to `name`, by their canonical names. */
  private suggest(name: string): string[] {
    const canonical = new Map<string, string>();
    for (const p of this.directory.people) {
      for (const alias of [p.name, ...p.aliases]) if (!alias.includes("@") || alias.startsWith("@")) canonical.set(alias.toLowerCase(), p.name);
    }
    for (const t of this.directory.teams) canonical.set(t.name.toLowerCase(), t.name);
    const close = closeNames(name, [...canonical.keys()], 10).map((key) => canonical.get(key) as string);
    return [...new Set(close)].slice(0, 3);
  }
}

/** True for a person (People note), false for a team. */
export function isPerson(found: Person | Team): found is Person {
  return "timezone" in found;
}
