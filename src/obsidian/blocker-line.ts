/**
 * "Raise a blocker" on a decision: one checklist line appended to the decision's item note,
 * below everything already there (the part of an item note that belongs to people, so
 * re-extraction never touches it). Checking the box later marks the blocker resolved.
 *
 * Format: `- [ ] Blocker: <text> — <who>, <when>` where `<when>` is the instant in the raiser's
 * zone with its offset (`2026-11-24T10:00+00:00`), so the decision window's check (issue 7) reads
 * who raised what and when. Pure: no `obsidian` import, no clock.
 */
import { DateTime } from "luxon";

/** The line for a blocker raised by `who` at `now` (ISO instant), written in `zone`. Throws on empty text. */
export function blockerLine(text: string, who: string, now: string, zone: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (oneLine === "") throw new RangeError("A blocker needs some text saying what blocks the decision");
  const at = DateTime.fromISO(now, { zone });
  if (!at.isValid) throw new RangeError(`now must be an ISO instant and zone an IANA zone, got "${now}" in "${zone}"`);
  const when = at.toFormat("yyyy-MM-dd'T'HH:mmZZ");
  return `- [ ] Blocker: ${oneLine} — ${who.trim() || "someone"}, ${when}`;
}

/**
 * `note` with `line` appended at its end: after a newline when the note does not end with one,
 * and after a blank line unless the last line is already a list item (so blockers stack as one
 * list). Nothing else in the note changes.
 */
export function appendLine(note: string, line: string): string {
  if (note === "") return `${line}\n`;
  const eol = note.includes("\r\n") ? "\r\n" : "\n";
  const body = note.endsWith("\n") ? note : `${note}${eol}`;
  const lines = body.split(/\r?\n/);
  const last = lines[lines.length - 2] ?? "";
  const gap = last.trim() === "" || /^\s*[-*+] /.test(last) ? "" : eol;
  return `${body}${gap}${line}${eol}`;
}
