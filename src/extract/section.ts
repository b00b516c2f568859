/**
 * What a heading (or a label line such as "Action items:") says about the lines under it.
 * Headings are context, not content: "Next" makes a bare to-do line a commitment, "Done" makes a
 * line a report of finished work, "Blockers" makes a line a dependency.
 */
export type Section = "action" | "done" | "blockers" | "decisions" | "requests" | "fyi";

/** Heading text → section, tried in order; each pattern is anchored at the heading's start. */
const SECTION_PATTERNS: ReadonlyArray<readonly [RegExp, Section]> = [
  // "Action items", "AIs", "Next steps", "Next", "To do", "TODO", "Follow-ups", "Plan for today", "Today", "This week", "Tasks", "Owners"
  [/^(?:action\s*(?:items?|points?)|actions?|ais?|next(?:\s+(?:steps?|up|actions?|week))?|to[\s-]?dos?|follow[\s-]?ups?|tasks?|plans?(?:\s+for\s+.*)?|today|tomorrow|this\s+week|upcoming|owners?|assignments?|commitments?)\b/i, "action"],
  // "Done", "Completed", "Shipped", "Yesterday", "Last week", "What I did", "Accomplishments", "Wins", "Progress", "Finished"
  [/^(?:done|completed?|finished|shipped|accomplish(?:ed|ments?)|achievements?|wins?|progress|yesterday|last\s+week|what\s+i\s+did|what\s+we\s+did|changelog|highlights?|recap)\b/i, "done"],
  // "Blockers", "Blocked", "Impediments", "Dependencies", "Waiting on", "Waiting for"
  [/^(?:blockers?|blocked|blocking|impediments?|dependenc(?:y|ies)|waiting\s+(?:on|for))\b/i, "blockers"],
  // "Decisions", "Decided", "Outcomes", "Resolutions", "Agreed"
  [/^(?:decisions?(?!\s+needed)(?:\s+(?:made|log|record))?|decided|outcomes?|resolutions?|agreed|agreements?)\b/i, "decisions"],
  // "Asks", "Requests", "Help needed", "Needs", "Questions for …", "Open questions", "Decisions needed"
  [/^(?:asks?|requests?|help\s+(?:needed|wanted)|needs|questions?\s+for\b|open\s+questions?|decisions?\s+needed|input\s+needed|review\s+requests?)\b/i, "requests"],
  // "FYI", "Announcements", "Heads-up"
  [/^(?:fyi|announcements?|heads[\s-]?ups?|for\s+your\s+information)\b/i, "fyi"],
];

/** Emphasis, numbering and emoji around a heading's words ("**Next:**", "1. Action items", "✅ Done"). */
const HEADING_DECORATION = /^[\s*_#\d.)\-–:[\]]*(?:[^\p{L}\p{N}\s]+\s*)?/u;

/** The section a heading or label opens, or null when it is not one we read as context. */
export function sectionOf(heading: string): Section | null {
  const text = heading.replace(HEADING_DECORATION, "");
  for (const [pattern, section] of SECTION_PATTERNS) if (pattern.test(text)) return section;
  return null;
}
