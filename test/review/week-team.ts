// A week-long scripted team for the async-health tests: three people in London, Tokyo and Los
// Angeles, notes dated Monday 16 to Monday 23 November 2026, and what each decision window must
// come to. The notes are ordinary team notes; tests write each day's notes into a real vault
// folder and tick at chosen instants, as the team's devices would.

/** Team settings, People notes and the channel note: there from day one. */
export const TEAM_FILES: Readonly<Record<string, string>> = {
  "Handoff/Team settings.md": [
    "---",
    "timezone: Europe/London",
    "decision_window: 48h",
    "decision_owners:",
    '  product: "[[Maya Chen]]"',
    '  design: "[[Lucia Alvarez]]"',
    '  engineering: "[[Ken Sato]]"',
    "---",
    "",
  ].join("\n"),
  "People/Maya Chen.md": '---\ntimezone: Europe/London\nhours: "09:00-17:30"\naliases: [Maya]\nteams: [Product]\n---\n',
  "People/Ken Sato.md": '---\ntimezone: Asia/Tokyo\nhours: "09:00-18:00"\naliases: [Ken]\nteams: [Dev]\n---\n',
  "People/Lucia Alvarez.md": '---\ntimezone: America/Los_Angeles\nhours: "09:00-17:00"\naliases: [Lucia]\nteams: [Design]\n---\n',
  "Teams/Dev.md": '---\nmembers: ["[[Ken Sato]]"]\nsignoff: "[[Ken Sato]]"\n---\n',
  "Channels/product/product.md": '---\nrespond_within: 4h\nowner: "[[Maya Chen]]"\n---\n# product\n',
};

const note = (author: string, date: string, body: string[]): string => ["---", `author: "[[${author}]]"`, `date: ${date}`, "---", ...body, ""].join("\n");

/** The notes of each day, by date (`YYYY-MM-DD`) → path → text. */
export const WEEK: ReadonlyArray<{ readonly date: string; readonly files: Readonly<Record<string, string>> }> = [
  {
    date: "2026-11-16",
    files: {
      "Channels/product/2026-11-16 Maya Chen.md": note("Maya Chen", "2026-11-16", [
        "## Decisions",
        "I'm proceeding with the annual plan at 3pm Wednesday unless someone raises a blocker.",
      ]),
      "Proposals/Pricing page.md": note("Lucia Alvarez", "2026-11-16", [
        "# Pricing page",
        "We're going with the two-column layout unless there's a blocker by Thursday EOD.",
      ]),
    },
  },
  {
    date: "2026-11-17",
    files: {
      "Channels/product/2026-11-17 Ken Sato.md": note("Ken Sato", "2026-11-17", [
        "## Feedback on [[Pricing page]]",
        "Blocker: the two-column layout breaks on mobile Safari.",
      ]),
      "Channels/product/2026-11-17 Lucia Alvarez.md": note("Lucia Alvarez", "2026-11-17", [
        "## Feedback on [[2026-11-16 Maya Chen]]",
        "- [x] Concern: the annual plan needs a refund policy. Resolved with Maya: the policy is drafted.",
      ]),
    },
  },
  {
    date: "2026-11-18",
    files: {
      "Channels/product/2026-11-18 Ken Sato.md": note("Ken Sato", "2026-11-18", ["## Decisions", "Going with Postgres for the event store unless there's a blocker."]),
    },
  },
  {
    date: "2026-11-19",
    files: {
      "Channels/product/2026-11-19 Maya Chen.md": note("Maya Chen", "2026-11-19", ["## Next", "- I'll send the pricing copy to legal by Friday."]),
    },
  },
  {
    date: "2026-11-23",
    files: {
      "Channels/product/2026-11-23 Lucia Alvarez.md": note("Lucia Alvarez", "2026-11-23", [
        "## Feedback on [[2026-11-18 Ken Sato]]",
        "- Objection: the event store needs a capacity plan first.",
      ]),
    },
  },
];

/** Every note of the week at once. */
export function allWeekFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const day of WEEK) Object.assign(out, day.files);
  return out;
}

/** Decisions of the week: which note holds each, when its window closes and what the tick makes of it. */
export const WEEK_DECISIONS = {
  annualPlan: { source: "Channels/product/2026-11-16 Maya Chen.md", closes: "2026-11-18T15:00:00+00:00", outcome: "adopted", why: "a concern in a reply note, checked off and resolved" },
  pricing: { source: "Proposals/Pricing page.md", closes: "2026-11-19T17:00:00-08:00", outcome: "contested", why: "a blocker in a reply note, still open at the close" },
  eventStore: { source: "Channels/product/2026-11-18 Ken Sato.md", closes: "2026-11-20T18:00:00+09:00", outcome: "adopted", why: "an objection dated three days after the close" },
} as const;

/** Ticks at chosen instants and what each must do: decisions adopted or contested at that tick (by key of WEEK_DECISIONS). */
export const WEEK_TICKS: ReadonlyArray<{ readonly day: string; readonly at: string; readonly adopted: readonly (keyof typeof WEEK_DECISIONS)[]; readonly contested: readonly (keyof typeof WEEK_DECISIONS)[] }> = [
  { day: "2026-11-16", at: "2026-11-16T23:00:00Z", adopted: [], contested: [] },
  { day: "2026-11-17", at: "2026-11-17T23:00:00Z", adopted: [], contested: [] },
  // One second before the annual plan's window closes: nothing yet.
  { day: "2026-11-18", at: "2026-11-18T14:59:59Z", adopted: [], contested: [] },
  // At the close exactly.
  { day: "2026-11-18", at: "2026-11-18T15:00:00Z", adopted: ["annualPlan"], contested: [] },
  // Lucia's Thursday EOD in Los Angeles is Friday 01:00 UTC; tick two hours later.
  { day: "2026-11-19", at: "2026-11-20T03:00:00Z", adopted: [], contested: ["pricing"] },
  // Ken's 48-hour default: his Wednesday end of day in Tokyo plus 48 hours.
  { day: "2026-11-23", at: "2026-11-23T12:00:00Z", adopted: ["eventStore"], contested: [] },
];
