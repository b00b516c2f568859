/**
 * "Is this name me, or a team I am in?" for the viewer, through the directory: a name resolves
 * to a person or a team; a person matches when it is the viewer, a team when the viewer is a
 * member (listed in the team note, or the team listed in the viewer's People note). Names the
 * directory does not know are compared with the viewer's name, aliases and team names.
 */
import type { Directory, Person } from "../model/person";

/** The viewer's identity, with a per-name cache. */
export class ViewerIdentity {
  private readonly cache = new Map<string, "me" | "team" | null>();
  private readonly ownNames: ReadonlySet<string>;
  private readonly teamNames: ReadonlySet<string>;

  private constructor(private readonly person: Person, private readonly directory: Directory) {
    this.ownNames = new Set([person.name, ...person.aliases].map((n) => n.toLowerCase()));
    const teams = new Set(person.teams.map((t) => t.toLowerCase()));
    for (const team of directory.teams) if (team.members.some((m) => m.toLowerCase() === person.name.toLowerCase())) teams.add(team.name.toLowerCase());
    this.teamNames = teams;
  }

  /** The identity of `person` in `directory`. */
  static of(person: Person, directory: Directory): ViewerIdentity {
    return new ViewerIdentity(person, directory);
  }

  /** "me", "team" (a team the viewer is in) or null. */
  classify(name: string): "me" | "team" | null {
    let verdict = this.cache.get(name);
    if (verdict === undefined) {
      const found = this.directory.resolve(name);
      if (found && "timezone" in found) verdict = found.name === this.person.name ? "me" : null;
      else if (found) verdict = this.teamNames.has(found.name.toLowerCase()) ? "team" : null;
      else {
        const key = name.trim().toLowerCase();
        verdict = this.ownNames.has(key) ? "me" : this.teamNames.has(key) ? "team" : null;
      }
      this.cache.set(name, verdict);
    }
    return verdict;
  }

  /** True when `name` is the viewer. */
  isMe(name: string | null): boolean {
    return name !== null && this.classify(name) === "me";
  }
}
