// A long, realistic team note for the editor suites and benchmark: frontmatter, a heading every
// 40 lines, and async-update prose in which about one line in four is something to track.
// Deterministic: the same `lines` give the same text.

const HEADINGS = ["## Next", "## Decisions", "## Blockers", "## Requests", "## Notes from the sync", "## Done"];
const PEOPLE = ["Maya", "Wei Ling", "Daniel", "Liam"];
const THINGS = ["the client brief", "the API spec", "the migration plan", "the release notes", "the onboarding mockups", "the pricing page"];
const DAYS = ["Thursday EOD", "Friday", "Wednesday", "tomorrow", "next week", "Monday 9am SGT"];

/** Line `i` of the body (0-based), chosen by position so every run is identical. */
function bodyLine(i: number): string {
  if (i % 40 === 0) return HEADINGS[(i / 40) % HEADINGS.length];
  if (i % 40 === 1 || i % 9 === 0) return "";
  const who = PEOPLE[i % PEOPLE.length];
  const thing = THINGS[(i >> 2) % THINGS.length];
  const day = DAYS[(i >> 3) % DAYS.length];
  switch (i % 13) {
    case 2: return `- ${who} will send ${thing} by ${day}.`;
    case 5: return `- [ ] Review ${thing} ${i} 📅 2026-12-0${(i % 8) + 1}`;
    case 7: return `Decision: we go with option ${i % 3 === 0 ? "A" : "B"} for ${thing} because it keeps scope small.`;
    case 10: return `Input needed by ${day} on ${thing}, please.`;
    case 12: return `Blocked until ${thing} is merged.`;
    default: return `Line ${i}: notes on ${thing}, discussed with ${who}; nothing to do here yet, just context for the team.`;
  }
}

/** A note of `lines` lines (frontmatter included), e.g. 2,000 for the keystroke benchmark. */
export function longNote(lines: number): string {
  const out = ["---", "author: Maya Chen", "date: 2026-11-23", "---"];
  for (let i = 0; out.length < lines; i++) out.push(bodyLine(i));
  return out.join("\n");
}
