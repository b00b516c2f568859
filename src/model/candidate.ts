import type { ItemKind } from "./kind";
import type { ItemStatus } from "./status";

/** Who or what produced a candidate: offline rules, the optional LLM, or a plugin format. */
export type ExtractedBy = "rules" | "llm" | "tasks" | "dataview";

/** Obsidian Tasks priority names, as the Tasks plugin means its emoji (🔺⏫🔼🔽⏬). */
export type TaskPriority = "highest" | "high" | "medium" | "low" | "lowest";

/** Fields read from an Obsidian Tasks (emoji format) or Dataview task line. */
export interface TaskLineFields {
  /** 🆔 the task's id, used by other tasks' ⛔ to depend on it. */
  readonly id: string | null;
  /** ⛔ ids of tasks this one depends on. */
  readonly dependsOn: readonly string[];
  readonly priority: TaskPriority | null;
  /** 🛫 start date, ⏳ scheduled date, ➕ created date, ✅ done date, ❌ cancelled date (YYYY-MM-DD). */
  readonly start: string | null;
  readonly scheduled: string | null;
  readonly created: string | null;
  readonly done: string | null;
  readonly cancelled: string | null;
  /** 🔁 recurrence as written ("every week on Monday"). */
  readonly recurrenceText: string | null;
  /** `#tags` on the line, without `#`. */
  readonly tags: readonly string[];
}

/**
 * One thing found in one note by extraction, before it is reconciled with the item notes.
 *
 * Candidates are plain immutable data: the same note text and context always give the same
 * candidates (no clock, no machine zone). Offsets let the editor highlight exactly the span.
 */
export interface Candidate {
  readonly kind: ItemKind;
  /** 1-based line of the sentence's start in the note (frontmatter lines count). */
  readonly line: number;
  /** Character offsets of the sentence in the whole note text, `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** The sentence as written, without list marker, checkbox, Tasks emoji fields or block id. */
  readonly text: string;
  /** A short title for the item note and the board card ("Have the mockups ready"). */
  readonly title: string;
  /** Nearest heading above the sentence ("Next", "Blockers"), or null. */
  readonly heading: string | null;
  /**
   * Who owes it: a People or Team note's name when resolved, else the name as written,
   * null when nobody is named and the note has no author.
   */
  readonly owner: string | null;
  /** Vault path of the People/Team note `owner` resolved to, or null. */
  readonly ownerPath: string | null;
  /** Deadline as ISO 8601 with offset (`2026-11-26T17:00:00+00:00`), or null. */
  readonly due: string | null;
  /** The deadline phrase exactly as written ("Thursday EOD"), or null. */
  readonly dueText: string | null;
  /** RFC 5545 RRULE (without the `RRULE:` prefix) for recurring commitments, or null. */
  readonly recurrence: string | null;
  /** Initial status: `open`, or `done`/`cancelled`/`in-progress` from a checkbox, `adopted` for a stated decision. */
  readonly status: ItemStatus;
  /** Block id already on the sentence's block (`abc123` for `^abc123`), or null. */
  readonly blockId: string | null;
  readonly extractedBy: ExtractedBy;

  /** request: people or teams asked; dependency: the party waited on. Names as resolved. */
  readonly parties: readonly string[];
  /** dependency: the action the party must take ("sign-off"), which becomes a task for them; else null. */
  readonly action: string | null;
  /** dependency: what is waited for when it is a thing, not a party ("the API is merged"); else null. */
  readonly waitingFor: string | null;

  /** decision: what was chosen ("Option A"), or null. */
  readonly choice: string | null;
  /** decision: the reason given ("because it keeps scope small"), or null. */
  readonly rationale: string | null;
  /** decision window: when it closes, ISO 8601 with offset; null for decisions without a window. */
  readonly windowCloses: string | null;
  /** decision window: the phrase that set the window ("at 3pm Friday"), or null when defaulted. */
  readonly windowText: string | null;

  /** Fields from an Obsidian Tasks / Dataview task line, or null for prose. */
  readonly task: TaskLineFields | null;
}

/**
 * Builds a candidate with every optional field defaulted (empty parties, nulls), so rules
 * state only what they found. Misuse throws: a line below 1 or an empty text is a programmer error.
 */
export function makeCandidate(fields: Pick<Candidate, "kind" | "line" | "from" | "to" | "text" | "title"> & Partial<Candidate>): Candidate {
  if (!Number.isInteger(fields.line) || fields.line < 1) throw new RangeError(`Candidate line must be a positive integer, got ${fields.line}`);
  if (fields.text.trim() === "") throw new RangeError("Candidate text must not be empty");
  if (fields.to < fields.from) throw new RangeError(`Candidate span is reversed: ${fields.from}..${fields.to}`);
  return Object.freeze({
    heading: null,
    owner: null,
    ownerPath: null,
    due: null,
    dueText: null,
    recurrence: null,
    status: "open",
    blockId: null,
    extractedBy: "rules",
    parties: [],
    action: null,
    waitingFor: null,
    choice: null,
    rationale: null,
    windowCloses: null,
    windowText: null,
    task: null,
    ...fields,
  } satisfies Candidate);
}
