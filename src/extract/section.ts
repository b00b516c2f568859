import { BoundedMemo } from "./bounded-memo";

/**
 * What a heading (or a label line such as "Action items:") says about the lines under it.
 * Headings are context, not content: "Next" makes a bare to-do line a commitment, "Done" makes a
 * line a report of finished work, "Blockers" makes a line that names a need a dependency, and
 * "Waiting on" makes every line a dependency (the heading already says it is waited for).
 */
export type Section = "action" | "done" | "blockers" | "waiting" | "decisions" | "requests" | "fyi";

/**
 * Heading text → section. Each pattern must cover the whole heading, optionally followed by a
 * time qualifier ("this week", "for Monday", "(Nov 24)") or a colon: "Request a refund" or
 * "Tasks in the vault" in documentation are not sections.
 */
const SECTION_PATTERNS: ReadonlyArray<readonly [RegExp, Section]> = [
  // "Action items", "AIs", "Actions", "Next steps", "Next", "To do", "TODO", "Follow-ups", "Plan for today", "Today", "This week"
  [/^(?:action\s*(?:items?|points?)|actions?|ais?|next(?:\s+(?:steps?|up|actions?))?|to[\s-]?dos?|follow[\s-]?ups?|plans?\s+for\s+(?:today|tomorrow|this\s+week|next\s+week)|today|tomorrow|this\s+week|next\s+week|commitments?)$/i, "action"],
  // "Done", "Completed", "Shipped", "Yesterday", "Last week", "What I did", "Accomplishments", "Wins", "Progress"
  [/^(?:done|completed?|finished|shipped|accomplish(?:ed|ments?)|achievements?|wins?|progress|yesterday|last\s+week|what\s+i\s+did|what\s+we\s+did|highlights?|recap)$/i, "done"],
  // "Blockers", "Blocked", "Impediments", "Dependencies" (in documentation, often a list of packages), "Risks and blockers"
  [/^(?:blockers?|blocked|blocking|impediments?|dependenc(?:y|ies)|(?:risks?\s+(?:and|&)\s+)?blockers?|blockers?\s+(?:and|&)\s+risks?)$/i, "blockers"],
  // "Waiting on", "Waiting for", "Blocked on", "Pending"
  [/^(?:waiting\s+(?:on|for)|blocked\s+(?:on|by)|pending)$/i, "waiting"],
  // "Decisions", "Decided", "Decisions made", "Outcomes", "Resolutions", "Agreed"
  [/^(?:decisions?(?:\s+(?:made|log|record|taken))?|decided|outcomes?|resolutions?|agreed|agreements?)$/i, "decisions"],
  // "Asks", "Requests", "Help needed", "Questions", "Open questions", "Questions for the team", "Decisions needed", "Input needed"
  [/^(?:asks?|requests?|help\s+(?:needed|wanted)|(?:open\s+)?questions?|questions?\s+for\s+.{1,40}|decisions?\s+needed|input\s+needed|feedback\s+(?:needed|wanted)|review\s+requests?)$/i, "requests"],
  // "FYI", "Announcements", "Heads-up"
  [/^(?:fyi|announcements?|heads[\s-]?ups?|for\s+your\s+information)$/i, "fyi"],
];

/** A trailing time qualifier or note on a heading: "this week", "for Monday", "(Nov 24)", "- 2026-11-24", ":". */
export const HEADING_QUALIFIER = /(?:\s*[:(\-–—].*|\s+(?:this|last|next)\s+(?:week|sprint|month)|\s+(?:today|yesterday|tomorrow)|\s+for\s+\S+(?:\s+\S+)?|\s+\d{4}-\d{2}-\d{2})$/i;

/** Emphasis, numbering and emoji around a heading's words ("**Next:**", "1. Action items", "✅ Done"). */
export const HEADING_DECORATION = /^[\s*_#\d.)\-–:[\]]*(?:[^\p{L}\p{N}\s]+\s*)?/u;

/**
 * Where a heading names two sections at once: "Today / this week", "Blockers & risks", "Next,
 * tomorrow". Each part is read alone; the heading opens a section only when all parts agree.
 */
export const HEADING_PARTS = /\s*(?:\/|&|\+|,)\s*|\s+and\s+/i;

/** The section a heading or label opens, or null when it is not one we read as context. */
export function sectionOf(heading: string): Section | null {
  return sections.get(heading, readSection);
}

/** Headings already read (a vault repeats a few headings in every note). */
const sections = new BoundedMemo<string, Section | null>(5000);

function readSection(heading: string): Section | null {
  let text = heading.replace(HEADING_DECORATION, "");
  let end = text.length;
  while (end > 0 && " \t*_".includes(text.charAt(end - 1))) end--;
  text = text.slice(0, end).trim();
  const whole = readWhole(text);
  if (whole !== null || !HEADING_PARTS.test(text)) return whole;
  let agreed: Section | null = null;
  for (const part of text.split(HEADING_PARTS)) {
    const section = readWhole(part);
    if (section === null || (agreed !== null && section !== agreed)) return null;
    agreed = section;
  }
  return agreed;
}

function readWhole(text: string): Section | null {
  for (const candidate of [text, text.replace(HEADING_QUALIFIER, "")]) {
    for (const [pattern, section] of SECTION_PATTERNS) if (pattern.test(candidate)) return section;
  }
  return null;
}
