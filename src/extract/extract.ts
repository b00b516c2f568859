import { type Candidate, type ExtractedBy, makeCandidate } from "../model/candidate";
import type { ItemStatus } from "../model/status";
import type { Deadline } from "../time/deadline";
import { deadlineIn, deadlineOf, defaultWindowClose } from "./deadlines";
import { displayName } from "./name-key";
import { toPlain } from "./plain";
import { type ExtractContext, type NotePreamble, prepareNote } from "./preamble";
import { PLEASE_WORD } from "./classify";
import { DATE_HINT } from "./rules/commitment";
import { type Finding, SELF } from "./rules/finding";
import { readSentence } from "./sentence-memo";
import { segment, type Unit } from "./segment";
import { splitSentences } from "./sentences";
import { parseTaskLine, type TaskLine } from "./task-line";
import { makeTitle } from "./title";

export type { ExtractContext, NotePreamble } from "./preamble";
export { prepareNote } from "./preamble";

/** What extraction found in one note (docs/ARCHITECTURE.md "Extraction"). */
export interface NoteExtraction {
  readonly path: string;
  /** The author as resolved (People note name, else as written), or null. */
  readonly author: string | null;
  /** The note's own date, YYYY-MM-DD, or null. */
  readonly date: string | null;
  /** In document order; `fyi` included. */
  readonly candidates: Candidate[];
  /** User-facing messages naming the file. */
  readonly problems: string[];
}

/**
 * Longest sentence the rules read (characters). Longer runs without a sentence end (a pasted
 * log, a minified blob, a 5 MB single line) are not prose a person wrote as one sentence.
 */
export const MAX_SENTENCE_LENGTH = 2000;

/** Checkbox status characters as Obsidian Tasks reads them; any other character is an open task. */
const CHECKBOX_STATUS: Readonly<Record<string, ItemStatus>> = { " ": "open", x: "done", X: "done", "/": "in-progress", "-": "cancelled" };

/**
 * Every candidate in a note: commitments, decisions (stated, and windows), requests,
 * dependencies and FYIs, with owners resolved through the directory and deadlines through
 * src/time. Pure and deterministic; never throws on note content.
 */
export function extractNote(text: string, ctx: ExtractContext): NoteExtraction {
  const pre = prepareNote(text, ctx);
  const candidates: Candidate[] = [];
  segment(text, { bodyOffset: pre.bodyOffset, bodyLine: pre.bodyLine }, (unit) => extractUnit(text, unit, pre, 0, text.length, candidates));
  return { path: ctx.path, author: pre.author, date: pre.date, candidates, problems: [...pre.problems] };
}

/**
 * The candidates whose sentence starts in `[from, to)`, using the heading above `from`: for the
 * editor, per visible range, with a preamble from {@link prepareNote}. Offsets outside the note
 * are clamped.
 */
export function extractRange(text: string, from: number, to: number, pre: NotePreamble): Candidate[] {
  const start = Math.max(pre.bodyOffset, Math.min(from, text.length));
  const end = Math.max(start, Math.min(to, text.length));
  const out: Candidate[] = [];
  if (end <= start && !(start === end && start === text.length)) return out;
  segment(text, { bodyOffset: pre.bodyOffset, bodyLine: pre.bodyLine, from: start, to: end }, (unit) => extractUnit(text, unit, pre, start, end, out));
  return out;
}

function extractUnit(text: string, unit: Unit, pre: NotePreamble, from: number, to: number, out: Candidate[]): void {
  const raw = text.slice(unit.from, unit.to);
  // Under "Done" only checkboxes and asks count (the rest reports finished work): a line with no
  // question mark and no "please" is skipped unread, as classify would conclude.
  if (unit.section === "done" && unit.checkbox === null && !raw.includes("?") && !PLEASE_WORD.test(raw)) return;
  if (unit.checkbox !== null) {
    if (unit.from < from || unit.from >= to) return;
    const task = parseTaskLine(raw);
    if (task.description.trim() !== "") extractSentence(task.description, unit.from, unit.line, unit, task, true, pre, out);
    return;
  }
  let lead = true;
  for (const [a, b] of splitSentences(raw)) {
    const start = unit.from + a;
    if (start >= from && start < to) extractSentence(raw.slice(a, b), start, unit.line + newlinesBefore(raw, a), unit, null, lead, pre, out);
    lead = false;
  }
}

