import { applyDecisionAction, type DecisionAction, windowStep, ZONED_INSTANT } from "../model/decision-window";
import type { Blocker, Item } from "../model/item";
import { editItemNoteText } from "../store/item-note-update";
import { isItemNoteProblem, readItemNote } from "../store/item-note";
import { canLink, formatWikilink, linkTarget, noteName } from "../store/wikilink";
import { appendToSection, LOG_SECTION } from "./note-sections";

/**
 * Changes to a decision note as text → text functions, pure, for `VaultPort.process` (so a
 * teammate's edit made meanwhile is read and kept): the tick's adoption or contest, and a
 * person's adopt / withdraw / supersede. Status changes go through
 * `editItemNoteText` (an edit by Handoff: `handoff_edited` records it, re-extraction keeps it)
 * and add one `## Log` line saying what happened, so the owner reads it in the note itself.
 * (Raising a blocker is the plugin's `ItemWriter.raiseBlocker`; the index reads its line back.)
 */

/** A change that could not be made, for the command to show (names the note). */
export interface ChangeRefused {
  readonly refused: string;
}

/** How a blocker is quoted in a log line: its author and its first words. */
const QUOTE_CHARS = 100;

/** The log line of a window that closed (deterministic: only the decision's own content). */
export function windowLogLine(at: string, blockers: readonly Blocker[]): string {
  if (blockers.length === 0) return `- ${at} adopted: the window closed with no open blocker.`;
  const listed = blockers.map((b) => `${b.author ?? "someone"} in ${linkToNote(b.path)}: "${clip(b.text)}"`).join("; ");
  const count = `${blockers.length} open blocker${blockers.length === 1 ? "" : "s"}`;
  return `- ${at} contested: the window closed with ${count} (${listed}). The owner adopts or withdraws it.`;
}

/**
 * The tick's change to one decision note at `nowMs`: when the note as it is now is still an open
 * decision whose window has closed, its status becomes adopted (with `decided_at` = the close) or
 * contested, edited at the close instant, and the log line is added. Any other note comes back
 * unchanged, so running it twice, or on two devices, writes the same bytes once.
 */
export function tickNoteText(path: string, text: string, blockers: readonly Blocker[], nowMs: number): string {
  const note = readItemNote(path, text);
  if (isItemNoteProblem(note) || note.item.kind !== "decision") return text;
  const step = windowStep({ ...note.item, blockers }, nowMs);
  if (step.kind === "adopt") {
    return appendToSection(editItemNoteText(path, text, { status: "adopted", decided_at: step.at }, step.at), LOG_SECTION, windowLogLine(step.at, []));
  }
  if (step.kind === "contest") {
    return appendToSection(editItemNoteText(path, text, { status: "contested" }, step.at), LOG_SECTION, windowLogLine(step.at, step.blockers));
  }
  return text;
}

/** A person's action on a decision: who, when (an instant with its zone), and for supersede the decision that replaces it. */
export interface DecisionActionInput {
  readonly action: DecisionAction;
  /** Who acts (the device's person), written in the log. */
  readonly by: string;
  /** When, ISO instant with `Z` or an offset (the caller's clock: commands are the one place "now" is the real time). */
  readonly at: string;
  /** supersede: the decision that replaces this one. */
  readonly supersededBy?: Pick<Item, "path" | "title">;
  /** An optional reason, one line. */
  readonly reason?: string;
}

/**
 * Adopts, withdraws or supersedes the decision in `text`, or says why not. Adopting records
 * `decided_at`; every action adds a log line naming who and when ("withdrawn by Maya Chen").
 * Throws when `at` is not a zoned instant or `supersededBy` is missing for supersede (programmer errors).
 */
export function actOnDecisionText(path: string, text: string, input: DecisionActionInput): string | ChangeRefused {
  if (!ZONED_INSTANT.test(input.at)) throw new RangeError(`actOnDecisionText: at must be an ISO instant with a zone, got "${input.at}"`);
  if (input.action === "supersede" && !input.supersededBy) throw new RangeError("actOnDecisionText: supersede needs supersededBy");
  const note = readItemNote(path, text);
  if (isItemNoteProblem(note)) return { refused: note.problem };
  if (note.item.kind !== "decision") return { refused: `${path} is a ${note.item.kind}, not a decision.` };
  const result = applyDecisionAction(note.item.status, input.action);
  if (!result.ok) return { refused: `${path}: ${result.reason}` };
  const fields = input.action === "adopt" ? { status: result.status, decided_at: input.at } : { status: result.status };
  const by = input.supersededBy ? ` by ${linkToNote(input.supersededBy.path, input.supersededBy.title)}` : "";
  const reason = input.reason?.trim() ? `: ${oneLine(input.reason)}` : ".";
  const line = `- ${input.at} ${result.status}${by} (${oneLine(input.by)})${reason}`;
  return appendToSection(editItemNoteText(path, text, fields, input.at), LOG_SECTION, line);
}

function linkToNote(path: string, alias?: string): string {
  const target = linkTarget(path);
  if (!canLink(target)) return noteName(path);
  const shown = alias?.replace(/[[\]|\r\n]/g, " ").trim();
  return formatWikilink(target, null, shown ? shown : null);
}

function clip(text: string): string {
  const one = oneLine(text).replace(/"/g, "'");
  return one.length <= QUOTE_CHARS ? one : `${one.slice(0, QUOTE_CHARS - 1).trimEnd()}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
