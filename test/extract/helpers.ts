import { buildDirectory } from "../../src/extract/directory";
import { type ExtractContext, extractNote } from "../../src/extract/extract";
import type { Candidate } from "../../src/model/candidate";
import type { Directory } from "../../src/model/person";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";

/** The team of the source story: London, Singapore, Toronto, and three teams. */
export const TEAM_NOTES = [
  { path: "People/Maya Chen.md", data: { timezone: "Europe/London", hours: "09:00-17:30", aliases: ["Maya", "@maya"], teams: ["Product"] } },
  { path: "People/Sarah Jones.md", data: { timezone: "Europe/London", aliases: ["Sarah", "@sjones"], teams: ["Design"] } },
  { path: "People/Wei Ling Tan.md", data: { timezone: "Asia/Singapore", hours: "09:00-18:00", teams: ["Dev"] } },
  { path: "People/Liam Tremblay.md", data: { timezone: "America/Toronto", aliases: ["Liam"], teams: ["Dev"] } },
  { path: "Teams/Dev.md", data: { members: ["[[Wei Ling Tan]]", "[[Liam Tremblay]]"], signoff: "[[Wei Ling Tan]]" } },
  { path: "Teams/Design.md", data: { members: ["Sarah Jones"], decision_window: "24h" } },
  { path: "Teams/Product.md", data: { members: ["[[Maya Chen]]"] } },
];

/** The directory built from {@link TEAM_NOTES}. */
export const TEAM: Directory = buildDirectory(TEAM_NOTES, DEFAULT_TEAM_SETTINGS).directory;

/** A note by Maya Chen dated Monday 2026-11-23, with `body` after the frontmatter (5 lines). */
export function mayaNote(body: string): string {
  return `---\nauthor: "[[Maya Chen]]"\ndate: 2026-11-23\nchannel: onboarding\n---\n${body}`;
}

/** Extracts `text` as a note at `path` with the story's team and the default settings. */
export function extract(text: string, path = "Channels/onboarding/2026-11-23 Maya.md", extra: Partial<ExtractContext> = {}): Candidate[] {
  return extractNote(text, { path, directory: TEAM, settings: DEFAULT_TEAM_SETTINGS, ...extra }).candidates;
}

/** The highest-precedence kind among candidates (the corpus labelling rule), or "none". */
export function collapse(candidates: readonly Candidate[]): string {
  const windowed = candidates.some((c) => c.kind === "decision" && c.windowCloses !== null);
  for (const kind of ["dependency", ...(windowed ? ["decision"] : []), "request", "commitment", "decision"]) {
    if (candidates.some((c) => c.kind === kind)) return kind;
  }
  return candidates.some((c) => c.kind === "fyi") ? "fyi" : "none";
}