/** A wikilink `[[…]]` in plain text. */
export const WIKILINK_SPAN = /\[\[[^\]\n]*\]\]/g;

/** A line that is one bold question, as FAQ pages title their answers: "**Will you accept …?**". */
export const BOLD_QUESTION = /^(?:\*\*|__)[^*_]+\?(?:\*\*|__)$/;

function extractSentence(sentence: string, from: number, line: number, unit: Unit, task: TaskLine | null, leadSentence: boolean, pre: NotePreamble, out: Candidate[]): void {
  if (sentence.length > MAX_SENTENCE_LENGTH || (task === null && BOLD_QUESTION.test(sentence))) return;
  const plain = toPlain(sentence);
  if (plain === "") return;
  const { lead, findings } = readSentence(plain, { section: unit.section, checkbox: unit.checkbox, listItem: unit.listItem, hasAuthor: pre.author !== null, teamNote: pre.author !== null || pre.date !== null, leadSentence }, pre.directory);
  if (findings.length === 0) return;
  const text = sentence.includes("\n") ? sentence.replace(/[ \t]*\r?\n[ \t>]*/g, " ") : sentence;
  // A date in a link names a note ("[[2026-11-10 Jack O'Brien]]"), not a deadline: blanked, same length.
  const deadlines = new SentenceDeadlines(plain.includes("[[") ? plain.replace(WIKILINK_SPAN, (link) => " ".repeat(link.length)) : plain, pre);
  const status = unit.checkbox === null ? "open" : checkboxStatus(unit.checkbox, task);
  const extractedBy: ExtractedBy = task?.format === "tasks" ? "tasks" : task?.format === "dataview" ? "dataview" : "rules";
  for (const f of findings) {
    if (!pre.kinds.has(f.kind)) continue;
    const owner = resolveOwner(f.owner, lead.speaker, pre);
    let due: Deadline | null = null;
    let recurrence: string | null = null;
    let absolute = false;
    if (f.kind === "commitment" && task?.due) {
      // A 📅 date names its day outright: no reference needed, so a note without a date still gets it.
      due = deadlineOf(task.due, pre.clock ?? pre.phraseClock);
      if (due) due = { ...due, text: task.due };
      absolute = true;
    } else if (f.kind === "commitment" || f.kind === "request" || f.kind === "dependency") {
      due = deadlines.within(f.kind === "request" ? 0 : f.start, clauseEnd(f, findings, plain.length));
      recurrence = due?.recurrence ?? null;
    }
    if (task?.fields.recurrenceText) recurrence = deadlineOf(task.fields.recurrenceText, pre.clock ?? pre.phraseClock)?.recurrence ?? recurrence;
    const window = f.window ? deadlines.within(0, plain.length) : null;
    const words = f.kind === "commitment" ? clauseWords(f, plain, clauseEnd(f, findings, plain.length)) : f.title;
    out.push(
      makeCandidate({
        kind: f.kind,
        line,
        from,
        to: from + sentence.length,
        text,
        title: makeTitle(words, due?.text ?? window?.text ?? null, text),
        heading: unit.heading,
        owner: owner.name,
        ownerPath: owner.path,
        due: pre.clock || absolute ? (due?.due ?? null) : null,
        dueText: due?.text ?? null,
        recurrence,
        status: f.kind === "decision" ? (f.window ? "open" : "adopted") : status,
        blockId: unit.blockId,
        extractedBy,
        parties: resolveParties(f.parties ?? [], pre),
        action: f.action ?? null,
        waitingFor: f.waitingFor ?? null,
        choice: f.choice ?? null,
        rationale: f.rationale ?? null,
        windowCloses: f.window && pre.clock ? (window?.due ?? defaultWindowClose(pre.clock, pre.windowHours)) : null,
        windowText: f.window ? (window?.text ?? null) : null,
        task: task ? task.fields : null,
      }),
    );
  }
}

