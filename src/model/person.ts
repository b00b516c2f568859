/**
 * A teammate, read from a People note's frontmatter (DESIGN "People, teams, channels, time").
 * Times are wall-clock in the person's own zone.
 */
export interface Person {
  /** The People note's basename ("Maya Chen"): the canonical name used as owner. */
  readonly name: string;
  /** Vault path of the People note. */
  readonly path: string;
  /** IANA zone, or null when the note has none (the team default then applies). */
  readonly timezone: string | null;
  /** Working hours `HH:MM-HH:MM` in the person's zone, or null for the team default. */
  readonly hours: { readonly start: string; readonly end: string } | null;
  /** ISO weekdays worked (1 = Monday … 7 = Sunday), or null for the team default (Mon-Fri). */
  readonly workdays: readonly number[] | null;
  /** Other names: first names, handles (`@maya`), git emails. Compared case-insensitively. */
  readonly aliases: readonly string[];
  /** Team names the person belongs to. */
  readonly teams: readonly string[];
  /** Deep-work blocks as RFC 5545 RRULE strings (with DTSTART/DURATION lines), may be empty. */
  readonly deepWork: readonly string[];
  /** Out-of-office dates or ranges (`2026-12-24`, `2026-12-24..2027-01-02`). */
  readonly outOfOffice: readonly string[];
}

/** A team, read from a Team note: its members and who signs off for it. */
export interface Team {
  readonly name: string;
  readonly path: string;
  /** Member names (People note basenames). */
  readonly members: readonly string[];
  /** Who signs off for the team, or null (then any member may). */
  readonly signoff: string | null;
  /** Team-level decision window override in hours, or null. */
  readonly decisionWindowHours: number | null;
  /**
   * Rituals: named recurring meetings as RFC 5545 fragments with a SUMMARY line (read by
   * `src/time/team-rituals.ts`). Optional: absent reads as none.
   */
  readonly rituals?: readonly string[];
}

/** Everyone Handoff knows about, with lookups by any name or alias (case-insensitive). */
export interface Directory {
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  /** The person or team a name, alias, `@handle` or `[[link]]` refers to, or null. */
  resolve(name: string): Person | Team | null;
}
