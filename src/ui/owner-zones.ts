/**
 * Owners' zones, looked up once per distinct name: a card shows its due in the owner's local
 * time, taken from the `timezone` of the People note the owner resolves to. Teams and unknown
 * names have no zone (labels then show the viewer's time only).
 */
import type { Directory } from "../model/person";

/** A per-snapshot cache over a directory. */
export class OwnerZones {
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly directory: Directory) {}

  /** The IANA zone of the person `owner` names, or null (no owner, a team, unknown, or no `timezone`). */
  zoneOf(owner: string | null): string | null {
    if (owner === null) return null;
    let zone = this.cache.get(owner);
    if (zone === undefined) {
      const found = this.directory.resolve(owner);
      zone = found && "timezone" in found ? found.timezone : null;
      this.cache.set(owner, zone);
    }
    return zone;
  }
}