/** A commitment's clause ends where a dependency in the same sentence starts ("I'll have X ready Thursday and need sign-off …"). */
function clauseEnd(f: Finding, all: readonly Finding[], length: number): number {
  if (f.kind !== "commitment") return f.end;
  let end = Math.min(f.end, length);
  for (const other of all) if (other.kind === "dependency" && other.start > f.start && other.start < end) end = other.start;
  return end;
}

/** A commitment's title words, cut where a dependency in the same sentence starts ("… ready Thursday and need sign-off …"). */
function clauseWords(f: Finding, plain: string, end: number): string {
  if (end >= f.end) return f.title;
  const at = plain.indexOf(f.title, f.start);
  if (at < 0 || end <= at) return f.title;
  return f.title.slice(0, end - at).replace(/[ \t]+(?:and|but|so|then)[ \t]*$/i, "");
}

/** Finds a sentence's deadline once and reuses it for every clause that contains it. */
class SentenceDeadlines {
  private whole: Deadline | null | undefined;

  constructor(
    private readonly plain: string,
    private readonly pre: NotePreamble,
  ) {}

  within(start: number, end: number): Deadline | null {
    const clock = this.pre.clock ?? this.pre.phraseClock;
    if (this.whole === undefined) this.whole = deadlineIn(this.plain, clock, DATE_HINT_BROAD);
    const whole = this.whole;
    if (whole === null) return null;
    if (whole.index >= start && whole.index + whole.text.length <= end) return this.asked(whole);
    if (start === 0 && end >= this.plain.length) return this.asked(whole);
    const found = deadlineIn(this.plain.slice(start, end), clock, DATE_HINT_BROAD);
    return found ? this.asked({ ...found, index: found.index + start }) : null;
  }

  /** The deadline, unless the date is what the sentence is about: "move the deadline to Wednesday 16th", "from Monday on". */
  private asked(d: Deadline): Deadline | null {
    return DATE_AS_CONTENT.test(this.plain.slice(Math.max(0, d.index - 12), d.index)) && !DEADLINE_WORD.test(d.text) ? null : d;
  }
}

/** Right before a date, a word that makes the date the content: "move it to Friday", "from Monday", "since Tuesday". */
export const DATE_AS_CONTENT = /\b(?:to|from|since|until|till|into)[ \t]+(?:the[ \t]+)?$/i;
/** A date phrase that names a deadline by itself: "by Friday", "before Monday", "due Thursday", "Friday EOD". */
export const DEADLINE_WORD = /^(?:by|before|due|no[ \t]+later)\b|\b(?:EOD|COB|EOW|end[ \t]+of)\b/i;

/** Anything that may be part of a deadline: a date word (see DATE_HINT), a digit, "week", "month", "day", "every". */
export const DATE_HINT_BROAD = new RegExp(`${DATE_HINT.source}|\\d|\\b(?:week|month|quarter|year|day|days|hours?|every|daily|weekly|monthly|next|later|soon)\\b`, "i");

function checkboxStatus(mark: string, task: TaskLine | null): ItemStatus {
  const status = CHECKBOX_STATUS[mark] ?? "open";
  if (status === "open" && task?.fields.done) return "done";
  if (status === "open" && task?.fields.cancelled) return "cancelled";
  return status;
}

function resolveOwner(raw: string | null, speaker: string | null, pre: NotePreamble): { name: string | null; path: string | null } {
  const who = raw === SELF ? speaker : raw;
  if (who === null) return raw === SELF ? { name: pre.author, path: pre.authorPerson?.path ?? null } : { name: null, path: null };
  const names: string[] = [];
  let path: string | null = null;
  for (const part of who.split("; ")) {
    const found = pre.directory.resolve(part);
    const name = found ? found.name : displayName(part);
    if (name !== "" && !names.includes(name)) names.push(name);
    path ??= found ? found.path : null;
  }
  return { name: names.length > 0 ? names.join("; ") : null, path };
}

function resolveParties(parties: readonly string[], pre: NotePreamble): string[] {
  const out: string[] = [];
  for (const party of parties) {
    const found = pre.directory.resolve(party);
    const name = found ? found.name : displayName(party);
    if (name !== "" && !out.includes(name)) out.push(name);
  }
  return out;
}

function newlinesBefore(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
